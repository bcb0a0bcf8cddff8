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
        long[] active = new long[Rules.WORDS];
        for (int r = 0; r < rules.size(); r++) {
            if (has.contains(rules.get(r).needs())) {
                Rules.add(active, r);
            }
        }
        if (Rules.none(active)) {
            return List.of();
        }
        Starts starts = Starts.of(s, active);
        Matcher[] matchers = MATCHERS.get();
        for (int r = 0; r < rules.size(); r++) {
            if (Rules.has(starts.any, 0, r)) {
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
            if (!Rules.has(starts.masks, k * Rules.WORDS, r) || i < after) {
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
     * Sets of rules as bits, rule r at bit r % 64 of word r / 64: as many words as the rules need, so
     * adding a rule never meets a limit. A set is WORDS longs, alone or at an offset of a longer array.
     */
    static final class Rules {
        static final int WORDS = (DateRules.ordered().size() + Long.SIZE - 1) / Long.SIZE;

        private Rules() {}

        static void add(long[] set, int r) {
            set[r >>> 6] |= 1L << r;
        }

        static boolean has(long[] sets, int at, int r) {
            return (sets[at + (r >>> 6)] & 1L << r) != 0;
        }

        static boolean none(long[] set) {
            for (long w : set) {
                if (w != 0) {
                    return false;
                }
            }
            return true;
        }

        static boolean meet(long[] a, long[] b) {
            for (int w = 0; w < WORDS; w++) {
                if ((a[w] & b[w]) != 0) {
                    return true;
                }
            }
            return false;
        }

        static void remove(long[] from, long[] these) {
            for (int w = 0; w < WORDS; w++) {
                from[w] &= ~these[w];
            }
        }

        static long[] of(java.util.function.IntPredicate test) {
            long[] set = new long[WORDS];
            for (int r = 0; r < DateRules.ordered().size(); r++) {
                if (test.test(r)) {
                    add(set, r);
                }
            }
            return set;
        }
    }

    /**
     * For each rule, the indexes of a text where a match of it may begin ({@link DateRule#mayStartAt}),
     * found in one pass over the text however many rules there are.
     */
    private static final class Starts {
        private static final List<DateRule> RULES = DateRules.ordered();
        private static final int W = Rules.WORDS;
        // Which rules each character may begin: a class per character (0 for the many that begin none),
        // and each class's rule set, so the table read for every character of every sentence stays small.
        private static final char[] CLASS_OF_CHAR = new char[Character.MAX_VALUE + 1];
        private static final long[] CLASS_RULES;
        // The parts of DateRule.mayStartAt, each with the rules it applies to: many rules share a start
        // word set (the month names) or a digit shape, so each is checked once per position, not once
        // per rule.
        private static final long[] WORD_START = Rules.of(r -> RULES.get(r).wordStart());
        private static final long[] NOT_AFTER_DIGIT = Rules.of(r -> RULES.get(r).notAfterDigit());
        private static final DateStart[] WORD_STARTS;
        private static final long[][] WORD_START_RULES;
        private static final DateRule.DigitShape[] SHAPES;
        private static final long[][] SHAPE_RULES;
        private static final int[] YEAR_WITHIN;
        private static final long[][] YEAR_RULES;

        static {
            java.util.Map<DateStart, long[]> byStart = new java.util.IdentityHashMap<>();
            java.util.Map<DateRule.DigitShape, long[]> byShape = new java.util.LinkedHashMap<>();
            java.util.Map<Integer, long[]> byYearWithin = new java.util.LinkedHashMap<>();
            java.util.Map<Character, long[]> byChar = new java.util.TreeMap<>();
            for (int r = 0; r < RULES.size(); r++) {
                DateRule rule = RULES.get(r);
                for (char c : rule.start().initials().toCharArray()) {
                    Rules.add(byChar.computeIfAbsent(c, k -> new long[W]), r);
                }
                if (!rule.start().words().isEmpty()) {
                    Rules.add(byStart.computeIfAbsent(rule.start(), k -> new long[W]), r);
                }
                if (rule.digits() != null) {
                    Rules.add(byShape.computeIfAbsent(rule.digits(), k -> new long[W]), r);
                }
                if (rule.yearWithin() > 0) {
                    Rules.add(byYearWithin.computeIfAbsent(rule.yearWithin(), k -> new long[W]), r);
                }
            }
            CLASS_RULES = classes(byChar);
            WORD_STARTS = byStart.keySet().toArray(new DateStart[0]);
            WORD_START_RULES = byStart.values().toArray(new long[0][]);
            SHAPES = byShape.keySet().toArray(new DateRule.DigitShape[0]);
            SHAPE_RULES = byShape.values().toArray(new long[0][]);
            YEAR_WITHIN = byYearWithin.keySet().stream().mapToInt(Integer::intValue).toArray();
            YEAR_RULES = byYearWithin.values().toArray(new long[0][]);
        }

        // Characters that begin the same rules share a class; class 0 begins none.
        private static long[] classes(java.util.Map<Character, long[]> byChar) {
            List<long[]> sets = new ArrayList<>();
            sets.add(new long[W]);
            for (var e : byChar.entrySet()) {
                int k = 0;
                while (k < sets.size() && !java.util.Arrays.equals(sets.get(k), e.getValue())) {
                    k++;
                }
                if (k == sets.size()) {
                    sets.add(e.getValue());
                }
                CLASS_OF_CHAR[e.getKey()] = (char) k;
            }
            long[] flat = new long[sets.size() * W];
            for (int k = 0; k < sets.size(); k++) {
                System.arraycopy(sets.get(k), 0, flat, k * W, W);
            }
            return flat;
        }

        /** Narrows mask, rules c = s.charAt(i) may begin, to those whose DateRule.mayStartAt(s, i) holds. */
        static void startingAt(String s, int i, long[] mask, NextYear years) {
            if (i > 0) {
                char before = s.charAt(i - 1);
                if (Character.isLetterOrDigit(before)) {
                    Rules.remove(mask, WORD_START);
                }
                if (before >= '0' && before <= '9') {
                    Rules.remove(mask, NOT_AFTER_DIGIT);
                }
            }
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = DateRule.DigitShape.runEnd(s, i);
                for (int k = 0; k < SHAPES.length; k++) {
                    if (Rules.meet(mask, SHAPE_RULES[k]) && !SHAPES[k].fits(s, i, end)) {
                        Rules.remove(mask, SHAPE_RULES[k]);
                    }
                }
            }
            for (int k = 0; k < YEAR_WITHIN.length; k++) {
                if (Rules.meet(mask, YEAR_RULES[k]) && !years.within(s, i, YEAR_WITHIN[k])) {
                    Rules.remove(mask, YEAR_RULES[k]);
                }
            }
            int wordEnd = -2; // read once, when a word start is first tried here
            for (int k = 0; k < WORD_STARTS.length; k++) {
                if (Rules.meet(mask, WORD_START_RULES[k])) {
                    if (wordEnd == -2) {
                        wordEnd = DateStart.wordEnd(s, i);
                    }
                    if (!WORD_STARTS[k].at(s, i, wordEnd)) {
                        Rules.remove(mask, WORD_START_RULES[k]);
                    }
                }
            }
        }

        // The indexes that may begin some active rule, in order, each with its rules (W words at
        // masks[k * W]): a few characters of a sentence, walked once per rule that any of them may begin.
        final int[] at;
        final long[] masks;
        final int count;
        final long[] any;

        private Starts(int[] at, long[] masks, int count, long[] any) {
            this.at = at;
            this.masks = masks;
            this.count = count;
            this.any = any;
        }

        /** The candidate starts of the active rules in s. */
        static Starts of(String s, long[] active) {
            // sized for a few candidates and grown when more come: most characters begin no rule
            int[] at = new int[16];
            long[] masks = new long[16 * W];
            int n = 0;
            long[] any = new long[W];
            long[] mask = new long[W];
            NextYear years = new NextYear();
            for (int i = 0; i < s.length(); i++) {
                int cls = CLASS_OF_CHAR[s.charAt(i)];
                if (cls == 0 || !narrowed(cls, active, mask)) {
                    continue;
                }
                startingAt(s, i, mask, years);
                if (Rules.none(mask)) {
                    continue;
                }
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                    masks = java.util.Arrays.copyOf(masks, n * 2 * W);
                }
                at[n] = i;
                for (int w = 0; w < W; w++) {
                    masks[n * W + w] = mask[w];
                    any[w] |= mask[w];
                }
                n++;
            }
            return new Starts(at, masks, n, any);
        }

        // mask = the class's rules that are active; whether any are.
        private static boolean narrowed(int cls, long[] active, long[] mask) {
            long all = 0;
            for (int w = 0; w < W; w++) {
                mask[w] = CLASS_RULES[cls * W + w] & active[w];
                all |= mask[w];
            }
            return all != 0;
        }
    }

    /** The rules (a bit each, in DateRules order) that may begin a match at i of folded text s. */
    static long[] rulesStartingAt(String s, int i) {
        long[] all = new long[Rules.WORDS];
        java.util.Arrays.fill(all, -1L);
        long[] mask = new long[Rules.WORDS];
        if (Starts.narrowed(Starts.CLASS_OF_CHAR[s.charAt(i)], all, mask)) {
            Starts.startingAt(s, i, mask, new NextYear());
        }
        return mask;
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
        // "quý 4/2025" names a quarter with none of the other words
        if (s.contains("tháng") || s.contains("năm") || s.contains("ngày") || s.contains("quý")) {
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
