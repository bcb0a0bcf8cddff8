package dev.monazite.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Items of a fixed list kept by the first character of their text, in list order: the readers ask
 * at every candidate position of every sentence which items may begin there, and most positions
 * begin none. A 64-bit mask of the initials (by their low six bits) answers most of those asks;
 * the rest search the sorted initials, with no boxed character. Built once, never changed: safe
 * from every thread.
 */
final class ByInitial<T> {
    private final char[] firsts;
    private final List<List<T>> byFirst;
    private final long initials;

    ByInitial(List<T> items, Function<T, String> text) {
        TreeMap<Character, List<T>> grouped = new TreeMap<>();
        long bits = 0;
        for (T item : items) {
            char first = text.apply(item).charAt(0);
            grouped.computeIfAbsent(first, c -> new ArrayList<>()).add(item);
            bits |= 1L << (first & 63);
        }
        this.initials = bits;
        this.firsts = new char[grouped.size()];
        this.byFirst = new ArrayList<>(grouped.size());
        int k = 0;
        for (var e : grouped.entrySet()) {
            firsts[k++] = e.getKey();
            byFirst.add(List.copyOf(e.getValue()));
        }
    }

    /** Whether some item's text begins with c. */
    boolean hasInitial(char c) {
        return indexOf(c) >= 0;
    }

    /** The items whose text begins with the character at p of s (and may match there), in list order. */
    List<T> at(String s, int p) {
        int k = p < s.length() ? indexOf(s.charAt(p)) : -1;
        return k < 0 ? List.of() : byFirst.get(k);
    }

    private int indexOf(char c) {
        return (initials & 1L << (c & 63)) == 0 ? -1 : Arrays.binarySearch(firsts, c);
    }
}
