package dev.monazite.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small Aho-Corasick automaton over UTF-16 chars: one pass over the text reports every
 * occurrence of every pattern. Choosing among overlapping hits is the caller's business.
 */
final class AhoCorasick {
    /** One occurrence: pattern number {@code pattern} covers text[start, end). */
    record Hit(int start, int end, int pattern) {}

    // Built as maps, then frozen into arrays for search, which runs over every sentence: the root's
    // transitions as a table indexed by char (most steps start there), every other node's as a sorted
    // run of (char, target) in edgeChars/edgeTargets from edgeStart[node] to edgeStart[node + 1].
    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<int[]> out = new ArrayList<>();
    private final int[] lengths;
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    private final int[] edgeStart;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final int[] failOf;
    private final int[][] outOf;
    // The edges of nodes with more than FEW of them, in one open-addressing table keyed by (node, char):
    // a search over the few edges of most nodes is a short loop, over a wide node's a hash probe.
    private static final int FEW = 4;
    private final long[] wideKeys;
    private final int[] wideTargets;
    private final int wideMask;

    AhoCorasick(List<String> patterns) {
        lengths = new int[patterns.size()];
        addNode();
        for (int p = 0; p < patterns.size(); p++) {
            insert(patterns.get(p), p);
        }
        linkFailures();
        int nodes = next.size();
        edgeStart = new int[nodes + 1];
        int edges = 0;
        for (int n = 0; n < nodes; n++) {
            edges += next.get(n).size();
        }
        edgeChars = new char[edges];
        edgeTargets = new int[edges];
        int e = 0;
        for (int n = 0; n < nodes; n++) {
            edgeStart[n] = e;
            for (Map.Entry<Character, Integer> edge : new java.util.TreeMap<>(next.get(n)).entrySet()) {
                edgeChars[e] = edge.getKey();
                edgeTargets[e++] = edge.getValue();
            }
        }
        edgeStart[nodes] = e;
        int wide = 0;
        for (int n = 0; n < nodes; n++) {
            wide += edgeStart[n + 1] - edgeStart[n] > FEW ? edgeStart[n + 1] - edgeStart[n] : 0;
        }
        int size = Integer.highestOneBit(Math.max(1, wide) * 2) * 2;
        wideKeys = new long[size];
        java.util.Arrays.fill(wideKeys, -1);
        wideTargets = new int[size];
        wideMask = size - 1;
        for (int n = 0; n < nodes; n++) {
            if (edgeStart[n + 1] - edgeStart[n] > FEW) {
                for (int k = edgeStart[n]; k < edgeStart[n + 1]; k++) {
                    int slot = slot(key(n, edgeChars[k]));
                    wideKeys[slot] = key(n, edgeChars[k]);
                    wideTargets[slot] = edgeTargets[k];
                }
            }
        }
        next.get(0).forEach((c, to) -> rootNext[c] = to);
        failOf = fail.stream().mapToInt(Integer::intValue).toArray();
        outOf = out.toArray(new int[0][]);
        next.clear();
        fail.clear();
        out.clear();
    }

    /** Every hit, in order of end offset. */
    List<Hit> search(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        forEachHit(text, (start, end, pattern) -> hits.add(new Hit(start, end, pattern)));
        return hits;
    }

    /** Receives one occurrence: pattern covers text[start, end). */
    interface HitVisitor {
        void hit(int start, int end, int pattern);
    }

    /** Every hit, in order of end offset, handed over without a list. */
    void forEachHit(CharSequence text, HitVisitor visitor) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = frozenStep(state, text.charAt(i));
            for (int p : outOf[state]) {
                visitor.hit(i + 1 - lengths[p], i + 1, p);
            }
        }
    }

    /** The smallest pattern number that occurs anywhere in text, or -1: every occurrence counts, overlapping or not. */
    int leastPattern(CharSequence text) {
        int least = Integer.MAX_VALUE;
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = frozenStep(state, text.charAt(i));
            for (int p : outOf[state]) {
                least = Math.min(least, p);
            }
        }
        return least == Integer.MAX_VALUE ? -1 : least;
    }

    private int frozenStep(int state, char c) {
        while (state != 0) {
            int to = edge(state, c);
            if (to >= 0) {
                return to;
            }
            state = failOf[state];
        }
        return rootNext[c];
    }

    // The target of state's edge for c, or -1. Most nodes below the root have one or two edges (a
    // name spelled on), read in order; a wide node's are looked up in the table.
    private int edge(int state, char c) {
        int from = edgeStart[state], to = edgeStart[state + 1];
        if (to - from <= FEW) {
            for (int k = from; k < to; k++) {
                if (edgeChars[k] == c) {
                    return edgeTargets[k];
                }
            }
            return -1;
        }
        long key = key(state, c);
        for (int slot = (int) (mix(key) & wideMask); ; slot = (slot + 1) & wideMask) {
            if (wideKeys[slot] == key) {
                return wideTargets[slot];
            }
            if (wideKeys[slot] == -1) {
                return -1;
            }
        }
    }

    private static long key(int state, char c) {
        return (long) state << 16 | c;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ h >>> 29;
    }

    // A free slot for a new key (build time; every key is inserted once).
    private int slot(long key) {
        int slot = (int) (mix(key) & wideMask);
        while (wideKeys[slot] != -1) {
            slot = (slot + 1) & wideMask;
        }
        return slot;
    }

    // On the maps, while building.
    private int step(int state, char c) {
        while (true) {
            Integer to = next.get(state).get(c);
            if (to != null) {
                return to;
            }
            if (state == 0) {
                return 0;
            }
            state = fail.get(state);
        }
    }

    private void insert(String pattern, int p) {
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        int state = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            Integer to = next.get(state).get(c);
            if (to == null) {
                to = addNode();
                next.get(state).put(c, to);
            }
            state = to;
        }
        out.set(state, append(out.get(state), p));
        lengths[p] = pattern.length();
    }

    // Breadth first, so a node's failure target (a shorter suffix) is finished before the node;
    // copying the target's outputs then makes each node report every pattern ending there.
    private void linkFailures() {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(0).values()) {
            fail.set(child, 0);
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Character, Integer> e : next.get(node).entrySet()) {
                int child = e.getValue();
                int f = step(fail.get(node), e.getKey());
                fail.set(child, f);
                for (int p : out.get(f)) {
                    out.set(child, append(out.get(child), p));
                }
                queue.add(child);
            }
        }
    }

    private int addNode() {
        next.add(new HashMap<>());
        fail.add(0);
        out.add(new int[0]);
        return next.size() - 1;
    }

    private static int[] append(int[] a, int v) {
        int[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }
}
