package dev.monazite.store;

import dev.monazite.facts.Fact;
import java.time.Instant;

/**
 * What an analyst said of a fact, as the views see it: confirmed, corrected (the extracted
 * original kept beside the corrected fact) or rejected, with who said it and when.
 *
 * @param original the fact as the extractor read it; equal to the shown fact unless corrected
 */
public record Review(Verdict verdict, Fact original, String author, Instant at, String note) {

    /** The three things an analyst can say of a fact. */
    public enum Verdict {
        CONFIRMED, CORRECTED, REJECTED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether an analyst has vouched for the fact as shown: confirmed it, or corrected it to this. */
    public boolean vouched() {
        return verdict != Verdict.REJECTED;
    }
}
