package dev.monazite.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a scenario month by month, deterministically. Each month, per recipient and product: supply is
 * what the uncut suppliers send plus ramped mitigations (and, outside the disruption, a margin to
 * rebuild stock); demand is served from supply, then from stock; deferrable demand waits for spare
 * supply instead of going unmet; what is left unmet is the shortfall, turned into units not made.
 */
public final class Simulator {
    private static final double EPSILON = 1e-9;

    private Simulator() {}

    public static ScenarioResult run(Scenario s) {
        List<MonthRow> rows = new ArrayList<>();
        Map<String, Integer> stockOuts = new LinkedHashMap<>();
        List<State> states = s.lines().stream().map(l -> new State(l, l.inventoryMonths() * l.monthlyDemand())).toList();
        for (int month = 1; month <= s.horizonMonths(); month++) {
            for (State st : states) {
                MonthRow row = st.step(s.disruption(), month);
                rows.add(row);
                if (st.stockedOut && !stockOuts.containsKey(st.key())) {
                    stockOuts.put(st.key(), month);
                }
            }
        }
        return new ScenarioResult(s, rows, stockOuts);
    }

    /** One line's stock and backlog as the months go by. */
    private static final class State {
        final Scenario.Line line;
        final double base;
        final double target;
        double inventory;
        double backlog;
        boolean stockedOut;

        State(Scenario.Line line, double inventory) {
            this.line = line;
            this.base = line.monthlyDemand();
            this.target = inventory;
            this.inventory = inventory;
        }

        String key() {
            return line.recipient() + "/" + line.product();
        }

        MonthRow step(Scenario.Disruption d, int month) {
            boolean active = d.hits(line.recipient(), line.product()) && d.activeIn(month);
            int since = month - d.startMonth() + 1;
            double wanted = base * (1 - (active ? line.substitution().at(since) : 0));
            double capacity = capacity(d, active, since);
            double deferred = Math.min(line.deferrable() * wanted, Math.max(0, wanted - capacity - inventory));
            double caughtUp = Math.min(backlog, Math.max(0, capacity - wanted));
            double demand = wanted - deferred + caughtUp;
            backlog += deferred - caughtUp;
            double supply = Math.min(capacity, demand + Math.max(0, target - inventory));
            double use = Math.min(demand, supply + inventory);
            double drawdown = use - supply;
            // Stock is what is left; clamp the rounding residue of use = supply + inventory to zero.
            inventory = Math.max(0, inventory - drawdown);
            double shortfall = demand - use;
            stockedOut = inventory <= EPSILON * Math.max(1, base) && (shortfall > EPSILON || deferred > EPSILON);
            return new MonthRow(month, line.recipient(), line.product(), demand, supply, drawdown, use, shortfall,
                    inventory, unitsNotMade(shortfall));
        }

        // What suppliers can send this month: the uncut part of the usual mix, mitigations while the cut lasts,
        // and afterwards a margin above the usual volume to rebuild stock.
        private double capacity(Scenario.Disruption d, boolean active, int since) {
            // Shares that add up to less than 1 leave the rest to unnamed suppliers, who are not cut.
            double cut = active ? line.suppliers().getOrDefault(d.supplier(), 0.0) * d.fraction() : 0;
            double usual = base * (1 - cut);
            if (!active) {
                return usual + base * line.restockRate();
            }
            double extra = line.recycling().at(since) / 12;
            for (Scenario.Ramp spare : line.spareCapacity()) {
                extra += spare.at(since) / 12;
            }
            return usual + extra;
        }

        private Map<String, Double> unitsNotMade(double shortfall) {
            Map<String, Double> out = new LinkedHashMap<>();
            for (Scenario.Sector sec : line.sectors()) {
                double share = base == 0 ? 0 : sec.tonnesPerYear() / 12 / base;
                out.put(sec.name(), shortfall * share * 1000 / sec.kgPerUnit());
            }
            return out;
        }
    }
}
