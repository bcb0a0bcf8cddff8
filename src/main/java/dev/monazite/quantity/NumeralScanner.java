package dev.monazite.quantity;

import java.util.List;

/**
 * Finds the numeral that starts at a given position of folded text, whatever its script: a sign
 * (-, 负, minus, âm), then Chinese/Arabic digits or number words, then multipliers (million, tỷ, k, bn).
 */
final class NumeralScanner {
    private NumeralScanner() {}

    /**
     * @param letterM whether an attached "m" means million (only after a currency sign: "$5m";
     *                elsewhere "5m" is five metres)
     */
    static Numeral scan(String s, int i, Lang lang, boolean letterM) {
        if (i >= s.length()) {
            return null;
        }
        int signEnd = signEnd(s, i, lang);
        Numeral core = core(s, signEnd, lang);
        if (core == null) {
            return null;
        }
        if (core.invalid() || core.vague()) {
            return core;
        }
        Numeral scaled = multipliers(s, core, lang, letterM);
        if (lang == Lang.EN || lang == Lang.OTHER || lang == Lang.ZH) {
            Numeral f = lang == Lang.ZH ? EnglishFractions.slashOnly(s, scaled) : EnglishFractions.extend(s, scaled, lang);
            if (f != null) {
                scaled = f;
            }
        }
        if (signEnd > i) {
            return scaled.withStart(i, -scaled.value());
        }
        return scaled;
    }

    private static Numeral core(String s, int p, Lang lang) {
        if (p >= s.length()) {
            return null;
        }
        char c = s.charAt(p);
        if (DigitRun.isDigit(c) || c == '.' || ChineseNumerals.isNumeralChar(c)) {
            if (c == '.' && (p + 1 >= s.length() || !DigitRun.isDigit(s.charAt(p + 1)))) {
                return null;
            }
            if (c == '.' && p > 0 && DigitRun.isDigit(s.charAt(p - 1))) {
                return null;
            }
            return ChineseNumerals.read(s, p, lang);
        }
        if (WordNumerals.isWordChar(c)) {
            if (!WordNumerals.mayBeginAt(s, p) && !EnglishFractions.mayLead(s, p)) {
                return null;
            }
            if (lang == Lang.EN || lang == Lang.OTHER) {
                Numeral f = EnglishFractions.leading(s, p);
                if (f != null) {
                    return f;
                }
            }
            return WordNumerals.read(s, p, lang);
        }
        return null;
    }

    /** End of a leading minus sign, or i when there is none. */
    private static int signEnd(String s, int i, Lang lang) {
        char c = s.charAt(i);
        if ((c == '-' || c == '−') && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
            int q = i + 1;
            if (q < s.length() && s.charAt(q) == ' ') {
                q++;
            }
            return q < s.length() && (DigitRun.isDigit(s.charAt(q)) || s.charAt(q) == '.') ? q : i;
        }
        if (c == '负') {
            return i + 1 < s.length() && s.charAt(i + 1) == ' ' ? i + 2 : i + 1;
        }
        String w = SIGN_WORDS.at(s, i);
        return w != null && (i == 0 || !Character.isLetter(s.charAt(i - 1))) ? i + w.length() : i;
    }

    private static final PrefixWords SIGN_WORDS = new PrefixWords("minus ", "negative ", "âm ");

    static List<String> signWords() {
        return SIGN_WORDS.words();
    }

    /** Applies "million", "tỷ", "k", "bn"… that follow the numeral, as many as are chained (thousand millions). */
    private static Numeral multipliers(String s, Numeral n, Lang lang, boolean letterM) {
        Numeral cur = n;
        for (int guard = 0; guard < 4; guard++) {
            Numeral next = oneMultiplier(s, cur, lang, letterM);
            if (next == null) {
                return cur;
            }
            cur = next;
        }
        return cur;
    }

