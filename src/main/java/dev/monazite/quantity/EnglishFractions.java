package dev.monazite.quantity;

import java.util.Map;

/**
 * English fractions and mixed numbers around a numeral already read: "three fifths", "one twenty-fifth",
 * "two and fifty-four hundredths", "five and a half", "3 million and a quarter", "one over three",
 * "two out of five hundred", "3/4", "2 1/4", and leading forms "a half", "half a dozen", "quarter million".
 * Works on folded (lower-case) text; every method returns null when its form is absent.
 */
final class EnglishFractions {
    private static final Map<String, Double> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2.0), Map.entry("halves", 2.0), Map.entry("third", 3.0), Map.entry("thirds", 3.0),
            Map.entry("fourth", 4.0), Map.entry("fourths", 4.0), Map.entry("quarter", 4.0), Map.entry("quarters", 4.0),
            Map.entry("fifth", 5.0), Map.entry("fifths", 5.0), Map.entry("sixth", 6.0), Map.entry("sixths", 6.0),
            Map.entry("seventh", 7.0), Map.entry("sevenths", 7.0), Map.entry("eighth", 8.0), Map.entry("eighths", 8.0),
            Map.entry("ninth", 9.0), Map.entry("ninths", 9.0), Map.entry("tenth", 10.0), Map.entry("tenths", 10.0),
            Map.entry("eleventh", 11.0), Map.entry("elevenths", 11.0), Map.entry("twelfth", 12.0),
            Map.entry("twelfths", 12.0), Map.entry("thirteenth", 13.0), Map.entry("thirteenths", 13.0),
            Map.entry("fourteenth", 14.0), Map.entry("fourteenths", 14.0), Map.entry("fifteenth", 15.0),
            Map.entry("fifteenths", 15.0), Map.entry("sixteenth", 16.0), Map.entry("sixteenths", 16.0),
            Map.entry("seventeenth", 17.0), Map.entry("seventeenths", 17.0), Map.entry("eighteenth", 18.0),
            Map.entry("eighteenths", 18.0), Map.entry("nineteenth", 19.0), Map.entry("nineteenths", 19.0),
            Map.entry("twentieth", 20.0), Map.entry("twentieths", 20.0), Map.entry("thirtieth", 30.0),
            Map.entry("thirtieths", 30.0), Map.entry("fortieth", 40.0), Map.entry("fortieths", 40.0),
            Map.entry("fiftieth", 50.0), Map.entry("fiftieths", 50.0), Map.entry("hundredth", 100.0),
            Map.entry("hundredths", 100.0), Map.entry("thousandth", 1e3), Map.entry("thousandths", 1e3),
            Map.entry("millionth", 1e6), Map.entry("millionths", 1e6), Map.entry("billionth", 1e9),
            Map.entry("billionths", 1e9), Map.entry("trillionth", 1e12), Map.entry("trillionths", 1e12));
    /** Ordinal units that may follow a tens word in a compound denominator ("twenty-first"). */
    private static final Map<String, Double> UNIT_ORDINALS = Map.ofEntries(
            Map.entry("first", 1.0), Map.entry("firsts", 1.0), Map.entry("second", 2.0), Map.entry("seconds", 2.0),
            Map.entry("third", 3.0), Map.entry("thirds", 3.0), Map.entry("fourth", 4.0), Map.entry("fourths", 4.0),
            Map.entry("fifth", 5.0), Map.entry("fifths", 5.0), Map.entry("sixth", 6.0), Map.entry("sixths", 6.0),
            Map.entry("seventh", 7.0), Map.entry("sevenths", 7.0), Map.entry("eighth", 8.0), Map.entry("eighths", 8.0),
            Map.entry("ninth", 9.0), Map.entry("ninths", 9.0));
    private static final Map<String, Double> TENS = Map.of("twenty", 20.0, "thirty", 30.0, "forty", 40.0,
            "fifty", 50.0, "sixty", 60.0, "seventy", 70.0, "eighty", 80.0, "ninety", 90.0);

    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("year", "years", "month", "months",
            "day", "days", "week", "weeks", "quarter", "quarters", "hour", "hours", "decade", "decades", "minutes",
            "seconds", "periods", "sessions", "games", "matches", "innings", "attempts", "tries");

    private EnglishFractions() {}

    /** A denominator word at p: its value and end, or null. */
    private record Denominator(double value, int end) {}

    private static Denominator denominatorAt(String s, int p, boolean singularOk) {
        String w = WordNumerals.wordAt(s, p);
        if (w.isEmpty()) {
            return null;
        }
        Double tens = TENS.get(w);
        if (tens != null) {
            int q = p + w.length();
            if (q + 1 < s.length() && (s.charAt(q) == '-' || s.charAt(q) == ' ')) {
                String u = WordNumerals.wordAt(s, q + 1);
                Double unit = UNIT_ORDINALS.get(u);
                if (unit != null && (singularOk || u.endsWith("s"))) {
                    return new Denominator(tens + unit, q + 1 + u.length());
                }
            }
            return null;
        }
        Double d = DENOMINATORS.get(w);
        if (d == null || !singularOk && !w.endsWith("s") && !w.equals("half") && !w.equals("quarter")) {
            return null;
        }
        return new Denominator(d, p + w.length());
    }

    /** Start of the next word after one separator (spaces or a spaced/plain hyphen), or -1. */
    private static int nextWord(String s, int q) {
        int r = q;
        int n = s.length();
        while (r < n && s.charAt(r) == ' ') {
            r++;
        }
        if (r < n && s.charAt(r) == '-') {
            r++;
            while (r < n && s.charAt(r) == ' ') {
                r++;
            }
        }
        if (r == q || r >= n || !WordNumerals.isWordChar(s.charAt(r))) {
            return -1;
        }
        return r;
    }

    /** Only the digit forms "3/5" and "1 4/3" (for Chinese text). */
    static Numeral slashOnly(String s, Numeral n) {
        int e = n.end();
        if (e >= s.length() || !DigitRun.isDigit(s.charAt(e - 1))) {
            return null;
        }
        return s.charAt(e) == '/' ? slash(s, n, e) : mixedSlash(s, n, e);
    }

    /** Forms after a numeral: denominators, "and a half", "over three", "1/4". */
    static Numeral extend(String s, Numeral n, Lang lang) {
        int e = n.end();
        if (e >= s.length()) {
            return null;
        }
        if (s.charAt(e) == '/' && DigitRun.isDigit(s.charAt(e - 1))) {
            return slash(s, n, e);
        }
        int w = nextWord(s, e);
        if (w < 0) {
            return mixedSlash(s, n, e);
        }
        boolean one = n.value() == 1;
        Denominator d = denominatorAt(s, w, one);
        if (d != null && (d.value() != 2 || one || s.startsWith("halves", w) || properAfterAnd(s, n, d.value()))) {
            return scaled(s, n.start(), divide(s, n, d.value()), d.end());
        }
        String word = WordNumerals.wordAt(s, w);
        if (word.equals("and")) {
            return andFraction(s, n, w + 3);
        }
        if (word.equals("over") || word.equals("out") && s.startsWith("out of ", w) || word.equals("in")) {
            int q = word.equals("out") ? w + 7 : w + word.length() + 1;
            if (q >= s.length() || s.charAt(q - 1) != ' ') {
                return null;
            }
            if (word.equals("in") && !WordNumerals.isWordChar(s.charAt(q))) {
                return null;
            }
            Numeral den = NumeralScanner.scan(s, q, lang, false);
            if (den == null || !den.usable() || den.value() == 0 || den.start() != q
                    || !word.equals("over") && n.value() > den.value()) {
                return null; // "12 out of 10", "12 in six boxes": not a ratio
            }
            int after = nextWord(s, den.end());
            if (after >= 0 && TIME_WORDS.contains(WordNumerals.wordAt(s, after))) {
                return null; // "$1,000 over 3 years": a period, not a ratio
            }
            return new Numeral(n.start(), den.end(), n.value() / den.value(), false, false, false, n.over());
        }
        return null;
    }

    /**
     * "X and Y fifths": a proper Y/d makes the mixed number X + Y/d ("two and fifty-four hundredths");
     * otherwise the whole numeral is the numerator ("one hundred and thirty-two fifths" = 132/5).
     */
    private static double divide(String s, Numeral n, double d) {
        int and = lastAnd(s, n);
        if (and >= n.start()) {
            Numeral y = WordNumerals.read(s, and + 5, Lang.EN);
            if (y != null && y.usable() && y.end() == n.end() && y.value() / d < 1) {
                return n.value() - y.value() + scaleBefore(s, n.start(), and) * y.value() / d;
            }
        }
        return n.value() / d;
    }

    /** The last " and " inside the numeral, searched only within it (keeps the finder linear). */
    private static int lastAnd(String s, Numeral n) {
        for (int k = n.end() - 5; k >= n.start(); k--) {
            if (s.startsWith(" and ", k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean properAfterAnd(String s, Numeral n, double d) {
        int and = lastAnd(s, n);
        if (and < n.start()) {
            return false;
        }
        Numeral y = WordNumerals.read(s, and + 5, Lang.EN);
        return y != null && y.usable() && y.end() == n.end() && y.value() / d < 1;
    }

    /** The scale word ending at p ("two million| and"), else 1. */
    private static double scaleBefore(String s, int start, int p) {
        int b = p;
        while (b > start && WordNumerals.isWordChar(s.charAt(b - 1))) {
            b--;
        }
        Double f = WordNumerals.SCALE_WORDS.get(s.substring(b, p));
        return f != null && f >= 1e3 ? f : 1;
    }

    /** "three quarters billion", "two thirds of a million": a scale word after a fraction multiplies it. */
    private static Numeral scaled(String s, int start, double v, int end) {
        int q = nextWord(s, end);
        if (q < 0) {
            return new Numeral(start, end, v, false, false, false, false);
        }
        Numeral plain = new Numeral(start, end, v, false, false, false, false);
        if (WordNumerals.wordAt(s, q).equals("of")) {
            q = nextWord(s, q + 2);
            if (q < 0) {
                return plain;
            }
        }
        if (WordNumerals.wordAt(s, q).equals("a")) {
            q = nextWord(s, q + 1);
            if (q < 0) {
                return plain;
            }
        }
        String scale = WordNumerals.wordAt(s, q);
        Double f = WordNumerals.SCALE_WORDS.get(scale);
        if (f != null && scale.length() > 3 && f >= 12) {
            return new Numeral(start, q + scale.length(), v * f, false, false, false, false);
        }
        return new Numeral(start, end, v, false, false, false, false);
    }

    /** "and a half", "and one fourth", "and two thirds" after a numeral; scale-aware ("3 million and a half"). */
    private static Numeral andFraction(String s, Numeral n, int q) {
        int w = nextWord(s, q);
        if (w < 0) {
            return null;
        }
        String a = WordNumerals.wordAt(s, w);
        double num;
        int after;
        if (a.equals("a") || a.equals("an") || a.equals("one")) {
            num = 1;
            after = w + a.length();
        } else {
            Numeral y = WordNumerals.read(s, w, Lang.EN);
            if (y == null || !y.usable()) {
                return null;
            }
            num = y.value();
            after = y.end();
        }
        int dw = nextWord(s, after);
        if (dw < 0) {
            return null;
        }
        Denominator d = denominatorAt(s, dw, num == 1);
        if (d == null || num / d.value() >= 1) {
            return null;
        }
        double unit = lastScale(s, n);
        double f = num / d.value();
        int sw = nextWord(s, d.end());
        if (sw >= 0) {
            String scale = WordNumerals.wordAt(s, sw);
            Double m = WordNumerals.SCALE_WORDS.get(scale);
            if (m != null && m >= 1e3 && scale.length() > 3) {
                double v = unit > m ? n.value() + f * m : (n.value() + f) * m;
                return new Numeral(n.start(), sw + scale.length(), v, false, false, false, n.over());
            }
        }
        return new Numeral(n.start(), d.end(), n.value() + unit * f, false, false, false, n.over());
    }

    /** The scale word a numeral ends with ("3 million" → 1e6), else 1. */
    private static double lastScale(String s, Numeral n) {
        int p = n.end();
        int b = p;
        while (b > n.start() && WordNumerals.isWordChar(s.charAt(b - 1))) {
            b--;
        }
        Double f = WordNumerals.SCALE_WORDS.get(s.substring(b, p));
        return f != null && f >= 1e3 ? f : 1;
    }

    /** "3/4", "-4/5" (the sign is applied by the caller). */
    private static Numeral slash(String s, Numeral n, int e) {
        if (n.value() != Math.rint(n.value())) {
            return null;
        }
        int q = e + 1;
        int r = q;
        while (r < s.length() && DigitRun.isDigit(s.charAt(r))) {
            r++;
        }
        if (r == q || r - q > 6 || r < s.length() && (s.charAt(r) == '/' || s.charAt(r) == '.' && r + 1 < s.length()
                && DigitRun.isDigit(s.charAt(r + 1)) || Character.isLetterOrDigit(s.charAt(r)))) {
            return null;
        }
        double den = Double.parseDouble(s.substring(q, r));
        if (den == 0) {
            return null;
        }
        return new Numeral(n.start(), r, n.value() / den, false, false, false, n.over());
    }

    /** "2 1/4": a whole number, spaces, then a proper fraction. */
    private static Numeral mixedSlash(String s, Numeral n, int e) {
        int q = e;
        while (q < s.length() && s.charAt(q) == ' ') {
            q++;
        }
        if (q == e || q >= s.length() || !DigitRun.isDigit(s.charAt(q)) || n.value() != Math.rint(n.value())) {
            return null;
        }
        int r = q;
        while (r < s.length() && DigitRun.isDigit(s.charAt(r))) {
            r++;
        }
        if (r >= s.length() || s.charAt(r) != '/') {
            return null;
        }
        Numeral numer = new Numeral(q, r, Double.parseDouble(s.substring(q, r)), false, false, false, false);
        Numeral f = slash(s, numer, r);
        if (f == null || f.value() >= 1) {
            return null;
        }
        return new Numeral(n.start(), f.end(), n.value() + f.value(), false, false, false, n.over());
    }

    /**
     * Whether {@link #leading} can find anything at p that a word numeral could not also begin: a half
     * or quarter word ("a"/"an", its other opening, is a first word of {@link WordNumerals} already).
     */
    static boolean mayLead(String s, int p) {
        return s.startsWith("half", p) || s.startsWith("quarter", p);
    }

    /** Forms that start with the fraction: "a half", "one fifth" is handled by extend; "half a dozen", "quarter million". */
    static Numeral leading(String s, int p) {
        if (p > 0 && WordNumerals.isWordChar(s.charAt(p - 1))) {
            return null;
        }
        int w = p;
        String first = WordNumerals.wordAt(s, p);
        if (first.equals("a") || first.equals("an")) {
            w = nextWord(s, p + first.length());
            if (w < 0) {
                return null;
            }
        }
        Denominator d = denominatorAt(s, w, true);
        if (d == null || w == p && !(s.startsWith("half", p) || s.startsWith("quarter", p))) {
            return null;
        }
        Numeral v = scaled(s, p, 1 / d.value(), d.end());
        if (w == p && v.end() == d.end()) {
            return null; // a bare "half"/"quarter" is a word, not a number
        }
        return v;
    }
}
