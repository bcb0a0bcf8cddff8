package dev.monazite.lexicon;

import java.util.List;

/**
 * One pattern the matcher looks for: a name as written in the lexicon, with the rules that
 * decide whether a hit counts. A plain name has one segment naming its entity; a compound such
 * as 中美 has several segments (中 -> CN, 美 -> US), and a blocker such as 中美洲 has segments
 * with no entity, so it wins the longest-match contest and then reports nothing.
 */
record Surface(String written, boolean caseExact, List<Segment> segments, int order) {

    /** Part of a surface: chars [offset, offset + length) of it name {@code entity} (null: nothing). */
    record Segment(int offset, int length, Entity entity) {}

    Surface {
        segments = List.copyOf(segments);
    }

    /** A plain name of one entity. */
    static Surface name(String written, boolean caseExact, Entity entity, int order) {
        return new Surface(written, caseExact, List.of(new Segment(0, written.length(), entity)), order);
    }

    boolean single() {
        return segments.size() == 1 && segments.get(0).entity() != null;
    }

    /** Latin names need a word boundary at an end that is a word char ("US" must not hit "bonus"). */
    boolean needsStartBoundary() {
        return Chars.isWordChar(written.charAt(0));
    }

    boolean needsEndBoundary() {
        return Chars.isWordChar(written.charAt(written.length() - 1));
    }
}
