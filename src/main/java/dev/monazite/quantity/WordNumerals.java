package dev.monazite.quantity;

import java.util.Map;

/**
 * Reads numerals written as words: English (twenty-one thousand and twelve, two point two million) and
 * Vietnamese (hai mươi mốt nghìn không trăm mười một, một nghìn phẩy mười một). Input is folded
 * (lower-case) text; words are separated by single spaces or hyphens.
 */
final class WordNumerals {
    private static final Map<String, Integer> EN_DIGITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("naught", 0), Map.entry("nought", 0),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final Map<String, Integer> VI_DIGITS = Map.ofEntries(
            Map.entry("không", 0), Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("hai", 2),
            Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5),
            Map.entry("lăm", 5), Map.entry("nhăm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7),
            Map.entry("bẩy", 7), Map.entry("tám", 8), Map.entry("chín", 9));

    /** Multipliers that may also follow Arabic digits: "3.2 million", "1.5 tỷ", "5 lakh". */
    static final Map<String, Double> SCALE_WORDS = Map.ofEntries(
            Map.entry("thousand", 1e3), Map.entry("thousands", 1e3), Map.entry("million", 1e6),
            Map.entry("millions", 1e6), Map.entry("billion", 1e9), Map.entry("billions", 1e9),
            Map.entry("trillion", 1e12), Map.entry("trillions", 1e12), Map.entry("lakh", 1e5),
            Map.entry("lakhs", 1e5), Map.entry("lac", 1e5), Map.entry("lkh", 1e5), Map.entry("lkhs", 1e5),
            Map.entry("crore", 1e7), Map.entry("crores", 1e7), Map.entry("cr", 1e7), Map.entry("koti", 1e7),
            Map.entry("krore", 1e7), Map.entry("krores", 1e7), Map.entry("kr", 1e7),
            Map.entry("dozen", 12.0), Map.entry("hundred", 100.0), Map.entry("dozens", 12.0), Map.entry("bn", 1e9), Map.entry("mn", 1e6),
            Map.entry("bln", 1e9), Map.entry("tln", 1e12), Map.entry("mil", 1e6), Map.entry("dz", 12.0),
            Map.entry("dzs", 12.0), Map.entry("doz", 12.0), Map.entry("dozs", 12.0),
            Map.entry("nghìn", 1e3), Map.entry("ngàn", 1e3), Map.entry("vạn", 1e4),
            Map.entry("triệu", 1e6), Map.entry("tỷ", 1e9), Map.entry("tỉ", 1e9));

    // Every word a numeral in words can open with: a digit word of either language, "hundred"/"trăm",
    // "mười", or the article of "a hundred"; every other word makes read() stop at once with nothing.
    private static final ByInitial<String> FIRST_WORDS = new ByInitial<>(firstWords(), w -> w, String[]::new);

    private WordNumerals() {}

    static java.util.List<String> firstWords() {
        java.util.List<String> words = new java.util.ArrayList<>(EN_DIGITS.keySet());
        words.addAll(VI_DIGITS.keySet());
        words.addAll(java.util.List.of("hundred", "trăm", "mười", "a", "an"));
        return words;
    }

