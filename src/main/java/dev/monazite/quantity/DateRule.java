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

    DateRule(DateStart start, Pattern pattern, Resolver resolver) {
        this.start = start;
        this.pattern = pattern;
        this.resolver = resolver;
        String src = pattern.pattern();
        this.wordStart = src.startsWith("\\b") || src.startsWith("(?<=\\b");
        this.notAfterDigit = src.startsWith("(?<![\\d");
        this.needs = needsOf(src);
    }

    DateStart start() {
        return start;
    }

    Pattern pattern() {
        return pattern;
    }

    /**
     * What a text must contain for this rule to have any chance: every Chinese rule needs 年, 月 or
     * a 日/号, every Vietnamese one tháng, năm or ngày, every month-name rule a letter, and the rest a
     * digit. Read off the pattern once; it spares running forty regexes over sentences that cannot match.
     */
    enum Needs { CJK, VIETNAMESE, LETTERS, DIGITS }

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
        if (src.contains("january") || src.contains("month")) {
            return Needs.LETTERS;
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
