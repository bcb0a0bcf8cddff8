package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review and corrections endpoints over HTTP: who made a correction, export, import, refusals. */
class CorrectionsApiTest {
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

    @Test
    void review_recordsTheRequestsUser_thenExportAndImportRoundTrip() throws Exception {
        String id = get("/api/facts?type=share&limit=1").get(0).get("id").asText();
        HttpResponse<String> r = post("/api/facts/" + id + "/review",
                "{\"verdict\":\"corrected\",\"changes\":{\"value\":\"12.5\"},\"note\":\"typo\",\"by\":\"mallory\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode fact = Json.MAPPER.readTree(r.body());
        assertEquals(12.5, fact.get("value").asDouble());
        assertEquals(System.getProperty("user.name"), fact.get("review").get("by").asText(), "the body cannot name the author");
        assertEquals(12.5, get("/api/facts/" + id).get("value").asDouble());

        JsonNode all = get("/api/corrections");
        assertEquals(1, all.size());
        assertEquals(id, all.get(0).get("fact").asText());
        HttpResponse<String> jsonl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(web.base + "/api/corrections?format=jsonl")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(jsonl.headers().firstValue("Content-Disposition").orElse("").contains("corrections.jsonl"));
        JsonNode again = Json.MAPPER.readTree(post("/api/corrections", jsonl.body() + "{\"verdict\":\"maybe\"}\n").body());
        assertEquals(0, again.get("added").asInt());
        assertEquals(1, again.get("held").asInt());
        assertEquals(2, again.get("refused").get(0).get("line").asInt());
        assertEquals(1, Json.MAPPER.readTree(post("/api/corrections", "[" + jsonl.body().strip() + "]").body()).get("held").asInt());
    }

    @Test
    void badReviews_areRefusedWithWhatIsWrong() throws Exception {
        String id = get("/api/facts?type=price&limit=1").get(0).get("id").asText();
        HttpResponse<String> verdict = post("/api/facts/" + id + "/review", "{\"verdict\":\"perhaps\"}");
        assertEquals(400, verdict.statusCode());
        assertTrue(verdict.body().contains("verdict 'perhaps' is not confirmed, corrected or rejected"), verdict.body());
        HttpResponse<String> field = post("/api/facts/" + id + "/review", "{\"verdict\":\"corrected\",\"changes\":{\"colour\":\"red\"}}");
        assertTrue(field.body().contains("a price fact has no field 'colour'"), field.body());
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.base
                + "/api/facts/000000000000-00000000")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aNamedToken_isWhoTheCorrectionRecords() throws Exception {
        String id = get("/api/facts?type=trade&limit=1").get(0).get("id").asText();
        try (WebServer team = WebServer.start(tmp.resolve("data"), null, "0.0.0.0", 0,
                "ana:ana-secret-0123456789,li:li-secret-0123456789")) {
            URI uri = URI.create("http://127.0.0.1:" + team.port() + "/api/facts/" + id + "/review");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json").header("Authorization", "Bearer li-secret-0123456789")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"verdict\":\"confirmed\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("li", Json.MAPPER.readTree(r.body()).get("review").get("by").asText());
            HttpResponse<String> nameOnly = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json").header("Authorization", "Bearer li")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"verdict\":\"confirmed\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, nameOnly.statusCode(), "a name is not a secret");
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
