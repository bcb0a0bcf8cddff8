package dev.monazite.quantity;

import dev.monazite.quantity.Quantity.Kind;

/**
 * Reads one quantity expression starting at a position of the folded text: bound word, currency sign,
 * numeral, unit, range, trailing bound. Also reports how far the finder may skip afterwards, so that a
 * malformed digit run is passed over as a whole instead of being read piecemeal.
 */
final class Expression {
    private final String s;
    private final Lang lang;
    private int skipTo;
    private Bound bound = Bound.EXACT;
    private UnitLexicon.Match prefixCurrency;
    private boolean percentPrefix;
    private boolean between;
    private String perBefore;
    private int afterPer;

    Expression(String s, Lang lang) {
        this.s = s;
        this.lang = lang;
    }

    int skipTo() {
        return skipTo;
    }

    /** The expression at start, or null; an Expression may read one start after another. */
    Quantity read(int start) {
        int p = start;
        skipTo = start + 1;
        bound = Bound.EXACT;
        prefixCurrency = null;
        percentPrefix = false;
        between = false;
        perBefore = null;
        if (wordStart(p) && s.startsWith("between ", p)) {
            between = true; // "between 20 and 30 percent": "and" then joins a range
            p += "between ".length();
        }
        UnitLexicon.Match per = UnitLexicon.perBefore(s, p);
        if (per != null) {
            perBefore = per.unit(); // 每吨60万元: the price's denominator comes first
            p = per.end();
        }
        afterPer = p;
        UnitLexicon.BoundMatch b = UnitLexicon.boundPrefix(s, p);
        if (b != null) {
            bound = b.bound();
            p = b.end();
        }
        p = upwardsOf(p);
        prefixCurrency = wordStart(p) ? UnitLexicon.prefix(s, p, lang) : null;
        if (prefixCurrency != null) {
            p = prefixCurrency.end();
        }
        if (s.startsWith("百分之", p)) {
            percentPrefix = true;
            p += 3;
        } else if ((s.startsWith("千分之", p) || s.startsWith("万分之", p)) && p + 3 < s.length()) {
            // 千分之2.4 = 0.24 %, 万分之三 = 0.03 %
            Numeral n = NumeralScanner.scan(s, p + 3, lang, false);
            if (n != null && n.usable() && n.start() == p + 3) {
                skipTo = n.end();
                double f = s.charAt(p) == '千' ? 0.1 : 0.01;
                return new Quantity(Kind.PERCENT, n.value() * f, null, null, "%", bound, start, n.end());
            }
        }
        Quantity share = lang == Lang.ZH ? ChineseShares.halfShare(s, p, bound) : null;
        if (share == null && lang == Lang.ZH) {
            share = ChineseShares.neighbourTenths(s, p, bound, start);
        }
        if (share != null) {
            skipTo = share.end();
            return share;
        }
        Quantity half = half(start, p);
        if (half != null) {
            return half;
        }
        if (p > 0 && s.charAt(p - 1) == '%' && p < s.length() && Character.isLetterOrDigit(s.charAt(p))) {
            skipTo = Math.max(skipTo, tokenEnd(p));
            return null; // "%2020": URL-encoded text, not a number
        }
        Quantity article = article(start, p);
        if (article != null) {
            return article;
        }
        Quantity percentOf = percentOf(start, p);
        if (percentOf != null) {
            return percentOf;
        }
        Numeral n = NumeralScanner.scan(s, p, lang, prefixCurrency != null);
        if (n == null) {
            return null;
        }
        skipTo = n.end();
        if (!n.usable() || vaguePrefix(n.start()) || vagueSuffix(n.end()) || glued(n)) {
            skipTo = Math.max(skipTo, tokenEnd(n.end()));
            return null;
        }
        if (n.over()) {
            bound = Bound.OVER;
        }
        return afterNumeral(start, n);
    }

