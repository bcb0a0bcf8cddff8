package dev.monazite.store;

import dev.monazite.facts.Fact;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored fact with its provenance (the article's source, publication time and files) and, where
 * an analyst reviewed it, the review. The fact is the corrected one when the review corrected it.
 */
public record FactRow(Fact fact, String source, LocalDateTime published, List<String> files, Review review) {
    public FactRow {
        files = List.copyOf(files);
    }

    public FactRow(Fact fact, String source, LocalDateTime published, List<String> files) {
        this(fact, source, published, files, null);
    }

    /** The fact's stable id, the one `fact confirm|correct|reject` takes: see {@link FactId}. */
    public String id() {
        return FactId.of(review == null ? fact : review.original());
    }

    /**
     * Who stated it, for counting independent outlets: the outlet's key ({@link Outlets}), or the
     * article itself when its outlet is not named.
     */
    public String outlet() {
        String key = Outlets.key(source);
        return key != null ? key : "article " + fact.evidence().article();
    }

    /** Whether an analyst confirmed or corrected this fact. */
    public boolean vouched() {
        return review != null && review.vouched();
    }
}
