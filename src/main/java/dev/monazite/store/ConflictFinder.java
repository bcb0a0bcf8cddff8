package dev.monazite.store;

import dev.monazite.facts.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds disagreements: facts are grouped by claim key and by year (dates are compatible when they
 * share a year, or one has none); within a group, values within 2% of each other are one value;
 * two or more distinct values make a conflict. Conflicts are ordered by how many outlets are
 * involved, then by how far apart they are.
 */
public final class ConflictFinder {
    static final double TOLERANCE = 0.02;

    private ConflictFinder() {}

    public static List<Conflict> find(FactStore store, FactFilter filter) {
        Map<String, List<FactRow>> groups = new LinkedHashMap<>();
        for (FactRow r : store.facts(filter)) {
            if (Claims.KEY_FIELDS.containsKey(r.fact().type())) {
                groups.computeIfAbsent(Claims.key(r.fact()), k -> new ArrayList<>()).add(r);
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<FactRow> group : groups.values()) {
            for (List<FactRow> bucket : byYear(group)) {
                Conflict c = conflict(bucket);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        out.sort(Comparator.comparingInt(Conflict::sources).reversed()
                .thenComparing(Comparator.comparingDouble(Conflict::spreadPercent).reversed()));
        return out;
    }

    private static List<List<FactRow>> byYear(List<FactRow> group) {
        Map<String, List<FactRow>> years = new LinkedHashMap<>();
        List<FactRow> undated = new ArrayList<>();
        for (FactRow r : group) {
            String d = r.fact().date();
            if (d == null || d.length() < 4) {
                undated.add(r);
            } else {
                years.computeIfAbsent(d.substring(0, 4), k -> new ArrayList<>()).add(r);
            }
        }
        if (years.size() == 1) {
            years.values().iterator().next().addAll(undated);
        } else if (!undated.isEmpty()) {
            years.put("", undated);
        }
        return new ArrayList<>(years.values());
    }

    private static Conflict conflict(List<FactRow> rows) {
        List<List<FactRow>> values = new ArrayList<>();
        for (FactRow r : rows) {
            List<FactRow> same = values.stream().filter(v -> close(mid(v.get(0).fact()), mid(r.fact()))).findFirst()
                    .orElse(null);
            if (same == null) {
                values.add(new ArrayList<>(List.of(r)));
            } else {
                same.add(r);
            }
        }
        if (values.size() < 2) {
            return null;
        }
        values.sort(Comparator.comparingDouble(v -> mid(v.get(0).fact())));
        double lo = mid(values.get(0).get(0).fact());
        double hi = mid(values.get(values.size() - 1).get(0).fact());
        double consensus = consensus(rows);
        Fact first = rows.get(0).fact();
        return new Conflict(first.type(), keyFields(first), words(first), values.stream().map(ConflictFinder::value).toList(),
                hi - lo, consensus == 0 ? 0 : (hi - lo) / Math.abs(consensus) * 100, consensus, outlets(rows).size());
    }

    static double mid(Fact f) {
        if (f.value() != null) {
            return f.value();
        }
        return (f.valueMin() + f.valueMax()) / 2;
    }

    private static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    // The median over distinct outlets: each outlet counts once, with the median of what it said.
    static double consensus(List<FactRow> rows) {
        Map<String, List<Double>> byOutlet = new LinkedHashMap<>();
        for (FactRow r : rows) {
            byOutlet.computeIfAbsent(outlet(r), k -> new ArrayList<>()).add(mid(r.fact()));
        }
        List<Double> perOutlet = byOutlet.values().stream().map(ConflictFinder::median).toList();
        return median(perOutlet);
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String outlet(FactRow r) {
        return r.source() != null ? r.source() : r.fact().evidence().article();
    }

    private static Set<String> outlets(List<FactRow> rows) {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(outlet(r)));
        return out;
    }

    private static Conflict.Value value(List<FactRow> same) {
        Fact f = same.get(0).fact();
        List<Conflict.Source> sources = same.stream().map(r -> new Conflict.Source(r.fact().evidence().article(),
                r.source(), r.published(), r.fact().evidence().text())).toList();
        return new Conflict.Value(f.value(), f.valueMin(), f.valueMax(), f.unit(), f.date(), sources);
    }

    static Map<String, String> keyFields(Fact f) {
        Map<String, String> key = new LinkedHashMap<>();
        for (String k : Claims.KEY_FIELDS.getOrDefault(f.type(), List.of())) {
            if (f.fields().containsKey(k)) {
                key.put(k, f.fields().get(k));
            }
        }
        if (f.unit() != null) {
            key.put("unit", f.unit());
        }
        return key;
    }

    /** The claim in words: "share: CN's refining share of REE in WORLD". */
    static String words(Fact f) {
        Map<String, String> m = f.fields();
        return switch (f.type()) {
            case "share" -> m.get("subject") + "'s " + m.get("metric") + " share of " + m.get("commodity") + " in "
                    + m.get("scope");
            case "price" -> "price of " + m.get("commodity") + " in " + f.unit();
            case "trade" -> m.get("commodity") + " exports from " + m.get("exporter") + " to " + m.get("importer");
            case "quantity" -> m.get("subject") + " " + m.get("metric") + " of " + m.get("commodity") + " (" + f.unit() + ")";
            case "intensity" -> m.get("commodity") + " per " + m.get("application");
            default -> f.type() + " " + m;
        };
    }
}
