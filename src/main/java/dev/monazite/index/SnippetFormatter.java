package dev.monazite.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Keeps the best-scoring passage, with its offset (to find its paragraph) and matches marked «like this». */
final class SnippetFormatter extends PassageFormatter {
    static final String OPEN = "«", CLOSE = "»";
    private static final int WINDOW = 240;

    record Snippet(int start, String text) {}

    @Override
    public Object format(Passage[] passages, String content) {
        Passage best = null;
        for (Passage p : passages) {
            if (best == null || p.getScore() > best.getScore()) {
                best = p;
            }
        }
        if (best == null) {
            return null;
        }
        int from = windowStart(best, content);
        int to = Math.min(best.getEndOffset(), from + WINDOW);
        StringBuilder sb = new StringBuilder(from > best.getStartOffset() ? "…" : "");
        int pos = from;
        for (int i = 0; i < best.getNumMatches(); i++) {
            int s = Math.max(pos, best.getMatchStarts()[i]);
            int e = Math.min(to, best.getMatchEnds()[i]);
            if (e <= s) {
                continue;
            }
            sb.append(content, pos, s).append(OPEN).append(content, s, e).append(CLOSE);
            pos = e;
        }
        sb.append(content, pos, Math.max(pos, to));
        if (to < best.getEndOffset()) {
            sb.append('…');
        }
        return new Snippet(best.getStartOffset(), sb.toString().strip());
    }

    // Long paragraphs are cut to a window that starts a little before the first match.
    private static int windowStart(Passage p, String content) {
        if (p.getEndOffset() - p.getStartOffset() <= WINDOW || p.getNumMatches() == 0) {
            return p.getStartOffset();
        }
        int first = p.getMatchStarts()[0];
        int from = Math.max(p.getStartOffset(), first - WINDOW / 4);
        return Math.max(p.getStartOffset(), Math.min(from, p.getEndOffset() - WINDOW));
    }
}
