package dev.monazite.lexicon;

import java.util.Objects;

/**
 * One occurrence of an entity in a text.
 *
 * @param start  offset of the first char in the original text (inclusive)
 * @param end    offset after the last char in the original text (exclusive)
 * @param entity what was mentioned
 */
public record Mention(int start, int end, Entity entity) {
    public Mention {
        Objects.requireNonNull(entity, "entity");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The mentioned text, cut from the original the offsets point into. */
    public String text(String original) {
        return original.substring(start, end);
    }
}
