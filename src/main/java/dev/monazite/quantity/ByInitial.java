package dev.monazite.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Items of a fixed list kept by the first character of their text, in list order: the readers ask
 * at every candidate position of every sentence which items may begin there, and most positions
 * begin none. A 64-bit mask of the initials (by their low six bits) answers most of those asks
 * without boxing the character for the map. Built once, never changed: safe from every thread.
 */
final class ByInitial<T> {
    private final Map<Character, List<T>> byFirst = new HashMap<>();
    private final long initials;

    ByInitial(List<T> items, Function<T, String> text) {
        long bits = 0;
        for (T item : items) {
            char first = text.apply(item).charAt(0);
            byFirst.computeIfAbsent(first, c -> new ArrayList<>()).add(item);
            bits |= 1L << (first & 63);
        }
        this.initials = bits;
    }

    /** The items whose text begins with the character at p of s (and may match there), in list order. */
    List<T> at(String s, int p) {
        if (p >= s.length() || (initials & 1L << (s.charAt(p) & 63)) == 0) {
            return List.of();
        }
        return byFirst.getOrDefault(s.charAt(p), List.of());
    }
}
