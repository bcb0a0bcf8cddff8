package dev.monazite.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One claim one sentence makes, normalised: its type, the descriptive fields of that type
 * (FACTS.md names), the value or range, unit and date, and the evidence it was read from.
 */
public record Fact(
        String type,
        Map<String, String> fields,
        Double value,
        Double valueMin,
        Double valueMax,
        String unit,
        String date,
        Evidence evidence,
        String extractor,
        double confidence) {

    public Fact {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Where a fact was read: article, paragraph (0 = title), sentence span in that paragraph, verbatim text. */
    public record Evidence(String article, int paragraph, int start, int end, String text) {}

    /** A key for de-duplicating facts read twice from the same article. */
    String identity() {
        return type + fields + value + valueMin + valueMax + unit + date;
    }
}
