package dev.monazite.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dated policy acts in date order, then undated ones apart (never given an invented date). The same
 * act reported by several articles (same actor, action, target and month) is one event with all
 * its sources. An act whose sentence does not state its date says where the date came from.
 */
public final class Timeline {
    private Timeline() {}

    /** Which acts to show; null fields do not filter. Dates as {@link FactFilter} compares them. */
    public record Query(String actor, String action, String target, String from, String to) {
        public static final Query ALL = new Query(null, null, null, null, null);

        boolean matches(Map<String, String> m) {
            return same(actor, m.get("actor")) && same(action, m.get("action")) && same(target, m.get("target"));
        }

        private static boolean same(String wanted, String value) {
            return wanted == null || wanted.equalsIgnoreCase(value);
        }
    }

    /** The acts of one actor (or all, when null) between two dates. */
    public static List<TimelineEvent> build(FactStore store, String actor, String from, String to) {
        return build(store, new Query(actor, null, null, from, to));
    }

    public static List<TimelineEvent> build(FactStore store, Query q) {
        FactFilter f = new FactFilter("policy", null, null, null, q.from(), q.to(), null, null);
        Map<String, List<FactRow>> events = new LinkedHashMap<>();
        for (FactRow r : store.facts(f)) {
            Map<String, String> m = r.fact().fields();
            if (!q.matches(m)) {
                continue;
            }
            String d = r.fact().date();
            String key = m.get("actor") + "|" + m.get("action") + "|" + m.get("target") + "|"
                    + (d == null ? "undated:" + r.fact().evidence().text() : d.substring(0, Math.min(7, d.length())));
            events.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<TimelineEvent> out = new ArrayList<>();
        for (List<FactRow> rows : events.values()) {
            out.add(event(rows));
        }
        out.sort(Comparator.comparing((TimelineEvent e) -> e.date() == null)
                .thenComparing(e -> e.date() == null ? "" : e.date()));
        return out;
    }

    private static TimelineEvent event(List<FactRow> rows) {
        FactRow dated = rows.stream().filter(r -> r.fact().date() != null)
                .max(Comparator.comparingInt(r -> r.fact().date().length())).orElse(rows.get(0));
        Map<String, String> m = dated.fact().fields();
        List<Conflict.Statement> sources = rows.stream().map(Conflict.Statement::of).toList();
        return new TimelineEvent(dated.fact().date(), m.get("actor"), m.get("action"), m.get("target"), m.get("object"),
                dated.fact().evidence().text(), sources, datedFrom(dated), rows.stream().anyMatch(FactRow::vouched));
    }

    /**
     * Where an act's date came from when its sentence does not state it whole, as the extractor
     * recorded it (the fact's {@code dated} field): null when the sentence states it.
     */
    static String datedFrom(FactRow r) {
        String dated = r.fact().fields().get("dated");
        if (dated == null || r.fact().date() == null) {
            return null;
        }
        String published = r.published() == null ? "unknown" : r.published().toLocalDate().toString();
        return switch (dated) {
            case "relative" -> "stated without its year; resolved against the article's date (published " + published + ")";
            case "dateline" -> "not stated in the sentence; the article's date line (" + published + ")";
            default -> "inferred (" + dated + ")";
        };
    }
}
