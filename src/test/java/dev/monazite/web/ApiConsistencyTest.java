package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.monazite.article.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API and the CLI's JSON output give each concept one shape (the same object for the same
 * thing), a name or id that matches nothing is a 404 with a message in API terms, and a browser
 * route that does not exist is an HTML page, all against a real server on the samples.
 */
class ApiConsistencyTest {
    @TempDir
    static Path tmp;
    static WebFixture web;
    static String data;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        web = new WebFixture(tmp);
        data = tmp.resolve("data").toString();
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    @Test
    void searchHits_cliJsonAndApi_areTheSameObjects() throws Exception {
        JsonNode cli = Json.MAPPER.readTree(cli("search", "dysprosium", "--data", data, "--json", "--limit", "5"));
        JsonNode api = json("/api/search?q=dysprosium&limit=5", 200).get("hits");
        assertTrue(api.size() >= 2, api.toString());
        assertEquals(cli, api);
    }

    @Test
    void article_cliShowJson_isTheApiArticleWithoutMarksAndFacts() throws Exception {
        String id = json("/api/search?q=dysprosium&limit=1", 200).get("hits").get(0).get("id").asText();
        ObjectNode api = (ObjectNode) json("/api/articles/" + id, 200);
        assertTrue(api.remove("facts").size() >= 1);
        api.get("paragraphs").forEach(p -> ((ObjectNode) p).remove("marks"));
        assertEquals(Json.MAPPER.readTree(cli("show", id, "--data", data, "--json")), api);
    }

    @Test
    void entityProfile_cliJsonlAndApi_areTheSameObject() throws Exception {
        JsonNode api = json("/api/entities/" + enc("中国") + "?limit=1000", 200);
        assertEquals("CN", api.get("id").asText());
        assertTrue(api.get("facts").size() >= 1 && api.get("facts_total").asInt() == api.get("facts").size(), api.toString());
        assertEquals(Json.MAPPER.readTree(cli("entity", "CN", "--data", data, "--format", "jsonl")), api);
    }

    @Test
    void workflow_cliShowAndApiList_areTheSameObject() throws Exception {
        JsonNode first = json("/api/workflows", 200).get(0);
        assertEquals(Json.MAPPER.readTree(cli("workflow", "show", first.get("name").asText(), "--data", data)), first);
    }

    @Test
    void chainScenarioAndDigest_cliJsonAndApi_areTheSameObjects() throws Exception {
        assertEquals(Json.MAPPER.readTree(cli("chain", "--data", data, "--format", "json")), json("/api/chain", 200));
        String yaml = json("/api/scenarios/examples", 200).get("china-dy-tb-japan-12-months.yaml").asText();
        Path file = Files.writeString(tmp.resolve("scenario.yaml"), yaml);
        HttpResponse<String> run = send("POST", "/api/scenarios", Json.MAPPER.writeValueAsString(
                java.util.Map.of("yaml", yaml)));
        assertEquals(200, run.statusCode(), run.body());
        // assumptions cite where they were read: the file on the command line, the "request" over the API
        assertEquals(Json.MAPPER.readTree(cli("scenario", file.toString(), "--data", data, "--format", "json")
                .replace(file.toString(), "request")), Json.MAPPER.readTree(run.body()));
        JsonNode digest = json("/api/digest?q=dysprosium&limit=10", 200);
        assertTrue(digest.get("stories").size() >= 1);
        assertEquals(Json.MAPPER.readTree(cli("digest", "--query", "dysprosium", "--limit", "10", "--data", data,
                "--format", "json")), digest);
    }

    @Test
    void corrections_cliExportAndApi_areTheSameObjects() throws Exception {
        String fact = json("/api/facts?type=price&limit=1", 200).get(0).get("id").asText();
        HttpResponse<String> r = send("POST", "/api/facts/" + fact + "/review", "{\"verdict\": \"confirmed\"}");
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> cli = new ArrayList<>();
        for (String line : cli("fact", "export", "--data", data).split("\n")) {
            cli.add(Json.MAPPER.readTree(line));
        }
        List<JsonNode> api = new ArrayList<>();
        json("/api/corrections", 200).forEach(api::add);
        assertFalse(api.isEmpty());
        assertEquals(cli, api);
    }

    @Test
    void unknownNamesAndIds_get404WithAMessageInApiTerms() throws Exception {
        String[][] cases = {
            {"/api/series/unobtainium", "unobtainium"},
            {"/api/entities/unobtainium", "unobtainium"},
            {"/api/facts?commodity=unobtainium", "unobtainium"},
            {"/api/conflicts?commodity=unobtainium", "unobtainium"},
            {"/api/chain?commodity=Dy", "commodity must be one of REE, magnet-REE"},
            {"/api/digest?workflow=no-such-workflow", "no-such-workflow"},
            {"/api/facts/ffffffffffff-ffffffff", "ffffffffffff-ffffffff"},
            {"/api/articles/ffffffffffffffff", "ffffffffffffffff"},
            {"/api/no-such-endpoint", "no such endpoint"},
        };
        for (String[] c : cases) {
            JsonNode body = json(c[0], 404);
            assertEquals(Set.of("status", "message"), fields(body), c[0]);
            String message = body.get("message").asText();
            assertTrue(message.contains(c[1]), c[0] + ": " + message);
            assertFalse(message.contains("--") || message.contains("monazite "), "speaks CLI: " + message);
        }
        HttpResponse<String> review = send("POST", "/api/facts/ffffffffffff-ffffffff/review", "{\"verdict\": \"confirmed\"}");
        assertEquals(404, review.statusCode(), review.body());
    }

    @Test
    void aKnownCommodityWithoutFigures_isAnEmpty200_notA404() throws Exception {
        // scandium is in the lexicon; the samples state no price or trade figure for it
        assertEquals(0, json("/api/series/Sc", 200).size());
    }

    @Test
    void badParameters_get400WithAMessageInApiTerms() throws Exception {
        String[][] cases = {
            {"/api/search?q=x&from=2025-02-01&to=2025-01-01", "'from'"},
            {"/api/facts/not-a-fact", "fact id must look like"},
            {"/api/facts?type=rumour", "rumour"},
        };
        for (String[] c : cases) {
            JsonNode body = json(c[0], 400);
            assertEquals(Set.of("status", "message"), fields(body), c[0]);
            String message = body.get("message").asText();
            assertTrue(message.contains(c[1]), c[0] + ": " + message);
            assertFalse(message.contains("--") || message.contains("monazite "), "speaks CLI: " + message);
        }
    }

    @Test
    void browserRoutesThatDoNotExist_getAnHtmlNotFoundPage() throws Exception {
        for (String path : List.of("/no-such-page", "/facts/extra", "/articles/ffffffffffffffff", "/%3Cb%3Ebold%3C%2Fb%3E")) {
            HttpResponse<String> r = send("GET", path, null);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(r.body().contains("<h1>Not found</h1>") && r.body().contains("href=\"/\""), r.body());
            assertTrue(r.body().contains("/static/app.css"), "styled like the workspace");
            assertFalse(r.body().contains("<b>"), "the path is shown as text");
        }
        assertEquals(200, send("GET", "/facts", null).statusCode());
    }

    private static Set<String> fields(JsonNode n) {
        Set<String> out = new java.util.HashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> r = send("GET", path, null);
        assertEquals(status, r.statusCode(), path + " -> " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return Json.MAPPER.readTree(r.body());
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.base + path));
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static synchronized String cli(String... args) {
        java.io.PrintStream old = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream p = new java.io.PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(p);
            assertEquals(0, dev.monazite.cli.Main.run(args), String.join(" ", args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
