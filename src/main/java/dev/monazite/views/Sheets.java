package dev.monazite.views;

import dev.monazite.chain.ChainModel;
import dev.monazite.chain.Figure;
import dev.monazite.store.Conflict;
import dev.monazite.store.FactRow;
import dev.monazite.store.Series;
import dev.monazite.store.TimelineEvent;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each downloadable view as a {@link Spreadsheet}: one row per fact, per conflicting statement, per
 * series point, per timeline event, and the chain model's tables. The command line and the web API
 * both download these, so a sheet has the same columns wherever it came from.
 */
public final class Sheets {
    /** The columns of a fact, in the order of its JSON object. */
    public static final List<String> FACT_COLUMNS = List.of("id", "type", "subject", "commodity", "metric", "scope",
            "exporter", "importer", "application", "actor", "action", "target", "measure", "basis", "role", "value",
            "value_min", "value_max", "unit", "date", "evidence", "source", "published", "article", "paragraph",
            "confidence", "version", "files", "review");

    private Sheets() {}

    /** One row per fact, with the base names of the files its article came from. */
    public static Spreadsheet facts(List<FactRow> facts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FactRow r : facts) {
            Map<String, Object> m = Views.fact(r);
            m.put("files", r.files().stream().map(f -> String.valueOf(Paths.get(f).getFileName())).toList());
            m.remove("span");
            rows.add(m);
        }
        return one("facts", FACT_COLUMNS, rows);
    }

    /** One row per statement of a conflicting claim, with the claim's consensus and spread beside it. */
    public static Spreadsheet conflicts(List<Conflict> conflicts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Conflict c : conflicts) {
            for (Conflict.Value v : c.values()) {
                for (Conflict.Statement s : v.sources()) {
                    rows.add(row("type", c.type(), "kind", c.kind().id(), "claim", c.claim(), "period", c.period(),
                            "outlets", c.outlets(), "consensus", Views.round(c.consensus()), "spread", Views.round(c.spread()),
                            "spread_percent", Views.round(c.spreadPercent()), "value", round(v.value()),
                            "value_min", round(v.valueMin()), "value_max", round(v.valueMax()), "unit", v.unit(),
                            "source", s.source(), "published", s.published(), "date", s.date(), "fact", s.id(),
                            "article", s.article(), "evidence", s.evidence(), "vouched", s.vouched()));
                }
            }
        }
        return one("conflicts", List.of("type", "kind", "claim", "period", "outlets", "consensus", "spread",
                "spread_percent", "value", "value_min", "value_max", "unit", "source", "published", "date", "fact",
                "article", "evidence", "vouched"), rows);
    }

    /** One row per point of each series; a disputed point has no value but its consensus and each value stated. */
    public static Spreadsheet series(List<Series> series) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Series s : series) {
            for (Series.Point p : s.points()) {
                Map<String, Object> m = Views.seriesPoint(s, p);
                m.put("values", String.join(" | ", p.values().stream()
                        .map(v -> Views.round(v.value()) + " (" + v.sources().size() + " source(s))").toList()));
                m.put("sources", p.values().stream().mapToInt(v -> v.sources().size()).sum());
                rows.add(m);
            }
        }
        return one("series", List.of("kind", "commodity", "route", "unit", "date", "start", "end", "cumulative", "value",
                "disputed", "consensus", "values", "sources"), rows);
    }

    /** One row per policy act, undated ones last, with how many sources state it and which outlets. */
    public static Spreadsheet timeline(List<TimelineEvent> events) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TimelineEvent e : events) {
            Map<String, Object> m = Views.event(e);
            m.put("sources", e.sources().size());
            m.put("outlets", e.sources().stream().map(Conflict.Statement::source).filter(java.util.Objects::nonNull)
                    .distinct().toList());
            rows.add(m);
        }
        return one("timeline", List.of("date", "actor", "action", "target", "object", "evidence", "dated_from",
                "vouched", "sources", "outlets"), rows);
    }

    /** The chain model's tables: shares by stage and place, concentration, dependence, flows and candidates. */
    public static Spreadsheet chain(ChainModel m) {
        List<Map<String, Object>> shares = new ArrayList<>();
        for (ChainModel.Node n : m.nodes()) {
            Map<String, Object> r = row("stage", n.stage().id(), "place", n.place());
            figure(r, "share_pct", n.share());
            figure(r, "volume", n.volume());
            shares.add(r);
        }
        List<Map<String, Object>> dependence = new ArrayList<>();
        for (ChainModel.Dependence d : m.dependence()) {
            Map<String, Object> r = row("recipient", d.recipient(), "product", d.product(), "stage", d.stage().id(),
                    "supplier", d.supplier());
            figure(r, "share_pct", d.share());
            dependence.add(r);
        }
        List<String> figure = List.of("provenance", "how", "citation");
        return new Spreadsheet("chain-" + m.commodity(), List.of(
                new Spreadsheet.Sheet("shares", concat(List.of("stage", "place", "share_pct", "volume", "volume_unit"),
                        figure), shares),
                new Spreadsheet.Sheet("concentration", List.of("stage", "top", "top1_share_pct", "hhi"),
                        m.concentration().stream().map(c -> row("stage", c.stage().id(), "top", c.top(),
                                "top1_share_pct", Views.round(c.top1Share()), "hhi", c.hhi())).toList()),
                new Spreadsheet.Sheet("dependence", concat(List.of("recipient", "product", "stage", "supplier",
                        "share_pct"), figure), dependence),
                new Spreadsheet.Sheet("flows", List.of("source", "target", "value", "unit", "citation"),
                        m.links().stream().map(l -> row("source", l.source(), "target", l.target(),
                                "value", Views.round(l.value()), "unit", l.unit(), "citation", l.provenance().cite())).toList()),
                new Spreadsheet.Sheet("candidates", List.of("stage", "what", "place", "year", "value_pct", "reference_pct",
                        "why", "citations"), m.candidates().stream().map(c -> row("stage", c.stage().id(), "what", c.what(),
                        "place", c.place(), "year", c.year(), "value_pct", Views.round(c.value()), "reference_pct",
                        c.reference() == null ? null : Views.round(c.reference().value()), "why", c.why(),
                        "citations", c.citations())).toList())));
    }

    // A share keeps its provenance; a volume only its number and unit (its provenance is the share's stage total).
    private static void figure(Map<String, Object> r, String column, Figure f) {
        r.put(column, Views.round(f.value()));
        if (column.equals("volume")) {
            r.put("volume_unit", f.unit());
            return;
        }
        r.put("provenance", f.provenance().kind());
        r.put("how", f.provenance().how());
        r.put("citation", f.provenance().citation());
    }

    private static Spreadsheet one(String name, List<String> columns, List<Map<String, Object>> rows) {
        return new Spreadsheet(name, List.of(new Spreadsheet.Sheet(name, columns, rows)));
    }

    private static Number round(Double v) {
        return v == null ? null : Views.round(v);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
