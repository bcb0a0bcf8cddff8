package dev.monazite.store;

import dev.monazite.facts.Fact;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds disagreements between statements of levels about the same thing for the same period.
 *
 * <p>Compared are facts of a type with key fields ({@link Claims#KEY_FIELDS}) that state a level: a
 * fact with a {@code role} (a target or a threshold) states none. Two facts are compared when type,
 * key fields, unit and {@link Period} are all equal: a month with the same month (a day is its month,
 * but a price quote's day is its own), a year with the same year, a range with the same range, undated
 * facts only with undated ones of the same publication year. Within such a group, values
 * within 2% of each other are one value. A statement (one article's paragraph and evidence span) that
 * yields several values for one key names several things the extractor did not tell apart ("69% of
 * extraction and 92% of refining"), not a disagreement: two statements disagree when none of the
 * values of one is a value of the other. A group with two statements that disagree is a conflict,
 * {@code between_outlets} when two that disagree come from different outlets (an outlet is the
 * article's source however it is written, see {@link Outlets}; articles without one are each their
 * own), else {@code within_outlet}.
 *
 * <p>Ranking: between-outlet conflicts first, then within-outlet ones, each ordered by (1) the number
 * of outlets, most first; (2) the spread as a percentage of the consensus, rounded to a whole percent,
 * widest first; (3) recency: the end of the period (for undated statements, the latest publication
 * date), latest first; (4) the latest publication among the statements, latest first.
 */
public final class ConflictFinder {
    static final double TOLERANCE = 0.02;

    private static final Comparator<Conflict> ORDER = Comparator.comparing(Conflict::kind)
            .thenComparing(Comparator.comparingInt(Conflict::outlets).reversed())
            .thenComparing(Comparator.comparingLong((Conflict c) -> Math.round(c.spreadPercent())).reversed())
            .thenComparing(ConflictFinder::recency, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(ConflictFinder::latest, Comparator.nullsLast(Comparator.<LocalDateTime>reverseOrder()));

    private ConflictFinder() {}

    /** The conflicts among the facts the filter selects, ranked as the class comment says. */
    public static List<Conflict> find(FactStore store, FactFilter filter) {
        Map<String, List<FactRow>> groups = new LinkedHashMap<>();
        for (FactRow r : store.facts(filter)) {
            if (isLevel(r.fact())) {
                groups.computeIfAbsent(Claims.key(r.fact()) + "@" + Period.of(r), k -> new ArrayList<>()).add(r);
            }
        }
        return groups.values().stream().map(ConflictFinder::conflict).filter(Objects::nonNull).sorted(ORDER).toList();
    }

    static boolean isLevel(Fact f) {
        return Claims.KEY_FIELDS.containsKey(f.type()) && !f.fields().containsKey("role")
                && (f.value() != null || f.valueMin() != null && f.valueMax() != null);
    }

    private static Conflict conflict(List<FactRow> rows) {
        List<List<FactRow>> values = distinctValues(rows);
        Conflict.Kind kind = values.size() < 2 ? null : kind(values);
        if (kind == null) {
            return null;
        }
        values.sort(Comparator.comparingDouble(v -> mid(v.get(0).fact())));
        double lo = mid(values.get(0).get(0).fact());
        double hi = mid(values.get(values.size() - 1).get(0).fact());
        double consensus = consensus(rows);
        Fact first = rows.get(0).fact();
        Period period = Period.of(rows.get(0));
        return new Conflict(first.type(), keyFields(first), words(first) + ", " + period.words(), period.date(), kind,
                values.stream().map(v -> value(v, period)).toList(), hi - lo,
                consensus == 0 ? 0 : (hi - lo) / Math.abs(consensus) * 100, consensus, outlets(rows).size());
    }

    // Values within 2% of a value's first statement are that value (series points group the same way).
    static List<List<FactRow>> distinctValues(List<FactRow> rows) {
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
        return values;
    }

    // Between outlets when two disagreeing statements come from two outlets, within one when only
    // statements of one outlet disagree; null when no two statements disagree.
    private static Conflict.Kind kind(List<List<FactRow>> values) {
        List<Reading> readings = new ArrayList<>(readings(values).values());
        Conflict.Kind kind = null;
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                Reading a = readings.get(i), b = readings.get(j);
                if (Collections.disjoint(a.values(), b.values())) {
                    if (!a.outlet().equals(b.outlet())) {
                        return Conflict.Kind.BETWEEN_OUTLETS;
                    }
                    kind = Conflict.Kind.WITHIN_OUTLET;
                }
            }
        }
        return kind;
    }

    /** What one statement gives for a key: the indexes of its distinct values, and its outlet. */
    private record Reading(String outlet, Set<Integer> values) {}

    private static Map<String, Reading> readings(List<List<FactRow>> values) {
        Map<String, Reading> out = new LinkedHashMap<>();
        for (int v = 0; v < values.size(); v++) {
            for (FactRow r : values.get(v)) {
                out.computeIfAbsent(statement(r), k -> new Reading(r.outlet(), new LinkedHashSet<>())).values().add(v);
            }
        }
        return out;
    }

    /** One statement: an article's paragraph and evidence span. */
    static String statement(FactRow r) {
        Fact.Evidence e = r.fact().evidence();
        return e.article() + "|" + e.paragraph() + "|" + e.start() + "|" + e.end();
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
            byOutlet.computeIfAbsent(r.outlet(), k -> new ArrayList<>()).add(mid(r.fact()));
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

    private static Set<String> outlets(List<FactRow> rows) {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(r.outlet()));
        return out;
    }

    private static Conflict.Value value(List<FactRow> same, Period period) {
        Fact f = same.get(0).fact();
        List<Conflict.Statement> sources = same.stream().map(Conflict.Statement::of).toList();
        return new Conflict.Value(f.value(), f.valueMin(), f.valueMax(), f.unit(), period.date(), sources);
    }

    // The end of the period; for undated statements the latest publication date.
    private static String recency(Conflict c) {
        String end = new Period(c.period(), null).end();
        LocalDateTime latest = latest(c);
        return end != null ? end : latest == null ? null : latest.toLocalDate().toString();
    }

    private static LocalDateTime latest(Conflict c) {
        return c.values().stream().flatMap(v -> v.sources().stream()).map(Conflict.Statement::published)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
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

    /** The claim in words, without its period: "CN's refining share of REE in WORLD". */
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
