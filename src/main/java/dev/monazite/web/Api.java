package dev.monazite.web;

import dev.monazite.index.SearchHit;
import dev.monazite.index.SearchRequest;
import dev.monazite.index.StoredArticle;
import dev.monazite.article.Article;
import dev.monazite.lexicon.Entity;
import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.Lang;
import dev.monazite.quantity.Quantity;
import dev.monazite.quantity.QuantityFinder;
import dev.monazite.store.ConflictFinder;
import dev.monazite.store.EntityProfile;
import dev.monazite.store.FactFilter;
import dev.monazite.store.FactRow;
import dev.monazite.facts.FactType;
import dev.monazite.views.Sheets;
import dev.monazite.views.Spreadsheet;
import dev.monazite.views.Views;
import dev.monazite.store.Series;
import dev.monazite.store.Timeline;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON API's handlers: each reads its parameters, calls the library, returns what the pages show. */
final class Api {
    private final Workspace ws;

    Api(Workspace ws) {
        this.ws = ws;
    }

    /** The request attribute naming who is asking: the token's name, or the OS user on loopback. */
    static final String AUTHOR = "monazite.author";

    /** The total number of items of a paged list, sent with every page. */
    static final String TOTAL = "X-Total-Count";

    // One page of a list, with the whole list's size in the X-Total-Count header.
    private static <T> List<T> paged(Context ctx, List<T> all) {
        ctx.header(TOTAL, String.valueOf(all.size()));
        return Params.page(ctx).of(all);
    }

    private static SearchRequest.Sort badSort(String sort) {
        throw new IllegalArgumentException("sort '" + sort + "' is not relevance or date");
    }

