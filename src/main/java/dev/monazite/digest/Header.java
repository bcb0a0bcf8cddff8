package dev.monazite.digest;

import dev.monazite.store.Conflict;
import dev.monazite.store.ConflictFinder;
import dev.monazite.store.FactFilter;
import dev.monazite.store.FactRow;
import dev.monazite.store.FactStore;
import dev.monazite.store.Timeline;
import dev.monazite.store.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The digest's header from the fact store, limited to the articles of the digest: the latest price and
 * trade figure per commodity and unit (or route), the policy events and the conflicting claims of the
 * window.
 */
final class Header {
    private static final int MAX_FIGURES = 12, MAX_EVENTS = 10, MAX_CONFLICTS = 6;
    private final FactStore store;

    Header(FactStore store) {
        this.store = store;
    }

    List<Digest.Figure> figures(Set<String> articles, String from) {
        Map<String, FactRow> latest = new TreeMap<>();
        for (String type : List.of("price", "trade")) {
            for (FactRow r : store.facts(FactFilter.ALL.withType(type))) {
                if (articles.contains(r.fact().evidence().article()) && r.fact().date() != null
                        && (from == null || r.fact().date().compareTo(from) >= 0)) {
                    latest.merge(figureKey(r), r, (a, b) -> newer(b, a) ? b : a);
                }
            }
        }
        return latest.values().stream().limit(MAX_FIGURES).map(Header::figure).toList();
    }

    private static String figureKey(FactRow r) {
        Map<String, String> m = r.fact().fields();
        return r.fact().type() + "|" + m.get("commodity") + "|" + r.fact().unit() + "|" + m.get("exporter") + "|"
                + m.get("importer");
    }

    // The later stated date wins; on the same date, the later article; then the lower id, for a stable answer.
    private static boolean newer(FactRow a, FactRow b) {
        int c = a.fact().date().compareTo(b.fact().date());
        if (c == 0 && a.published() != null && b.published() != null) {
            c = a.published().compareTo(b.published());
        }
        return c != 0 ? c > 0 : a.fact().evidence().article().compareTo(b.fact().evidence().article()) < 0;
    }

    private static Digest.Figure figure(FactRow r) {
        var f = r.fact();
        Map<String, String> m = f.fields();
        String route = f.type().equals("trade") ? m.get("exporter") + "→" + m.get("importer") : null;
        double v = f.value() != null ? f.value() : (f.valueMin() + f.valueMax()) / 2;
        return new Digest.Figure(f.type(), m.get("commodity"), f.unit(), route, f.date(), round(v),
                f.evidence().text(), f.evidence().article(), r.source());
    }

    List<Digest.Event> policies(Set<String> articles, String from) {
        List<Digest.Event> out = new ArrayList<>();
        for (TimelineEvent e : Timeline.build(store, null, from, null)) {
            List<String> ids = e.sources().stream().map(Conflict.Statement::article).filter(articles::contains)
                    .distinct().toList();
            if (!ids.isEmpty() && out.size() < MAX_EVENTS) {
                out.add(new Digest.Event(e.date(), e.actor(), e.action(), e.target(), e.evidence(), ids));
            }
        }
        return out;
    }

    List<Digest.Disagreement> conflicts(Set<String> articles, String from) {
        List<Digest.Disagreement> out = new ArrayList<>();
        FactFilter filter = new FactFilter(null, null, null, null, from, null, null, null);
        for (Conflict c : ConflictFinder.find(store, filter)) {
            List<String> ids = c.values().stream().flatMap(v -> v.sources().stream()).map(Conflict.Statement::article)
                    .filter(articles::contains).distinct().sorted().toList();
            if (!ids.isEmpty() && out.size() < MAX_CONFLICTS) {
                out.add(new Digest.Disagreement(c.claim(), c.values().stream().map(Header::value).toList(),
                        round(c.consensus()), c.outlets(), ids));
            }
        }
        return out;
    }

    private static String value(Conflict.Value v) {
        String n = v.value() != null ? text(v.value()) : text(v.valueMin()) + "–" + text(v.valueMax());
        List<String> outlets = v.sources().stream().map(s -> s.source() == null ? s.article() : s.source())
                .distinct().sorted(Comparator.naturalOrder()).toList();
        return n + (v.unit() == null ? "" : " " + v.unit()) + " (" + String.join(", ", outlets) + ")";
    }

    static Number round(double v) {
        double r = Math.round(v * 1e4) / 1e4;
        return r == Math.rint(r) && Math.abs(r) < 9e15 ? (Number) (long) r : (Number) r;
    }

    static String text(double v) {
        return String.valueOf(round(v));
    }
}
