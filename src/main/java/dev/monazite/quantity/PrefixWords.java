package dev.monazite.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of words looked up at one position of a text: the first of them, in list order, that
 * the text has there. The readers ask at every candidate start of every sentence and most positions
 * begin none of the words, so the words are kept by first character and most lookups end at once.
 */
final class PrefixWords {
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    // A bit per initial, by its low six bits: most characters are no word's initial, and a clear bit
    // says so without boxing the character for the map.
    private final long initials;

    PrefixWords(List<String> words) {
        long bits = 0;
        for (String w : words) {
            byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            bits |= 1L << (w.charAt(0) & 63);
        }
        this.initials = bits;
    }

    PrefixWords(String... words) {
        this(List.of(words));
    }

    /** The first word of the list that s has at p, or null. */
    String at(String s, int p) {
        if (p >= s.length() || (initials & 1L << (s.charAt(p) & 63)) == 0) {
            return null;
        }
        for (String w : byFirst.getOrDefault(s.charAt(p), List.of())) {
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
