package dev.monazite.article;

/** A half-open character range [start, end) in a paragraph's original text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
