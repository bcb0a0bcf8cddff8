package dev.monazite.scenario;

import java.util.List;
import java.util.Map;

/**
 * A run: the scenario, its assumptions, the months, and for each recipient/product ("JP/Dy") the first
 * month its stock ran out while demand went unmet (absent if it never did).
 */
public record ScenarioResult(Scenario scenario, List<MonthRow> months, Map<String, Integer> firstStockOut) {
    public ScenarioResult {
        months = List.copyOf(months);
        firstStockOut = Map.copyOf(firstStockOut);
    }

    /** For each line of the scenario: first stock-out, tonnes not supplied and units not made, with a sentence. */
    public List<Outcome> outcomes() {
        return Outcome.of(this);
    }

    /** Total tonnes not supplied over the horizon, all recipients and products. */
    public double totalShortfall() {
        return months.stream().mapToDouble(MonthRow::shortfall).sum();
    }
}
