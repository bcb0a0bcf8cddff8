package dev.monazite.views;

import dev.monazite.chain.ChainBuilder;
import dev.monazite.chain.ChainModel;
import dev.monazite.chain.Figure;
import dev.monazite.facts.Fact;
import dev.monazite.scenario.MonthRow;
import dev.monazite.scenario.Scenario;
import dev.monazite.scenario.ScenarioReader;
import dev.monazite.scenario.ScenarioResult;
import dev.monazite.scenario.Simulator;
import dev.monazite.store.Conflict;
import dev.monazite.store.FactFilter;
import dev.monazite.store.Correction;
import dev.monazite.store.FactRow;
import dev.monazite.store.Review;
import dev.monazite.store.Series;
import dev.monazite.store.TimelineEvent;
import dev.monazite.store.FactStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine forms of what the analyst sees: one JSON object per kind of record, printed alike by
 * the command line ({@code --format json/jsonl}, CSV from the same maps) and the web API. Keys are
 * snake_case; numbers are rounded as written ({@link #round}).
 */
public final class Views {
    private Views() {}

    /** The chain model with the store's corpus facts applied where the update rule lets them. */
    public static ChainModel chainModel(FactStore store, String commodity) {
        return ChainBuilder.build(commodity, store.facts(FactFilter.ALL.withType("share")), store::title);
    }

    /** The chain model of the store, as the {@code chain --format json} object. */
    public static Map<String, Object> chain(FactStore store, String commodity) {
        return chain(chainModel(store, commodity));
    }

    /** Runs a scenario given as YAML text against the store's chain; the {@code scenario --format json} object. */
    public static Map<String, Object> scenario(FactStore store, String name, String yaml) {
        return scenario(Simulator.run(ScenarioReader.read(name, yaml, chainModel(store, "REE"))));
    }

    /**
     * A fact as one FACTS.md object, the one shape every output uses: type, the type's fields, value
     * (or value_min and value_max), unit, date, evidence text, then provenance: source, published,
     * article, paragraph, span, version, confidence and the files the article came from.
     */
    public static Map<String, Object> fact(FactRow r) {
        Fact f = r.fact();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("type", f.type());
        m.putAll(f.fields());
        putValue(m, f.value(), f.valueMin(), f.valueMax());
        if (f.unit() != null) {
            m.put("unit", f.unit());
        }
        if (f.date() != null) {
            m.put("date", f.date());
        }
        m.put("evidence", f.evidence().text());
        m.put("source", r.source());
        m.put("published", r.published() == null ? null : r.published().toString());
        m.put("article", f.evidence().article());
        m.put("paragraph", f.evidence().paragraph());
        m.put("span", List.of(f.evidence().start(), f.evidence().end()));
        m.put("version", f.extractor());
        m.put("confidence", f.confidence());
        m.put("files", r.files().stream().map(Views::baseName).toList()); // the operator's paths stay on their disk
        if (r.review() != null) {
            m.put("review", review(r));
        }
        return m;
    }

    // The analyst's word on a fact: verdict, who and when, and for a correction the extracted values
    // it replaced, so every view can say "corrected from 70 (US)".
    private static Map<String, Object> review(FactRow r) {
        Review v = r.review();
        Map<String, Object> m = map("verdict", v.verdict().id(), "by", v.author(), "at", v.at().toString());
        if (v.note() != null && !v.note().isBlank()) {
            m.put("note", v.note());
        }
        if (v.verdict() == Review.Verdict.CORRECTED) {
            Map<String, Object> was = new LinkedHashMap<>();
            Fact o = v.original();
            Fact f = r.fact();
            o.fields().forEach((k, x) -> {
                if (!x.equals(f.fields().get(k))) {
                    was.put(k, x);
                }
            });
            f.fields().keySet().stream().filter(k -> !o.fields().containsKey(k)).forEach(k -> was.put(k, null));
            if (!java.util.Objects.equals(o.value(), f.value()) || !java.util.Objects.equals(o.valueMin(), f.valueMin())
                    || !java.util.Objects.equals(o.valueMax(), f.valueMax())) {
                putValue(was, o.value(), o.valueMin(), o.valueMax());
            }
            if (!java.util.Objects.equals(o.unit(), f.unit())) {
                was.put("unit", o.unit());
            }
            if (!java.util.Objects.equals(o.date(), f.date())) {
                was.put("date", o.date());
            }
            m.put("was", was);
        }
        return m;
    }

    /**
     * A timeline event as one object, the row `timeline --format jsonl` prints and /api/timeline
     * sends: date, actor, action, target, object, evidence, dated_from (where an unstated date came
     * from), vouched, and its sources.
     */
    public static Map<String, Object> event(TimelineEvent e) {
        return map("date", e.date(), "actor", e.actor(), "action", e.action(), "target", e.target(), "object", e.object(),
                "evidence", e.evidence(), "dated_from", e.datedFrom(), "vouched", e.vouched(),
                "sources", e.sources().stream().map(Views::statement).toList());
    }

    /** A series as one object: kind, commodity, route, unit and its points ({@link #seriesPoint}). */
    public static Map<String, Object> series(Series s) {
        return map("kind", s.kind(), "commodity", s.commodity(), "route", s.route(), "unit", s.unit(),
                "points", s.points().stream().map(p -> seriesPoint(s, p)).toList());
    }

    /**
     * One point of a series, the row `series --format jsonl` prints: the series' kind, commodity,
     * route and unit, the period (date as written, start, end, cumulative), the value its sources
     * state (null where they disagree), disputed, each distinct value with its sources, and where
     * disputed the consensus, marked as a figure no source need state.
     */
    public static Map<String, Object> seriesPoint(Series s, Series.Point p) {
        Map<String, Object> m = map("kind", s.kind(), "commodity", s.commodity(), "route", s.route(), "unit", s.unit(),
                "date", p.date(), "start", p.start(), "end", p.end(), "cumulative", p.cumulative(),
                "value", p.value() == null ? null : round(p.value()), "disputed", p.disputed());
        m.put("values", p.values().stream().map(v -> map("value", round(v.value()), "sources", v.sources().stream()
                .map(Views::statement).toList())).toList());
        m.put("consensus", p.consensus() == null ? null : round(p.consensus()));
        return m;
    }

    /** A correction as one JSONL object, the form `fact export` writes and `fact import` reads. */
    public static Map<String, Object> correction(Correction c, String evidence) {
        Map<String, Object> m = map("fact", c.factId(), "type", c.type(), "verdict", c.verdict().id());
        if (!c.changes().isEmpty()) {
            m.put("changes", c.changes());
        }
        if (c.note() != null) {
            m.put("note", c.note());
        }
        m.put("by", c.author());
        m.put("at", c.at().toString());
        m.put("evidence", evidence);
        return m;
    }

    /**
     * A correction read back from its JSONL object.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static Map.Entry<Correction, String> readCorrection(Map<String, Object> m) {
        String verdict = text(m, "verdict");
        Review.Verdict v;
        try {
            v = Review.Verdict.valueOf(verdict.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("verdict '" + verdict + "' is not confirmed, corrected or rejected");
        }
        Map<String, String> changes = new LinkedHashMap<>();
        if (m.get("changes") instanceof Map<?, ?> c) {
            c.forEach((k, x) -> changes.put(String.valueOf(k), x == null ? "" : String.valueOf(x)));
        } else if (m.get("changes") != null) {
            throw new IllegalArgumentException("changes must be an object of field: value");
        }
        java.time.Instant at;
        try {
            at = java.time.Instant.parse(text(m, "at"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("at '" + m.get("at") + "' is not an instant like 2026-12-06T10:15:30Z");
        }
        Object note = m.get("note");
        Object evidence = m.get("evidence");
        return Map.entry(new Correction(text(m, "fact"), text(m, "type"), v, changes,
                note == null ? null : String.valueOf(note), text(m, "by"), at), evidence == null ? "" : String.valueOf(evidence));
    }

    /** The corrections of a JSONL file (or a JSON array's items), and the items refused, by number and why. */
    public record CorrectionFile(List<Map.Entry<Correction, String>> read, List<Refused> refused) {}

    /** An item of a corrections file that could not be read: its 1-based number and the reason. */
    public record Refused(int line, String reason) {}

    /** Reads each item (a JSONL line); a blank one is skipped, a bad one refused while the others are read. */
    public static CorrectionFile readCorrections(List<String> items) {
        List<Map.Entry<Correction, String>> read = new java.util.ArrayList<>();
        List<Refused> refused = new java.util.ArrayList<>();
        for (int n = 1; n <= items.size(); n++) {
            String item = items.get(n - 1);
            if (item.isBlank()) {
                continue;
            }
            try {
                read.add(readCorrection(dev.monazite.article.Json.MAPPER.readValue(item,
                        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {})));
            } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
                String why = String.valueOf(e.getMessage());
                refused.add(new Refused(n, dev.monazite.text.Texts.label(why.lines().findFirst().orElse(why), 200)));
            }
        }
        return new CorrectionFile(read, refused);
    }

    private static String text(Map<String, Object> m, String field) {
        Object v = m.get(field);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return String.valueOf(v);
    }

    /**
     * A conflict as one object: type, kind (between_outlets or within_outlet), key, claim (its period
     * in words), period, each distinct value (value or value_min and value_max, unit, date: the
     * period, and its sources: fact id, article, source, published, the fact's own date, evidence,
     * vouched), spread, spread_percent, consensus, and how many outlets took part.
     */
    public static Map<String, Object> conflict(Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", c.type());
        m.put("kind", c.kind().id());
        m.put("key", c.key());
        m.put("claim", c.claim());
        m.put("period", c.period());
        m.put("values", c.values().stream().map(Views::conflictValue).toList());
        m.put("spread", round(c.spread()));
        m.put("spread_percent", round(c.spreadPercent()));
        m.put("consensus", round(c.consensus()));
        m.put("outlets", c.outlets());
        return m;
    }

    private static Map<String, Object> conflictValue(Conflict.Value v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v.value() == null ? null : round(v.value()));
        m.put("value_min", v.valueMin() == null ? null : round(v.valueMin()));
        m.put("value_max", v.valueMax() == null ? null : round(v.valueMax()));
        m.put("unit", v.unit());
        m.put("date", v.date());
        m.put("sources", v.sources().stream().map(Views::statement).toList());
        return m;
    }

    private static Map<String, Object> statement(Conflict.Statement s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("article", s.article());
        m.put("source", s.source());
        m.put("published", s.published() == null ? null : s.published().toString());
        m.put("date", s.date());
        m.put("evidence", s.evidence());
        m.put("vouched", s.vouched());
        return m;
    }

    /** Puts value, or value_min and value_max, as the numbers they are (555000, not 555000.0000000001). */
    public static void putValue(Map<String, Object> m, Double value, Double min, Double max) {
        if (value != null) {
            m.put("value", round(value));
        } else if (min != null) {
            m.put("value_min", round(min));
            m.put("value_max", round(max));
        }
    }

    /** A number as written: whole numbers without a fraction, others to six places. */
    public static Number round(double v) {
        if (Math.abs(v) >= 1e9) {
            return Math.abs(v) < 9e18 && v == Math.rint(v) ? (Number) (long) v : (Number) v;
        }
        double r = Math.round(v * 1e6) / 1e6;
        return r == Math.rint(r) ? (Number) (long) r : (Number) r;
    }

    /**
     * A chain model as the {@code chain --format json} object: the update rule, Sankey nodes and links,
     * concentration, dependence, candidates (newer corpus figures not applied, beside the reference),
     * rescalings, facilities and a legend of every code used. Each figure has its kind, how and citation.
     */
    public static Map<String, Object> chain(ChainModel m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("commodity", m.commodity());
        out.put("update_rule", ChainBuilder.UPDATE_RULE);
        out.put("nodes", m.nodes().stream().map(n -> map("id", n.id(), "stage", n.stage().id(), "name", n.place(),
                "share_pct", figure(n.share()), "volume", figure(n.volume()))).toList());
        out.put("links", m.links().stream().map(l -> map("source", l.source(), "target", l.target(),
                "value", round(l.value()), "unit", l.unit(), "source_note", l.provenance().cite())).toList());
        out.put("concentration", m.concentration().stream().map(c -> map("stage", c.stage().id(), "top", c.top(),
                "top1_share_pct", round(c.top1Share()), "hhi", c.hhi())).toList());
        out.put("dependence", m.dependence().stream().map(d -> map("recipient", d.recipient(), "product", d.product(),
                "stage", d.stage().id(), "supplier", d.supplier(), "share_pct", figure(d.share()))).toList());
        out.put("candidates", m.candidates().stream().map(Views::candidate).toList());
        out.put("rescalings", m.rescalings().stream().map(r -> map("stage", r.stage().id(), "what", r.what(),
                "factor", round(r.factor()), "why", r.why())).toList());
        out.put("facilities", m.facilities());
        out.put("legend", m.legend());
        return out;
    }

    private static Map<String, Object> candidate(ChainModel.Candidate c) {
        return map("stage", c.stage().id(), "what", c.what(), "place", c.place(), "year", c.year(),
                "value_pct", round(c.value()), "reference_pct", c.reference() == null ? null : figure(c.reference()),
                "why", c.why(), "citations", c.citations(), "facts", c.facts());
    }

    private static Map<String, Object> figure(Figure f) {
        return map("value", round(f.value()), "unit", f.unit(), "provenance", f.provenance().kind(),
                "how", f.provenance().how(), "citation", f.provenance().citation());
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A scenario's result as the {@code scenario --format json} object. */
    public static Map<String, Object> scenario(ScenarioResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", header(r));
        out.put("summary", r.outcomes().stream().map(o -> o.sentence(r.scenario().horizonMonths())).toList());
        out.put("outcomes", r.outcomes().stream().map(Views::outcome).toList());
        out.put("assumptions", r.scenario().assumptions());
        List<Map<String, Object>> months = new ArrayList<>();
        for (MonthRow m : r.months()) {
            Map<String, Object> row = month(m);
            row.put("date", r.scenario().date(m.month()));
            Map<String, Object> units = new LinkedHashMap<>();
            m.unitsNotMade().forEach((k, v) -> units.put(k, round(v)));
            row.put("units_not_made", units);
            months.add(row);
        }
        out.put("months", months);
        return out;
    }

    private static Map<String, Object> outcome(dev.monazite.scenario.Outcome o) {
        Map<String, Object> units = new LinkedHashMap<>();
        o.unitsNotMade().forEach((k, v) -> units.put(k, round(v)));
        return map("recipient", o.recipient(), "product", o.product(), "stock_out_month", o.stockOutMonth(),
                "stock_out_date", o.stockOutDate(), "shortfall_t", round(o.shortfallT()), "demand_t", round(o.demandT()), "units_not_made", units);
    }

    private static Map<String, Object> header(ScenarioResult r) {
        Scenario s = r.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("first_month", s.firstMonth());
        m.put("horizon_months", s.horizonMonths());
        Scenario.Disruption d = s.disruption();
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("supplier", d.supplier());
        dm.put("recipients", d.recipients());
        dm.put("products", d.products());
        dm.put("fraction", round(d.fraction()));
        dm.put("start_month", d.startMonth());
        dm.put("duration_months", d.durationMonths());
        m.put("disruption", dm);
        m.put("first_stock_out", r.firstStockOut());
        return m;
    }

    /** One month of one recipient and product, in tonnes. */
    public static Map<String, Object> month(MonthRow m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("month", m.month());
        row.put("recipient", m.recipient());
        row.put("product", m.product());
        row.put("demand_t", round(m.demand()));
        row.put("supply_t", round(m.supply()));
        row.put("drawdown_t", round(m.drawdown()));
        row.put("use_t", round(m.use()));
        row.put("shortfall_t", round(m.shortfall()));
        row.put("inventory_t", round(m.inventory()));
        return row;
    }

    /**
     * One search hit, the object `search --json` prints and /api/search sends in its hits: id, title,
     * source, published, lang, file (base name only: the operator's paths are nobody else's business),
     * paragraph, snippet, score, cluster and the other members of its story.
     */
    public static Map<String, Object> searchHit(dev.monazite.index.SearchHit h) {
        Map<String, Object> m = map("id", h.id(), "title", h.title(), "source", h.source(), "published",
                h.published(), "lang", h.lang(), "file",
                baseName(h.file()), "paragraph", h.paragraph(), "snippet", h.snippet());
        m.put("score", h.score());
        m.put("cluster", h.cluster());
        m.put("members", members(h.members()));
        m.put("url", h.url());
        return m;
    }

    private static List<Map<String, Object>> members(List<dev.monazite.index.SearchHit.Member> members) {
        return members.stream().map(x -> map("id", x.id(), "title", x.title(), "source", x.source(),
                "published", x.published(), "url", x.url())).toList();
    }

    /**
     * An article as `show --json` prints it and /api/articles/{id} sends it (which adds highlight
     * marks to each paragraph and the article's facts): id, title, source, published, lang, files
     * (base names), cluster and numbered paragraphs.
     */
    public static Map<String, Object> article(dev.monazite.index.StoredArticle s,
                                              List<dev.monazite.index.SearchHit.Member> members) {
        dev.monazite.article.Article a = s.article();
        Map<String, Object> m = map("id", a.id(), "title", a.title(), "source", a.source(), "published",
                a.published(), "lang", a.lang(), "files",
                s.files().stream().map(Views::baseName).toList(), "cluster", s.cluster());
        m.put("url", a.url());
        m.put("members", members(members));
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        for (dev.monazite.article.Article.Paragraph p : a.paragraphs()) {
            paragraphs.add(map("n", p.n(), "text", p.text()));
        }
        m.put("paragraphs", paragraphs);
        return m;
    }

    /**
     * An entity profile, the object `entity --format jsonl` prints and /api/entities/{name} sends:
     * id, name, kind, names, articles, facts_total, the facts given (all, or one page of them),
     * mentioned_with and the latest articles naming it.
     */
    public static Map<String, Object> entity(dev.monazite.store.EntityProfile p, List<FactRow> facts) {
        Map<String, Object> m = map("id", p.id(), "name", p.name(), "kind", p.kind(), "names", p.names(),
                "articles", p.articles(), "facts_total", p.facts().size(),
                "facts", facts.stream().map(Views::fact).toList(), "mentioned_with", p.mentionedWith());
        m.put("latest", p.latest().stream().map(a -> map("id", a.id(), "title", a.title(), "source", a.source(),
                "published", a.published())).toList());
        return m;
    }

    /** A saved workflow, as `workflow show` prints it and /api/workflows lists it. */
    public static Map<String, Object> workflow(dev.monazite.workflow.Workflow w) {
        return map("name", w.name(), "query", w.query(), "entities", w.entities(), "langs", w.langs(),
                "sources", w.sources(), "days", w.days());
    }

    private static String baseName(String file) {
        return file == null ? null : java.nio.file.Paths.get(file).getFileName().toString();
    }
}
