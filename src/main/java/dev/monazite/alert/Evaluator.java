package dev.monazite.alert;

import dev.monazite.facts.Fact;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.SearchHit;
import dev.monazite.index.SearchRequest;
import dev.monazite.store.Conflict;
import dev.monazite.store.ConflictFinder;
import dev.monazite.store.FactFilter;
import dev.monazite.store.FactRow;
import dev.monazite.store.FactStore;
import dev.monazite.store.Series;
import dev.monazite.workflow.Workflow;
import dev.monazite.workflow.WorkflowBook;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Matches one watch against the articles saved after its mark: what each kind of watch finds in
 * them, as alerts not yet numbered. Facts are read as the views see them (a rejected fact raises nothing).
 */
final class Evaluator {
    private final Path dataDir;
    private final FactStore store;
    private final ArticleSearcher searcher;
    private final Instant now;
    private final Map<String, List<FactRow>> facts = new HashMap<>();
    private final Map<String, List<Series>> series = new HashMap<>();

    Evaluator(Path dataDir, FactStore store, ArticleSearcher searcher, Instant now) {
        this.dataDir = dataDir;
        this.store = store;
        this.searcher = searcher;
        this.now = now;
    }

    /** The alerts the watch raises over the new articles (with the entities each names). */
    List<Alert> evaluate(Watch w, List<AlertTables.NewArticle> articles, Map<String, Set<String>> mentions)
            throws IOException {
        return switch (w.kind()) {
            case QUERY -> searched(w, w.spec(), articles);
            case ENTITY -> articles.stream().filter(a -> mentions.getOrDefault(a.id(), Set.of()).contains(w.spec()))
                    .map(a -> articleAlert(w, a, entityEvidence(a, w.spec()), "names " + w.spec())).toList();
            case WORKFLOW -> workflow(w, articles, mentions);
            case FACT -> facts(w, articles, FactCondition.parse(w.spec()));
            case DIGEST -> List.of(); // sent on its schedule by the server, not per ingest
        };
    }

    // The new articles the query matches; the evidence is the hit's snippet where the article leads
    // its story among the newest hits, else its title stands alone.
    private List<Alert> searched(Watch w, String query, List<AlertTables.NewArticle> articles) throws IOException {
        if (searcher == null || articles.isEmpty()) {
            return List.of();
        }
        SearchRequest request = new SearchRequest(query, 1000, null, null, null, SearchRequest.Sort.DATE, null);
        java.util.Set<String> matched = searcher.matchingAmong(request,
                articles.stream().map(AlertTables.NewArticle::id).toList());
        if (matched.isEmpty()) {
            return List.of();
        }
        Map<String, String> snippets = new HashMap<>();
        for (SearchHit hit : searcher.search(request)) {
            if (hit.snippet() != null && matched.contains(hit.id())) {
                snippets.put(hit.id(), hit.snippet().replace("«", "").replace("»", ""));
            }
        }
        return articles.stream().filter(a -> matched.contains(a.id()))
                .map(a -> articleAlert(w, a, snippets.get(a.id()), "matches the query " + query)).toList();
    }

