package dev.monazite.quantity;

import dev.monazite.quantity.Quantity.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Words and signs that give a numeral its meaning: currencies before or after it, units after it,
 * percent signs, price denominators (/吨, per ton) and bound words (超过, nearly, khoảng). Entries are in
 * folded form (lower case, Simplified); matching tries longer entries first so that 万元/吨 beats 元.
 */
final class UnitLexicon {
    /** A matched unit: where it ends, what it makes the number, its canonical unit and a value factor. */
    record Match(int end, Kind kind, String unit, double factor) {}

    /** A matched bound word. */
    record BoundMatch(int end, Bound bound) {}

    private record Entry(String text, Kind kind, String unit, double factor) {}

    private static final List<Entry> SUFFIXES = sorted(suffixEntries());
    private static final List<Entry> PREFIXES = sorted(prefixEntries());
    private static final List<Entry> PER_MASS = sorted(List.of(
            e("/吨", "t"), e("/公吨", "t"), e("每吨", "t"), e("/t", "t"), e("/tấn", "t"), e("/ tấn", "t"),
            e("/ton", "t"), e("/tonne", "t"), e(" per ton", "t"), e(" per tonne", "t"), e(" per metric ton", "t"),
            e(" a ton", "t"), e(" a tonne", "t"), e(" a kg", "kg"), e(" per metric tonne", "t"), e(" mỗi tấn", "t"), e(" một tấn", "t"),
            e("/公斤", "kg"), e("/千克", "kg"), e("每公斤", "kg"), e("/kg", "kg"), e(" per kilogram", "kg"),
            e(" per kg", "kg"), e(" a kilogram", "kg"), e("/kilogram", "kg"), e(" mỗi kg", "kg"), e("/克", "g"),
            e("/g", "g"), e(" per gram", "g")));
    // The denominator written before the price: 每吨60万元, 每公斤500元 (每噸 folds to 每吨), or as the subject
    // of the clause that prices it ("a kilogram of terbium oxide fetches $3,600", "mỗi kg oxit terbi có giá").
    private static final List<Entry> PER_BEFORE = sorted(List.of(e("每吨", "t"), e("每公吨", "t"), e("每公斤", "kg"),
            e("每千克", "kg"), e("每克", "g"), e("mỗi tấn", "t"), e("mỗi kg", "kg"), e("một tấn", "t"),
            e("một kg", "kg"), e("mỗi kilogram", "kg"), e("một kilogram", "kg"),
            e("a kilogram of", "kg"), e("a kg of", "kg"), e("one kilogram of", "kg"), e("each kilogram of", "kg"),
            e("a tonne of", "t"), e("a ton of", "t"), e("a metric ton of", "t"), e("one tonne of", "t"),
            e("one ton of", "t"), e("each tonne of", "t"), e("each ton of", "t")));
    // The first letters of PER_BEFORE's entries: most positions start none of them.
    private static final String PER_BEFORE_INITIALS = PER_BEFORE.stream().map(e -> e.text().substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());
    /** How far back a denominator may stand from its price's number, in the same clause (每吨报价约60万元). */
    private static final int PER_LOOK_BACK = 64;
    private static final String[][] BOUND_PREFIX = {
        {"超过", "OVER"}, {"超", "OVER"}, {"逾", "OVER"}, {"多于", "OVER"}, {"高于", "OVER"}, {"大于", "OVER"},
        {"突破", "OVER"}, {"more than ", "OVER"}, {"over ", "OVER"}, {"above ", "OVER"}, {"upwards of ", "OVER"},
        {"in excess of ", "OVER"}, {"exceeding ", "OVER"}, {"hơn ", "OVER"}, {"trên ", "OVER"},
        {"vượt quá ", "OVER"}, {"vượt qua ", "OVER"}, {"vượt ", "OVER"}, {"nhiều hơn ", "OVER"},
        {"将近", "UNDER"}, {"接近", "UNDER"}, {"近", "UNDER"}, {"不到", "UNDER"}, {"不足", "UNDER"},
        {"少于", "UNDER"}, {"低于", "UNDER"}, {"nearly ", "UNDER"}, {"almost ", "UNDER"}, {"close to ", "UNDER"},
        {"less than ", "UNDER"}, {"under ", "UNDER"}, {"below ", "UNDER"}, {"up to ", "UNDER"},
        {"gần ", "UNDER"}, {"dưới ", "UNDER"}, {"chưa đến ", "UNDER"},
        {"大约", "ABOUT"}, {"约为", "ABOUT"}, {"约", "ABOUT"}, {"大概", "ABOUT"}, {"大致", "ABOUT"},
        {"approximately ", "ABOUT"}, {"about ", "ABOUT"}, {"around ", "ABOUT"}, {"roughly ", "ABOUT"},
        {"an estimated ", "ABOUT"}, {"estimated ", "ABOUT"}, {"some ", "ABOUT"}, {"khoảng ", "ABOUT"},
        {"chừng ", "ABOUT"}, {"ước tính ", "ABOUT"}, {"xấp xỉ ", "ABOUT"}};
    private static final String[][] BOUND_SUFFIX = {
        {"以上", "OVER"}, {"多", "OVER"}, {"余", "OVER"}, {" or more", "OVER"}, {"+", "OVER"},
        {"左右", "ABOUT"}, {"上下", "ABOUT"}, {"以下", "UNDER"}, {"以内", "UNDER"}};

