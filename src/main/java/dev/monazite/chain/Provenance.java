package dev.monazite.chain;

import java.util.List;

/**
 * Where a number comes from: a reference row (its cited source), corpus facts (their articles),
 * a derivation from other numbers (the arithmetic), or a scenario file (its line).
 *
 * @param kind      reference, fact, derived or scenario
 * @param source    the citation, the articles or the arithmetic, readable on one line
 * @param conflict  where the corpus disagrees with itself about this number, the values it gives; else null
 */
public record Provenance(String kind, String source, String conflict) {
    public static Provenance reference(String source) {
        return new Provenance("reference", source, null);
    }

    public static Provenance derived(String how) {
        return new Provenance("derived", how, null);
    }

    public static Provenance facts(List<String> sources, String conflict) {
        return new Provenance("fact", String.join("; ", sources), conflict);
    }

    /** A one-line citation: kind, source and any conflict. */
    public String cite() {
        return kind + ": " + source + (conflict == null ? "" : " [corpus conflict: " + conflict + "]");
    }
}
