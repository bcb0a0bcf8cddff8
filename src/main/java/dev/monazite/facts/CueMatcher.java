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
        int[] best = {-1, Integer.MAX_VALUE, Integer.MAX_VALUE}; // phrase, rank, start
        phrases.forEachOccurrence(text, (start, end, p) -> {
            if ((keyRank[p] < best[1] || keyRank[p] == best[1] && start < best[2]) && bounded(text, start, end, p)) {
                best[0] = p;
                best[1] = keyRank[p];
                best[2] = start;
            }
        });
        return best[0] < 0 ? null : keys[best[0]];
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
        boolean[] found = {false};
        phrases.forEachOccurrence(text, (start, end, p) -> found[0] |= !found[0] && bounded(text, start, end, p));
        return found[0];
    }

    /** Whether text ends with one of the cues (trailing spaces ignored). */
    boolean endsWith(CharSequence text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int last = end;
        boolean[] found = {false};
        phrases.forEachOccurrence(text, (s, e, p) -> found[0] |= e == last && bounded(text, s, e, p));
        return found[0];
    }

    /** Whether text starts with one of the cues (leading spaces ignored). */
    boolean startsWith(CharSequence text) {
        int begin = 0;
        while (begin < text.length() && text.charAt(begin) == ' ') {
            begin++;
        }
        int first = begin;
        boolean[] found = {false};
        phrases.forEachOccurrence(text, (s, e, p) -> found[0] |= s == first && bounded(text, s, e, p));
        return found[0];
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
