package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint against a real server on loopback, bad parameters, and hostile article text. */
class WebApiTest {
    @TempDir
    static Path tmp;
    static WebFixture web;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        web = new WebFixture(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(web.base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), path + " -> " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return Json.MAPPER.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void search_traditionalQuery_returnsHitsAndFacets() throws Exception {
        JsonNode body = json("/api/search?q=" + enc("鏑") + "&limit=5", 200);
        assertTrue(body.get("hits").size() >= 1);
        // a Traditional-script query finds the Simplified Chinese story, and the English one about the same element
        java.util.Set<String> files = new java.util.HashSet<>();
        body.get("hits").forEach(h -> files.add(h.get("file").asText()));
        assertTrue(files.containsAll(java.util.Set.of("002_5bd94ffeb5eaeb4d.txt", "001_b695fc786c29298c.txt")), files.toString());
        assertTrue(body.get("facets").get("lang").has("zh-Hans"));
        assertTrue(body.get("facets").get("entity").has("Dy"));
    }

    @Test
    void article_hasParagraphsMarksAndFacts() throws Exception {
        String id = json("/api/search?q=" + enc("\"55.5万元/吨\" OR 555,000"), 200).get("hits").get(0).get("id").asText();
        JsonNode a = json("/api/articles/" + id, 200);
        assertEquals(1, a.get("paragraphs").get(0).get("n").asInt());
        boolean quantityMark = false;
        for (JsonNode p : a.get("paragraphs")) {
            for (JsonNode m : p.get("marks")) {
                quantityMark |= m.get("kind").asText().equals("quantity");
            }
        }
        assertTrue(quantityMark);
        assertTrue(a.get("facts").size() >= 1);
    }

    @Test
    void facts_conflicts_timeline_series_entity_allAnswer() throws Exception {
        assertTrue(json("/api/facts?type=price", 200).size() >= 1);
        JsonNode conflicts = json("/api/conflicts?type=share", 200);
        assertTrue(conflicts.size() >= 1);
        assertTrue(conflicts.get(0).has("consensus"));
        JsonNode timeline = json("/api/timeline?actor=CN", 200);
        assertTrue(timeline.size() >= 1);
        timeline.forEach(e -> assertEquals("CN", e.get("actor").asText()));
        JsonNode series = json("/api/series/" + enc("氧化镨钕"), 200);
        assertEquals("PrNd-oxide", series.get(0).get("commodity").asText());
        JsonNode entity = json("/api/entities/" + enc("鏑"), 200);
        assertEquals("Dy", entity.get("id").asText());
        assertTrue(json("/api/openapi.json", 200).get("paths").has("/api/search"));
    }

    @Test
    void factsAndConflicts_apiAndCliJsonl_printTheSameObjects() throws Exception {
        String data = tmp.resolve("data").toString();
        java.util.Set<JsonNode> cliFacts = new java.util.HashSet<>();
        for (String line : cli("facts", "--data", data, "--format", "jsonl").split("\n")) {
            com.fasterxml.jackson.databind.node.ObjectNode f = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(line);
            f.remove("file"); // the CLI leads each row with the file it reports the fact for
            cliFacts.add(f);
        }
        java.util.Set<JsonNode> apiFacts = new java.util.HashSet<>();
        json("/api/facts?limit=1000", 200).forEach(apiFacts::add);
        assertTrue(apiFacts.size() > 50, "facts: " + apiFacts.size());
        assertEquals(cliFacts, apiFacts);
        java.util.List<JsonNode> cliConflicts = new java.util.ArrayList<>();
        for (String line : cli("conflicts", "--data", data, "--format", "jsonl").split("\n")) {
            cliConflicts.add(Json.MAPPER.readTree(line));
        }
        java.util.List<JsonNode> apiConflicts = new java.util.ArrayList<>();
        json("/api/conflicts?limit=1000", 200).forEach(apiConflicts::add);
        assertTrue(!apiConflicts.isEmpty());
        assertEquals(cliConflicts, apiConflicts);
        assertTrue(apiConflicts.get(0).get("values").get(0).has("value_min"), "snake_case keys");
    }

    @Test
    void timelineAndSeries_apiAndCliJsonl_printTheSameObjects() throws Exception {
        String data = tmp.resolve("data").toString();
        java.util.List<JsonNode> cliEvents = new java.util.ArrayList<>();
        for (String line : cli("timeline", "--data", data, "--format", "jsonl").split("\n")) {
            cliEvents.add(Json.MAPPER.readTree(line));
        }
        java.util.List<JsonNode> apiEvents = new java.util.ArrayList<>();
        json("/api/timeline?limit=1000", 200).forEach(apiEvents::add);
        assertTrue(apiEvents.size() >= 3, "events: " + apiEvents.size());
        assertEquals(cliEvents, apiEvents);
        java.util.List<JsonNode> cliPoints = new java.util.ArrayList<>();
        for (String line : cli("series", "PrNd-oxide", "--data", data, "--format", "jsonl").split("\n")) {
            cliPoints.add(Json.MAPPER.readTree(line));
        }
        java.util.List<JsonNode> apiPoints = new java.util.ArrayList<>();
        json("/api/series/PrNd-oxide", 200).forEach(s -> s.get("points").forEach(apiPoints::add));
        assertFalse(apiPoints.isEmpty());
        assertEquals(cliPoints, apiPoints);
    }

    private static synchronized String cli(String... args) {
        java.io.PrintStream old = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream p = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8)) {
            System.setOut(p);
            assertEquals(0, dev.monazite.cli.Main.run(args));
        } finally {
            System.setOut(old);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        String json = Json.MAPPER.writeValueAsString(java.util.Map.of("yaml", body));
        return HTTP.send(HttpRequest.newBuilder(URI.create(web.base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void chain_scenario_workflows_digest_allAnswer() throws Exception {
        JsonNode chain = json("/api/chain", 200);
        assertTrue(chain.get("nodes").size() > 5 && chain.get("links").size() > 5);
        JsonNode examples = json("/api/scenarios/examples", 200);
        assertTrue(examples.has("china-dy-tb-japan-12-months.yaml"), examples.toString());
        HttpResponse<String> run = post("/api/scenarios", examples.get("china-dy-tb-japan-12-months.yaml").asText());
        assertEquals(200, run.statusCode(), run.body());
        JsonNode result = Json.MAPPER.readTree(run.body());
        assertTrue(result.get("months").size() >= 12);
        for (JsonNode m : result.get("months")) {
            double supply = m.get("supply_t").asDouble(), drawdown = m.get("drawdown_t").asDouble();
            assertEquals(m.get("use_t").asDouble(), supply + drawdown, 1e-5, m.toString()); // each value is rounded to 1e-6
        }
        HttpResponse<String> bad = post("/api/scenarios", "disruption:\n  supplier: XX\n");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("request:1") && bad.body().contains("missing field"), bad.body());
        assertTrue(json("/api/workflows", 200).size() >= 4);
        JsonNode digest = json("/api/digest?workflow=" + enc("稀土产业链"), 200);
        assertTrue(digest.get("stories").size() >= 1);
        assertTrue(json("/api/digest", 400).get("message").asText().contains("workflow"));
    }

    @Test
    void badParameters_get400WithMessage() throws Exception {
        assertTrue(json("/api/search", 400).get("message").asText().contains("'q' is required"));
        assertTrue(json("/api/search?q=x&limit=zero", 400).get("message").asText().contains("limit"));
        assertTrue(json("/api/search?q=x&from=yesterday", 400).get("message").asText().contains("from"));
        assertTrue(json("/api/search?q=" + enc("\"unclosed"), 400).get("message").asText().contains("query"));
        assertTrue(json("/api/facts?type=rumour", 400).get("message").asText().contains("rumour"));
        assertTrue(json("/api/timeline?from=2025-13", 400).get("message").asText().contains("from"));
        assertTrue(json("/api/articles/not-an-id", 400).get("message").asText().contains("hexadecimal"));
        assertEquals(404, json("/api/articles/ffffffffffffffff", 404).get("status").asInt());
        assertEquals(404, json("/api/entities/nobody-at-all", 404).get("status").asInt());
        assertEquals(404, json("/api/no-such-endpoint", 404).get("status").asInt());
    }

    @Test
    void hostileArticle_isReturnedAsDataAndPagesForbidInlineScript() throws Exception {
        JsonNode hits = json("/api/search?q=" + enc("title:hostile"), 200).get("hits");
        assertEquals(1, hits.size());
        assertEquals(WebFixture.HOSTILE_TITLE, hits.get(0).get("title").asText());
        HttpResponse<String> page = get("/articles/" + hits.get(0).get("id").asText());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertFalse(page.body().contains("alert("), "the page shell carries no article text");
    }

    @Test
    void staticFiles_cannotEscapeTheirFolder() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(web.base + "/static/..%2f..%2f..%2fetc%2fpasswd")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, String.valueOf(r.statusCode()));
        assertFalse(r.body().contains("root:"));
    }

    @Test
    void nonLoopbackBind_withToken_requiresBearerOnApi() throws Exception {
        String token = "0123456789abcdef-secret";
        try (WebServer open = WebServer.start(tmp.resolve("data"), null, "0.0.0.0", 0, token)) {
            URI uri = URI.create("http://127.0.0.1:" + open.port() + "/api/search?q=rare");
            HttpResponse<String> denied = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, denied.statusCode(), denied.body());
            HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer nope").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
        }
    }

    @Test
    void alertsFeed_beyondLoopback_takesTheTokenAsFeedReadersSendIt() throws Exception {
        String token = "0123456789abcdef-secret";
        try (WebServer open = WebServer.start(tmp.resolve("data"), null, "0.0.0.0", 0, token)) {
            String base = "http://127.0.0.1:" + open.port();
            HttpResponse<String> denied = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/alerts.atom")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, denied.statusCode(), denied.body());
            HttpResponse<String> query = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/alerts.atom?token=" + token))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, query.statusCode(), query.body());
            assertTrue(query.body().contains("<feed"), query.body());
            String basic = java.util.Base64.getEncoder().encodeToString(("reader:" + token).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> viaBasic = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/alerts.atom"))
                    .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, viaBasic.statusCode(), viaBasic.body());
            // the query form is the feed's alone: the rest of the API still wants the header
            HttpResponse<String> search = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=rare&token=" + token))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, search.statusCode(), search.body());
        }
    }

    @Test
    void nonLoopbackBind_withoutToken_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WebServer.start(tmp.resolve("data"), null, "0.0.0.0", 0, null));
        assertTrue(e.getMessage().contains("MONAZITE_TOKEN"), e.getMessage());
    }
}
