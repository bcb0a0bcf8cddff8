package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real responses of a real server, on a data directory with the samples ingested, validated against
 * the OpenAPI document it serves. Every operation the document lists is called with the examples the
 * document gives (so an endpoint is checked as soon as it is documented), its error responses are
 * provoked, and every documented response must have been seen.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiContractTest {
    @TempDir
    static Path tmp;
    static WebFixture web;
    static JsonNode doc;
    static OpenApiInteractionValidator validator;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** "METHOD path status" of every response seen and validated. */
    static final Set<String> seen = new TreeSet<>();
    /** Documented responses no test here can provoke on demand, and why. */
    static final Map<String, String> NOT_PROVOKED = Map.of(
            "POST /api/ingest 409", "needs another process writing the data directory at that moment",
            "POST /api/sources 502", "needs a source whose kind is detected by fetching it: SourcesWebTest, against a local server",
            "POST /api/sources/{name}/test 200", "fetches the source: SourcesWebTest runs it against a local server");
    /** Operations the example loop leaves out, and why: they fetch from the network. */
    static final Map<String, String> NOT_CALLED = Map.of(
            "POST /api/sources/{name}/test", "fetches the source: SourcesWebTest runs it against a local server");
    /** A value no name or id in the samples has. */
    static final String NOTHING = "ffffffffffffffff";

    @BeforeAll
    static void start() throws Exception {
        web = new WebFixture(tmp);
        HttpResponse<String> served = send("GET", "/api/openapi.json", null);
        assertEquals(200, served.statusCode());
        doc = Json.MAPPER.readTree(served.body());
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(served.body()).build();
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    @Test
    @Order(1)
    void document_marksPathParametersRequired_andEveryOtherFlagTrueOrFalse() {
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (JsonNode op : operations().values()) {
            for (JsonNode p : op.path("parameters")) {
                assertTrue(p.get("required").isBoolean(), p.toString());
                assertTrue(!p.get("in").asText().equals("path") || p.get("required").asBoolean(), p.toString());
            }
        }
    }

    @Test
    @Order(1)
    void everyApiRouteTheServerAnswers_isInTheDocument() {
        Set<String> undocumented = new TreeSet<>();
        for (String route : web.server.routes()) {
            if (route.split(" ")[1].startsWith("/api/") && !operations().containsKey(route)) {
                undocumented.add(route);
            }
        }
        assertTrue(undocumented.isEmpty(), "document these in src/main/resources/web/openapi.json: " + undocumented);
    }

    @Test
    @Order(2)
    void everyOperation_answersItsDocumentedExample_asTheDocumentSays() throws Exception {
        Map<String, String> ids = realIds();
        // writes first, so the reads after them show what they changed (a reviewed fact carries its review)
        List<Map.Entry<String, JsonNode>> ops = new ArrayList<>(operations().entrySet());
        // deletes after the other writes (they remove what an add made), reads last
        ops.sort(java.util.Comparator.comparingInt(e -> e.getKey().startsWith("GET") ? 2 : e.getKey().startsWith("DELETE") ? 1 : 0));
        for (Map.Entry<String, JsonNode> e : ops) {
            if (NOT_CALLED.containsKey(e.getKey())) {
                continue;
            }
            String method = e.getKey().split(" ")[0], template = e.getKey().split(" ")[1];
            String path = fill(template, e.getValue(), ids) + query(e.getValue());
            JsonNode example = e.getValue().path("requestBody").path("content").path("application/json").path("example");
            String body = example.isMissingNode() ? null : Json.MAPPER.writeValueAsString(example);
            HttpResponse<String> r = send(method, path, body);
            // the success the document gives: 200, or 201 for an add, 204 for a delete
            assertTrue(r.statusCode() / 100 == 2 && e.getValue().path("responses").has(String.valueOf(r.statusCode())),
                    method + " " + path + " -> " + r.statusCode() + " " + r.body());
            check(method, template, path, body, r, true);
        }
    }

    @Test
    @Order(3)
    void errorResponses_haveTheDocumentedErrorBody() throws Exception {
        Map<String, String> ids = realIds();
        String[][] cases = {
            {"GET", "/api/search", null, "400"},
            {"GET", "/api/search?q=x&limit=zero", null, "400"},
            {"GET", "/api/articles/not-an-id", null, "400"},
            {"GET", "/api/facts?type=rumour", null, "400"},
            {"GET", "/api/facts?commodity=unobtainium", null, "404"},
            {"GET", "/api/conflicts?from=2025-13", null, "400"},
            {"GET", "/api/conflicts?commodity=unobtainium", null, "404"},
            {"GET", "/api/series?commodity=unobtainium", null, "404"},
            {"GET", "/api/timeline?to=yesterday", null, "400"},
            {"GET", "/api/entities/Dy?limit=0", null, "400"},
            {"GET", "/api/chain?commodity=Dy", null, "404"},
            {"POST", "/api/scenarios", "{\"yaml\": \"disruption:\\n  supplier: XX\\n\"}", "400"},
            {"GET", "/api/workflows?offset=-1", null, "400"},
            {"GET", "/api/digest", null, "400"},
            {"GET", "/api/digest?workflow=no-such-workflow", null, "404"},
            {"POST", "/api/ingest", "{\"files\": []}", "400"},
            {"POST", "/api/facts/" + ids.get("/api/facts/{id}") + "/review", "{\"verdict\": \"maybe\"}", "400"},
            {"POST", "/api/corrections", "[not json", "400"},
            {"POST", "/api/sources", "{\"name\": \"bad one\", \"url\": \"ftp://example.org/\", \"kind\": \"feed\"}", "400"},
            {"POST", "/api/watches", "{\"name\": \"w\", \"kind\": \"rumour\", \"spec\": \"x\"}", "400"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = send(c[0], c[1], c[2]);
            assertEquals(Integer.parseInt(c[3]), r.statusCode(), c[0] + " " + c[1] + " -> " + r.body());
            check(c[0], template(c[1]), c[1], c[2], r, false);
        }
        // every operation with a path parameter: a value that names nothing is 404, never an empty 200
        for (Map.Entry<String, JsonNode> e : operations().entrySet()) {
            String method = e.getKey().split(" ")[0], template = e.getKey().split(" ")[1];
            if (!template.contains("{") || !e.getValue().path("responses").has("404")) {
                continue;
            }
            // an id of the right form that names nothing (all its hex digits f), or a name nothing has
            String nothing = ids.containsKey(template) ? ids.get(template).replaceAll("[0-9a-f]", "f") : NOTHING;
            String path = template.replaceAll("\\{[^}]+}", nothing);
            JsonNode example = e.getValue().path("requestBody").path("content").path("application/json").path("example");
            String body = example.isMissingNode() ? null : Json.MAPPER.writeValueAsString(example);
            HttpResponse<String> r = send(method, path, body);
            assertEquals(404, r.statusCode(), method + " " + path + " -> " + r.body());
            assertTrue(Json.MAPPER.readTree(r.body()).get("message").asText().contains(nothing), r.body());
            check(method, template, path, body, r, false);
        }
    }

    @Test
    @Order(4)
    void otherErrors_haveTheDocumentedDefaultErrorBody() throws Exception {
        HttpResponse<String> wrongMethod = send("DELETE", "/api/facts", null);
        assertEquals(405, wrongMethod.statusCode(), wrongMethod.body());
        // the document has no DELETE to check against: the body is the path's GET default, an Error
        check("GET", "/api/facts", "/api/facts", null, wrongMethod, false);
        HttpResponse<String> notJson = HTTP.send(HttpRequest.newBuilder(URI.create(web.base + "/api/scenarios"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name: x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, notJson.statusCode(), notJson.body());
        check("POST", "/api/scenarios", "/api/scenarios", null, notJson, false);
    }

    @Test
    @Order(5)
    void everyDocumentedResponse_wasSeenAndValidated() {
        Set<String> missing = new TreeSet<>();
        operations().forEach((op, node) -> node.path("responses").fieldNames().forEachRemaining(status -> {
            if (!status.equals("default") && !seen.contains(op + " " + status)
                    && !NOT_PROVOKED.containsKey(op + " " + status)) {
                missing.add(op + " " + status);
            }
        }));
        assertTrue(missing.isEmpty(), "documented but never provoked here (add a case, or an example to the "
                + "document): " + missing);
    }

    @Test
    @Order(6)
    void undocumentedField_failsValidation() throws Exception {
        // the check itself must be able to fail: a fact with one field more than the document allows
        HttpResponse<String> r = send("GET", "/api/facts/" + realIds().get("/api/facts/{id}"), null);
        com.fasterxml.jackson.databind.node.ObjectNode fact = (com.fasterxml.jackson.databind.node.ObjectNode)
                Json.MAPPER.readTree(r.body());
        fact.put("undocumented_field", 1);
        ValidationReport report = validator.validateResponse("/api/facts/x", Request.Method.GET,
                SimpleResponse.Builder.status(200).withContentType("application/json").withBody(fact.toString()).build());
        assertTrue(report.hasErrors(), "an extra field went through");
        // and deep inside: a search hit's story member with a field the document does not name
        JsonNode search = Json.MAPPER.readTree(send("GET", "/api/search?q=dysprosium", null).body());
        com.fasterxml.jackson.databind.node.ObjectNode hit = (com.fasterxml.jackson.databind.node.ObjectNode)
                search.get("hits").get(0);
        hit.remove("score");
        ValidationReport missing = validator.validateResponse("/api/search", Request.Method.GET,
                SimpleResponse.Builder.status(200).withContentType("application/json").withBody(search.toString()).build());
        assertTrue(missing.hasErrors(), "a hit without its score went through");
    }

    // Ids that exist in this data directory, for path parameters whose document example cannot know them.
    private static Map<String, String> realIds() throws Exception {
        String article = Json.MAPPER.readTree(send("GET", "/api/search?q=dysprosium", null).body()).get("hits").get(0)
                .get("id").asText();
        String fact = Json.MAPPER.readTree(send("GET", "/api/facts?type=price&limit=1", null).body()).get(0).get("id").asText();
        return Map.of("/api/articles/{id}", article, "/api/facts/{id}", fact, "/api/facts/{id}/review", fact);
    }

    private static String fill(String template, JsonNode op, Map<String, String> ids) {
        if (ids.containsKey(template)) {
            return template.replaceAll("\\{[^}]+}", ids.get(template));
        }
        String path = template;
        for (JsonNode p : op.path("parameters")) {
            if (p.get("in").asText().equals("path")) {
                assertTrue(p.has("example"), "give path parameter '" + p.get("name").asText() + "' of " + template
                        + " an example in openapi.json");
                path = path.replace("{" + p.get("name").asText() + "}", enc(p.get("example").asText()));
            }
        }
        return path;
    }

    // The query of the documented examples; a required parameter must have one.
    private static String query(JsonNode op) {
        StringBuilder q = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            if (!p.get("in").asText().equals("query")) {
                continue;
            }
            if (p.path("required").asBoolean() && !p.has("example")) {
                fail("give required parameter '" + p.get("name").asText() + "' an example in openapi.json");
            }
            if (p.has("example")) {
                q.append(q.isEmpty() ? '?' : '&').append(p.get("name").asText()).append('=')
                        .append(enc(p.get("example").asText()));
            }
        }
        return q.toString();
    }

    // Which documented path a concrete path is, by matching each template's segments.
    private static String template(String path) {
        String bare = path.split("\\?")[0];
        for (String op : operations().keySet()) {
            String t = op.split(" ")[1];
            if (bare.matches(t.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
                return t;
            }
        }
        throw new AssertionError("no documented path matches " + path);
    }

    private static void check(String method, String template, String path, String body, HttpResponse<String> r,
                              boolean withRequest) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        boolean empty = r.statusCode() == 204 && r.body().isEmpty(); // a delete answers with no body to type
        assertTrue(empty || type.startsWith("application/json") || type.startsWith("application/x-ndjson")
                || type.startsWith("application/atom+xml"), path + " sent " + type);
        SimpleResponse.Builder res = SimpleResponse.Builder.status(r.statusCode()).withBody(r.body())
                .withContentType(type.split(";")[0]);
        r.headers().map().forEach((k, v) -> res.withHeader(k, v));
        Request.Method m = Request.Method.valueOf(method);
        ValidationReport report;
        if (withRequest) {
            SimpleRequest.Builder req = new SimpleRequest.Builder(m, path.split("\\?")[0]);
            if (path.contains("?")) {
                for (String kv : path.substring(path.indexOf('?') + 1).split("&")) {
                    String[] p = kv.split("=", 2);
                    req.withQueryParam(p[0], java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8));
                }
            }
            if (body != null) {
                req.withContentType("application/json").withBody(body);
            }
            report = validator.validate(req.build(), res.build());
        } else {
            report = validator.validateResponse(path.split("\\?")[0], m, res.build());
        }
        assertTrue(!report.hasErrors(), method + " " + path + " (" + r.statusCode() + ") does not match openapi.json: "
                + report.getMessages() + "\n" + dev.monazite.text.Texts.label(r.body(), 600));
        if (method.equals("GET")) {
            // what is read names files by base name: the operator's disk layout is not the client's business
            assertTrue(!r.body().contains(tmp.toString()), path + " sends a path of the server's disk");
        }
        seen.add(method + " " + template + " " + r.statusCode());
    }

    // "METHOD path" -> its operation object, for every operation the document lists.
    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            path.getValue().fields().forEachRemaining(m -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
                    out.put(m.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), m.getValue());
                }
            });
        }
        assertNotNull(out.get("GET /api/search"));
        return out;
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.base + path));
        if (body == null && method.equals("POST")) {
            body = "{}"; // every POST takes JSON, as the page's script sends it, even an action with nothing to say
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
