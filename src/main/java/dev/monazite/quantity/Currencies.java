package dev.monazite.quantity;

/**
 * Currency names and signs in folded form, mapped to ISO 4217 codes. Sub-units (cents, 角, xu) carry a
 * factor to the main unit. "¥?" stands for the yen sign, which is CNY in Chinese text and JPY elsewhere.
 */
final class Currencies {
    /** Receives one lexicon entry. */
    interface Sink {
        void add(String text, String code, double factor);
    }

    /** ISO codes accepted as written ("USD 1.2bn", "42 KWD"). */
    static final String[] ISO = {"usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "myr", "cad", "chf", "aud",
        "nzd", "hkd", "sgd", "krw", "rub", "vnd", "uah", "kwd", "lbp", "egp", "qar", "sar", "bgn", "ils", "mnt",
        "aed", "thb", "twd", "idr", "php", "try", "brl", "mxn", "zar", "sek", "nok", "dkk", "pln", "czk", "huf",
        "ngn", "jmd", "ttd", "bzd", "omr", "bhd", "jod", "pkr", "lkr", "bdt", "mop"};

    private static final String[][] SUFFIX = {
        // Chinese
        {"元人民币", "CNY"}, {"人民币", "CNY"}, {"元", "CNY"}, {"块钱", "CNY"}, {"块", "CNY"}, {"圆", "CNY"},
        {"美元", "USD"}, {"美金", "USD"}, {"美圆", "USD"}, {"美刀", "USD"}, {"日元", "JPY"}, {"日圆", "JPY"},
        {"欧元", "EUR"}, {"英镑", "GBP"}, {"港元", "HKD"}, {"港币", "HKD"}, {"卢布", "RUB"}, {"林吉特", "MYR"},
        {"韩元", "KRW"}, {"日币", "JPY"}, {"新台币", "TWD"}, {"台币", "TWD"}, {"泰铢", "THB"}, {"奈拉", "NGN"}, {"澳元", "AUD"},
        {"加元", "CAD"}, {"瑞士法郎", "CHF"}, {"瑞郎", "CHF"}, {"卢比", "INR"}, {"越南盾", "VND"}, {"新加坡元", "SGD"},
        {"新西兰元", "NZD"}, {"比特币", "XBT"}, {"蚊", "HKD"}, {"港币", "HKD"}, {"澳门元", "MOP"}, {"欧罗", "EUR"},
        // English
        {"us dollars", "USD"}, {"u.s. dollars", "USD"}, {"american dollars", "USD"}, {"dollars", "USD"},
        {"dollar", "USD"}, {"us dollar", "USD"}, {"u.s. dollar", "USD"}, {"chinese yuan", "CNY"},
        {"swiss francs", "CHF"}, {"swiss franc", "CHF"}, {"turkish lira", "TRY"}, {"kuai", "CNY"},
        {"dirhams", "AED"}, {"dirham", "AED"}, {"francs", "FRF"}, {"franc", "FRF"}, {"finnish markka", "FIM"},
        {"markka", "FIM"}, {"dutch guilders", "NLG"}, {"guilders", "NLG"}, {"dinars", "XXX"}, {"dinar", "XXX"},
        {"riyals", "XXX"}, {"riyal", "XXX"}, {"rials", "XXX"}, {"rial", "XXX"}, {"bitcoins", "XBT"},
        {"bitcoin", "XBT"}, {"btc", "XBT"}, {"₿", "XBT"}, {"₡", "CRC"}, {"₾", "GEL"}, {"₭", "LAK"}, {"ரூ", "LKR"},
        {"₩", "KRW"}, {"₹", "INR"}, {"₽", "RUB"}, {"¥", "¥?"}, {"bucks", "USD"}, {"buck", "USD"}, {"australian dollars", "AUD"},
        {"canadian dollars", "CAD"}, {"hong kong dollars", "HKD"}, {"singapore dollars", "SGD"},
        {"new taiwan dollars", "TWD"}, {"euros", "EUR"}, {"euro", "EUR"}, {"€ur", "EUR"}, {"€", "EUR"},
        {"pounds sterling", "GBP"}, {"pounds", "GBP"}, {"pound", "GBP"}, {"sterling", "GBP"}, {"quid", "GBP"},
        {"yen", "JPY"}, {"yuan", "CNY"}, {"renminbi", "CNY"}, {"rupees", "INR"}, {"rupee", "INR"}, {"rs", "INR"},
        {"roubles", "RUB"}, {"rubles", "RUB"}, {"rouble", "RUB"}, {"ruble", "RUB"}, {"ringgits", "MYR"},
        {"ringgit", "MYR"}, {"malaysian ringgits", "MYR"}, {"malaysian ringgit", "MYR"},
        {"malaysia ringgits", "MYR"}, {"malaysia ringgit", "MYR"}, {"rm", "MYR"}, {"won", "KRW"},
        {"shekels", "ILS"}, {"shekel", "ILS"}, {"tugriks", "MNT"}, {"tugrik", "MNT"}, {"kuwaiti dinar", "KWD"},
        {"lebanese pounds", "LBP"}, {"egyptian pounds", "EGP"}, {"egyptianpound", "EGP"}, {"le", "EGP"},
        {"l.e.", "EGP"}, {"l.e", "EGP"}, {"geneh", "EGP"}, {"genihat masriya", "EGP"}, {"qatari riyals", "QAR"},
        {"saudiriyal", "SAR"}, {"saudi riyals", "SAR"}, {"baht", "THB"}, {"us$", "USD"}, {"$", "USD"},
        {"£", "GBP"},
        // Vietnamese
        {"đồng", "VND"}, {"vnđ", "VND"}, {"đ", "VND"}, {"₫", "VND"}, {"nhân dân tệ", "CNY"}, {"tệ", "CNY"},
        {"đô la mỹ", "USD"}, {"đi-ham", "AED"}, {"đô-la mỹ", "USD"}, {"đô la", "USD"}, {"đô mỹ", "USD"}, {"đô", "USD"},
        {"yên nhật", "JPY"}, {"yên", "JPY"}, {"bảng anh", "GBP"}, {"rúp", "RUB"}, {"won hàn quốc", "KRW"}};

