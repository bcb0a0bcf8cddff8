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

    private QuantityFinder() {}

    public static List<Quantity> find(String text, Lang lang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String original = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        Lang l = lang == null ? Lang.OTHER : lang;
        String s = Normaliser.foldPreservingLength(original);
        // Date spans: numbers inside "2025年10月" or "October 9, 2025" are not quantities.
        List<DateMention> dates = DateFinder.find(original, l, LocalDate.of(2000, 1, 1));
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!candidateStart(s, i)) {
                i++;
                continue;
            }
            Expression x = new Expression(s, l);
            Quantity q = x.read(i);
            if (q != null && !(q.kind() == Kind.NUMBER && insideDate(q, dates))) {
                out.add(q);
            }
            i = Math.max(i + 1, x.skipTo());
        }
        return List.copyOf(out);
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
