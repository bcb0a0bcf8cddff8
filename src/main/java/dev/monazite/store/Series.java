package dev.monazite.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A time series of one commodity: prices in one unit, or trade flows on one route (exporter to
 * importer). A point joins only facts of that commodity, that route or unit, and the same period
 * as written: a month, a day, a year, or a cumulative range such as 2025-01/2025-10, which is a point
 * of its own drawn as a period, never as one month. A point's value is one that a source states:
 * where the sources agree (within 2%), the value most outlets give; where they disagree, the point
 * shows each value with its sources, and a consensus (the median over outlets) marked as such.
 * Undated facts are left out: a point without a date is not a point in time.
 */
public record Series(String kind, String commodity, String route, String unit, List<Point> points) {

    /**
     * One period's figure.
     *
     * @param date       the period as the facts give it
     * @param start      its first month or day; {@code end} its last
     * @param cumulative whether it spans more than one month (a year, or a range)
     * @param value      the value the sources state, or null where they disagree
     * @param values     each distinct value with its sources (one when they agree)
     * @param consensus  where they disagree, the median over outlets, a figure no source need state; else null
     */
    public record Point(String date, String start, String end, boolean cumulative, Double value, List<Value> values,
                        Double consensus) {
        public boolean disputed() {
            return value == null;
        }
    }

    /** One value stated for a point, and who stated it. */
    public record Value(double value, List<Conflict.Statement> sources) {}

    /** Price series (per unit) and trade series (per route) for the commodity; unit narrows prices. */
    public static List<Series> of(FactStore store, String commodity, String unit) {
        List<Series> out = new ArrayList<>();
        Map<String, List<FactRow>> prices = new LinkedHashMap<>();
        Map<String, List<FactRow>> routes = new LinkedHashMap<>();
        for (FactRow r : store.facts(new FactFilter(null, commodity, null, null, null, null, null, null))) {
            if (r.fact().date() == null || !commodity.equals(r.fact().fields().get("commodity"))) {
                continue;
            }
            if (r.fact().type().equals("price") && (unit == null || unit.equalsIgnoreCase(r.fact().unit()))) {
                prices.computeIfAbsent(r.fact().unit(), k -> new ArrayList<>()).add(r);
            } else if (r.fact().type().equals("trade")) {
                Map<String, String> m = r.fact().fields();
                routes.computeIfAbsent(m.get("exporter") + "→" + m.get("importer"), k -> new ArrayList<>()).add(r);
            }
        }
        prices.forEach((u, rows) -> out.add(new Series("price", commodity, null, u, points(rows))));
        routes.forEach((route, rows) -> out.add(new Series("trade", commodity, route, "t", points(rows))));
        return out;
    }

    private static List<Point> points(List<FactRow> rows) {
        Map<String, List<FactRow>> byPeriod = new LinkedHashMap<>();
        for (FactRow r : rows) {
            byPeriod.computeIfAbsent(r.fact().date(), k -> new ArrayList<>()).add(r);
        }
        List<Point> points = new ArrayList<>();
        byPeriod.forEach((date, same) -> points.add(point(date, same)));
        points.sort(Comparator.comparing(Point::start).thenComparing(Point::end));
        return points;
    }

    private static Point point(String date, List<FactRow> rows) {
        // one value for statements within 2% of each other, as a conflict counts them; lowest first
        List<List<FactRow>> groups = new ArrayList<>(ConflictFinder.distinctValues(rows));
        groups.sort(Comparator.comparingDouble(g -> ConflictFinder.mid(g.get(0).fact())));
        List<Value> values = groups.stream().map(g -> new Value(ConflictFinder.mid(g.get(0).fact()),
                g.stream().map(Series::source).toList())).toList();
        String[] period = period(date);
        boolean cumulative = !period[0].equals(period[1]);
        if (groups.size() == 1) {
            return new Point(date, period[0], period[1], cumulative, stated(groups.get(0)), values, null);
        }
        return new Point(date, period[0], period[1], cumulative, null, values, ConflictFinder.consensus(rows));
    }

    // Of values within 2% of each other, the one stated by most outlets: a figure a source gives.
    private static double stated(List<FactRow> agreeing) {
        Map<Double, Set<String>> outlets = new LinkedHashMap<>();
        for (FactRow r : agreeing) {
            outlets.computeIfAbsent(ConflictFinder.mid(r.fact()), k -> new LinkedHashSet<>())
                    .add(r.outlet());
        }
        return outlets.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    }

    private static Conflict.Statement source(FactRow r) {
        return Conflict.Statement.of(r);
    }

    /** First and last month (or day) of a period: 2025 → 2025-01..2025-12, 2025-01/2025-10 → as written. */
    static String[] period(String date) {
        String[] ends = date.split("/", 2);
        String start = ends[0];
        String end = ends.length == 2 ? ends[1] : ends[0];
        return new String[] {start.length() == 4 ? start + "-01" : start, end.length() == 4 ? end + "-12" : end};
    }

    /** A terminal chart of the points: a bar per point, scaled to the largest value; disputes and periods said so. */
    public String chart(int width) {
        StringBuilder sb = new StringBuilder();
        double max = points.stream().mapToDouble(p -> p.disputed() ? p.consensus() : p.value()).max().orElse(1);
        for (Point p : points) {
            double v = p.disputed() ? p.consensus() : p.value();
            int bar = max <= 0 ? 0 : (int) Math.round(v / max * width);
            String label = p.disputed() ? String.join(" | ", p.values().stream().map(x -> format(x.value())).toList())
                    : format(v);
            sb.append(String.format("%-17s %14s %s%s%n", p.date(), label, (p.disputed() ? "░" : "█").repeat(Math.max(bar, 1)),
                    p.disputed() ? "  sources disagree; consensus " + format(p.consensus()) : p.cumulative() ? "  period total" : ""));
        }
        return sb.toString();
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.format("%,.2f", v);
    }
}
