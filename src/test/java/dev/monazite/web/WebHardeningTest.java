package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as an attacker meets it, over raw HTTP (so Host and Origin can be anything): DNS
 * rebinding, cross-site POSTs, query bombs, other methods, and unbounded lists.
 */
class WebHardeningTest {
    @TempDir
    static Path tmp;
    static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = new WebFixture(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    /** One HTTP/1.1 exchange: status, headers (lower-case names) and body. */
    record Response(int status, Map<String, String> headers, String body) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(body);
        }
    }

    static Response send(int port, String method, String path, Map<String, String> headers, String body)
            throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            Map<String, String> all = new LinkedHashMap<>(Map.of("Host", "127.0.0.1:" + port));
            all.putAll(headers);
            all.put("Connection", "close");
            all.put("Content-Length", String.valueOf(content.length));
            all.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            OutputStream out = s.getOutputStream();
            out.write(req.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String raw = bytes.toString(StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String[] head = raw.substring(0, split).split("\r\n");
            Map<String, String> h = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                h.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            String rest = raw.substring(split + 4);
            if ("chunked".equalsIgnoreCase(h.get("transfer-encoding"))) {
                rest = unchunk(rest);
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]), h, rest);
        }
    }

    private static String unchunk(String s) {
        StringBuilder out = new StringBuilder();
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (true) {
            int nl = indexOf(b, i);
            int n = Integer.parseInt(new String(b, i, nl - i, StandardCharsets.US_ASCII).strip(), 16);
            if (n == 0) {
                return out.toString();
            }
            out.append(new String(b, nl + 2, n, StandardCharsets.UTF_8));
            i = nl + 2 + n + 2;
        }
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return b.length;
    }

    static Response get(String path, Map<String, String> headers) throws Exception {
        return send(web.server.port(), "GET", path, headers, null);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------ Host allowlist

    @Test
    void hostHeader_foreignName_refusedEvenOnLoopback() throws Exception {
        Response evil = get("/api/search?q=rare", Map.of("Host", "rebind.attacker.example:" + web.server.port()));
        assertEquals(403, evil.status(), evil.body());
        assertTrue(evil.json().get("message").asText().contains("--allow-host"), evil.body());
        assertEquals(403, get("/", Map.of("Host", "rebind.attacker.example")).status());
        for (String host : List.of("localhost:" + web.server.port(), "127.0.0.1", "[::1]:" + web.server.port())) {
            assertEquals(200, get("/api/search?q=rare", Map.of("Host", host)).status(), host);
        }
    }

    @Test
    void hostHeader_nameTheOperatorAllowed_isServed() throws Exception {
        try (WebServer named = WebServer.start(tmp.resolve("data"), null, "127.0.0.1", 0, null, List.of("news.internal"))) {
            assertEquals(200, send(named.port(), "GET", "/api/facts?limit=1", Map.of("Host", "news.internal:8080"), null)
                    .status());
            assertEquals(403, send(named.port(), "GET", "/api/facts?limit=1", Map.of("Host", "other.internal"), null)
                    .status());
        }
    }

    // ------------------------------------------------------------ state-changing requests

    private static final String SCENARIO_YAML = "disruption:\n  supplier: XX\n";

    static Response postScenario(Map<String, String> headers, String body) throws Exception {
        return send(web.server.port(), "POST", "/api/scenarios", headers, body);
    }

    @Test
    void scenarioPost_crossOriginPlainText_refused() throws Exception {
        Response plain = postScenario(Map.of("Content-Type", "text/plain", "Origin", "http://evil.example"), SCENARIO_YAML);
        assertEquals(403, plain.status(), plain.body());
        Response plainSameSite = postScenario(Map.of("Content-Type", "text/plain"), SCENARIO_YAML);
        assertEquals(415, plainSameSite.status(), plainSameSite.body());
        assertTrue(plainSameSite.json().get("message").asText().contains("application/json"), plainSameSite.body());
        String json = Json.MAPPER.writeValueAsString(Map.of("yaml", SCENARIO_YAML));
        Response crossJson = postScenario(Map.of("Content-Type", "application/json", "Origin", "http://evil.example"), json);
        assertEquals(403, crossJson.status(), crossJson.body());
        assertEquals(403, postScenario(Map.of("Content-Type", "application/json", "Origin", "null"), json).status());
    }

    @Test
    void scenarioPost_sameOriginJson_runs() throws Exception {
        String yaml = Files.readString(Path.of("scenarios/china-dy-tb-japan-12-months.yaml"));
        String origin = "http://127.0.0.1:" + web.server.port();
        Response ok = postScenario(Map.of("Content-Type", "application/json; charset=utf-8", "Origin", origin),
                Json.MAPPER.writeValueAsString(Map.of("yaml", yaml)));
        assertEquals(200, ok.status(), ok.body());
        assertTrue(ok.json().get("months").size() >= 12);
        Response bad = postScenario(Map.of("Content-Type", "application/json"),
                Json.MAPPER.writeValueAsString(Map.of("yaml", SCENARIO_YAML)));
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("message").asText().contains("request:1"), bad.body());
        Response huge = postScenario(Map.of("Content-Type", "application/json"), Json.MAPPER.writeValueAsString(
                Map.of("yaml", yaml.replace("units_per_year: 1000000,", "units_per_year: 1e308,"))));
        assertEquals(400, huge.status(), huge.body());
        assertTrue(huge.json().get("message").asText().contains("units_per_year"), huge.body());
        assertFalse(huge.body().contains("NaN"));
    }

    // ------------------------------------------------------------ query limits

    @Test
    void search_queriesBeyondParserLimits_get400WithMessage() throws Exception {
        StringBuilder ors = new StringBuilder("w0");
        for (int i = 1; i < 1100; i++) {
            ors.append(" ").append(Integer.toString(i, 36)); // 1,100 required words: too many clauses
        }
        List<String> bombs = List.of(ors.toString(), "(".repeat(1000) + "a" + ")".repeat(1000),
                "/(a|b|c|d)*[a-z]{1,20}(x|y|z){1,30}(.*a.*){1,10}/", "title:/[/", "x ".repeat(3_000));
        for (String q : bombs) {
            Response r = get("/api/search?q=" + enc(q), Map.of());
            assertEquals(400, r.status(), q.substring(0, Math.min(40, q.length())) + " -> " + r.body());
            String message = r.json().get("message").asText();
            assertFalse(message.isBlank() || message.contains("internal error"), message);
            assertTrue(message.length() < 600, "the message does not echo the whole query: " + message.length());
        }
    }

    // ------------------------------------------------------------ methods

    @Test
    void unsupportedMethods_get405WithAllowHeader() throws Exception {
        Response delete = send(web.server.port(), "DELETE", "/api/facts", Map.of(), null);
        assertEquals(405, delete.status(), delete.body());
        assertEquals("GET, HEAD", delete.headers().get("allow"));
        Response getScenarios = get("/api/scenarios", Map.of());
        assertEquals(405, getScenarios.status(), getScenarios.body());
        assertEquals("POST", getScenarios.headers().get("allow"));
        Response put = send(web.server.port(), "PUT", "/api/articles/abcdef", Map.of("Content-Type", "application/json"), "{}");
        assertEquals(405, put.status());
        assertEquals(405, send(web.server.port(), "POST", "/static/app.js", Map.of("Content-Type", "application/json"),
                "{}").status());
        assertEquals(404, get("/api/no-such-endpoint", Map.of()).status());
    }

    // ------------------------------------------------------------ paging

    @Test
    void lists_arePagedWithTotal_includingUnfilteredFacts() throws Exception {
        Response all = get("/api/facts?limit=1000", Map.of());
        assertEquals(200, all.status());
        int total = Integer.parseInt(all.headers().get("x-total-count"));
        assertEquals(total, all.json().size());
        assertTrue(total > 20, "the samples give many facts: " + total);
        Response first = get("/api/facts", Map.of());
        assertEquals(String.valueOf(total), first.headers().get("x-total-count"));
        assertEquals(Math.min(100, total), first.json().size(), "the default page");
        Response page = get("/api/facts?limit=5&offset=10", Map.of());
        assertEquals(5, page.json().size());
        assertEquals(all.json().get(10), page.json().get(0));
        assertEquals(0, get("/api/facts?offset=" + (total + 5), Map.of()).json().size());
        assertEquals(400, get("/api/facts?limit=5000", Map.of()).status());
        assertEquals(400, get("/api/facts?offset=-1", Map.of()).status());
        for (String list : List.of("/api/conflicts", "/api/timeline", "/api/workflows")) {
            Response r = get(list + "?limit=1", Map.of());
            assertEquals(200, r.status(), list);
            assertTrue(r.headers().containsKey("x-total-count"), list);
            assertTrue(r.json().size() <= 1, list);
        }
        Response search = get("/api/search?q=" + enc("稀土") + "&limit=2&offset=1", Map.of());
        assertEquals(200, search.status(), search.body());
        assertTrue(search.json().get("total").asInt() >= 3, search.body());
        assertTrue(search.json().get("hits").size() <= 2);
        JsonNode entity = get("/api/entities/" + enc("鏑") + "?limit=1", Map.of()).json();
        assertTrue(entity.get("facts").size() <= 1 && entity.get("facts_total").asInt() >= entity.get("facts").size());
    }
}
