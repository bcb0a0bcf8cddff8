package dev.monazite.quantity;

import dev.monazite.text.Normaliser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds dates in Chinese, English and Vietnamese news text: absolute dates (2025年10月9日, October 9, 2025,
 * ngày 6 tháng 2 năm 2025, 2026-02-06), month and year periods (2025年1月至11月, Jan–Oct 2025), and
 * relative dates (今年4月, last month, năm ngoái, 三季度, 前10个月, 周二, 春节) resolved against the article's
 * publish date. Without a reference date, relative and year-less dates are left out rather than guessed.
 * Each mention carries its {@link DateMention.Role}: a comparison base (较上年同期, "a year earlier") or a
 * target ("by 2030") is found so that it can be told apart from the date a figure is about.
 */
public final class DateFinder {
    private DateFinder() {}

    public static List<DateMention> find(String text, Lang lang, LocalDate reference) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return findFolded(Normaliser.foldPreservingLength(text), lang, reference);
    }

    /**
     * Like {@link #find}, for a caller that already holds {@link Normaliser#foldPreservingLength}(text):
     * offsets are the same in both, and the dates depend only on the folded text.
     */
    public static List<DateMention> findFolded(String s, Lang lang, LocalDate reference) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        Lang l = lang == null ? Lang.OTHER : lang;
        List<DateMention> found = new ArrayList<>();
        java.util.EnumSet<DateRule.Needs> has = present(s);
        List<DateRule> rules = DateRules.ordered();
        long active = 0;
        for (int r = 0; r < rules.size(); r++) {
            if (has.contains(rules.get(r).needs())) {
                active |= 1L << r;
            }
        }
        if (active == 0) {
            return List.of();
        }
        Starts starts = Starts.of(s, active);
        Matcher[] matchers = MATCHERS.get();
        for (int r = 0; r < rules.size(); r++) {
            if (starts.any(r)) {
                findAll(r, starts, matchers, s, l, reference, found);
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(DateRoles.assign(s, found, reference));
    }

    // One matcher per rule and thread, reset for each text: a sentence tries a dozen rules, and making
    // their matchers anew was a twentieth of what extraction allocated.
    private static final ThreadLocal<Matcher[]> MATCHERS =
            ThreadLocal.withInitial(() -> new Matcher[DateRules.ordered().size()]);

    // Tries rule r where a match can begin (as find() would, going on after each match), keeps what
    // does not overlap a date an earlier, more specific rule found.
    private static void findAll(int r, Starts starts, Matcher[] matchers, String s, Lang l, LocalDate reference,
                                List<DateMention> found) {
        DateRule rule = DateRules.ordered().get(r);
        Matcher m = null;
        int after = 0;
        for (int k = 0; k < starts.count; k++) {
            int i = starts.at[k];
            if ((starts.masks[k] & 1L << r) == 0 || i < after) {
                continue;
            }
            if (m == null) {
                m = matcher(r, rule, matchers, s);
            }
            if (!m.region(i, s.length()).lookingAt()) {
                continue;
            }
            after = m.end();
            if (!overlaps(found, m.start(), m.end())) {
                DateMention d = rule.resolve(m, l, reference);
                if (d != null) {
                    found.add(d);
                }
            }
        }
    }

    private static Matcher matcher(int r, DateRule rule, Matcher[] matchers, String s) {
        Matcher m = matchers[r];
        if (m == null) {
            // Transparent bounds: lookbehinds and \b see the text before the region (reset keeps them).
            m = rule.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[r] = m;
            return m;
        }
        return m.reset(s);
    }

    /**
     * Where the next year (19xx or 20xx) of a text begins, for positions visited in increasing
     * order: each character is read at most once per text, where DateRule.yearAfter reads up to a
     * score at every position a year-gated rule may begin.
     */
    static final class NextYear {
        private int at = -1;

        /** Whether a year begins in s within (i, i + chars]: DateRule.yearAfter(s, i, chars). */
        boolean within(String s, int i, int chars) {
            if (at <= i) {
                at = i + 1;
                while (at <= s.length() - 4 && !DateRule.yearAfter(s, at - 1, 1)) {
                    at++;
                }
            }
            return at <= Math.min(i + chars, s.length() - 4);
        }
    }

    /**
     * For each rule, the indexes of a text where a match of it may begin ({@link DateRule#mayStartAt}),
     * found in one pass over the text however many rules there are.
     */
    private static final class Starts {
        private static final List<DateRule> RULES = DateRules.ordered();
        // Which rules each character may begin, as a bit per rule, indexed by char (512 KB, read for
        // every character of every sentence).
        private static final long[] RULES_BY_CHAR = new long[Character.MAX_VALUE + 1];
        // The parts of DateRule.mayStartAt, each with the rules it applies to: many rules share a start
        // word set (the month names) or a digit shape, so each is checked once per position, not once
        // per rule.
        private static final long WORD_START = rules(DateRule::wordStart);
        private static final long NOT_AFTER_DIGIT = rules(DateRule::notAfterDigit);
        private static final DateStart[] WORD_STARTS;
        private static final long[] WORD_START_RULES;
        private static final DateRule.DigitShape[] SHAPES;
        private static final long[] SHAPE_RULES;
        private static final int[] YEAR_WITHIN;
        private static final long[] YEAR_RULES;

        static {
            if (RULES.size() > Long.SIZE) {
                throw new IllegalStateException("more date rules than bits in a long: widen the start masks");
            }
            java.util.Map<DateStart, Long> byStart = new java.util.IdentityHashMap<>();
            java.util.Map<DateRule.DigitShape, Long> byShape = new java.util.LinkedHashMap<>();
            java.util.Map<Integer, Long> byYearWithin = new java.util.LinkedHashMap<>();
            for (int r = 0; r < RULES.size(); r++) {
                DateRule rule = RULES.get(r);
                for (char c : rule.start().initials().toCharArray()) {
                    RULES_BY_CHAR[c] |= 1L << r;
                }
                if (!rule.start().words().isEmpty()) {
                    byStart.merge(rule.start(), 1L << r, (a, b) -> a | b);
                }
                if (rule.digits() != null) {
                    byShape.merge(rule.digits(), 1L << r, (a, b) -> a | b);
                }
                if (rule.yearWithin() > 0) {
                    byYearWithin.merge(rule.yearWithin(), 1L << r, (a, b) -> a | b);
                }
            }
            WORD_STARTS = byStart.keySet().toArray(new DateStart[0]);
            WORD_START_RULES = byStart.values().stream().mapToLong(Long::longValue).toArray();
            SHAPES = byShape.keySet().toArray(new DateRule.DigitShape[0]);
            SHAPE_RULES = byShape.values().stream().mapToLong(Long::longValue).toArray();
            YEAR_WITHIN = byYearWithin.keySet().stream().mapToInt(Integer::intValue).toArray();
            YEAR_RULES = byYearWithin.values().stream().mapToLong(Long::longValue).toArray();
        }

        private static long rules(java.util.function.Predicate<DateRule> test) {
            long mask = 0;
            for (int r = 0; r < RULES.size(); r++) {
                mask |= test.test(RULES.get(r)) ? 1L << r : 0;
            }
            return mask;
        }

        /** Of the rules in mask, those whose DateRule.mayStartAt(s, i) holds; c = s.charAt(i) is an initial of each. */
        static long startingAt(String s, int i, long mask, NextYear years) {
            if (i > 0) {
                char before = s.charAt(i - 1);
                if (Character.isLetterOrDigit(before)) {
                    mask &= ~WORD_START;
                }
                if (before >= '0' && before <= '9') {
                    mask &= ~NOT_AFTER_DIGIT;
                }
            }
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = DateRule.DigitShape.runEnd(s, i);
                for (int k = 0; k < SHAPES.length; k++) {
                    if ((mask & SHAPE_RULES[k]) != 0 && !SHAPES[k].fits(s, i, end)) {
                        mask &= ~SHAPE_RULES[k];
                    }
                }
            }
            for (int k = 0; k < YEAR_WITHIN.length; k++) {
                if ((mask & YEAR_RULES[k]) != 0 && !years.within(s, i, YEAR_WITHIN[k])) {
                    mask &= ~YEAR_RULES[k];
                }
            }
            int wordEnd = -2; // read once, when a word start is first tried here
            for (int k = 0; k < WORD_STARTS.length; k++) {
                if ((mask & WORD_START_RULES[k]) != 0) {
                    if (wordEnd == -2) {
                        wordEnd = DateStart.wordEnd(s, i);
                    }
                    if (!WORD_STARTS[k].at(s, i, wordEnd)) {
                        mask &= ~WORD_START_RULES[k];
                    }
                }
            }
            return mask;
        }

        // The indexes that may begin some active rule, in order, each with its rules as bits: a few
        // characters of a sentence, walked once per rule that any of them may begin.
        final int[] at;
        final long[] masks;
        final int count;
        private final long any;

        private Starts(int[] at, long[] masks, int count, long any) {
            this.at = at;
            this.masks = masks;
            this.count = count;
            this.any = any;
        }

        /** The candidate starts of the active rules (a bit per rule) in s. */
        static Starts of(String s, long active) {
            // sized for a few candidates and grown when more come: most characters begin no rule
            int[] at = new int[16];
            long[] masks = new long[16];
            int n = 0;
            long any = 0;
            NextYear years = new NextYear();
            for (int i = 0; i < s.length(); i++) {
                long mask = RULES_BY_CHAR[s.charAt(i)] & active;
                if (mask != 0) {
                    mask = startingAt(s, i, mask, years);
                }
                if (mask != 0) {
                    if (n == at.length) {
                        at = java.util.Arrays.copyOf(at, n * 2);
                        masks = java.util.Arrays.copyOf(masks, n * 2);
                    }
                    at[n] = i;
                    masks[n++] = mask;
                    any |= mask;
                }
            }
            return new Starts(at, masks, n, any);
        }

        /** Whether rule r may begin anywhere. */
        boolean any(int r) {
            return (any & 1L << r) != 0;
        }
    }

    /** The rules (a bit each, in DateRules order) that may begin a match at i of folded text s. */
    static long rulesStartingAt(String s, int i) {
        return Starts.startingAt(s, i, Starts.RULES_BY_CHAR[s.charAt(i)], new NextYear());
    }

    private static java.util.EnumSet<DateRule.Needs> present(String s) {
        java.util.EnumSet<DateRule.Needs> has = java.util.EnumSet.of(DateRule.Needs.ANY);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                has.add(DateRule.Needs.DIGITS);
            } else if (c == '年' || c == '月' || c == '日' || c == '号') {
                has.add(DateRule.Needs.CJK);
            }
        }
        int calendar = calendarWords(s);
        if (calendar != 0) {
            has.add(DateRule.Needs.LETTERS);
        }
        if ((calendar & MONTH_NAME) != 0) {
            has.add(DateRule.Needs.MONTH_NAMES);
        }
        if (s.contains("tháng") || s.contains("năm") || s.contains("ngày")) {
            has.add(DateRule.Needs.VIETNAMESE);
        }
        return has;
    }

    private static final java.util.Set<String> PERIOD_WORDS = java.util.Set.of("month", "year", "months", "years");
    private static final int MONTH_NAME = 1, PERIOD_WORD = 2;
    private static final ByInitial<String> CALENDAR_WORDS = new ByInitial<>(
            java.util.stream.Stream.concat(DateRules.MONTH_NAMES.stream(), PERIOD_WORDS.stream()).sorted().toList(),
            w -> w, String[]::new);

    // The kind of calendar word s[i, j) is, if any, found without copying it out (this runs at every
    // word of English text).
    private static int calendarWord(String s, int i, int j) {
        for (String w : CALENDAR_WORDS.at(s, i)) {
            if (w.length() == j - i && s.startsWith(w, i)) {
                return DateRules.MONTH_NAMES.contains(w) ? MONTH_NAME : PERIOD_WORD;
            }
        }
        return 0;
    }

    // Month-name rules can only match where a month name is written, "last month" rules where a month
    // name, "month" or "year" is: which of the two kinds the text has, as bits.
    private static int calendarWords(String s) {
        int found = 0;
        int i = 0;
        while (i < s.length()) {
            if (!isAsciiLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && isAsciiLetter(s.charAt(j))) {
                j++;
            }
            if (j - i >= 3 && j - i <= 9) {
                found |= calendarWord(s, i, j);
                if (found == (MONTH_NAME | PERIOD_WORD)) {
                    return found;
                }
            }
            i = j;
        }
        return found;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        for (DateMention d : found) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }
}