    /** "a dollar", "a kilogram", "an ounce": the article stands for one unit of money or mass. */
    private Quantity article(int start, int p) {
        if (lang == Lang.ZH || lang == Lang.VI || prefixCurrency != null || !wordStart(p)) {
            return null;
        }
        int q = s.startsWith("a ", p) ? p + 2 : s.startsWith("an ", p) ? p + 3 : -1;
        if (q < 0 || q >= s.length() || !UnitLexicon.isLatin(s.charAt(q))) {
            return null;
        }
        UnitLexicon.Match u = UnitLexicon.suffix(s, q, lang);
        if (u == null || u.kind() != Kind.MONEY && u.kind() != Kind.MASS || u.end() - q < 2 || u.factor() != 1) {
            return null;
        }
        skipTo = u.end();
        return new Quantity(u.kind(), 1, null, null, u.unit(), bound, start, u.end());
    }

    /** "percent of 10", "per cent of twenty-two": the amount named after the percent word. */
    private static final PrefixWords PERCENT_OF = new PrefixWords("percents of ", "percent of ", "per cent of ");

    private Quantity percentOf(int start, int p) {
        String w = PERCENT_OF.at(s, p);
        if (w == null || !wordStart(p)) {
            return null;
        }
        Numeral n = NumeralScanner.scan(s, p + w.length(), lang, false);
        if (n == null || !n.usable() || n.start() != p + w.length()) {
            return null;
        }
        skipTo = n.end();
        return new Quantity(Kind.PERCENT, n.value(), null, null, "%", bound, start, n.end());
    }

    /** 上千亿, 上百: "upwards of", and the numeral itself starts with its unit. */
    private int upwardsOf(int p) {
        if (p + 1 < s.length() && s.charAt(p) == '上' && ChineseNumerals.smallUnit(s.charAt(p + 1)) > 0) {
            bound = Bound.OVER;
            return p + 1;
        }
        return p;
    }

    private boolean wordStart(int p) {
        return p == 0 || p >= s.length() || !Character.isLetter(s.charAt(p - 1)) || !UnitLexicon.isLatin(s.charAt(p));
    }

    /** 一半, 近一半, half of, một nửa: a share of one half. */
    private static final PrefixWords HALF = new PrefixWords("一半", "half of", "một nửa");

    private Quantity half(int start, int p) {
        String h = HALF.at(s, p);
        if (h == null || p > 0 && UnitLexicon.isLatin(s.charAt(p - 1))) {
            return null;
        }
        skipTo = p + h.length();
        return new Quantity(Kind.PERCENT, 50, null, null, "%", bound, start, p + h.length());
    }

    /** 数百, 几十, 若干: no value is stated. */
    private boolean vaguePrefix(int p) {
        if (p == 0) {
            return false;
        }
        char c = s.charAt(p - 1);
        return c == '数' || c == '几' || c == '若' || (c == '干' && p > 1 && s.charAt(p - 2) == '若');
    }

    /** 十几, 二十来 / several: vague. */
    private boolean vagueSuffix(int p) {
        return p < s.length() && (s.charAt(p) == '几' || s.charAt(p) == '来');
    }

    /** A digit run glued to letters on both sides of a digit ("24703l202", "a2021…") is an identifier. */
    private boolean glued(Numeral n) {
        int st = n.start();
        if (st > 0 && UnitLexicon.isLatin(s.charAt(st - 1)) && DigitRun.isDigit(s.charAt(st)) && prefixCurrency == null) {
            return true;
        }
        int e = n.end();
        int q = e;
        while (q < s.length() && UnitLexicon.isLatin(s.charAt(q))) {
            q++;
        }
        return q > e && q < s.length() && DigitRun.isDigit(s.charAt(q)) && DigitRun.isDigit(s.charAt(e - 1));
    }

    private int tokenEnd(int p) {
        int q = p;
        while (q < s.length() && (Character.isLetterOrDigit(s.charAt(q)) || s.charAt(q) == '.' || s.charAt(q) == ',')
                && s.charAt(q) < 0x3000) {
            q++;
        }
        return q;
    }

