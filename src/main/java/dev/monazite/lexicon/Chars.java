package dev.monazite.lexicon;

import com.ibm.icu.text.Normalizer2;

/** Character classes for the boundary and case rules. */
final class Chars {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private Chars() {}

    /**
     * True for chars that continue an alphabetic word: letters and digits of alphabetic scripts
     * (Latin incl. Vietnamese, Greek, Cyrillic) and combining marks. Han, kana and Hangul are
     * excluded because those scripts do not put spaces between words, so they cannot bound a name.
     */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return !isCjk(c);
        }
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    static boolean isCjk(char c) {
        if (c < 0x1100) {
            return false; // every CJK script (Hangul Jamo first) lies above
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.BOPOMOFO;
    }

    /** True when the name has an alphabetic letter and no CJK char. */
    static boolean isAlphabetic(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isCjk(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** NFKC without case folding, one char to one char: full-width Ｅ compares equal to E, e does not. */
    static char compatible(char c) {
        if (c < 0x80 || Character.isSurrogate(c)) {
            return c;
        }
        String n = NFKC.normalize(String.valueOf(c));
        return n.length() == 1 ? n.charAt(0) : c;
    }
}
