package dev.monazite.store;

import dev.monazite.facts.Fact;
import java.time.LocalDateTime;
import java.util.List;

/** A stored fact with its provenance: the article's source, publication time and files. */
public record FactRow(Fact fact, String source, LocalDateTime published, List<String> files) {
    public FactRow {
        files = List.copyOf(files);
    }
}