    private Quantity afterNumeral(int start, Numeral n) {
        if (s.startsWith("分之", n.end())) {
            return fraction(start, n);
        }
        if (lang == Lang.ZH && s.startsWith("又", n.end())) {
            Numeral den = NumeralScanner.scan(s, n.end() + 1, lang, false);
            if (den != null && den.usable() && s.startsWith("分之", den.end()) && den.value() != 0) {
                Numeral num = NumeralScanner.scan(s, den.end() + 2, lang, false);
                if (num != null && num.usable() && num.value() < den.value()) {
                    skipTo = num.end();
                    double frac = num.value() / den.value();
                    double v = n.value() < 0 ? n.value() - frac : n.value() + frac;
                    return new Quantity(Kind.NUMBER, v, null, null, null, bound, start, num.end());
                }
            }
        }
        if (lang == Lang.ZH && s.startsWith("打", n.end()) && n.value() == Math.rint(n.value())
                && (n.end() + 1 >= s.length() || !ChineseNumerals.isNumeralChar(s.charAt(n.end() + 1)))) {
            skipTo = n.end() + 1; // 一打, 五十打: dozens
            return new Quantity(Kind.NUMBER, n.value() * 12, null, null, null, bound, start, n.end() + 1);
        }
        UnitLexicon.Match unit = unitAfter(n);
        if (prefixCurrency != null && unit != null && unit.kind() == Kind.MONEY && n.end() < s.length()
                && s.charAt(n.end()) == ' ' && !unit.unit().equals(prefixCurrency.unit()) && unit.factor() == 1) {
            unit = null; // "rmb 10 usd 20": the next code starts another amount
        }
        int end = unit != null ? unit.end() : n.end();
        double value = n.value() * (unit != null && unit.kind() != Kind.PERCENT ? unit.factor() : 1);
        Double max = null;
        Range r = Range.after(s, end, lang, prefixCurrency != null, between);
        if (r != null && r.numeral().value() >= n.value()) {
            UnitLexicon.Match unit2 = unitAfter(r.numeral());
            if (unit == null || unit2 == null || unit2.kind() == unit.kind()) {
                UnitLexicon.Match u = unit != null ? unit : unit2;
                max = r.numeral().value() * (u != null && u.kind() != Kind.PERCENT ? u.factor() : 1);
                double shared = unit == null ? SharedScale.of(s, n, r.numeral(), lang) : 1;
                if (unit == null && unit2 != null) {
                    value = n.value() * shared * unit2.factor();
                } else {
                    value *= shared;
                }
                unit = u;
                end = unit2 != null ? unit2.end() : r.numeral().end();
            }
        }
        return build(start, n, unit, value, max, end);
    }

    private Quantity build(int start, Numeral n, UnitLexicon.Match unit, double value, Double max, int end) {
        Kind kind = Kind.NUMBER;
        String u = null;
        int e = end;
        double v = value;
        if (percentPrefix) {
            kind = Kind.PERCENT;
            u = "%";
        }
        if (unit != null) {
            kind = unit.kind();
            u = unit.unit();
        }
        if (prefixCurrency != null && unit != null && unit.kind() == Kind.MONEY && unit.unit().equals("CNY")
                && !prefixCurrency.unit().equals("CNY")) {
            u = prefixCurrency.unit(); // 美元九十八万元: 元 only repeats the currency named before
        }
        if (kind == Kind.MONEY && unit != null) {
            UnitLexicon.Match again = UnitLexicon.suffix(s, e, lang);
            if (again != null && again.kind() == Kind.MONEY && again.factor() == 1) {
                u = again.unit(); // 三万元欧元, 9000元日币
                e = again.end();
            }
        }
        if (prefixCurrency != null && (unit == null || unit.kind() != Kind.MONEY)) {
            if (unit != null && unit.kind() != Kind.MASS) {
                return null;
            }
            kind = Kind.MONEY;
            u = prefixCurrency.unit();
        }
        if (kind == Kind.MONEY) {
            int[] pe = {e};
            String per = UnitLexicon.perMass(s, e, pe);
            if (unit != null && unit.kind() == Kind.MASS && prefixCurrency != null) {
                per = unit.unit(); // "$50/kg" read as $ + 50 + kg after a slash
            }
            if (per == null) {
                per = perBefore != null ? perBefore : UnitLexicon.perBeforeInClause(s, start);
            }
            if (per != null) {
                u = u + "/" + per;
                e = pe[0];
            }
            SubUnit sub = SubUnit.after(s, e, lang);
            if (sub != null && max == null) {
                v += sub.value();
                e = sub.end();
            } else if (unit != null && unit.factor() == 0.1 && e < s.length() && max == null) {
                // 两毛五: a bare digit after 毛/角/毫 counts the next smaller unit
                int d = ChineseNumerals.digit(s.charAt(e));
                if (d > 0 && (e + 1 >= s.length() || !ChineseNumerals.isNumeralChar(s.charAt(e + 1)))) {
                    v += d * 0.01;
                    e++;
                }
            }
        } else if (kind == Kind.MASS) {
            SubUnit sub = SubUnit.massAfter(s, e, u);
            if (sub != null && max == null) {
                v += sub.value();
                e = sub.end();
            }
        }
        if (kind == Kind.MASS || kind == Kind.COUNT) {
            u = withRate(u, start, e);
        }
        int st = start;
        if (perBefore != null && kind != Kind.MONEY) {
            st = afterPer; // 每吨需要200千瓦时: the per word belongs to no price
        } else if (kind == Kind.NUMBER) {
            Quantity special = ChineseShares.read(s, n, start, bound, lang);
            if (special != null) {
                skipTo = special.end();
                return special;
            }
            if (n.singleChineseDigit() && hanNeighbour(n) || dateUnitFollows(e) || gluedLetters(e) || pronounOne(n)) {
                return null;
            }
        }
        UnitLexicon.BoundMatch tail = UnitLexicon.boundSuffix(s, e);
        // "1+1" is arithmetic, not "1 or more"; every other trailing bound word applies.
        if (tail != null && !(kind == Kind.NUMBER && s.charAt(e) == '+')) {
            bound = tail.bound();
            e = tail.end();
        }
        if (!Double.isFinite(v)) {
            return null;
        }
        skipTo = Math.max(skipTo, e);
        Double min = max == null ? null : v;
        return new Quantity(kind, v, min, max, u, bound, st, e);
    }

