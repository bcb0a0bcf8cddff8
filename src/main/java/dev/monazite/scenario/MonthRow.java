package dev.monazite.scenario;

import java.util.Map;

/**
 * One month of one recipient's supply of one product, in tonnes: supply + drawdown = use and
 * use + shortfall = demand; drawdown is negative when stock is rebuilt.
 */
public record MonthRow(int month, String recipient, String product, double demand, double supply, double drawdown,
                       double use, double shortfall, double inventory, Map<String, Double> unitsNotMade) {
    public MonthRow {
        // the reader's bounds keep every figure finite; a NaN here would be printed, or sent as 0
        for (double v : new double[] {demand, supply, drawdown, use, shortfall, inventory}) {
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("month " + month + " of " + recipient + "/" + product
                        + " is not finite: " + demand + " " + supply + " " + drawdown + " " + use + " " + shortfall);
            }
        }
        for (double v : unitsNotMade.values()) {
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("units not made in month " + month + " are not finite: " + v);
            }
        }
        unitsNotMade = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unitsNotMade));
    }
}
