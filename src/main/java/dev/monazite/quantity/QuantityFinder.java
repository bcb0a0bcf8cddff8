package dev.monazite.quantity;

import dev.monazite.quantity.Quantity.Kind;
import dev.monazite.text.Normaliser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers, percentages, money amounts, masses and counts in running text. Works on a
 * length-preserving fold of the text (lower case, Simplified Chinese, half-width digits) so that offsets
 * point into the original string. Each expression is read as: bound word, currency sign, numeral,
 * unit, optional range to a second numeral, trailing bound word.
 */
public final class QuantityFinder {
    /** Texts longer than this are cut: the finder is for sentences and articles, not for bulk data. */
    private static final int MAX_TEXT = 1_000_000;

    /** Stands for an upper-case M after digits ("1.2M" = 1.2 million), which folding would make a metre "m". */
    static final char MEGA = '\uE000';

    private QuantityFinder() {}

    public static List<Quantity> find(String text, Lang lang) {
        return find(text, lang, null);
    }

    /**
     * Like {@link #find(String, Lang)}, reusing date spans the caller has already found in the same
     * text (numbers inside them are not quantities); date finding is the costliest step, so a
     * caller that needs dates anyway should not pay for it twice.
     */
    public static List<Quantity> find(String text, Lang lang, List<DateMention> knownDates) {
        return find(text, lang, knownDates, true);
    }

    /**
     * @param skipIdle pass over Han characters and Latin words that no expression can begin with (most
     *                 of any text) without trying one; false only to test that skipping changes nothing
     */
    static List<Quantity> find(String text, Lang lang, List<DateMention> knownDates, boolean skipIdle) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String original = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        return find(original, Normaliser.foldPreservingLength(original), lang, knownDates, skipIdle);
    }

    /**
     * Like {@link #find(String, Lang, List)}, for a caller that already holds
     * {@link Normaliser#foldPreservingLength}(text) (at most a million characters).
     */
    public static List<Quantity> find(String text, String folded, Lang lang, List<DateMention> knownDates) {
        return find(text, folded, lang, knownDates, true);
    }

    private static List<Quantity> find(String original, String foldedText, Lang lang, List<DateMention> knownDates,
                                       boolean skipIdle) {
        if (original.isEmpty() || original.length() > MAX_TEXT || foldedText.length() != original.length()) {
            throw new IllegalArgumentException("folded text must be the length-preserving fold of a text of at most "
                    + MAX_TEXT + " characters");
        }
        Lang l = lang == null ? Lang.OTHER : lang;
        String folded = markMega(original, foldedText);
        // Chinese writes no spaces between words: a space next to a Han character is layout ("百 分 之 2"),
        // so the finder reads a compacted copy and maps offsets back.
        int[] map = l == Lang.ZH && spaceTouchesHan(folded) ? new int[folded.length() + 1] : null;
        String s = map != null ? compactAroundHan(folded, map) : folded;
        // Date spans: numbers inside "2025年10月" or "October 9, 2025" are not quantities.
        List<DateMention> dates = knownDates != null ? knownDates : DateFinder.find(original, l, LocalDate.of(2000, 1, 1));
        List<Quantity> out = new ArrayList<>();
        Expression x = new Expression(s, l);
        int i = 0;
        while (i < s.length()) {
            if (!candidateStart(s, i) || skipIdle && (idleHan(s, i) || idleWord(s, i))) {
                i++;
                continue;
            }
            Quantity q = x.read(i);
            if (q != null && map != null) {
                q = new Quantity(q.kind(), q.value(), q.min(), q.max(), q.unit(), q.bound(), map[q.start()],
                        map[q.end() - 1] + 1);
            }
            if (q != null && !(q.kind() == Kind.NUMBER && insideDate(q, dates))) {
                out.add(q);
            }
            i = Math.max(i + 1, x.skipTo());
        }
        DualCurrency.sharePer(out, folded);
        return List.copyOf(out);
    }

    private static String markMega(String original, String folded) {
        if (original.indexOf('M') < 0) {
            return folded;
        }
        char[] c = folded.toCharArray();
        for (int k = 1; k < c.length; k++) {
            char prev = original.charAt(k - 1);
            boolean afterDigit = DigitRun.isDigit(prev) || prev == ' ' && k > 1 && DigitRun.isDigit(original.charAt(k - 2));
            if (original.charAt(k) == 'M' && afterDigit && (k + 1 >= c.length || !Character.isLetter(original.charAt(k + 1)))) {
                c[k] = MEGA;
            }
        }
        return new String(c);
    }

    // Whether compacting would change anything: most Chinese sentences have no space beside a Han character.
    private static boolean spaceTouchesHan(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isWhitespace(s.charAt(k))
                    && (k > 0 && isHan(s.charAt(k - 1)) || k + 1 < s.length() && isHan(s.charAt(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Drops whitespace runs that touch a Han character; map[k] is the original offset of compact char k. */
    static String compactAroundHan(String s, int[] map) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        int k = 0;
        while (k < n) {
            char c = s.charAt(k);
            if (Character.isWhitespace(c)) {
                int e = k;
                while (e < n && Character.isWhitespace(s.charAt(e))) {
                    e++;
                }
                boolean han = k > 0 && isHan(s.charAt(k - 1)) || e < n && isHan(s.charAt(e));
                if (!han) {
                    for (int j = k; j < e; j++) {
                        map[sb.length()] = j;
                        sb.append(s.charAt(j));
                    }
                }
                k = e;
                continue;
            }
            map[sb.length()] = k;
            sb.append(c);
            k++;
        }
        map[sb.length()] = n;
        return sb.toString();
    }

    static final char HAN_FIRST = 0x3400, HAN_LAST = 0x9fff;

    static boolean isHan(char c) {
        return c >= HAN_FIRST && c <= HAN_LAST;
    }

    // A Han character where Expression.read would find nothing and move on by one.
    private static boolean idleHan(String s, int i) {
        char c = s.charAt(i);
        return isHan(c) && !Expression.mayBeginAtHan(c) && (i == 0 || s.charAt(i - 1) != '%');
    }

    // A Latin word where Expression.read would find nothing and move on by one (after a '%' it would
    // skip the whole token instead: "%e2%80" is URL-encoded, so that case is left to it).
    private static boolean idleWord(String s, int i) {
        return UnitLexicon.isLatin(s.charAt(i)) && (i == 0 || s.charAt(i - 1) != '%') && !Expression.mayBeginAtWord(s, i);
    }

    /** Expressions start at a word start (Latin), a digit not inside another token, or any other symbol. */
    private static boolean candidateStart(String s, int i) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n') {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char prev = s.charAt(i - 1);
        if (Character.isLetter(c) && UnitLexicon.isLatin(c)) {
            return !Character.isLetterOrDigit(prev);
        }
        if (DigitRun.isDigit(c)) {
            boolean groupSep = (prev == '.' || prev == ',') && i > 1 && DigitRun.isDigit(s.charAt(i - 2));
            return !DigitRun.isDigit(prev) && !groupSep;
        }
        return true;
    }

    private static boolean insideDate(Quantity q, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (q.start() < d.end() && d.start() < q.end()) {
                return true;
            }
        }
        return false;
    }
}