    /**
     * The unit with a rate suffix when the amount is per year, day or month ("5,000 tonnes a year",
     * 年产2万吨, 50 tấn mỗi ngày); the rate phrase after the unit is skipped but not made part of the span.
     */
    private String withRate(String unit, int start, int e) {
        if (unit == null || unit.contains("/")) {
            return unit;
        }
        RatePhrase.Match after = RatePhrase.after(s, e);
        if (after != null) {
            skipTo = Math.max(skipTo, after.end());
            return unit + "/" + after.rate();
        }
        // Output figures are in tonnes, kilograms or units; "每天需要摄入2.4微克" is a dose, not output.
        boolean output = unit.equals("t") || unit.equals("kg") || unit.equals("units");
        String before = output ? RatePhrase.before(s, start) : null;
        return before != null ? unit + "/" + before : unit;
    }

    private UnitLexicon.Match unitAfter(Numeral n) {
        UnitLexicon.Match m = UnitLexicon.suffix(s, n.end(), lang);
        if (m != null && m.unit().equals("GBP") && s.startsWith(" of", m.end())) {
            return new UnitLexicon.Match(m.end(), Kind.MASS, "lb", 1); // "two pounds of meat"
        }
        return m;
    }

    /** A lone 一/壹 inside running Chinese (一切, 一看) is a word; standing alone ("一", “一”) it is a number. */
    private boolean hanNeighbour(Numeral n) {
        return n.start() > 0 && QuantityFinder.isHan(s.charAt(n.start() - 1))
                || n.end() < s.length() && QuantityFinder.isHan(s.charAt(n.end()));
    }

    /** "180ml", "29km": digits fused with an unknown Latin unit are a measurement, not a bare number. */
    private boolean gluedLetters(int e) {
        return e > 0 && e < s.length() && DigitRun.isDigit(s.charAt(e - 1)) && UnitLexicon.isLatin(s.charAt(e));
    }

    /** "the one you mentioned", "which one": "one" after a determiner is a pronoun. */
    private boolean pronounOne(Numeral n) {
        if (n.end() - n.start() != 3 || !s.startsWith("one", n.start()) || n.start() < 2) {
            return false;
        }
        int b = n.start() - 1;
        if (s.charAt(b) != ' ') {
            return false;
        }
        int a = b;
        while (a > 0 && UnitLexicon.isLatin(s.charAt(a - 1))) {
            a--;
        }
        String prev = s.substring(a, b);
        return switch (prev) {
            case "the", "this", "that", "which", "each", "every", "any", "no", "another", "other", "only", "last",
                 "first", "next", "same", "little", "big", "new", "old", "right", "wrong", "good", "better", "best" -> true;
            default -> false;
        };
    }

