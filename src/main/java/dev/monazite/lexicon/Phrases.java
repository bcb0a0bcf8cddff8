package dev.monazite.lexicon;

import java.util.List;

/**
 * A fixed list of phrases searched for together: one pass over a text tells which of them, first
 * in list order, it contains anywhere. For cue lists checked on every sentence, where a
 * {@code contains} per phrase would read the sentence once per phrase.
 */
public final class Phrases {
    private final AhoCorasick automaton;

    public Phrases(List<String> phrases) {
        if (phrases.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("an empty phrase is in every text");
        }
        this.automaton = new AhoCorasick(List.copyOf(phrases));
    }

    /** The index of the first phrase of the list that text contains, or -1 when it contains none. */
    public int firstIn(CharSequence text) {
        return automaton.leastPattern(text);
    }

    /** Receives one occurrence of phrase (its index in the list) at text[start, end). */
    public interface Occurrence {
        void at(int start, int end, int phrase);
    }

    /** Every occurrence of every phrase in text, overlapping ones included, in one pass. */
    public void forEachOccurrence(CharSequence text, Occurrence occurrence) {
        automaton.forEachHit(text, occurrence::at);
    }
}
