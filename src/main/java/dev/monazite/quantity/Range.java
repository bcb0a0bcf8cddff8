package dev.monazite.quantity;

/** The second half of a range: "-4", " to 3", "至3", " đến 134,60", "~50", and after "between", " and 30". */
record Range(Numeral numeral) {
    private static final String[] CONNECTORS = {"-", "–", "—", "~", "至", "到", "đến", "tới", "to"};
    private static final String[] BETWEEN_CONNECTORS = {"-", "–", "—", "~", "至", "到", "đến", "tới", "to", "and"};

    static Range after(String s, int p, Lang lang, boolean currency) {
        return after(s, p, lang, currency, false);
    }

    /** @param between a "between" came before the first number, so " and " joins the range too */
    static Range after(String s, int p, Lang lang, boolean currency, boolean between) {
        int q = skipSpace(s, p);
        for (String c : between ? BETWEEN_CONNECTORS : CONNECTORS) {
            if (!s.startsWith(c, q)) {
                continue;
            }
            if (UnitLexicon.isLatin(c.charAt(0)) && (q == p || q + c.length() >= s.length() || s.charAt(q + c.length()) != ' ')) {
                continue; // word connectors need spaces around them
            }
            int r = skipSpace(s, q + c.length());
            if (currency && r < s.length() && (s.charAt(r) == '$' || s.charAt(r) == '€' || s.charAt(r) == '£')) {
                r++;
            }
            Numeral n = NumeralScanner.scan(s, r, lang, currency);
            if (n != null && n.usable() && n.start() == r) {
                return new Range(n);
            }
            return null;
        }
        return null;
    }

    private static int skipSpace(String s, int p) {
        return p < s.length() && s.charAt(p) == ' ' ? p + 1 : p;
    }
}