    void search(Context ctx) throws IOException {
        int limit = Params.integer(ctx, "limit", 20, 1, 200), offset = Params.integer(ctx, "offset", 0, 0, 800);
        String sort = Params.string(ctx, "sort");
        java.time.LocalDate from = Params.date(ctx, "from"), to = Params.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("'from' " + from + " is after 'to' " + to);
        }
        SearchRequest req = new SearchRequest(Params.required(ctx, "q"), limit + offset,
                Params.date(ctx, "from"), Params.date(ctx, "to"), Params.string(ctx, "lang"),
                sort == null || sort.equals("relevance") ? SearchRequest.Sort.RELEVANCE : sort.equals("date")
                        ? SearchRequest.Sort.DATE : badSort(sort),
                Params.string(ctx, "recent") == null ? null : Params.integer(ctx, "recent", 30, 1, 36_500),
                facetFilters(ctx));
        List<SearchHit> all = ws.searcher().search(req);
        List<SearchHit> hits = all.subList(Math.min(offset, all.size()), all.size());
        int total = ws.searcher().count(req);
        ctx.header(TOTAL, String.valueOf(total));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", req.query());
        out.put("total", total);
        out.put("offset", offset);
        // base names only: full paths of the operator's disk are not the client's business
        out.put("hits", hits.stream().map(Views::searchHit).toList());
        dev.monazite.index.ArticleSearcher.Facets facets = ws.searcher().facets(req);
        out.put("stories", facets.stories());
        out.put("facets", facets.counts());
        out.put("facets_notice", facets.notice());
        ctx.json(out);
    }

    // The facet values a search is narrowed to: each of source, entity, month, type may be given more
    // than once (any of them will do); the language is the lang parameter, which old indexes have too.
    private static Map<String, List<String>> facetFilters(Context ctx) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String dim : List.of("source", "entity", "month", "type")) {
            List<String> values = ctx.queryParams(dim).stream().filter(v -> !v.isBlank()).toList();
            if (dim.equals("type")) {
                values.forEach(FactType::of); // refused with the types accepted
            }
            if (dim.equals("month") && !values.stream().allMatch(v -> v.matches("\\d{4}-\\d{2}|undated"))) {
                throw new IllegalArgumentException("month is YYYY-MM or 'undated', not '" + values + "'");
            }
            if (!values.isEmpty()) {
                out.put(dim, values);
            }
        }
        return out;
    }

    /** Refuses an id that names no article: the page for it would only say so after loading. */
    void requireArticle(String id) throws IOException {
        if (!id.matches("[0-9a-f]{4,32}") || ws.searcher().get(id).isEmpty()) {
            throw new NotFoundResponse("no article with id " + id);
        }
    }

    void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{4,32}")) {
            throw new IllegalArgumentException("an article id is 4 to 32 hexadecimal digits, not '" + id + "'");
        }
        StoredArticle s = ws.searcher().get(id).orElseThrow(() -> new NotFoundResponse("no article with id " + id));
        Article a = s.article();
        Map<String, Object> out = Views.article(s, ws.searcher().storyOf(s));
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        for (Article.Paragraph p : a.paragraphs()) {
            paragraphs.add(Map.of("n", p.n(), "text", p.text(), "marks", marks(p.text(), a.lang())));
        }
        out.put("paragraphs", paragraphs);
        out.put("facts", ws.withStore(st -> st.factsOf(a.id())).stream().map(Api::fact).toList());
        ctx.json(out);
    }

    // Spans to highlight in a paragraph: entities and quantities, as offsets into the original text.
    private List<Map<String, Object>> marks(String text, String lang) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Mention m : ws.lexicon.find(text)) {
            out.add(Map.of("start", m.start(), "end", m.end(), "kind", "entity", "id", m.entity().id()));
        }
        Lang l = Lang.of(lang);
        for (Quantity q : QuantityFinder.find(text, l)) {
            if (q.kind() != Quantity.Kind.NUMBER) {
                out.add(Map.of("start", q.start(), "end", q.end(), "kind", "quantity", "id", q.kind().name().toLowerCase()));
            }
        }
        out.sort((x, y) -> Integer.compare((int) x.get("start"), (int) y.get("start")));
        return out;
    }

    static Map<String, Object> fact(FactRow r) {
        return Views.fact(r);
    }

    void oneFact(Context ctx) {
        String id = Found.factId(ctx.pathParam("id"));
        ctx.json(fact(ws.withStore(st -> st.fact(id)).orElseThrow(() -> new io.javalin.http.NotFoundResponse(
                "no stored fact has the id '" + id + "'"))));
    }

    // The body: {"verdict": "confirmed|corrected|rejected", "changes": {"field": "value"}, "note": "..."}.
    // The author is who the request authenticated as, never a field of the body.
    void review(Context ctx) throws IOException {
        String id = Found.factId(ctx.pathParam("id"));
        com.fasterxml.jackson.databind.JsonNode body = jsonBody(ctx, 20_000);
        String verdict = body.path("verdict").asText("");
        dev.monazite.store.Review.Verdict v = switch (verdict) {
            case "confirmed" -> dev.monazite.store.Review.Verdict.CONFIRMED;
            case "corrected" -> dev.monazite.store.Review.Verdict.CORRECTED;
            case "rejected" -> dev.monazite.store.Review.Verdict.REJECTED;
            default -> throw new IllegalArgumentException("verdict '" + verdict + "' is not confirmed, corrected or rejected");
        };
        Map<String, String> changes = new LinkedHashMap<>();
        body.path("changes").fields().forEachRemaining(e -> changes.put(e.getKey(), e.getValue().isNull() ? ""
                : e.getValue().asText()));
        String note = body.path("note").isTextual() ? body.get("note").asText() : null;
        String author = ctx.attribute(AUTHOR);
        if (v == dev.monazite.store.Review.Verdict.CORRECTED && changes.isEmpty()) {
            throw new IllegalArgumentException("a correction needs at least one change: send \"changes\": {\"value\": \"60\"}");
        }
        if (ws.withStore(st -> st.fact(id)).isEmpty()) {
            throw new NotFoundResponse("no stored fact has the id '" + id + "'");
        }
        ctx.json(fact(ws.withStore(st -> st.review(id, v, changes, note, author))));
    }

    /** Every correction, oldest first: a JSON array, or with ?format=jsonl the file `fact import` reads. */
    void corrections(Context ctx) throws IOException {
        List<Map<String, Object>> all = ws.withStore(st -> st.corrections()).stream()
                .map(c -> Views.correction(c.getKey(), c.getValue())).toList();
        if ("jsonl".equals(Params.string(ctx, "format"))) {
            StringBuilder sb = new StringBuilder();
            for (Map<String, Object> c : all) {
                sb.append(dev.monazite.article.Json.MAPPER.writeValueAsString(c)).append('\n');
            }
            ctx.header("Content-Disposition", "attachment; filename=\"corrections.jsonl\"");
            ctx.contentType("application/x-ndjson; charset=utf-8").result(sb.toString());
        } else {
            ctx.json(all);
        }
    }

    /**
     * The body is a JSON array of corrections or the JSONL file `fact export` writes (sent as
     * application/json like every POST); bad items are reported by number, the others imported.
     */
    void importCorrections(Context ctx) {
        if (ctx.body().length() > 10_000_000) {
            throw new IllegalArgumentException("a corrections file is at most 10 MB");
        }
        Views.CorrectionFile file = Views.readCorrections(items(ctx.body()));
        int added = ws.withStore(st -> st.importCorrections(file.read()));
        ctx.json(Map.of("added", added, "held", file.read().size() - added, "refused", file.refused().stream()
                .map(r -> Map.of("line", r.line(), "reason", r.reason())).toList()));
    }

    // A JSON array of corrections, or the JSONL file as `fact export` wrote it: one item a line.
    private static List<String> items(String body) {
        if (!body.stripLeading().startsWith("[")) {
            return List.of(body.split("\n"));
        }
        try {
            List<String> out = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode n : dev.monazite.article.Json.MAPPER.readTree(body)) {
                out.add(n.toString());
            }
            return out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the body is neither a JSON array nor JSONL (" + dev.monazite.text.Texts.label(
                    e.getOriginalMessage(), 120) + ")");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode jsonBody(Context ctx, int max) {
        if (ctx.body().length() > max) {
            throw new IllegalArgumentException("the request body is at most " + max + " characters");
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = dev.monazite.article.Json.MAPPER.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("send a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON (" + dev.monazite.text.Texts.label(
                    e.getOriginalMessage(), 120) + ")");
        }
    }

    void facts(Context ctx) throws IOException {
        FactFilter f = filter(ctx);
        String order = Params.string(ctx, "sort");
        if (download(ctx, () -> Sheets.facts(FactOrder.sort(order, ws.withStore(st -> st.facts(f)))))) {
            return;
        }
        ctx.json(paged(ctx, FactOrder.sort(order, ws.withStore(st -> st.facts(f)))).stream().map(Api::fact).toList());
    }

    private FactFilter filter(Context ctx) {
        String type = Params.string(ctx, "type");
        if (type != null) {
            FactType.of(type); // refused with the types accepted
        }
        return new FactFilter(type, Found.commodityId(ws.lexicon, Params.string(ctx, "commodity")), id(Params.string(ctx, "subject")),
                id(Params.string(ctx, "place")), Params.datePrefix(ctx, "from"), Params.datePrefix(ctx, "to"),
                Params.string(ctx, "source"), null);
    }

    private String id(String name) {
        return name == null ? null : ws.lexicon.lookup(name).map(Entity::id).orElse(name);
    }

    void conflicts(Context ctx) throws IOException {
        FactFilter f = filter(ctx);
        if (download(ctx, () -> Sheets.conflicts(ws.withStore(st -> ConflictFinder.find(st, f))))) {
            return;
        }
        ctx.json(paged(ctx, ws.withStore(st -> ConflictFinder.find(st, f))).stream().map(Views::conflict).toList());
    }

    void timeline(Context ctx) throws IOException {
        Timeline.Query q = new Timeline.Query(id(Params.string(ctx, "actor")), Params.string(ctx, "action"),
                id(Params.string(ctx, "target")), Params.datePrefix(ctx, "from"), Params.datePrefix(ctx, "to"));
        if (download(ctx, () -> Sheets.timeline(ws.withStore(st -> Timeline.build(st, q))))) {
            return;
        }
        ctx.json(paged(ctx, ws.withStore(st -> Timeline.build(st, q))).stream().map(Views::event).toList());
    }

    // GET /api/series/{commodity}, or /api/series?commodity= (the form a download link takes).
    void series(Context ctx) throws IOException {
        String commodity = Found.commodity(ws.lexicon, ctx.pathParamMap().containsKey("commodity")
                ? ctx.pathParam("commodity") : Params.required(ctx, "commodity")).id();
        String unit = Params.string(ctx, "unit");
        if (download(ctx, () -> Sheets.series(ws.withStore(st -> Series.of(st, commodity, unit))).named("series-" + commodity))) {
            return;
        }
        ctx.json(ws.withStore(st -> Series.of(st, commodity, unit)).stream().map(Views::series).toList());
    }

    /**
     * What the charts page may pick: each commodity with dated prices (per unit) or trade flows, its name,
     * and how many dated figures each unit has, most first.
     */
    void commodities(Context ctx) {
        Map<String, Map<String, Integer>> units = new TreeMap<>();
        ws.withStore(st -> {
            for (String type : List.of("price", "trade")) {
                for (FactRow r : st.facts(FactFilter.ALL.withType(type))) {
                    String commodity = r.fact().fields().get("commodity");
                    if (r.fact().date() != null && commodity != null) {
                        units.computeIfAbsent(commodity, k -> new TreeMap<>()).merge(type.equals("trade") ? "t"
                                : String.valueOf(r.fact().unit()), 1, Integer::sum);
                    }
                }
            }
            return null;
        });
        List<Map<String, Object>> out = new ArrayList<>();
        units.forEach((commodity, counts) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("commodity", commodity);
            m.put("name", ws.lexicon.lookup(commodity).map(Entity::name).orElse(commodity));
            m.put("units", counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> Map.of("unit", e.getKey(), "figures", e.getValue())).toList());
            out.add(m);
        });
        ctx.json(out);
    }

    void chain(Context ctx) throws IOException {
        String commodity = Params.string(ctx, "commodity");
        String modelled = Found.chainCommodity(commodity == null ? "REE" : commodity);
        if (download(ctx, () -> Sheets.chain(ws.withStore(st -> Views.chainModel(st, modelled))))) {
            return;
        }
        ctx.json(ws.withStore(st -> Views.chain(st, modelled)));
    }

    // The request body is JSON: {"yaml": "the scenario file"}, or the scenario itself as a JSON object
    // (JSON is YAML). Errors name the line and field, as on the command line.
    void scenario(Context ctx) {
        if (ctx.body().length() < 2_000 && ctx.body().stripLeading().startsWith("{")
                && jsonBody(ctx, 2_000).path("quick").isObject()) {
            quickScenario(ctx, jsonBody(ctx, 2_000).path("quick"));
            return;
        }
        String yaml = scenarioText(ctx.body());
        if (yaml.isBlank()) {
            throw new IllegalArgumentException("send the scenario as YAML in the request body (see /api/scenarios/examples)");
        }
        if (yaml.length() > 200_000) {
            throw new IllegalArgumentException("a scenario file is at most 200,000 characters");
        }
        ctx.json(ws.withStore(st -> Views.scenario(st, "request", yaml)));
    }

    // {"quick": {"supplier": "CN", "recipient": "JP", "product": "Dy", "fraction": 0.5, "months": 6}}: a what-if
    // from five fields, run from this month; everything else comes from the model, each with its source.
    private void quickScenario(Context ctx, com.fasterxml.jackson.databind.JsonNode q) {
        for (String field : List.of("supplier", "recipient", "product", "fraction", "months")) {
            if (q.path(field).isMissingNode() || q.path(field).isNull()) {
                throw new IllegalArgumentException("quick what-if: field '" + field + "' is missing");
            }
        }
        if (!q.path("fraction").isNumber() || !q.path("months").canConvertToInt() || !q.path("months").isIntegralNumber()) {
            throw new IllegalArgumentException("quick what-if: 'fraction' is a number from 0 to 1 and 'months' a whole number");
        }
        var quick = new dev.monazite.scenario.ScenarioReader.Quick(q.path("supplier").asText(), q.path("recipient").asText(),
                q.path("product").asText(), q.path("fraction").asDouble(), q.path("months").asInt());
        ctx.json(ws.withStore(st -> Views.scenario(dev.monazite.scenario.Simulator.run(dev.monazite.scenario.ScenarioReader
                .quick(quick, java.time.YearMonth.now(), Views.chainModel(st, "REE"))))));
    }

    private static String scenarioText(String body) {
        if (body.length() > 400_000) {
            throw new IllegalArgumentException("a scenario request is at most 400,000 characters");
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = dev.monazite.article.Json.MAPPER.readTree(body);
            if (node != null && node.isObject() && node.size() == 1 && node.path("yaml").isTextual()) {
                return node.get("yaml").asText();
            }
            return body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: send {\"yaml\": \"...\"} or the scenario as a "
                    + "JSON object (" + dev.monazite.text.Texts.label(e.getOriginalMessage(), 120) + ")");
        }
    }

    /**
     * With format=csv or format=xlsx, answers with the view as a download (every row, not one page):
     * the sheets the command line writes, as an attachment. format=json, or none, leaves it to the caller.
     */
    private static boolean download(Context ctx, java.util.function.Supplier<Spreadsheet> view) throws IOException {
        String format = Params.string(ctx, "format");
        if (format == null || format.equals("json")) {
            return false;
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new IllegalArgumentException("parameter 'format' must be json, csv or xlsx, not '" + format + "'");
        }
        Spreadsheet.Format f = Spreadsheet.Format.of(format);
        Spreadsheet sheet = view.get();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        sheet.write(f, out);
        ctx.header("Content-Disposition", "attachment; filename=\"" + sheet.fileName(f) + "\"");
        ctx.contentType(f.contentType()).result(out.toByteArray());
        return true;
    }

    /** Largest upload, all files together (each file is also held to the CLI's own limit). */
    static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    /**
     * POST /api/ingest with {"files": [{"name": "...", "data": "BASE64"}, ...]}: the files are kept in
     * the data directory and ingested as the CLI would; the answer is the summary and the CLI's lines.
     * JSON, as every state-changing request here, so no other site's form can post it.
     */
    void ingest(Context ctx) throws IOException {
        com.fasterxml.jackson.databind.JsonNode body;
        try {
            body = dev.monazite.article.Json.MAPPER.readTree(ctx.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: send {\"files\": [{\"name\": ..., \"data\": BASE64}]}");
        }
        com.fasterxml.jackson.databind.JsonNode files = body == null ? null : body.path("files");
        if (files == null || !files.isArray() || files.isEmpty()) {
            throw new IllegalArgumentException("send {\"files\": [{\"name\": ..., \"data\": BASE64}]} with at least one file");
        }
        List<Workspace.Upload> uploads = new ArrayList<>();
        long total = 0;
        for (com.fasterxml.jackson.databind.JsonNode f : files) {
            String name = f.path("name").asText("");
            byte[] data;
            try {
                data = java.util.Base64.getDecoder().decode(f.path("data").asText(""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("file '" + dev.monazite.text.Texts.label(name, 80)
                        + "': 'data' is not base64");
            }
            total += data.length;
            if (total > MAX_UPLOAD_BYTES) {
                throw new IllegalArgumentException("an upload is at most " + MAX_UPLOAD_BYTES / (1024 * 1024)
                        + " MB: send fewer files at a time, or use 'monazite ingest'");
            }
            uploads.add(new Workspace.Upload(name, data));
        }
        Workspace.UploadReport r = ws.ingest(uploads);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files_read", r.summary().filesRead());
        out.put("files_failed", r.summary().filesFailed());
        out.put("articles_added", r.summary().articlesAdded());
        out.put("duplicates_merged", r.summary().duplicatesMerged());
        out.put("unchanged", r.summary().unchanged());
        out.put("quarantined", r.summary().quarantined());
        out.put("lines", r.lines());
        ctx.json(out);
    }

    void scenarioExamples(Context ctx) throws IOException {
        Map<String, String> out = new TreeMap<>();
        java.nio.file.Path dir = ws.home.resolve("scenarios");
        if (java.nio.file.Files.isDirectory(dir)) {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    out.put(f.getFileName().toString(), java.nio.file.Files.readString(f));
                }
            }
        }
        ctx.json(out);
    }

    void workflows(Context ctx) {
        ctx.json(paged(ctx, dev.monazite.workflow.WorkflowBook.open(ws.dataDir).list()).stream().map(Views::workflow)
                .toList());
    }

    void digest(Context ctx) throws IOException {
        String workflow = Params.string(ctx, "workflow");
        String query = Params.string(ctx, "q");
        if ((workflow == null) == (query == null)) {
            throw new IllegalArgumentException("give either 'workflow' or 'q'");
        }
        dev.monazite.workflow.Workflow search = workflow != null
                ? Found.workflow(ws.dataDir, workflow)
                : dev.monazite.digest.DigestRequest.adHoc(query);
        dev.monazite.digest.DigestRequest request = new dev.monazite.digest.DigestRequest(workflow, search,
                Params.date(ctx, "since"), Params.integer(ctx, "limit", 10, 1, 100), java.util.Set.of(), null);
        dev.monazite.digest.DigestFormat format = digestFormat(Params.string(ctx, "format"));
        String text = ws.withStore(st -> {
            try {
                return format.render(new dev.monazite.digest.Digester(ws.searcher(), st,
                        ws.lexicon, null, java.time.Clock.systemDefaultZone()).run(request).digest());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (format != dev.monazite.digest.DigestFormat.json) {
            // a download named for what it digests, as the CLI's --format md|html would print it
            String name = (workflow != null ? workflow : "query").replaceAll("[^\\p{L}\\p{N}._-]+", "-");
            ctx.header("Content-Disposition", "attachment; filename=\"digest-" + java.net.URLEncoder.encode(name,
                    java.nio.charset.StandardCharsets.UTF_8) + "." + format.name() + "\"");
        }
        ctx.contentType(switch (format) {
            case json -> "application/json";
            case md -> "text/markdown; charset=utf-8";
            case html -> "text/html; charset=utf-8";
        }).result(text);
    }

    private static dev.monazite.digest.DigestFormat digestFormat(String format) {
        if (format == null) {
            return dev.monazite.digest.DigestFormat.json;
        }
        return switch (format) {
            case "json" -> dev.monazite.digest.DigestFormat.json;
            case "md", "markdown" -> dev.monazite.digest.DigestFormat.md;
            case "html" -> dev.monazite.digest.DigestFormat.html;
            default -> throw new IllegalArgumentException("parameter 'format' must be json, md or html, not '" + format + "'");
        };
    }

    void entity(Context ctx) {
        String name = ctx.pathParam("name");
        Entity e = Found.entity(ws.lexicon, name);
        EntityProfile p = ws.withStore(st -> EntityProfile.of(st, e));
        ctx.json(Views.entity(p, paged(ctx, p.facts())));
    }
}
