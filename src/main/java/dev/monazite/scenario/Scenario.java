package dev.monazite.scenario;

import java.util.List;
import java.util.Map;

/**
 * A checked scenario with every number resolved (from the file or from the model) and the list of
 * assumptions saying which.
 */
public record Scenario(String name, String description, String firstMonth, int horizonMonths, Disruption disruption,
                       List<Line> lines, List<Assumption> assumptions) {
    public Scenario {
        lines = List.copyOf(lines);
        assumptions = List.copyOf(assumptions);
    }

    /** Month n of the horizon (1 = the first) as YYYY-MM, or null when the scenario names no first month. */
    public String date(int month) {
        return firstMonth == null ? null : java.time.YearMonth.parse(firstMonth).plusMonths(month - 1L).toString();
    }

    /** Cut {@code fraction} of what {@code supplier} sends the recipients of the products, for a span of months. */
    public record Disruption(String supplier, List<String> recipients, List<String> products, double fraction,
                             int startMonth, int durationMonths) {
        public Disruption {
            recipients = List.copyOf(recipients);
            products = List.copyOf(products);
        }

        boolean hits(String recipient, String product) {
            return recipients.contains(recipient) && products.contains(product);
        }

        boolean activeIn(int month) {
            return month >= startMonth && month < startMonth + durationMonths;
        }
    }

    /** One recipient's supply of one product: import mix (fractions), stock target, demand and mitigations. */
    public record Line(String recipient, String product, Map<String, Double> suppliers, double inventoryMonths,
                       List<Sector> sectors, List<Ramp> spareCapacity, Ramp recycling, Ramp substitution,
                       double deferrable, double restockRate) {
        public Line {
            suppliers = Map.copyOf(suppliers);
            sectors = List.copyOf(sectors);
            spareCapacity = List.copyOf(spareCapacity);
        }

        /** Baseline demand in tonnes per month. */
        double monthlyDemand() {
            return sectors.stream().mapToDouble(Sector::tonnesPerYear).sum() / 12;
        }
    }

    /** An end-use sector's output and how much of the product each unit needs. */
    public record Sector(String name, double unitsPerYear, double kgPerUnit) {
        /** The one sector of a quick what-if: demand as a scale in tonnes, not units anyone makes. */
        static final String SCALE = "all uses (t)";

        double tonnesPerYear() {
            return unitsPerYear * kgPerUnit / 1000;
        }
    }

    /**
     * A mitigation that reaches {@code amount} linearly over {@code rampMonths} from the disruption's start:
     * tonnes per year for spare capacity and recycling, a fraction of demand for substitution.
     */
    public record Ramp(String who, double amount, double rampMonths) {
        static final Ramp NONE = new Ramp(null, 0, 0);

        double at(int monthsSinceStart) {
            return rampMonths <= 0 ? amount : amount * Math.min(1, monthsSinceStart / rampMonths);
        }
    }
}
