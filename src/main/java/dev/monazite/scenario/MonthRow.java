package dev.monazite.scenario;

import java.util.Map;

/**
 * One month of one recipient's supply of one product, in tonnes: supply + drawdown = use and
 * use + shortfall = demand; drawdown is negative when stock is rebuilt.
 */
public record MonthRow(int month, String recipient, String product, double demand, double supply, double drawdown,
                       double use, double shortfall, double inventory, Map<String, Double> unitsNotMade) {
    public MonthRow {
        unitsNotMade = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unitsNotMade));
    }
}
