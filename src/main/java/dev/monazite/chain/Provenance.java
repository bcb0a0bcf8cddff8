package dev.monazite.chain;

import java.util.List;

/**
 * Where a number comes from: a reference row, corpus facts, a derivation from other numbers, or a
 * scenario file. The citation is what an analyst would look up (publication, table and year; or
 * outlet, date and article title) and never an internal id; {@code how} is any arithmetic on top.
 *
 * @param kind     reference, fact, derived or scenario
 * @param how      the arithmetic or the rule applied, readable on one line; empty for a plain reference row
 * @param citation the publications or articles the number rests on, readable on one line
 */
public record Provenance(String kind, String how, String citation) {
    /** A reference row: what it is (publication, table, year), then its source column without the mirror it was read through. */
    public static Provenance reference(String what, String source) {
        return new Provenance("reference", "", what + " — " + withoutMirror(source));
    }

    /** Arithmetic on a number that has its own provenance: the citation is inherited. */
    public static Provenance derived(String how, Provenance from) {
        return new Provenance("derived", from.how.isEmpty() ? how : how + "; " + from.how, from.citation);
    }

    /** Arithmetic on numbers shown beside it; the citation says which. */
    public static Provenance derived(String how, String citation) {
        return new Provenance("derived", how, citation);
    }

    /** Corpus facts: the rule that let them stand, and each statement's outlet, date and article. */
    public static Provenance facts(String how, List<String> citations) {
        return new Provenance("fact", how, String.join("; ", citations));
    }

    /** A one-line citation: kind, how and what it rests on. */
    public String cite() {
        return kind + ": " + (how.isEmpty() ? "" : how + "; ") + citation;
    }

    // The reference tables give the official document first and the copy it was read from after " | ";
    // the analyst looks up the document, and the copy's locator can be an internal id.
    private static String withoutMirror(String source) {
        return source.split(" \\| ", 2)[0];
    }
}
