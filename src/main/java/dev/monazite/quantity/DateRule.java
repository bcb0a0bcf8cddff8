package dev.monazite.quantity;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One date pattern, where a match of it can begin, and how to turn its match into a date value. */
final class DateRule {
    private final DateStart start;
    private final Pattern pattern;
    private final Resolver resolver;
    // Read off the pattern once: it opens with \b (or a lookbehind that opens with \b and ends at a
    // space, "(?<=\bin )"), or with a lookbehind that rules out a digit before the match.
    private final boolean wordStart;
    private final boolean notAfterDigit;
    private final Needs needs;
    // For rules that may open with a number: the lengths its leading digit run may have (bit n for
    // n digits) and what may follow the run; null where the rule puts no such limit.
    private final DigitShape digits;
    // For rules whose match holds a year (19xx or 20xx) that begins at most this many characters after
    // the start ("in 2024", "the fourth quarter of 2025"); 0 where the rule puts no such limit.
    private final int yearWithin;

    /**
     * A leading number's shape: how many digits, and which characters may come right after them (a space
     * in next stands for any whitespace, {@code A} for any letter, an empty next for anything).
     */
    record DigitShape(int lengths, String next) {
        boolean fits(CharSequence s, int i) {
            return fits(s, i, runEnd(s, i));
        }

        /** Like {@link #fits(CharSequence, int)}, given {@link #runEnd}(s, i), which many shapes share. */
        boolean fits(CharSequence s, int i, int end) {
            if ((lengths & 1 << (end - i)) == 0) {
                return false;
            }
            if (end == s.length() || next.isEmpty()) {
                return true;
            }
            char c = s.charAt(end);
            return next.indexOf(c) >= 0 || next.indexOf(' ') >= 0 && Character.isWhitespace(c)
                    || next.indexOf('A') >= 0 && Character.isLetter(c);
        }

        /** Where the digit run at i ends, looking no further than 8 digits (no shape allows more). */
        static int runEnd(CharSequence s, int i) {
            int end = i;
            while (end < s.length() && end - i < 8 && Character.isDigit(s.charAt(end))) {
                end++;
            }
            return end;
        }
    }

    DateRule(DateStart start, Pattern pattern, Resolver resolver) {
        this(start, pattern, resolver, null, 0, null);
    }

    private DateRule(DateStart start, Pattern pattern, Resolver resolver, DigitShape digits, int yearWithin,
                     Needs needs) {
        this.digits = digits;
        this.yearWithin = yearWithin;
        this.start = start;
        this.pattern = pattern;
        this.resolver = resolver;
        String src = pattern.pattern();
        this.wordStart = src.startsWith("\\b") || src.startsWith("(?<=\\b");
        this.notAfterDigit = src.startsWith("(?<![\\d");
        this.needs = needs != null ? needs : needsOf(src);
    }

    /**
     * This rule, tried in texts that have what needs names, where the pattern alone would say otherwise:
     * 三季度 and "thứ Ba" hold none of 年/月 or tháng/năm/ngày, "a year earlier" no month name.
     */
    DateRule needs(Needs what) {
        return new DateRule(start, pattern, resolver, digits, yearWithin, what);
    }

    /**
     * This rule, tried at a digit only where the number there has one of these lengths (as digits,
     * "12" for one or two) and is followed by one of next: "79,000" or "4.83" begin no day-month-year.
     */
    DateRule digits(String lengths, String next) {
        int mask = 0;
        for (char c : lengths.toCharArray()) {
            mask |= 1 << (c - '0');
        }
        return new DateRule(start, pattern, resolver, new DigitShape(mask, next), yearWithin, needs);
    }

    /**
     * This rule, tried only where a year (19xx or 20xx) begins within the next chars characters: "in",
     * "of" and "from" open many phrases, few of them "in 2024".
     */
    DateRule yearWithin(int chars) {
        return new DateRule(start, pattern, resolver, digits, chars, needs);
    }

    /** How far after a start the rule's year may begin, or 0. */
    int yearWithin() {
        return yearWithin;
    }

    /** Whether a year, 19 or 20 and two more digits, begins in s within (i, i + chars]. */
    static boolean yearAfter(CharSequence s, int i, int chars) {
        int last = Math.min(i + chars, s.length() - 4);
        for (int y = i + 1; y <= last; y++) {
            char c = s.charAt(y);
            if ((c == '1' && s.charAt(y + 1) == '9' || c == '2' && s.charAt(y + 1) == '0')
                    && Character.isDigit(s.charAt(y + 2)) && Character.isDigit(s.charAt(y + 3))) {
                return true;
            }
        }
        return false;
    }

    DateStart start() {
        return start;
    }

    boolean wordStart() {
        return wordStart;
    }

    boolean notAfterDigit() {
        return notAfterDigit;
    }

    /** The leading number's shape, or null. */
    DigitShape digits() {
        return digits;
    }

    Pattern pattern() {
        return pattern;
    }

    /**
     * What a text must contain for this rule to have any chance: every Chinese rule needs 年, 月 or
     * a 日/号, every Vietnamese one tháng, năm or ngày, every month-name rule a month name ("last month"
     * rules a month name, month or year), and the rest a digit. Read off the pattern once; it spares
     * running forty regexes over sentences that cannot match.
     */
    enum Needs { CJK, VIETNAMESE, MONTH_NAMES, LETTERS, DIGITS, ANY }

    Needs needs() {
        return needs;
    }

    private static Needs needsOf(String src) {
        if (src.contains("年") || src.contains("月")) {
            return Needs.CJK;
        }
        if (src.contains("tháng") || src.contains("năm") || src.contains("ngày")) {
            return Needs.VIETNAMESE;
        }
        if (src.contains("month")) {
            return Needs.LETTERS; // "month", "year" or a month name
        }
        if (src.contains("january")) {
            return Needs.MONTH_NAMES;
        }
        return Needs.DIGITS;
    }

    /**
     * Whether a match could begin at index i of s. A regex searched with find() is tried at every
     * index; news sentences are long and dates few, so trying only where a match can begin (and, for
     * patterns that open with a word boundary, only at the start of a word; for those that rule out a
     * digit before, not inside a number) does the same work in a fraction of the time.
     */
    boolean mayStartAt(CharSequence s, int i) {
        if (i > 0) {
            char before = s.charAt(i - 1);
            if (wordStart && Character.isLetterOrDigit(before) || notAfterDigit && before >= '0' && before <= '9') {
                return false;
            }
        }
        if (digits != null && s.charAt(i) >= '0' && s.charAt(i) <= '9' && !digits.fits(s, i)) {
            return false;
        }
        if (yearWithin > 0 && !yearAfter(s, i, yearWithin)) {
            return false;
        }
        return start.at(s, i);
    }

    /** Turns a match into a mention, or null when the match is no valid date. */
    interface Resolver {
        DateMention resolve(Matcher m, Lang lang, LocalDate reference);
    }

    DateMention resolve(Matcher m, Lang lang, LocalDate reference) {
        try {
            return resolver.resolve(m, lang, reference);
        } catch (RuntimeException e) {
            // Out-of-range numbers (month 13, day 32, year overflow) mean "not a date".
            return null;
        }
    }
}
