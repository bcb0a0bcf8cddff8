package dev.monazite.quantity;

import java.util.List;

/**
 * A fixed list of words looked up at one position of a text: the first of them, in list order, that
 * the text has there.
 */
final class PrefixWords {
    private final List<String> words;
    private final ByInitial<String> byInitial;

    PrefixWords(List<String> words) {
        this.words = List.copyOf(words);
        this.byInitial = new ByInitial<>(words, w -> w, String[]::new);
    }

    PrefixWords(String... words) {
        this(List.of(words));
    }

    /** The words, in list order. */
    List<String> words() {
        return words;
    }

    /** Whether some word of the list begins with c. */
    boolean mayStartWith(char c) {
        return byInitial.hasInitial(c);
    }

    /** The first word of the list that s has at p, or null. */
    String at(String s, int p) {
        for (String w : byInitial.at(s, p)) {
            if (s.startsWith(w, p)) {
                return w;
            }
        }
        return null;
    }

    /** The distinct first characters of words, in order. */
    static String initials(Iterable<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.indexOf(w.substring(0, 1)) < 0) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
