package dev.monazite.digest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The comparable units of a sentence: lower-case words for spaced scripts, character bigrams for Han
 * and kana (which write no spaces). Two sentences are as similar as their unit sets overlap.
 */
final class Shingles {
    private Shingles() {}

    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        String s = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int prevCjk = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cjk(cp)) {
                flush(word, out);
                if (prevCjk >= 0) {
                    out.add(new StringBuilder().appendCodePoint(prevCjk).appendCodePoint(cp).toString());
                }
                prevCjk = cp;
            } else {
                prevCjk = -1;
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(cp);
                } else {
                    flush(word, out);
                }
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, Set<String> out) {
        if (!word.isEmpty()) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    static boolean cjk(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA;
    }

    /** Jaccard overlap of two unit sets, 0 when both are empty. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