    private UnitLexicon() {}

    private static Entry e(String text, String unit) {
        return new Entry(text, Kind.MASS, unit, 1);
    }

    private static List<Entry> sorted(List<Entry> entries) {
        List<Entry> l = new ArrayList<>(entries);
        l.sort(Comparator.comparingInt((Entry x) -> x.text().length()).reversed());
        return List.copyOf(l);
    }

    private static List<Entry> suffixEntries() {
        List<Entry> l = new ArrayList<>();
        for (String p : new String[] {"%", "percent", "per cent", "pct", "percentage points", "percentage point", "percents",
                "percentage", "个百分点", "百分点", "phần trăm"}) {
            l.add(new Entry(p, Kind.PERCENT, "%", 1));
        }
        addAll(l, Kind.MASS, "t", "吨", "公吨", "metric tons", "metric tonnes", "metric ton", "tonnes", "tonne",
                "tons", "ton", "tấn", "-ton", "-tonne", "t");
        l.add(new Entry("tpa", Kind.MASS, "t/yr", 1));
        l.add(new Entry("ktpa", Kind.MASS, "t/yr", 1e3));
        l.add(new Entry("mtpa", Kind.MASS, "t/yr", 1e6));
        addAll(l, Kind.MASS, "kg", "公斤", "千克", "kilograms", "kilogram", "kilos", "kilo", "kgs", "kg", "k.g.", "k.gs",
                "k.g", "kilogrammes", "kilogramme",
                "kilôgam", "ki-lô-gam", "ki lô gam");
        addAll(l, Kind.MASS, "g", "克", "grams", "gram", "g", "gr", "gam", "gs", "grammes", "gramme");
        addAll(l, Kind.MASS, "mg", "毫克", "milligrams", "milligram", "mg", "milligrammes", "milligramme");
        addAll(l, Kind.MASS, "µg", "微克", "micrograms", "microgram", "μg", "mcg", "microgrammes", "microgramme");
        addAll(l, Kind.MASS, "jin", "斤", "市斤");
        addAll(l, Kind.MASS, "liang", "两");
        addAll(l, Kind.MASS, "lb", "磅", "lbs", "lb", "pounds of");
        addAll(l, Kind.MASS, "oz", "盎司", "ounces", "ounce", "oz");
        addAll(l, Kind.MASS, "dr", "drams", "dram", "drachmas", "drachma");
        addAll(l, Kind.COUNT, "units", "辆", "台", "架", "艘", "units", "unit", "chiếc");
        Currencies.suffixes((text, code, factor) -> l.add(new Entry(text, Kind.MONEY, code, factor)));
        return l;
    }

    private static List<Entry> prefixEntries() {
        List<Entry> l = new ArrayList<>();
        Currencies.prefixes((text, code, factor) -> l.add(new Entry(text, Kind.MONEY, code, factor)));
        return l;
    }

