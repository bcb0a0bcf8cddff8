package dev.monazite.chain;

import java.util.List;

/**
 * A share the corpus gives for a year after the reference's: one that may replace the reference
 * ({@code why} is null) or a candidate, with why it may not.
 *
 * @param outlets   how many independent outlets give it
 * @param how       the rule that lets it stand, for an applicable figure
 * @param citations each statement's outlet, date, article title and words
 * @param facts     the ids of the facts stating it, for an analyst to confirm or reject them
 */
record NewerFigure(String place, int year, double value, int outlets, String how, List<String> citations,
                   List<String> facts, String why) {
    NewerFigure {
        citations = List.copyOf(citations);
        facts = List.copyOf(facts);
    }

    boolean applies() {
        return why == null;
    }

    NewerFigure refused(String reason) {
        return new NewerFigure(place, year, value, outlets, how, citations, facts, reason);
    }
}
