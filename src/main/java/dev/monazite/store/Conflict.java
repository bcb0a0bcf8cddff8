package dev.monazite.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Claims about one thing (same type, same FACTS.md key fields, compatible dates) whose values
 * disagree by more than 2%: every distinct value with its sources, the spread and a consensus.
 */
public record Conflict(String type, Map<String, String> key, String claim, List<Value> values, double spread,
                       double spreadPercent, double consensus, int sources) {

    /** One distinct value and who said it. */
    public record Value(Double value, Double valueMin, Double valueMax, String unit, String date, List<Source> sources) {}

    /** One article's statement of a value. */
    public record Source(String article, String source, LocalDateTime published, String evidence) {}
}