    private List<Alert> workflow(Watch w, List<AlertTables.NewArticle> articles, Map<String, Set<String>> mentions)
            throws IOException {
        Workflow flow = WorkflowBook.open(dataDir).require(w.spec());
        List<AlertTables.NewArticle> kept = articles.stream()
                .filter(a -> flow.langs().isEmpty() || flow.langs().stream().anyMatch(l -> l.equalsIgnoreCase(a.lang())))
                .filter(a -> flow.sources().isEmpty() || flow.sources().stream().anyMatch(s -> a.source() != null
                        && a.source().toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT))))
                .filter(a -> mentions.getOrDefault(a.id(), Set.of()).containsAll(flow.entities())).toList();
        if (flow.query() != null && !flow.query().isBlank()) {
            return searched(w, flow.query(), kept).stream().map(a -> withMatched(a, "matches workflow " + flow.name()))
                    .toList();
        }
        return kept.stream().map(a -> articleAlert(w, a, entityEvidence(a, flow.entities().get(0)),
                "matches workflow " + flow.name())).toList();
    }

    private Alert withMatched(Alert a, String matched) {
        return new Alert(0, a.watch(), a.key(), a.articleId(), a.factId(), a.title(), a.source(), a.published(),
                a.evidence(), matched, a.raised());
    }

    // The first fact that names the entity says why the article matters; else its title stands alone.
    private String entityEvidence(AlertTables.NewArticle a, String entity) {
        return factsOf(a).stream().filter(r -> r.fact().fields().containsValue(entity))
                .map(r -> r.fact().evidence().text()).findFirst().orElse(null);
    }

    private Alert articleAlert(Watch w, AlertTables.NewArticle a, String evidence, String matched) {
        return new Alert(0, w.name(), "article:" + a.id(), a.id(), null, a.title(), a.source(), a.published(), evidence,
                matched, now);
    }

    private Alert factAlert(Watch w, AlertTables.NewArticle a, FactRow r, String key, String matched) {
        return new Alert(0, w.name(), key, a.id(), r.id(), a.title(), a.source(), a.published(),
                r.fact().evidence().text(), matched, now);
    }

    private List<FactRow> factsOf(AlertTables.NewArticle a) {
        return facts.computeIfAbsent(a.id(), id -> store.factsOf(id).stream()
                .filter(r -> r.review() == null || r.vouched()).toList());
    }

    private List<Alert> facts(Watch w, List<AlertTables.NewArticle> articles, FactCondition c) {
        if (c instanceof FactCondition.ConflictOn on) {
            return conflicts(w, articles, on);
        }
        List<Alert> out = new ArrayList<>();
        for (AlertTables.NewArticle a : articles) {
            for (FactRow r : factsOf(a)) {
                String matched = switch (c) {
                    case FactCondition.PriceMove p -> priceMove(p, r.fact());
                    case FactCondition.Policy p -> policy(p, r.fact());
                    case FactCondition.Trade t -> trade(t, r.fact());
                    case FactCondition.ConflictOn on -> null;
                };
                if (matched != null) {
                    out.add(factAlert(w, a, r, "fact:" + r.id(), matched));
                }
            }
        }
        return out;
    }

    private static String policy(FactCondition.Policy p, Fact f) {
        Map<String, String> m = f.fields();
        if (!f.type().equals("policy") || !FactCondition.same(p.actor(), m.get("actor"))
                || !p.actions().isEmpty() && !p.actions().contains(m.get("action"))) {
            return null;
        }
        return "policy by " + m.get("actor") + ": " + m.get("action")
                + (m.get("target") == null ? "" : " on " + m.get("target")) + (f.date() == null ? "" : " (" + f.date() + ")");
    }

    private static String trade(FactCondition.Trade t, Fact f) {
        Map<String, String> m = f.fields();
        Double v = value(f);
        if (!f.type().equals("trade") || v == null || !FactCondition.same(t.commodity(), m.get("commodity"))
                || !FactCondition.same(t.exporter(), m.get("exporter")) || !FactCondition.same(t.importer(), m.get("importer"))
                || (t.below() ? v >= t.tonnes() : v <= t.tonnes())) {
            return null;
        }
        return String.format(Locale.ROOT, "%s %s>%s %s t%s, %s %s t", m.get("commodity"), m.get("exporter"),
                m.get("importer"), number(v), f.date() == null ? "" : " (" + f.date() + ")",
                t.below() ? "below" : "above", number(t.tonnes()));
    }

    private String priceMove(FactCondition.PriceMove p, Fact f) {
        Double v = value(f);
        if (!f.type().equals("price") || v == null || f.date() == null || f.fields().get("commodity") == null
                || !FactCondition.same(p.commodity(), f.fields().get("commodity")) || !FactCondition.same(p.unit(), f.unit())) {
            return null;
        }
        Series.Point prev = previous(f);
        double before = prev == null ? 0 : prev.disputed() ? prev.consensus() : prev.value();
        if (prev == null || before == 0) {
            return null;
        }
        double change = (v - before) / Math.abs(before) * 100;
        boolean moved = switch (p.direction()) {
            case "rises" -> change >= p.percent();
            case "falls" -> -change >= p.percent();
            default -> Math.abs(change) >= p.percent();
        };
        return !moved ? null : String.format(Locale.ROOT, "%s %s %s (%s), %+.1f%% against %s (%s)",
                f.fields().get("commodity"), f.unit(), number(v), f.date(), change, number(before), prev.date());
    }

    // The series point before the fact's own period: the latest single period that ends before it starts.
    private Series.Point previous(Fact f) {
        String commodity = f.fields().get("commodity");
        String start = f.date().split("/", 2)[0];
        List<Series> all = series.computeIfAbsent(commodity + "|" + f.unit(), k -> Series.of(store, commodity, f.unit()));
        Series.Point best = null;
        for (Series s : all) {
            if (s.kind().equals("price") && f.unit().equalsIgnoreCase(s.unit())) {
                for (Series.Point p : s.points()) {
                    if (!p.cumulative() && p.end().compareTo(start) < 0 && !start.startsWith(p.end())
                            && (best == null || p.end().compareTo(best.end()) > 0)) {
                        best = p;
                    }
                }
            }
        }
        return best;
    }

    private List<Alert> conflicts(Watch w, List<AlertTables.NewArticle> articles, FactCondition.ConflictOn on) {
        Map<String, AlertTables.NewArticle> byId = articles.stream()
                .collect(Collectors.toMap(AlertTables.NewArticle::id, a -> a, (a, b) -> a));
        FactFilter filter = new FactFilter(on.type(), on.commodity(), on.subject(), on.place(), null, null, null, null);
        Predicate<Conflict> wanted = c -> true;
        if (on.factId() != null) {
            FactRow watched = store.fact(on.factId()).orElse(null);
            if (watched == null) {
                return List.of();
            }
            filter = new FactFilter(watched.fact().type(), watched.fact().fields().get("commodity"), null, null, null,
                    null, null, null);
            wanted = c -> c.values().stream().flatMap(v -> v.sources().stream()).anyMatch(s -> s.id().equals(on.factId()));
        }
        List<Alert> out = new ArrayList<>();
        for (Conflict c : ConflictFinder.find(store, filter)) {
            if (!wanted.test(c)) {
                continue;
            }
            for (Conflict.Value v : c.values()) {
                for (Conflict.Statement s : v.sources()) {
                    AlertTables.NewArticle a = byId.get(s.article());
                    if (a != null) {
                        out.add(new Alert(0, w.name(), "conflict:" + s.id(), a.id(), s.id(), a.title(), a.source(),
                                a.published(), s.evidence(), "conflict on " + c.claim() + ": this states "
                                + number(v.value() == null ? 0 : v.value()) + " " + (v.unit() == null ? "" : v.unit())
                                + ", sources differ by " + String.format(Locale.ROOT, "%.1f%%", c.spreadPercent()), now));
                    }
                }
            }
        }
        return out;
    }

    private static Double value(Fact f) {
        if (f.value() != null) {
            return f.value();
        }
        return f.valueMin() != null && f.valueMax() != null ? (f.valueMin() + f.valueMax()) / 2 : null;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.2f", v);
    }
}
