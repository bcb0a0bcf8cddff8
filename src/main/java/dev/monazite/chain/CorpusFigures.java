package dev.monazite.chain;

import dev.monazite.facts.Fact;
import dev.monazite.store.Conflict;
import dev.monazite.store.FactRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Share facts from the corpus that are newer than a reference figure: a fact dated in a later year
 * than the figure replaces it, at the median of the latest year's statements, citing them and any
 * conflict the store found among them. The other producers are rescaled so a stage still sums to 100%.
 */
final class CorpusFigures {
    private final List<FactRow> facts;
    private final List<Conflict> conflicts;

    CorpusFigures(List<FactRow> facts, List<Conflict> conflicts) {
        this.facts = facts.stream().filter(r -> r.fact().type().equals("share")).toList();
        this.conflicts = List.copyOf(conflicts);
    }

    /** Place → share (percent) for facts about {@code metric} within {@code scope}, dated after {@code year}. */
    Map<String, Figure> newer(String metric, String scope, Set<String> commodities, int year) {
        Map<String, List<FactRow>> bySubject = facts.stream()
                .filter(r -> metric.equals(r.fact().fields().get("metric")) && scope.equals(r.fact().fields().get("scope"))
                        && commodities.contains(r.fact().fields().get("commodity")) && place(r.fact().fields().get("subject"))
                        && year(r.fact()) > year)
                .collect(Collectors.groupingBy(r -> r.fact().fields().get("subject"), LinkedHashMap::new, Collectors.toList()));
        Map<String, Figure> out = new LinkedHashMap<>();
        bySubject.forEach((subject, rows) -> out.put(subject, figure(subject, metric, scope, latestYear(rows))));
        return out;
    }

    private Figure figure(String subject, String metric, String scope, List<FactRow> rows) {
        double[] values = rows.stream().mapToDouble(r -> mid(r.fact())).sorted().toArray();
        double median = values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        List<String> sources = rows.stream().map(CorpusFigures::describe).toList();
        String commodity = rows.get(0).fact().fields().get("commodity");
        return new Figure(median, "%", Provenance.facts(sources, conflict(subject, metric, commodity, scope,
                year(rows.get(0).fact()))));
    }

    private static List<FactRow> latestYear(List<FactRow> rows) {
        int latest = rows.stream().mapToInt(r -> year(r.fact())).max().orElseThrow();
        return rows.stream().filter(r -> year(r.fact()) == latest).toList();
    }

    private String conflict(String subject, String metric, String commodity, String scope, int year) {
        for (Conflict c : conflicts) {
            Map<String, String> k = c.key();
            if (c.type().equals("share") && subject.equalsIgnoreCase(k.get("subject")) && metric.equalsIgnoreCase(k.get("metric"))
                    && commodity.equalsIgnoreCase(k.get("commodity")) && scope.equalsIgnoreCase(k.get("scope"))
                    && c.values().stream().anyMatch(v -> v.date() != null && v.date().startsWith(String.valueOf(year)))) {
                List<String> vs = new ArrayList<>();
                c.values().forEach(v -> vs.add(number(v) + "% (" + v.sources().size() + " source(s))"));
                return String.join(" vs ", vs) + ", consensus " + round(c.consensus()) + "%";
            }
        }
        return null;
    }

    /** The base shares with some replaced; the rest scaled so the total stays 100%. */
    static Map<String, Figure> rescale(Map<String, Figure> base, Map<String, Figure> updated) {
        double fixed = updated.values().stream().mapToDouble(Figure::value).sum();
        double rest = base.entrySet().stream().filter(e -> !updated.containsKey(e.getKey()))
                .mapToDouble(e -> e.getValue().value()).sum();
        double factor = rest <= 0 ? 0 : Math.max(0, 100 - fixed) / rest;
        Map<String, Figure> out = new LinkedHashMap<>();
        base.forEach((place, f) -> out.put(place, updated.containsKey(place) ? updated.get(place) : factor == 1 ? f
                : new Figure(f.value() * factor, f.unit(), Provenance.derived(String.format(Locale.ROOT,
                "%.4g%% scaled by %.4f so the stage sums to 100%% after corpus updates of %s; %s", f.value(), factor,
                updated.keySet(), f.provenance().cite())))));
        updated.forEach(out::putIfAbsent);
        return out;
    }

    private static String describe(FactRow r) {
        Fact f = r.fact();
        String who = r.source() != null ? r.source() : r.files().isEmpty() ? f.evidence().article() : r.files().get(0);
        return who + " " + f.date() + " “" + f.evidence().text() + "”";
    }

    static int year(Fact f) {
        String d = f.date();
        return d != null && d.length() >= 4 && d.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(d.substring(0, 4)) : Integer.MIN_VALUE;
    }

    private static double mid(Fact f) {
        return f.value() != null ? f.value() : (f.valueMin() + f.valueMax()) / 2;
    }

    private static boolean place(String id) {
        return id != null && (id.matches("[A-Z]{2}"));
    }

    private static String number(Conflict.Value v) {
        return v.value() != null ? round(v.value()) : round(v.valueMin()) + "–" + round(v.valueMax());
    }

    private static String round(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
