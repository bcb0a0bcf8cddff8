package dev.monazite.quantity;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date pattern, where a match of it can begin, and how to turn its match into a date value.
 */
record DateRule(DateStart start, Pattern pattern, Resolver resolver) {

    /**
     * What a text must contain for this rule to have any chance: every Chinese rule needs 年, 月 or
     * a 日/号, every Vietnamese one tháng, năm or ngày, every month-name rule a letter, and the rest a
     * digit. Read off the pattern once; it spares running forty regexes over sentences that cannot match.
     */
    enum Needs { CJK, VIETNAMESE, LETTERS, DIGITS }

    Needs needs() {
        String src = pattern.pattern();
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
     * patterns that open with a word boundary, only at the start of a word) does the same work in a
     * fraction of the time.
     */
    boolean mayStartAt(CharSequence s, int i) {
        if (!start.at(s, i)) {
            return false;
        }
        return !wordStart() || i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    }

    // Opens with \b, or with a lookbehind that opens with \b and ends at a space ("(?<=\bin )").
    private boolean wordStart() {
        String src = pattern.pattern();
        return src.startsWith("\\b") || src.startsWith("(?<=\\b");
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
