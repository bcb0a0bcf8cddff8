package dev.monazite.digest;

import java.util.regex.Pattern;

/**
 * Removes a source's own footnote markers ([1], [12], [1][2], [1, 2], ［1］) from a sentence, so a digest
 * bullet carries only Monazite's paragraph citations and the reader never mistakes the source's [4] for
 * paragraph 4.
 */
final class CitationMarkers {
    // One bracketed list of 1-3 digit numbers (ASCII or full-width brackets; commas, 、, and ranges between),
    // with the spaces before it. Years ([2025]) and words in brackets are left alone.
    private static final Pattern MARKER = Pattern.compile(
            "[\\s\\u3000]*[\\[［]\\s*\\d{1,3}(?:\\s*[,，、\\-–]\\s*\\d{1,3})*\\s*[\\]］]");
    // A space the removal left before closing punctuation: "rose 5% [1] ." becomes "rose 5%."
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+(?=[.,;:!?。，；：！？])");

    private CitationMarkers() {}

    /** The text without footnote markers; text with none comes back unchanged. */
    static String strip(String text) {
        if (text == null || text.indexOf('[') < 0 && text.indexOf('［') < 0) {
            return text;
        }
        String out = MARKER.matcher(text).replaceAll("");
        return out.equals(text) ? text : SPACE_BEFORE_PUNCT.matcher(out).replaceAll("").strip();
    }
}