    private static void addAll(List<Entry> l, Kind kind, String unit, String... texts) {
        for (String t : texts) {
            l.add(new Entry(t, kind, unit, 1));
        }
    }

    /** A unit right after a numeral (one optional space before Latin-script units). */
    static Match suffix(String s, int p, Lang lang) {
        Match m = plainSuffix(s, p, lang);
        if (m == null && p + 1 < s.length() && s.charAt(p) == '-' && isLatin(s.charAt(p + 1))) {
            m = matchAt(SUFFIX_INDEX, s, p + 1, lang, false); // "one-yen bid", "68-ounce cans"
            if (m != null && m.end() - p < 3) {
                m = null;
            }
        }
        if (m == null && p + 2 < s.length() && s.charAt(p) == ' ' && "([{<".indexOf(s.charAt(p + 1)) >= 0) {
            // "20 (kg)", "20 [kg]"
            Match inner = matchAt(SUFFIX_INDEX, s, p + 2, lang, false);
            if (inner != null && inner.end() < s.length() && ")]}>".indexOf(s.charAt(inner.end())) >= 0) {
                m = new Match(inner.end() + 1, inner.kind(), inner.unit(), inner.factor());
            }
        }
        if (m != null && m.kind() == Kind.MONEY && m.factor() < 1 && m.end() - p == 1 && m.end() < s.length()
                && QuantityFinder.isHan(s.charAt(m.end())) && !ChineseNumerals.isNumeralChar(s.charAt(m.end()))) {
            return null; // 五角大楼, 20分钟, 毛利: the character starts a word
        }
        if (m != null && m.kind() == Kind.PERCENT && m.end() + 1 < s.length() && s.charAt(m.end() - 1) == '%'
                && isHex(s.charAt(m.end())) && isHex(s.charAt(m.end() + 1))) {
            return null; // URL-encoded "%25", "%20"
        }
        return m;
    }

    private static boolean isHex(char c) {
        return DigitRun.isDigit(c) || c >= 'a' && c <= 'f';
    }

    private static Match plainSuffix(String s, int p, Lang lang) {
        Match m = matchAt(SUFFIX_INDEX, s, p, lang, false);
        if (m == null && p < s.length() && s.charAt(p) == ' ') {
            m = matchAt(SUFFIX_INDEX, s, p + 1, lang, false);
            if (m != null && !isLatin(s.charAt(p + 1)) && s.charAt(p + 1) != '%' && !isSymbol(s.charAt(p + 1))) {
                m = null;
            }
        }
        return m;
    }

    /** A currency written before the numeral: $, US$, USD, ¥, 人民币; an optional space may follow. */
    static Match prefix(String s, int p, Lang lang) {
        Match m = matchAt(PREFIX_INDEX, s, p, lang, true);
        if (m == null) {
            return null;
        }
        int end = m.end();
        if (end < s.length() && s.charAt(end) == ' ') {
            end++;
        }
        return new Match(end, m.kind(), m.unit(), m.factor());
    }

    /** "/吨", " per ton": turns a currency into a price per mass unit. */
    static String perMass(String s, int p, int[] endOut) {
        for (Entry e : PER_MASS) {
            if (s.startsWith(e.text(), p) && boundaryAfter(s, p + e.text().length(), e.text())) {
                endOut[0] = p + e.text().length();
                return e.unit();
            }
        }
        return null;
    }

    /** "每吨", "mỗi tấn " right before a price's number: the mass it is per. */
    static Match perBefore(String s, int p) {
        if (p >= s.length() || PER_BEFORE_INITIALS.indexOf(s.charAt(p)) < 0) {
            return null;
        }
        for (Entry e : PER_BEFORE) {
            if (s.startsWith(e.text(), p) && boundaryAfter(s, p + e.text().length(), e.text())) {
                int end = p + e.text().length();
                return new Match(end < s.length() && s.charAt(end) == ' ' ? end + 1 : end, Kind.MASS, e.unit(), 1);
            }
        }
        return null;
    }

