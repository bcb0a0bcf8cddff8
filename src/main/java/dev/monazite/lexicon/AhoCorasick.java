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
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = frozenStep(state, text.charAt(i));
            for (int p : outOf[state]) {
                hits.add(new Hit(i + 1 - lengths[p], i + 1, p));
            }
        }
        return hits;
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
            int k = java.util.Arrays.binarySearch(edgeChars, edgeStart[state], edgeStart[state + 1], c);
            if (k >= 0) {
                return edgeTargets[k];
            }
            state = failOf[state];
        }
        return rootNext[c];
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