    private static Numeral oneMultiplier(String s, Numeral n, Lang lang, boolean letterM) {
        int e = n.end();
        if (e >= s.length()) {
            return null;
        }
        char last = s.charAt(e - 1);
        boolean endsInDigit = DigitRun.isDigit(last);
        if (endsInDigit) {
            Numeral exp = exponent(s, n);
            if (exp != null) {
                return exp;
            }
        }
        if (endsInDigit) {
            int q = e < s.length() && s.charAt(e) == ' ' ? e + 1 : e;
            if (q < s.length() && s.charAt(q) == QuantityFinder.MEGA
                    && (q + 1 >= s.length() || !Character.isLetter(s.charAt(q + 1)))) {
                return n.withEnd(q + 1, n.value() * 1e6); // "1.2M", "-2.5 M"
            }
        }
        if (endsInDigit && lang != Lang.ZH) {
            // "2.33 k", "10  k": a spaced k after digits
            int q = e;
            while (q < s.length() && s.charAt(q) == ' ' && q - e < 2) {
                q++;
            }
            if (q > e && q < s.length() && s.charAt(q) == 'k'
                    && (q + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(q + 1)))) {
                return n.withEnd(q + 1, n.value() * 1e3);
            }
        }
        if (endsInDigit && Character.isLetter(s.charAt(e))) {
            String w = WordNumerals.wordAt(s, e);
            double f = attachedLetter(w, lang, letterM);
            if (f > 0) {
                return n.withEnd(e + w.length(), n.value() * f);
            }
        }
        if (s.charAt(e) == ' ' && e + 1 < s.length() && Character.isLetter(s.charAt(e + 1))) {
            String w = WordNumerals.wordAt(s, e + 1);
            Double f = WordNumerals.SCALE_WORDS.get(w);
            if (f != null && (endsInDigit || !ChineseNumerals.isNumeralChar(last)) && !w.equals("cr") && !w.equals("kr")) {
                return n.withEnd(e + 1 + w.length(), n.value() * f);
            }
        }
        return null;
    }

    /** Scientific forms after digits: "1.3e6", "12.32e+14", "2.5^-1", "1.3x10^6". */
    private static Numeral exponent(String s, Numeral n) {
        int e = n.end();
        int q = e;
        boolean power = false;
        if (s.startsWith("x10^", q) || s.startsWith("×10^", q)) {
            q += 4;
        } else if (s.charAt(q) == '^') {
            power = true;
            q++;
        } else if (s.charAt(q) == 'e') {
            q++;
        } else {
            return null;
        }
        boolean neg = false;
        if (q < s.length() && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
            neg = s.charAt(q) == '-';
            q++;
        }
        int d = q;
        while (q < s.length() && DigitRun.isDigit(s.charAt(q)) && q - d < 4) {
            q++;
        }
        if (q == d || q < s.length() && (Character.isLetterOrDigit(s.charAt(q)) || s.charAt(q) == '.')) {
            return null;
        }
        int x = Integer.parseInt(s.substring(d, q)) * (neg ? -1 : 1);
        double v = power ? Math.pow(n.value(), x) : n.value() * Math.pow(10, x);
        if (!Double.isFinite(v)) {
            return null;
        }
        return n.withEnd(q, v);
    }

    /** "10k", "1.2b", "1.2bn", ".0012g" (Duckling's giga), "5m" only in money. */
    private static double attachedLetter(String w, Lang lang, boolean letterM) {
        return switch (w) {
            case "k" -> 1e3;
            case "b", "bn" -> 1e9;
            case "mn" -> 1e6;
            case "mil" -> 1e6;
            case "m" -> letterM || lang == Lang.VI ? 1e6 : 0;
            case "g" -> lang == Lang.ZH || lang == Lang.EN ? 0 : 0;
            default -> WordNumerals.SCALE_WORDS.getOrDefault(w, 0.0) >= 1e3 && w.length() > 3 ? WordNumerals.SCALE_WORDS.get(w) : 0;
        };
    }
}