    /** A denominator a few words before the price's number in its clause ("每吨报价约60万元"), or null. */
    static String perBeforeInClause(String s, int start) {
        for (int p = start - 1; p >= 0 && start - p <= PER_LOOK_BACK; p--) {
            char c = s.charAt(p);
            if (DigitRun.isDigit(c) || "，。；;,:：()（）".indexOf(c) >= 0) {
                return null;
            }
            Match m = perBefore(s, p);
            if (m != null && (p == 0 || !isLatin(s.charAt(p)) || !Character.isLetter(s.charAt(p - 1)))) {
                return m.unit();
            }
        }
        return null;
    }

    private static final PrefixWords BOUND_PREFIX_WORDS =
            new PrefixWords(java.util.Arrays.stream(BOUND_PREFIX).map(b -> b[0]).toList());
    private static final java.util.Map<String, Bound> BOUND_OF_PREFIX = java.util.Arrays.stream(BOUND_PREFIX)
            .collect(java.util.stream.Collectors.toMap(b -> b[0], b -> Bound.valueOf(b[1])));

    /** The bound words ("超过", "nearly") and currencies written before their number ("usd", "rm"). */
    static List<String> prefixWords() {
        List<String> words = new java.util.ArrayList<>(BOUND_PREFIX_WORDS.words());
        PREFIXES.forEach(e -> words.add(e.text()));
        return words;
    }

    /** Whether a bound word ("超过", "nearly") or a currency written before its number may begin with c. */
    static boolean mayBeginPrefix(char c) {
        return BOUND_PREFIX_WORDS.mayStartWith(c) || PREFIX_INDEX.hasInitial(c);
    }

    // A Latin bound word must start a word ("over ", not "hover "); every word sharing a first
    // character passes or fails that alike, so the first one written at p decides.
    static BoundMatch boundPrefix(String s, int p) {
        String w = BOUND_PREFIX_WORDS.at(s, p);
        if (w == null || p > 0 && isLatin(w.charAt(0)) && Character.isLetter(s.charAt(p - 1))) {
            return null;
        }
        return new BoundMatch(p + w.length(), BOUND_OF_PREFIX.get(w));
    }

    static BoundMatch boundSuffix(String s, int p) {
        for (String[] b : BOUND_SUFFIX) {
            if (s.startsWith(b[0], p) && boundaryAfter(s, p + b[0].length(), b[0])) {
                return new BoundMatch(p + b[0].length(), Bound.valueOf(b[1]));
            }
        }
        return null;
    }

    // Entries by first character, in their longest-first order: matchAt runs at every numeral of
    // every sentence, and scanning the whole list there dominated ingest time.
    private static final ByInitial<Entry> SUFFIX_INDEX = new ByInitial<>(SUFFIXES, Entry::text, Entry[]::new);
    private static final ByInitial<Entry> PREFIX_INDEX = new ByInitial<>(PREFIXES, Entry::text, Entry[]::new);

    /** @param beforeNumber a prefix may touch the digits that follow it ("USD3.14", "RM42") */
    private static Match matchAt(ByInitial<Entry> entries, String s, int p, Lang lang, boolean beforeNumber) {
        for (Entry e : entries.at(s, p)) {
            if (!s.startsWith(e.text(), p)) {
                continue;
            }
            int end = p + e.text().length();
            boolean bounded = beforeNumber
                    ? end >= s.length() || !Character.isLetter(s.charAt(end)) || !isLatin(e.text().charAt(e.text().length() - 1))
                    : boundaryAfter(s, end, e.text());
            if (bounded) {
                String unit = e.unit();
                if (unit.equals("¥?")) {
                    unit = lang == Lang.ZH ? "CNY" : "JPY";
                }
                return new Match(p + e.text().length(), e.kind(), unit, e.factor());
            }
        }
        return null;
    }

    /** Latin-script units must end at a word boundary ("5 g" but not "5 good"). */
    static boolean boundaryAfter(String s, int end, String text) {
        char last = text.charAt(text.length() - 1);
        if (!isLatin(last)) {
            return true;
        }
        return end >= s.length() || !Character.isLetterOrDigit(s.charAt(end));
    }

    static boolean isLatin(char c) {
        return c < 0x3000 && Character.isLetter(c);
    }

    private static boolean isSymbol(char c) {
        return c == '$' || c == '€' || c == '£' || c == '¥' || c == '₫' || Character.getType(c) == Character.CURRENCY_SYMBOL;
    }
}
