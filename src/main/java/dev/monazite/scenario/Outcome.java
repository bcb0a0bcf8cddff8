package dev.monazite.scenario;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run means for one recipient and product, in words an analyst reads first: the first month its
 * stock ran out (a calendar month when the scenario names its first month), the tonnes not supplied over
 * the horizon and the units of each sector not made.
 *
 * @param stockOutMonth the first stock-out, 1 = the horizon's first month; null if stock never ran out
 * @param stockOutDate  that month as YYYY-MM, or null without a stock-out or a first_month
 */
public record Outcome(String recipient, String product, Integer stockOutMonth, String stockOutDate, double shortfallT,
                      double demandT, Map<String, Double> unitsNotMade) {
    public Outcome {
        unitsNotMade = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unitsNotMade));
    }

    /** One outcome per line of the scenario, in the scenario's order. */
    static List<Outcome> of(ScenarioResult r) {
        List<Outcome> out = new ArrayList<>();
        for (Scenario.Line line : r.scenario().lines()) {
            Integer so = r.firstStockOut().get(line.recipient() + "/" + line.product());
            double shortfall = 0, demand = 0;
            Map<String, Double> units = new LinkedHashMap<>();
            for (MonthRow m : r.months()) {
                if (m.recipient().equals(line.recipient()) && m.product().equals(line.product())) {
                    shortfall += m.shortfall();
                    demand += m.demand();
                    m.unitsNotMade().forEach((k, v) -> {
                        if (!k.equals(Scenario.Sector.SCALE)) {
                            units.merge(k, v, Double::sum);
                        }
                    });
                }
            }
            out.add(new Outcome(line.recipient(), line.product(), so,
                    so == null ? null : r.scenario().date(so), shortfall, demand, units));
        }
        return out;
    }

    /**
     * The outcome as a sentence, e.g. "JP Dy: stock runs out in May 2026 (month 5); 41.2 t not supplied
     * over 24 months (8.6% of demand); 389,000 EV and 94 wind not made."
     */
    public String sentence(int horizonMonths) {
        StringBuilder sb = new StringBuilder(recipient + " " + product + ": ");
        sb.append(stockOutMonth == null ? "stock never runs out" : "stock runs out in " + when());
        if (shortfallT < 0.05) {
            return sb.append("; all demand is met over ").append(horizonMonths).append(" months.").toString();
        }
        sb.append("; ").append(tonnes(shortfallT)).append(" t not supplied over ").append(horizonMonths).append(" months (")
                .append(tonnes(100 * shortfallT / demandT)).append("% of demand)");
        List<String> units = new ArrayList<>();
        unitsNotMade.forEach((sector, n) -> {
            if (n >= 0.5) {
                units.add(whole(n) + " " + sector);
            }
        });
        if (!units.isEmpty()) {
            sb.append("; ").append(String.join(" and ", units)).append(" not made");
        }
        return sb.append('.').toString();
    }

    private String when() {
        if (stockOutDate == null) {
            return "month " + stockOutMonth;
        }
        YearMonth ym = YearMonth.parse(stockOutDate);
        return ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear() + " (month "
                + stockOutMonth + ")";
    }

    private static String tonnes(double t) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMaximumFractionDigits(t < 100 ? 1 : 0);
        return f.format(t);
    }

    private static String whole(double n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(Math.round(n));
    }
}
