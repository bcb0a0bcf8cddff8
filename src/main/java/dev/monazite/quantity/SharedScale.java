package dev.monazite.quantity;

/**
 * A scale word written once for both ends of a range: "$6 to $6.5 billion", 2至3万吨, 3 đến 4 tỷ USD. The
 * first end, a bare number, takes the power of ten that the second end's scale word gave it.
 */
final class SharedScale {
    private SharedScale() {}

    /** The factor to apply to the first end (1 when it has its own scale or the second has none). */
    static double of(String s, Numeral first, Numeral second, Lang lang) {
        if (!bare(s, first)) {
            return 1;
        }
        double lead = leadingValue(s, second, lang);
        if (!(lead > 0)) {
            return 1;
        }
        double factor = second.value() / lead;
        double exponent = Math.log10(factor);
        if (factor < 10 || Math.abs(exponent - Math.rint(exponent)) > 1e-9 || first.value() * factor > second.value()) {
            return 1;
        }
        return Math.pow(10, Math.rint(exponent));
    }

    // Digits and separators only, or Chinese digits only ("2", "6.5", "二").
    private static boolean bare(String s, Numeral n) {
        for (int k = n.start(); k < n.end(); k++) {
            char c = s.charAt(k);
            boolean digit = DigitRun.isDigit(c) || c == '.' || c == ',' || ChineseNumerals.digit(c) >= 0 && c != '两';
            if (!digit) {
                return false;
            }
        }
        return n.end() > n.start();
    }

    // The value of the second end's number before its scale word: 6.5 in "6.5 billion", 3 in 3万 or 三万.
    private static double leadingValue(String s, Numeral n, Lang lang) {
        int k = n.start();
        if (k < s.length() && DigitRun.isDigit(s.charAt(k))) {
            Numeral digits = DigitRun.read(s, k, lang);
            return digits == null || !digits.usable() || digits.end() >= n.end() ? 0 : digits.value();
        }
        int d = k < s.length() ? ChineseNumerals.digit(s.charAt(k)) : -1;
        boolean scaleNext = k + 1 < n.end() && ChineseNumerals.largeUnit(s.charAt(k + 1)) > 0 && k + 2 == n.end();
        return d > 0 && scaleNext ? d : 0;
    }
}