    private static final String[][] SUB_UNITS = {
        {"cents", "USD"}, {"cent", "USD"}, {"¢", "USD"}, {"pence", "GBP"}, {"pennies", "GBP"}, {"penny", "GBP"},
        {"sen", "MYR"}, {"xu", "VND"}, {"xen", "USD"}, {"角", "CNY"}, {"毛", "CNY"}, {"毫", "HKD"}, {"仙", "HKD"},
        {"分", "CNY"}};

    private static final String[][] PREFIX = {
        {"us$", "USD"}, {"u.s.$", "USD"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "¥?"}, {"₩", "KRW"},
        {"₹", "INR"}, {"₽", "RUB"}, {"₫", "VND"}, {"a$", "AUD"}, {"au$", "AUD"}, {"c$", "CAD"}, {"ca$", "CAD"},
        {"hk$", "HKD"}, {"c $", "CAD"}, {"hk $", "HKD"}, {"us $", "USD"},
        {"nt $", "TWD"}, {"mxn$", "MXN"}, {"mex$", "MXN"}, {"mxn $", "MXN"}, {"mex $", "MXN"}, {"r$", "BRL"},
        {"₡", "CRC"}, {"₾", "GEL"}, {"₭", "LAK"}, {"₿", "XBT"}, {"新台币", "TWD"}, {"台币", "TWD"},
        {"日元", "JPY"}, {"英镑", "GBP"}, {"港元", "HKD"}, {"dollar", "USD"}, {"s$", "SGD"}, {"nt$", "TWD"}, {"vn$", "VND"}, {"rs.", "INR"}, {"rs", "INR"},
        {"rm", "MYR"}, {"人民币", "CNY"}, {"美元", "USD"}, {"欧元", "EUR"}, {"欧罗", "EUR"}, {"港币", "HKD"},
        {"ringgit", "MYR"}, {"malaysian ringgits", "MYR"}, {"malaysian ringgit", "MYR"},
        {"malaysia ringgits", "MYR"}, {"malaysia ringgit", "MYR"}};

    private Currencies() {}

    static void suffixes(Sink sink) {
        for (String[] c : SUFFIX) {
            sink.add(c[0], c[1], 1);
        }
        for (String[] c : SUB_UNITS) {
            sink.add(c[0], c[1], 0.01 * (c[0].equals("角") || c[0].equals("毛") || c[0].equals("毫") ? 10 : 1));
        }
        for (String code : ISO) {
            // "30 MUSD", "120 MEUR": millions of the currency
            sink.add("m" + code, code.equals("rmb") ? "CNY" : code.toUpperCase(java.util.Locale.ROOT), 1e6);
        }
        for (String code : ISO) {
            sink.add(code, code.equals("rmb") ? "CNY" : code.toUpperCase(java.util.Locale.ROOT), 1);
        }
    }

    static void prefixes(Sink sink) {
        for (String[] c : PREFIX) {
            sink.add(c[0], c[1], 1);
        }
        for (String code : ISO) {
            String iso = code.equals("rmb") ? "CNY" : code.toUpperCase(java.util.Locale.ROOT);
            sink.add(code, iso, 1);
            if (iso.endsWith("D")) {
                sink.add(code + "$", iso, 1); // "aud$ 15", "nzd$15"
            }
        }
    }
}
