package dev.monazite.quantity;

import dev.monazite.quantity.Quantity.Kind;

/** Chinese shares written with 成 (tenths: 七成 = 70 %, 七八成 = 70-80 %) and 折 (price as share: 八五折 = 85 %, 九折 = 90 %). */
final class ChineseShares {
    private ChineseShares() {}

    static Quantity read(String s, Numeral n, int start, Bound bound, Lang lang) {
        int e = n.end();
        if (e >= s.length()) {
            return null;
        }
        char c = s.charAt(e);
        double v = n.value();
        if (c == '成' && v > 0 && v <= 10 && notWord(s, e)) {
            // 三成半 = 35 %, 七成六 = 76 %
            if (e + 1 < s.length() && s.charAt(e + 1) == '半') {
                return new Quantity(Kind.PERCENT, v * 10 + 5, null, null, "%", bound, start, e + 2);
            }
            int d = e + 1 < s.length() ? ChineseNumerals.digit(s.charAt(e + 1)) : -1;
            if (d >= 0 && v < 10 && v == Math.rint(v) && (e + 2 >= s.length() || !ChineseNumerals.isNumeralChar(s.charAt(e + 2)))) {
                return new Quantity(Kind.PERCENT, v * 10 + d, null, null, "%", bound, start, e + 2);
            }
            return new Quantity(Kind.PERCENT, v * 10, null, null, "%", bound, start, e + 1);
        }
        if (c == '折' && v > 0 && v != 10 && v < 100 && notWord(s, e)) {
            double pct = v < 10 ? v * 10 : v;
            return new Quantity(Kind.PERCENT, pct, null, null, "%", bound, start, e + 1);
        }
        return null;
    }

    /** 七八成 = 70-80 %, 两三成 = 20-30 %: two neighbouring digits before 成 give a range of tenths. */
    static Quantity neighbourTenths(String s, int p, Bound bound, int start) {
        if (p + 2 >= s.length() || s.charAt(p + 2) != '成' || !notWord(s, p + 2)) {
            return null;
        }
        int a = ChineseNumerals.digit(s.charAt(p));
        int b = ChineseNumerals.digit(s.charAt(p + 1));
        if (a < 1 || b != a + 1) {
            return null;
        }
        int e = p + 3;
        Bound bd = bound;
        UnitLexicon.BoundMatch tail = UnitLexicon.boundSuffix(s, e);
        if (tail != null && s.charAt(e) != '多') {
            bd = tail.bound();
            e = tail.end();
        }
        return new Quantity(Kind.PERCENT, a * 10, a * 10.0, b * 10.0, "%", bd, start, e);
    }

    /** 半成 = 5 %, 半折 and 对折 = 50 %: shares without a numeral. */
    static Quantity halfShare(String s, int p, Bound bound) {
        if (p + 1 >= s.length()) {
            return null;
        }
        char a = s.charAt(p);
        char b = s.charAt(p + 1);
        if (a == '半' && b == '成' && notWord(s, p + 1)) {
            return new Quantity(Kind.PERCENT, 5, null, null, "%", bound, p, p + 2);
        }
        if ((a == '半' || a == '对') && b == '折' && notWord(s, p + 1) && p > 0 && "打半".indexOf(s.charAt(p - 1)) >= 0
                || a == '半' && b == '折' && (p == 0 || !QuantityFinder.isHan(s.charAt(p - 1))) && notWord(s, p + 1)) {
            return new Quantity(Kind.PERCENT, 50, null, null, "%", bound, p, p + 2);
        }
        return null;
    }

    /** 成本 (cost), 成为 (become), 折合 (convert): the character starts a word, not a share. */
    private static boolean notWord(String s, int e) {
        if (e + 1 >= s.length()) {
            return true;
        }
        char next = s.charAt(e + 1);
        return "本为员功果交立长绩就熟品型折合算扣旧射线".indexOf(next) < 0;
    }
}