    /**
     * Whether the word at p is one a numeral in words can begin with, decided without copying the
     * word out: the scanner asks at every word of English and Vietnamese text, and most words are not.
     */
    static boolean mayBeginAt(String s, int p) {
        int q = p;
        while (q < s.length() && isWordChar(s.charAt(q))) {
            q++;
        }
        for (String w : FIRST_WORDS.at(s, p)) {
            if (w.length() == q - p && s.startsWith(w, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean isWordChar(char c) {
        return c < 0x3000 && Character.isLetter(c);
    }

    /** Reads the word starting at p (letters only); empty when p is not at a letter. */
    static String wordAt(String s, int p) {
        int q = p;
        while (q < s.length() && isWordChar(s.charAt(q))) {
            q++;
        }
        return s.substring(p, q);
    }

    /** Reads a numeral in words starting at i; null when the first word is not a number word. */
    static Numeral read(String s, int i, Lang lang) {
        if (i > 0 && isWordChar(s.charAt(i - 1))) {
            return null;
        }
        return new Reader(s, lang == Lang.VI ? VI_DIGITS : EN_DIGITS, lang == Lang.VI).run(i);
    }

    /** State of one left-to-right pass over the words. */
    private static final class Reader {
        private final String s;
        private final Map<String, Integer> digits;
        private final boolean vi;
        private final PlaceValueSum sum = new PlaceValueSum();
        private int words;
        private int lastDigit = -1;
        private boolean zeroJustRead;
        private double fraction;
        private int end;

        Reader(String s, Map<String, Integer> digits, boolean vi) {
            this.s = s;
            this.digits = digits;
            this.vi = vi;
        }

        Numeral run(int i) {
            int p = i;
            end = i;
            while (p < s.length()) {
                String w = wordAt(s, p);
                if (w.isEmpty() || !accept(w, p)) {
                    break;
                }
                end = p + w.length();
                p = nextWordStart(end);
                if (p < 0) {
                    break;
                }
            }
            if (words == 0) {
                return null;
            }
            boolean single = false;
            return new Numeral(i, end, sum.value(false) + fraction, false, false, single, false);
        }

        /** Position of the next word when only a space or hyphen separates it, else -1. */
        private int nextWordStart(int q) {
            int r = q;
            int n = s.length();
            while (r < n && s.charAt(r) == ' ' && r - q < 4) {
                r++;
            }
            if (r < n && s.charAt(r) == '-') {
                r++;
                while (r < n && s.charAt(r) == ' ' && r - q < 8) {
                    r++;
                }
            }
            if (r > q && r < n && isWordChar(s.charAt(r))) {
                return r;
            }
            return -1;
        }

        private boolean accept(String w, int p) {
            Integer d = digits.get(w);
            if (d != null) {
                return digitWord(d, w, p);
            }
            if (words > 0 && (w.equals("and") || w.equals("lẻ") || w.equals("linh"))) {
                return connector(w, p);
            }
            if (w.equals("hundred") || w.equals("trăm")) {
                if (zeroJustRead) {
                    return unit(); // "không trăm": zero hundreds
                }
                sum.small(100);
                return unit();
            }
            if (vi && (w.equals("mươi") && words > 0 || w.equals("mười"))) {
                sum.small(10);
                return unit();
            }
            if ((w.equals("a") || w.equals("an")) && words == 0) {
                return article(p + w.length());
            }
            if ((w.equals("point") || w.equals("phẩy")) && words > 0) {
                return point(p + w.length());
            }
            Double scale = SCALE_WORDS.get(w);
            if (scale != null && words > 0 && !w.equals("cr") && !w.equals("kr")
                    || scale != null && words > 0 && lastDigit >= 0) {
                sum.large(scale);
                return unit();
            }
            return false;
        }

        private boolean digitWord(int d, String w, int p) {
            boolean wasZero = zeroJustRead;
            zeroJustRead = false;
            if (vi && w.equals("năm") && followedByDigit(p + w.length())) {
                return false; // "năm 2025" is "year 2025"
            }
            if (lastDigit >= 20 && lastDigit % 10 == 0 && d < 10 && d > 0) {
                sum.digit(lastDigit + d, false);
                lastDigit = lastDigit + d;
                words++;
                return true;
            }
            if (lastDigit >= 0 && !wasZero) {
                return false; // "one twenty": two numerals side by side
            }
            if (d == 0 && words > 0) {
                sum.zero();
                zeroJustRead = true;
            } else {
                sum.digit(d, false);
            }
            lastDigit = d;
            words++;
            return true;
        }

        private boolean followedByDigit(int q) {
            return q + 1 < s.length() && s.charAt(q) == ' ' && DigitRun.isDigit(s.charAt(q + 1));
        }

        private boolean unit() {
            lastDigit = -1;
            zeroJustRead = false;
            words++;
            return true;
        }

        /** "and"/"lẻ" count only when another number word follows. */
        private boolean connector(String w, int p) {
            int q = nextWordStart(p + w.length());
            if (q < 0) {
                return false;
            }
            String next = wordAt(s, q);
            if (!digits.containsKey(next) && !next.equals("mười")) {
                return false;
            }
            // "one hundred and three", "twenty and three"; but "two and fifty-four hundredths" is two numerals.
            if (w.equals("and") && lastDigit >= 0 && !(lastDigit >= 20 && lastDigit % 10 == 0 && digits.get(next) < 10)) {
                return false;
            }
            if (!w.equals("and")) {
                sum.zero();
            }
            return true;
        }

        /** "a hundred", "a dozen", "a million": the article stands for one. */
        private boolean article(int q) {
            int r = nextWordStart(q);
            if (r < 0) {
                return false;
            }
            String next = wordAt(s, r);
            if (next.equals("hundred") || (SCALE_WORDS.containsKey(next) && next.length() > 3)) {
                sum.digit(1, false);
                lastDigit = 1;
                words++;
                return true;
            }
            return false;
        }

        /** Digits after "point"/"phẩy": single digit words read one by one, or one Arabic run. */
        private boolean point(int q) {
            StringBuilder frac = new StringBuilder("0.");
            int r = q;
            int last = -1;
            while (r + 1 < s.length() && s.charAt(r) == ' ') {
                String w = wordAt(s, r + 1);
                Integer d = digits.get(w);
                if (d != null && d < 10) {
                    frac.append(d);
                    r = r + 1 + w.length();
                    last = r;
                } else if (w.isEmpty() && DigitRun.isDigit(s.charAt(r + 1)) && frac.length() == 2) {
                    int e = r + 1;
                    while (e < s.length() && DigitRun.isDigit(s.charAt(e))) {
                        e++;
                    }
                    frac.append(s, r + 1, e);
                    r = e;
                    last = e;
                    break;
                } else if (d != null || w.equals("mười")) {
                    Numeral sub = new Reader(s, digits, vi).run(r + 1);
                    if (sub == null || frac.length() > 2) {
                        break;
                    }
                    frac.append((long) sub.value());
                    last = sub.end();
                    r = last;
                    break;
                } else {
                    break;
                }
            }
            if (last < 0 || frac.length() > 24) {
                return false;
            }
            fraction = Double.parseDouble(frac.toString());
            end = last;
            words++;
            return false; // stop after the fraction; end is already set
        }
    }
}
