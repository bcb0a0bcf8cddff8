package dev.monazite.text;

/**
 * Tells the language of a text from its scripts: Han (Simplified or Traditional), kana,
 * Vietnamese-only Latin letters, or plain Latin. Script statistics are enough for the four
 * languages Monazite reads and cost one pass over the characters.
 */
public final class LanguageDetector {
    private static final String VIETNAMESE_MARKS =
            "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

    private static final boolean[] VIETNAMESE = vietnameseTable();

    private LanguageDetector() {}

    private static boolean[] vietnameseTable() {
        boolean[] t = new boolean[0x1F00];
        for (char c : VIETNAMESE_MARKS.toCharArray()) {
            t[c] = true;
            t[Character.toUpperCase(c)] = true;
        }
        return t;
    }

    /** Returns one of {@code zh-Hans, zh-Hant, en, vi, ja, other}. */
    public static String detect(String text) {
        int han = 0, kana = 0, latin = 0, vietnamese = 0, traditional = 0, simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                han++;
                if (Normaliser.isTraditionalOnly(c)) {
                    traditional++;
                } else if (SimplifiedChars.isSimplifiedOnly(c)) {
                    simplified++;
                }
            } else if ((c >= 0x3040 && c <= 0x30FF)) {
                kana++;
            } else if (Character.isLetter(c) && c < 0x250) {
                latin++;
            } else if (c >= 0x1E00 && c <= 0x1EFF) {
                latin++;
                vietnamese++;
            }
            if (c < VIETNAMESE.length && VIETNAMESE[c]) {
                vietnamese++;
            }
        }
        return decide(han, kana, latin, vietnamese, traditional, simplified);
    }

    private static String decide(int han, int kana, int latin, int vietnamese, int traditional, int simplified) {
        if (kana > 0 && kana * 10 >= han && kana + han > latin / 3) {
            return "ja";
        }
        // Latin letters come ~5 to a word, Han characters ~1.7 to a word: weigh them accordingly.
        if (han * 3 >= latin && han > 0) {
            return traditional > simplified ? "zh-Hant" : "zh-Hans";
        }
        if (latin == 0) {
            return "other";
        }
        return vietnamese * 30 >= latin ? "vi" : "en";
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }
}
