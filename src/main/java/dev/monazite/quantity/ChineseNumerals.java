package dev.monazite.quantity;

/**
 * Reads Chinese numerals, alone or mixed with Arabic digits: 三千五百, 一万二, 两千零四, 12.5万, 4360万,
 * 200亿零四千230, 二零零一 (read digit by digit), 壹佰贰拾叁 (financial forms). Input is folded text
 * (Traditional already mapped to Simplified, full-width digits to ASCII).
 */
final class ChineseNumerals {
    private ChineseNumerals() {}

    /** Value of a Chinese digit character, or -1. 两 is handled by the caller because it is also a mass unit. */
    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹', '幺' -> 1;
            case '二', '贰', '两' -> 2;
            case '三', '叁', '参' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    static double largeUnit(char c) {
        return switch (c) {
            case '万' -> 1e4;
            case '亿' -> 1e8;
            case '兆' -> 1e12;
            default -> 0;
        };
    }

    /** 廿 = 20, 卅 = 30, 卌 = 40: a tens digit in one character. */
    static int tensChar(char c) {
        return switch (c) {
            case '廿' -> 2;
            case '卅' -> 3;
            case '卌' -> 4;
            default -> 0;
        };
    }

    static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || largeUnit(c) > 0 || tensChar(c) > 0;
    }

    /** Reads a numeral starting at i (Chinese characters and/or Arabic digits); null when none starts there. */
    static Numeral read(String s, int i, Lang lang) {
        Reader r = new Reader(s, lang);
        return r.run(i);
    }

    /** One pass over the characters; keeps the state the end-of-numeral decision needs. */
    private static final class Reader {
        private final String s;
        private final Lang lang;
        private final PlaceValueSum sum = new PlaceValueSum();
        private StringBuilder direct; // made at the first Chinese digit: most numerals read have none
        private int tokens;
        private int chineseDigits;
        private boolean unitSeen;
        private boolean arabicSeen;
        private boolean consecutiveDigits;
        private boolean prevNonZeroDigit;
        private boolean prevArabic;
        private boolean over;
        private double fraction;

        Reader(String s, Lang lang) {
            this.s = s;
            this.lang = lang;
        }

        Numeral run(int i) {
            int p = i;
            int n = s.length();
            while (p < n) {
                int next = step(p);
                if (next < 0) {
                    return Numeral.invalid(i, -next);
                }
                if (next == p) {
                    break;
                }
                p = next;
            }
            return finish(i, p);
        }

        /** Consumes one token at p; returns the new position, p when nothing fits, or -(end) for a malformed run. */
        private int step(int p) {
            char c = s.charAt(p);
            if (DigitRun.isDigit(c) || (c == '.' && tokens == 0 && p + 1 < s.length() && DigitRun.isDigit(s.charAt(p + 1)))) {
                return arabic(p);
            }
            int d = digit(c);
            if (d >= 0 && !(c == '两' && prevNonZeroDigit)) {
                return chineseDigit(p, d);
            }
            if (smallUnit(c) > 0) {
                sum.small(smallUnit(c));
                return afterUnit(p);
            }
            if (largeUnit(c) > 0 && tokens > 0) {
                sum.large(largeUnit(c));
                return afterUnit(p);
            }
            if (tensChar(c) > 0) {
                sum.digit(tensChar(c), false);
                sum.small(10);
                return afterUnit(p);
            }
            return special(p, c);
        }

        private int arabic(int p) {
            if (prevArabic) {
                return p;
            }
            Numeral r = DigitRun.read(s, p, lang);
            if (r.invalid()) {
                return -r.end();
            }
            sum.digit(r.value(), false);
            tokens++;
            arabicSeen = true;
            prevArabic = true;
            prevNonZeroDigit = false;
            return r.end();
        }

        private int chineseDigit(int p, int d) {
            if (prevArabic) {
                return p;
            }
            if (d == 0) {
                sum.zero();
                prevNonZeroDigit = false;
            } else {
                if (prevNonZeroDigit) {
                    consecutiveDigits = true;
                }
                sum.digit(d, true);
                prevNonZeroDigit = true;
            }
            if (direct == null) {
                direct = new StringBuilder();
            }
            direct.append((char) ('0' + d));
            chineseDigits++;
            tokens++;
            return p + 1;
        }

        private int afterUnit(int p) {
            unitSeen = true;
            tokens++;
            prevNonZeroDigit = false;
            prevArabic = false;
            return p + 1;
        }

        /** 点 (decimal point), 多/余 before a unit (3000多万), and single spaces inside spaced numerals. */
        private int special(int p, char c) {
            int n = s.length();
            if (c == '点' && tokens > 0 && p + 1 < n && (digit(s.charAt(p + 1)) >= 0 || DigitRun.isDigit(s.charAt(p + 1)))) {
                return decimals(p + 1);
            }
            if ((c == '多' || c == '余') && tokens > 0 && p + 1 < n && (largeUnit(s.charAt(p + 1)) > 0)) {
                over = true;
                return p + 1;
            }
            if (c == ' ' && lang == Lang.ZH && tokens > 0 && !arabicSeen && p + 1 < n && p > 0
                    && isNumeralChar(s.charAt(p + 1)) && isNumeralChar(s.charAt(p - 1))) {
                return p + 1;
            }
            return p;
        }

        private int decimals(int q) {
            StringBuilder frac = new StringBuilder("0.");
            int p = q;
            while (p < s.length()) {
                char c = s.charAt(p);
                int d = DigitRun.isDigit(c) ? c - '0' : digit(c);
                if (d < 0 || (c == '两')) {
                    break;
                }
                frac.append((char) ('0' + d));
                p++;
            }
            if (frac.length() > 24) {
                return -p;
            }
            fraction = Double.parseDouble(frac.toString());
            tokens++;
            // Stop here: "三点一折" continues with a suffix, not with more numeral.
            return p;
        }

        private Numeral finish(int start, int end) {
            if (tokens == 0 || end == start) {
                return null;
            }
            // A lone 一 is mostly part of a word (一切, 一看); a lone 拾 means "pick up" (拾起, 收拾).
            boolean single = tokens == 1 && fraction == 0
                    && (chineseDigits == 1 && s.charAt(start) == '一' || "壹贰叁参肆伍陆柒捌玖拾佰仟".indexOf(s.charAt(start)) >= 0);
            if (!unitSeen && !arabicSeen && chineseDigits >= 2) {
                return directReading(start, end);
            }
            if (arabicSeen && chineseDigits > 0 && !unitSeen) {
                return Numeral.invalid(start, end);
            }
            boolean vague = unitSeen && consecutiveDigits;
            double v = sum.value(true) + (fraction == 0 ? 0 : Math.copySign(fraction, 1));
            return new Numeral(start, end, v, vague, false, single, over);
        }

        /** 二零零一 → 2001, 五五 → 55: digits read one by one, as years and codes are. */
        private Numeral directReading(int start, int end) {
            if (direct.length() > 18) {
                return Numeral.invalid(start, end);
            }
            double v = Double.parseDouble(direct.toString()) + fraction;
            return new Numeral(start, end, v, false, false, false, over);
        }
    }
}
