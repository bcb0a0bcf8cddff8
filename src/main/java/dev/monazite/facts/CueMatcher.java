package dev.monazite.facts;

import dev.monazite.lexicon.Phrases;
import java.util.ArrayList;
import java.util.List;

/**
 * The cues of one group (the rise verbs, the share metrics, the policy actions ...) searched
 * together in one pass. Each cue carries its key; keys keep the order of the cue files, so "the
 * first key" means the first listed. A Latin-script cue matches whole words only ("rise" is not in
 * "enterprise"), unless it ends in {@code *}, which makes it a stem ("refin*": refining, refinery).
 */
final class CueMatcher {
    /** One occurrence of a cue: its key, the cue as matched, and where in the text. */
    record Hit(String key, String cue, int start, int end, int rank) {}

    private final Phrases phrases;
    private final String[] cues;
    private final String[] keys;
    private final int[] keyRank;
    private final boolean[] openEnd;

    CueMatcher(List<String> cues, List<String> keys, List<Integer> keyRanks, List<Boolean> openEnds) {
        this.phrases = new Phrases(cues);
        this.cues = cues.toArray(new String[0]);
        this.keys = keys.toArray(new String[0]);
        this.keyRank = keyRanks.stream().mapToInt(Integer::intValue).toArray();
        this.openEnd = new boolean[openEnds.size()];
        for (int i = 0; i < this.openEnd.length; i++) {
            this.openEnd[i] = openEnds.get(i);
        }
    }

    /** Every whole-word occurrence in text, in the order the automaton reports them. */
    List<Hit> all(CharSequence text) {
        List<Hit> out = new ArrayList<>();
        phrases.forEachOccurrence(text, (start, end, p) -> {
            if (bounded(text, start, end, p)) {
                out.add(new Hit(keys[p], cues[p], start, end, keyRank[p]));
            }
        });
        return out;
    }

    /** The first key, in file order, one of whose cues occurs in text; null when none does. */
    String first(CharSequence text) {
        Hit h = firstHit(text);
        return h == null ? null : h.key();
    }

    /** The occurrence of the first key in file order (the earliest in text among its cues). */
    Hit firstHit(CharSequence text) {
        Hit best = null;
        for (Hit h : all(text)) {
            if (best == null || h.rank() < best.rank() || h.rank() == best.rank() && h.start() < best.start()) {
                best = h;
            }
        }
        return best;
    }

    /** The occurrence that ends last (the longest on a tie); null when none. */
    Hit last(CharSequence text) {
        Hit best = null;
        for (Hit h : all(text)) {
            if (best == null || h.end() > best.end() || h.end() == best.end() && h.start() < best.start()) {
                best = h;
            }
        }
        return best;
    }

    /** Whether any cue occurs in text. */
    boolean in(CharSequence text) {
        return !all(text).isEmpty();
    }

    /** Whether text ends with one of the cues (trailing spaces ignored). */
    boolean endsWith(CharSequence text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        for (Hit h : all(text)) {
            if (h.end() == end) {
                return true;
            }
        }
        return false;
    }

    /** Whether text starts with one of the cues (leading spaces ignored). */
    boolean startsWith(CharSequence text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        for (Hit h : all(text)) {
            if (h.start() == start) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key whose cue occurs nearest the figure at text[pos, end); ties go to the earlier key,
     * then the earlier occurrence. "40% of global resources and 70% of global production" gives
     * reserves for 40 and mining for 70.
     */
    String nearest(CharSequence text, int pos, int end) {
        Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Hit h : all(text)) {
            int d = h.start() >= end ? h.start() - end : h.end() <= pos ? pos - h.end() : 0;
            if (d < bestDistance || d == bestDistance && (h.rank() < best.rank()
                    || h.rank() == best.rank() && h.start() < best.start())) {
                best = h;
                bestDistance = d;
            }
        }
        return best == null ? null : best.key();
    }

    private boolean bounded(CharSequence text, int start, int end, int p) {
        String cue = cues[p];
        if (cue.charAt(0) == '年' && start > 0 && Character.isDigit(text.charAt(start - 1))) {
            return false; // "2024年产量" is a year and 产量, not 年产 (annual output)
        }
        if (isWordChar(cue.charAt(0)) && start > 0 && isWordChar(text.charAt(start - 1))) {
            return false;
        }
        return openEnd[p] || !isWordChar(cue.charAt(cue.length() - 1)) || end >= text.length()
                || !isWordChar(text.charAt(end));
    }

    // Latin and Vietnamese letters and digits join words; Han characters do not need spaces, so a
    // Chinese cue matches inside a run of Han text.
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }
}
