package dev.monazite.quantity;

import dev.monazite.quantity.Quantity.Kind;
import java.util.List;

/**
 * An amount restated in a second currency in brackets: "1,620 yuan ($225) per kg", 4.3亿美元(约合31.2亿元
 * 人民币). Both amounts are found on their own; a price denominator written once, after the bracket or
 * inside it, is given to both.
 */
final class DualCurrency {
    /** Longest filler between the opening bracket and the second amount: 约合, about, khoảng, tương đương. */
    private static final int MAX_FILLER = 12;

    private DualCurrency() {}

    /** Gives both amounts of each bracketed pair in found (in text order) the denominator either has. */
    static void sharePer(List<Quantity> found, String s) {
        for (int k = 0; k + 1 < found.size(); k++) {
            Quantity a = found.get(k);
            Quantity b = found.get(k + 1);
            if (a.kind() != Kind.MONEY || b.kind() != Kind.MONEY) {
                continue;
            }
            if (restated(s, a.end(), b.start())) {
                String per = denominator(a.unit());
                if (per != null) {
                    found.set(k + 1, withPer(b, per));
                }
                continue;
            }
            if (!bracketed(s, a.end(), b.start())) {
                continue;
            }
            int close = closing(s, b.end());
            if (close < 0) {
                continue;
            }
            int[] end = {0};
            String per = UnitLexicon.perMass(s, close, end);
            if (per != null && k + 2 < found.size() && found.get(k + 2).start() < end[0]) {
                found.remove(k + 2); // "($225) a kg": the article is the denominator, not one kilogram
            }
            if (per == null) {
                per = denominator(a.unit()) != null ? denominator(a.unit()) : denominator(b.unit());
            }
            if (per != null) {
                found.set(k, withPer(a, per));
                found.set(k + 1, withPer(b, per));
            }
        }
    }

    private static String denominator(String unit) {
        int slash = unit.indexOf('/');
        return slash < 0 ? null : unit.substring(slash + 1);
    }

    private static Quantity withPer(Quantity q, String per) {
        if (q.unit().contains("/")) {
            return q;
        }
        return new Quantity(q.kind(), q.value(), q.min(), q.max(), q.unit() + "/" + per, q.bound(), q.start(), q.end());
    }

    // Words that restate an amount in another currency after a comma: "每公噸58.6萬元人民幣,約合新台幣258萬元",
    // "$75 a kilogram, or about 540 yuan" ("or" with only a bound or a currency word after it),
    // "75 USD/kg, tương đương khoảng 1,9 triệu đồng".
    private static final List<String> RESTATING = List.of("约合", "約合", "折合", "相当于", "相當於", "equivalent to",
            "or", "tương đương", "tức là", "tức");

    // ", 约合" or ", or about" (and at most a currency word) between the two amounts.
    private static boolean restated(String s, int from, int to) {
        String between = filler(s, from, to, ',', '，', MAX_FILLER + 8);
        if (between == null) {
            return false;
        }
        String f = between.strip();
        // a Latin word ends at a space or the filler's end ("or about", not "ore"); a Han cue at once
        return RESTATING.stream().anyMatch(w -> f.startsWith(w) && (f.length() == w.length()
                || !Character.isLetter(w.charAt(w.length() - 1)) || w.charAt(w.length() - 1) > 0x2000
                || f.charAt(w.length()) == ' '));
    }

    // " (" or "(约合" between the two amounts.
    private static boolean bracketed(String s, int from, int to) {
        return filler(s, from, to, '(', '（', MAX_FILLER) != null;
    }

    // What stands between an opener (after spaces) and the second amount, when it is at most max
    // characters and holds no digit; null otherwise.
    private static String filler(String s, int from, int to, char opener, char wideOpener, int max) {
        int p = from;
        while (p < to && s.charAt(p) == ' ') {
            p++;
        }
        if (p >= to || s.charAt(p) != opener && s.charAt(p) != wideOpener || to - p - 1 > max) {
            return null;
        }
        String between = s.substring(p + 1, to);
        return between.chars().anyMatch(Character::isDigit) ? null : between;
    }

    // Where the text goes on after the closing bracket that follows the second amount, or -1.
    private static int closing(String s, int p) {
        int q = p;
        while (q < s.length() && s.charAt(q) == ' ') {
            q++;
        }
        return q < s.length() && (s.charAt(q) == ')' || s.charAt(q) == '）') ? q + 1 : -1;
    }
}
