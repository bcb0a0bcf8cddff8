package dev.monazite.quantity;

/**
 * Smaller units that complete an amount: 五元三毛 (5.3 yuan), 壹元零壹分, 20 ringgit and 43 sen,
 * 三斤五两 (3.5 jin), 一吨半 (1.5 t). The value is in the main unit of the amount.
 */
record SubUnit(double value, int end) {

    static SubUnit after(String s, int p, Lang lang) {
        int q = p;
        double add = 0;
        int end = -1;
        if (q < s.length() && s.charAt(q) == '零') {
            q++;
        }
        for (String[] u : new String[][] {{"角", "0.1"}, {"毛", "0.1"}, {"毫", "0.1"}, {"分", "0.01"}, {"仙", "0.01"}}) {
            Numeral n = ChineseNumerals.read(s, q, lang);
            if (n == null || !n.usable() || !s.startsWith(u[0], n.end())) {
                continue;
            }
            add += n.value() * Double.parseDouble(u[1]);
            q = n.end() + 1;
            end = q;
            if (q < s.length() && s.charAt(q) == '零') {
                q++;
            }
        }
        if (end < 0) {
            return latinCents(s, p, lang);
        }
        if (end < s.length() && (s.charAt(end) == '整' || s.charAt(end) == '正')) {
            end++;
        }
        return new SubUnit(add, end);
    }

    /** "20 ringgit and 43 sen", "3 CAD 3 cents", "20 Rupees 43" (at the end of the text). */
    private static SubUnit latinCents(String s, int p, Lang lang) {
        int q = p;
        if (s.startsWith(" and ", q)) {
            q += 4;
        }
        if (q >= s.length() || s.charAt(q) != ' ') {
            return trailingWholeAmount(s, p);
        }
        Numeral n = NumeralScanner.scan(s, q + 1, lang, false);
        if (n == null || !n.usable() || n.value() >= 100 || n.value() != Math.rint(n.value())) {
            return trailingWholeAmount(s, p);
        }
        int e = n.end();
        for (String w : new String[] {" cents", " cent", "c", " pence", "p", " sens", " sen", " kopiykas", " kopiyka"}) {
            if (s.startsWith(w, e) && UnitLexicon.boundaryAfter(s, e + w.length(), w)) {
                return new SubUnit(n.value() / 100, e + w.length());
            }
        }
        return e == s.length() ? new SubUnit(n.value() / 100, e) : null;
    }

    private static SubUnit trailingWholeAmount(String s, int p) {
        if (s.startsWith("整", p) || s.startsWith("正", p)) {
            return new SubUnit(0, p + 1);
        }
        return null;
    }

    /** 半 after a unit adds one half; 两 after 斤 adds tenths of a jin. */
    static SubUnit massAfter(String s, int p, String unit) {
        if (p < s.length() && s.charAt(p) == '半') {
            return new SubUnit(0.5, p + 1);
        }
        if ("jin".equals(unit)) {
            Numeral n = ChineseNumerals.read(s, p, Lang.ZH);
            if (n != null && n.usable() && s.startsWith("两", n.end())) {
                int e = n.end() + 1;
                if (e < s.length() && s.charAt(e) == '半') {
                    return new SubUnit((n.value() + 0.5) / 10, e + 1);
                }
                return new SubUnit(n.value() / 10, e);
            }
        }
        return null;
    }
}
