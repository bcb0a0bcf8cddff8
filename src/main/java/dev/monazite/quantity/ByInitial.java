package dev.monazite.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Items of a fixed list kept by the first character of their text, in list order: the readers ask
 * at every candidate position of every sentence which items may begin there, and most positions
 * begin none. Latin letters (Vietnamese's included) are looked up in a small table; for other
 * characters a 64-bit mask of the initials (by their low six bits) answers most asks and the rest
 * search the sorted initials, with no boxed character. Built once, never changed: safe from every
 * thread.
 */
final class ByInitial<T> {
    private final char[] firsts;
    private final T[][] byFirst;
    private final T[] none;
    private final long initials;
    // For characters below DIRECT: 1 + the index of their group in firsts, or 0 for none.
    private final short[] direct = new short[DIRECT];
    private static final int DIRECT = 0x250;

    @SuppressWarnings("unchecked")
    ByInitial(List<T> items, Function<T, String> text, IntFunction<T[]> newArray) {
        TreeMap<Character, List<T>> grouped = new TreeMap<>();
        long bits = 0;
        for (T item : items) {
            char first = text.apply(item).charAt(0);
            grouped.computeIfAbsent(first, c -> new ArrayList<>()).add(item);
            bits |= 1L << (first & 63);
        }
        this.initials = bits;
        this.firsts = new char[grouped.size()];
        this.byFirst = (T[][]) new Object[grouped.size()][];
        this.none = newArray.apply(0);
        int k = 0;
        for (var e : grouped.entrySet()) {
            firsts[k] = e.getKey();
            byFirst[k++] = e.getValue().toArray(newArray);
            if (e.getKey() < DIRECT) {
                direct[e.getKey()] = (short) k;
            }
        }
    }

    /** Whether some item's text begins with c. */
    boolean hasInitial(char c) {
        return indexOf(c) >= 0;
    }

    /**
     * The items whose text begins with the character at p of s (and may match there), in list order.
     * An array, not a list: callers loop over it at most positions of every sentence, and a list's
     * iterator was a tenth of all that extraction allocated. Callers must not write to it.
     */
    T[] at(String s, int p) {
        int k = p < s.length() ? indexOf(s.charAt(p)) : -1;
        return k < 0 ? none : byFirst[k];
    }

    private int indexOf(char c) {
        if (c < DIRECT) {
            return direct[c] - 1;
        }
        return (initials & 1L << (c & 63)) == 0 ? -1 : Arrays.binarySearch(firsts, c);
    }
}
