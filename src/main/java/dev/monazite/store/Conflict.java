package dev.monazite.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Levels stated about one thing for one period (same type, FACTS.md key fields and unit) whose values
 * disagree by more than 2%: every distinct value with the statements that give it, the spread, a
 * consensus, how many outlets took part, and whether the disagreement is between outlets or within one.
 *
 * @param claim  the claim in words, its period included ("CN's refining share of REE in WORLD, 2025")
 * @param period the period every value is about, as FACTS.md writes dates ("2025", "2025-10",
 *               "2025-01/2025-10", a day for a price quote); null for undated statements
 */
public record Conflict(String type, Map<String, String> key, String claim, String period, Kind kind,
                       List<Value> values, double spread, double spreadPercent, double consensus, int outlets) {

    /** Whether different outlets disagree, or only statements of one outlet. */
    public enum Kind {
        BETWEEN_OUTLETS, WITHIN_OUTLET;

        /** The id written in JSON: between_outlets, within_outlet. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One distinct value, its unit and period ({@code date}, the conflict's period), and who stated it. */
    public record Value(Double value, Double valueMin, Double valueMax, String unit, String date,
                        List<Statement> sources) {}

    /**
     * One article's statement of a value, an event or a series point: the fact's id (for {@code fact
     * confirm|correct|reject}), the article, its outlet and publication time, the fact's own date,
     * the evidence, and whether an analyst confirmed or corrected it.
     */
    public record Statement(String id, String article, String source, LocalDateTime published, String date,
                            String evidence, boolean vouched) {

        /** The statement a stored fact makes. */
        public static Statement of(FactRow r) {
            return new Statement(r.id(), r.fact().evidence().article(), r.source(), r.published(), r.fact().date(),
                    r.fact().evidence().text(), r.vouched());
        }
    }
}