    /** 年/月/日/号 right after a number: part of a date or a duration, not a quantity of its own. */
    private boolean dateUnitFollows(int e) {
        if (e >= s.length()) {
            return false;
        }
        char c = s.charAt(e);
        return c == '年' || c == '月' || c == '日' || c == '号';
    }

    /** 三分之一 → 33.33 %; 五分之壹 → 20 %; a fraction above one stays a plain number. */
    private Quantity fraction(int start, Numeral denominator) {
        Numeral num = NumeralScanner.scan(s, denominator.end() + 2, lang, false);
        if (num == null || !num.usable() || denominator.value() == 0) {
            return null;
        }
        skipTo = num.end();
        double ratio = num.value() / denominator.value();
        boolean share = ratio <= 1 && num.value() == Math.rint(num.value());
        int e = num.end();
        UnitLexicon.BoundMatch tail = UnitLexicon.boundSuffix(s, e);
        if (tail != null) {
            bound = tail.bound();
            e = tail.end();
        }
        if (share) {
            return new Quantity(Kind.PERCENT, ratio * 100, null, null, "%", bound, start, e);
        }
        return new Quantity(Kind.NUMBER, ratio, null, null, null, bound, start, e);
    }

    // Declared after HALF and PERCENT_OF, which it reads while the class initialises.
    private static final boolean[] HAN_STARTS = hanStarts();

    /**
     * Whether read() can find anything at the Han character c, or skip more than c: when c is no
     * numeral, sign, bound word, currency, percent or half word's first character, every step of
     * read() fails at once (unless a '%' comes just before, which the caller checks).
     */
    static boolean mayBeginAtHan(char c) {
        return HAN_STARTS[c - QuantityFinder.HAN_FIRST];
    }

    // Every word-list entry read() may find at a Latin letter, by first letter: bound words, currency
    // prefixes, half/percent-of/sign words, number words, and the "a"/"an" and half/quarter fractions.
    private static final PrefixTrie WORD_OPENERS = new PrefixTrie(wordOpeners());

    /** The words read() may find first at a Latin letter: unit prefixes, half and percent words, signs, numerals. */
    static java.util.List<String> wordOpeners() {
        java.util.List<String> all = new java.util.ArrayList<>(UnitLexicon.prefixWords());
        all.addAll(HALF.words());
        all.addAll(PERCENT_OF.words());
        all.addAll(NumeralScanner.signWords());
        all.addAll(WordNumerals.firstWords());
        all.addAll(java.util.List.of("a", "an", "half", "quarter", "between"));
        return all.stream().filter(w -> UnitLexicon.isLatin(w.charAt(0))).toList();
    }

    /**
     * Whether read() may find anything at the Latin word that starts at i. Each of its steps there
     * looks for a listed word at i, and a listed word can be there only if it agrees with the word's
     * letters as far as both go ("us$" with "us", "rm" with "rm42", "more than" with "more"); most
     * words of English and Vietnamese text agree with none. One walk down a trie of the words
     * answers that, instead of a comparison with each word of the same initial.
     */
    static boolean mayBeginAtWord(String s, int i) {
        int q = i;
        while (q < s.length() && UnitLexicon.isLatin(s.charAt(q))) {
            q++;
        }
        return WORD_OPENERS.agreesWith(s, i, Math.max(q, i + 1));
    }

    private static boolean[] hanStarts() {
        boolean[] starts = new boolean[QuantityFinder.HAN_LAST - QuantityFinder.HAN_FIRST + 1];
        for (int c = QuantityFinder.HAN_FIRST; c <= QuantityFinder.HAN_LAST; c++) {
            char ch = (char) c;
            starts[c - QuantityFinder.HAN_FIRST] = ChineseNumerals.isNumeralChar(ch) || "上百千万半对负每".indexOf(ch) >= 0
                    || UnitLexicon.mayBeginPrefix(ch) || HALF.mayStartWith(ch) || PERCENT_OF.mayStartWith(ch);
        }
        return starts;
    }
}
