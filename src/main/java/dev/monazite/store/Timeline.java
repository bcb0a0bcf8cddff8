package dev.monazite.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dated policy acts in date order, then undated ones apart (never given an invented date). The same
 * act reported by several articles (same actor, action, target and month) is one event with all
 * its sources.
 */
public final class Timeline {
    private Timeline() {}

    public static List<TimelineEvent> build(FactStore store, String actor, String from, String to) {
        FactFilter f = new FactFilter("policy", null, null, null, from, to, null, null);
        Map<String, List<FactRow>> events = new LinkedHashMap<>();
        for (FactRow r : store.facts(f)) {
            Map<String, String> m = r.fact().fields();
            if (actor != null && !actor.equalsIgnoreCase(m.get("actor"))) {
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
        FactRow first = rows.get(0);
        Map<String, String> m = first.fact().fields();
        String date = rows.stream().map(r -> r.fact().date()).filter(d -> d != null)
                .max(Comparator.comparingInt(String::length)).orElse(null);
        List<Conflict.Source> sources = rows.stream().map(r -> new Conflict.Source(r.fact().evidence().article(),
                r.source(), r.published(), r.fact().evidence().text())).toList();
        return new TimelineEvent(date, m.get("actor"), m.get("action"), m.get("target"), m.get("object"),
                first.fact().evidence().text(), sources);
    }
}
