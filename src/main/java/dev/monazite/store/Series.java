package dev.monazite.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A time series of one commodity: prices in one unit, or trade flows on one route. One point per
 * stated date (the median when outlets give several values for it), with its sources. Undated facts
 * are left out: a point without a date is not a point in time.
 */
public record Series(String kind, String commodity, String route, String unit, List<Point> points) {

    /** One date's value and who reported it. */
    public record Point(String date, double value, List<Conflict.Source> sources) {}

    /** Price series (per unit) and trade series (per route) for the commodity; unit narrows prices. */
    public static List<Series> of(FactStore store, String commodity, String unit) {
        List<Series> out = new ArrayList<>();
        Map<String, List<FactRow>> prices = new LinkedHashMap<>();
        Map<String, List<FactRow>> routes = new LinkedHashMap<>();
        for (FactRow r : store.facts(new FactFilter(null, commodity, null, null, null, null, null, null))) {
            if (r.fact().date() == null) {
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
        Map<String, List<FactRow>> byDate = new HashMap<>();
        for (FactRow r : rows) {
            byDate.computeIfAbsent(r.fact().date(), k -> new ArrayList<>()).add(r);
        }
        List<Point> points = new ArrayList<>();
        byDate.forEach((date, same) -> points.add(new Point(date,
                ConflictFinder.median(same.stream().map(r -> ConflictFinder.mid(r.fact())).toList()),
                same.stream().map(r -> new Conflict.Source(r.fact().evidence().article(), r.source(), r.published(),
                        r.fact().evidence().text())).toList())));
        points.sort(Comparator.comparing(Point::date));
        return points;
    }

    /** A terminal bar chart of the points, scaled to the largest value. */
    public String chart(int width) {
        StringBuilder sb = new StringBuilder();
        double max = points.stream().mapToDouble(Point::value).max().orElse(1);
        for (Point p : points) {
            int bar = max <= 0 ? 0 : (int) Math.round(p.value() / max * width);
            sb.append(String.format("%-10s %14s %s%n", p.date(), format(p.value()), "█".repeat(Math.max(bar, 1))));
        }
        return sb.toString();
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.format("%,.2f", v);
    }
}
