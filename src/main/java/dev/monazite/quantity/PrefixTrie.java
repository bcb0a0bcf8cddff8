package dev.monazite.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A fixed set of words as a trie, for one question asked at most words of a text: does some word
 * agree with s[i, q) as far as both go (one is a prefix of the other)? Built once, never changed:
 * safe from every thread.
 */
final class PrefixTrie {
    // node n's children: chars[n] (sorted) leading to next[n]; end[n] when a word ends at n. Node 0 is the root.
    private final char[][] chars;
    private final int[][] next;
    private final boolean[] end;

    PrefixTrie(List<String> words) {
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        children.add(new TreeMap<>());
        ends.add(false);
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word agrees with every text");
            }
            int node = 0;
            for (int k = 0; k < w.length(); k++) {
                Integer to = children.get(node).get(w.charAt(k));
                if (to == null) {
                    to = children.size();
                    children.add(new TreeMap<>());
                    ends.add(false);
                    children.get(node).put(w.charAt(k), to);
                }
                node = to;
            }
            ends.set(node, true);
        }
        chars = new char[children.size()][];
        next = new int[children.size()][];
        end = new boolean[children.size()];
        for (int n = 0; n < children.size(); n++) {
            chars[n] = new char[children.get(n).size()];
            next[n] = new int[children.get(n).size()];
            int k = 0;
            for (var e : children.get(n).entrySet()) {
                chars[n][k] = e.getKey();
                next[n][k++] = e.getValue();
            }
            end[n] = ends.get(n);
        }
    }

    /** Whether some word w has w[0, m) equal to s[i, i + m), m = min(|w|, q - i); q > i. */
    boolean agreesWith(String s, int i, int q) {
        int node = 0;
        for (int p = i; p < q; p++) {
            if (end[node]) {
                return true; // a whole word is a prefix of s[i, q)
            }
            node = child(node, s.charAt(p));
            if (node < 0) {
                return false;
            }
        }
        return true; // s[i, q) is a prefix of some word, or a word itself
    }

    private int child(int node, char c) {
        char[] cs = chars[node];
        for (int k = 0; k < cs.length; k++) {
            if (cs[k] == c) {
                return next[node][k];
            }
        }
        return -1;
    }
}
