package dev.monazite.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Folds text for matching: Unicode NFKC with case folding, full-width to half-width,
 * and Traditional to Simplified Chinese. The original text is always kept for display;
 * only matching and indexing see the folded form.
 */
public final class Normaliser {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final char[] T2S = buildT2sTable();
    private static final char[] FOLD = buildFoldTable();

    private Normaliser() {}

    /** Full fold; the result may differ in length from the input. */
    public static String fold(String text) {
        return toSimplified(NFKC_CF.normalize(text));
    }

    /**
     * Folds character by character so that offset i of the result is offset i of the input.
     * A character whose fold is not a single character keeps its lower-case form; this is what
     * matchers use when they must report spans in the original text.
     */
    public static String foldPreservingLength(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    /** Folds one UTF-16 unit; surrogates and multi-character folds fall back to lower case. */
    public static char foldChar(char c) {
        return FOLD[c];
    }

    // One table lookup per character: this fold runs over every byte Monazite ingests.
    private static char[] buildFoldTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i < table.length; i++) {
            char c = (char) i;
            if (Character.isSurrogate(c) || c < 0x80) {
                table[i] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
                continue;
            }
            String f = NFKC_CF.normalize(String.valueOf(c));
            char d = f.length() == 1 ? f.charAt(0) : Character.toLowerCase(c);
            table[i] = T2S[d];
        }
        return table;
    }

    /** Maps Traditional characters to Simplified ones, one to one. */
    public static String toSimplified(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = T2S[out[i]];
        }
        return new String(out);
    }

    /** The Simplified form of one character (itself when it has none). */
    public static char simplify(char c) {
        return T2S[c];
    }

    /** True when the character has a distinct Simplified form. */
    public static boolean isTraditionalOnly(char c) {
        return T2S[c] != c;
    }

    // ICU's Traditional-Simplified transform is character based for all but a few phrases;
    // a one-to-one table keeps offsets stable and is two orders of magnitude faster.
    private static char[] buildT2sTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        fill(table, t2s, 0x3400, 0x4DBF);
        fill(table, t2s, 0x4E00, 0x9FFF);
        fill(table, t2s, 0xF900, 0xFAFF);
        return table;
    }

    private static void fill(char[] table, Transliterator t2s, int from, int to) {
        for (int c = from; c <= to; c++) {
            String s = t2s.transliterate(String.valueOf((char) c));
            if (s.length() == 1) {
                table[c] = s.charAt(0);
            }
        }
    }
}
