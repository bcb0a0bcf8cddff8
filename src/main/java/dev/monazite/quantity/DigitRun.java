package dev.monazite.quantity;

/**
 * Reads a run of ASCII digits with thousands separators and a decimal mark. The separator convention
 * depends on the language ("1.200" is 1200 in Vietnamese, "2,582" is 2582 in English) and on shape: a
 * separator followed by exactly three digits groups thousands, anything else is a decimal mark. A run that
 * fits no convention ("1,2,3,4", "12..5", 500 digits) is reported as invalid so that nothing is extracted.
 */
final class DigitRun {
    /** More significant digits than a double can hold are a code or an identifier, not an amount. */
    private static final int MAX_DIGITS = 20;
    /** Marker returned when a separator fits neither grouping nor decimal use. */
    private static final char NO_CONVENTION = 1;

    private DigitRun() {}

    private static boolean isDigitInt(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Returns the run starting at i (s[i] is a digit or a '.'/',' followed by a digit), or null. */
    static Numeral read(String s, int i, Lang lang) {
        int end = runEnd(s, i);
        String run = s.substring(i, end);
        if (hasDoubleSeparator(s, i, end)) {
            return Numeral.invalid(i, skipRun(s, i));
        }
        double v = parse(run, lang);
        if (Double.isNaN(v)) {
            return Numeral.invalid(i, end);
        }
        return new Numeral(i, end, v, false, false, false, false);
    }

    /** Digits and separators; a space groups thousands only in "40 000" shape. A trailing separator is not part. */
    private static int runEnd(String s, int i) {
        int p = i;
        int n = s.length();
        while (p < n) {
            char c = s.charAt(p);
            if (isDigit(c)) {
                p++;
            } else if ((c == ',' || c == '.' || c == '\'') && p + 1 < n && isDigit(s.charAt(p + 1))) {
                p++;
            } else if (c == ' ' && spaceGroup(s, p)) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    private static boolean spaceGroup(String s, int p) {
        int n = s.length();
        for (int k = 1; k <= 3; k++) {
            if (p + k >= n || !isDigit(s.charAt(p + k))) {
                return false;
            }
        }
        if (p + 4 < n && (isDigit(s.charAt(p + 4)) || s.charAt(p + 4) == '.' || s.charAt(p + 4) == ',')) {
            return false;
        }
        int q = p - 1;
        int digits = 0;
        while (q >= 0 && isDigit(s.charAt(q))) {
            digits++;
            q--;
        }
        return digits >= 1 && digits <= 3;
    }

    private static boolean hasDoubleSeparator(String s, int i, int end) {
        if (end + 1 < s.length() && isSep(s.charAt(end)) && isSep(s.charAt(end + 1))
                && end + 2 < s.length() && isDigit(s.charAt(end + 2))) {
            return true;
        }
        return false;
    }

    private static int skipRun(String s, int i) {
        int p = i;
        while (p < s.length() && (isDigit(s.charAt(p)) || isSep(s.charAt(p)))) {
            p++;
        }
        return p;
    }

    private static boolean isSep(char c) {
        return c == ',' || c == '.';
    }

    /** Parses digits with separators; NaN when the shape fits no convention. */
    static double parse(String run, Lang lang) {
        if (plainDigits(run)) {
            // most runs in news ("2025", "79"): no separator to interpret
            return significantLength(run) > MAX_DIGITS ? Double.NaN : Double.parseDouble(run);
        }
        String r = run.replace(" ", ",").replace('\'', ',');
        int digits = 0;
        for (int k = 0; k < r.length(); k++) {
            if (isDigit(r.charAt(k))) {
                digits++;
            }
        }
        if (digits == 0 || digits > MAX_DIGITS + 10) {
            return Double.NaN;
        }
        int commas = count(r, ','), dots = count(r, '.');
        char decimal;
        if (commas > 0 && dots > 0) {
            decimal = r.lastIndexOf(',') > r.lastIndexOf('.') ? ',' : '.';
            if (count(r, decimal) > 1) {
                return Double.NaN;
            }
        } else if (commas + dots == 0) {
            decimal = 0;
        } else {
            char sep = commas > 0 ? ',' : '.';
            decimal = decimalWhenSingleKind(r, sep, lang);
            if (decimal == NO_CONVENTION) {
                return Double.NaN;
            }
        }
        char group = decimal == ',' ? '.' : decimal == '.' ? ',' : (dots > 0 ? '.' : ',');
        String intPart = decimal == 0 || r.indexOf(decimal) < 0 ? r : r.substring(0, r.indexOf(decimal));
        String fracPart = decimal == 0 || r.indexOf(decimal) < 0 ? "" : r.substring(r.indexOf(decimal) + 1);
        if (!validGroups(intPart, group)) {
            return Double.NaN;
        }
        String plain = intPart.replace(String.valueOf(group), "");
        if (significantLength(plain) > MAX_DIGITS) {
            return Double.NaN;
        }
        String text = plain.isEmpty() ? "0" : plain;
        if (!(text + fracPart).chars().allMatch(DigitRun::isDigitInt)) {
            return Double.NaN;
        }
        return Double.parseDouble(fracPart.isEmpty() ? text : text + "." + fracPart);
    }

    /** Length without leading zeros (a lone "0" keeps its zero). */
    private static int significantLength(String digits) {
        int zeros = 0;
        while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
            zeros++;
        }
        return digits.length() - zeros;
    }

    private static boolean plainDigits(String run) {
        if (run.isEmpty() || run.length() > MAX_DIGITS + 10) {
            return false;
        }
        for (int k = 0; k < run.length(); k++) {
            if (!isDigit(run.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** With one kind of separator: repeated → grouping; single → grouping only if it fits the language and 3 digits follow. */
    private static char decimalWhenSingleKind(String r, char sep, Lang lang) {
        int count = count(r, sep);
        int after = r.length() - r.lastIndexOf(sep) - 1;
        boolean langGroups = lang == Lang.VI ? sep == '.' : sep == ',';
        if (count > 1) {
            return 0;
        }
        if (langGroups && after == 3 && r.indexOf(sep) > 0) {
            return 0;
        }
        if (!langGroups && sep == ',' && lang != Lang.VI && lang != Lang.OTHER) {
            // "75,25" in English or Chinese text: not a convention those languages use.
            return after == 3 ? 0 : NO_CONVENTION;
        }
        return sep;
    }

    private static boolean validGroups(String intPart, char group) {
        if (intPart.indexOf(group) < 0) {
            return true;
        }
        String[] parts = intPart.split(java.util.regex.Pattern.quote(String.valueOf(group)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int k = 1; k < parts.length; k++) {
            if (parts[k].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == c) {
                n++;
            }
        }
        return n;
    }
}
