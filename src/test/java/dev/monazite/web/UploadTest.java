package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import dev.monazite.facts.Annotations;
import dev.monazite.index.ArticleIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files added through the workspace go through the ingest pipeline, and search sees them at once. */
class UploadTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
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
    void upload_ingestsTheFiles_andSearchFindsThemNext() throws Exception {
        String story = "Holmium magnet line starts\nWire Desk · 2026-11-03 10:00\n\nA holmium magnet line started "
                + "production this week, the maker said, with output of 300 tonnes a year.\n";
        HttpResponse<String> r = upload(Map.of("name", "../../etc/holmium.txt", "data", b64(story)),
                Map.of("name", "broken.jsonl", "data", b64("{not json\n")));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = Json.MAPPER.readTree(r.body());
        assertEquals(1, report.get("articles_added").asInt(), r.body());
        assertEquals(1, report.get("files_failed").asInt(), "the broken file is reported, the other ingested");
        assertTrue(report.get("lines").toString().contains("error: broken.jsonl"), r.body());
        assertTrue(report.get("lines").toString().contains("holmium.txt: 1 article(s)"), "named as sent, " + r.body());
        JsonNode hits = get("/api/search?q=holmium");
        assertEquals(1, hits.get("total").asInt(), hits.toString());
        assertTrue(java.nio.file.Files.exists(tmp.resolve("data").resolve("uploads")), "the files are kept");
    }

    @Test
    void upload_whileAnotherProcessWrites_is409NamingIt() throws Exception {
        try (ArticleIndex holder = ArticleIndex.open(tmp.resolve("data"), a -> Annotations.NONE, "a test writer")) {
            HttpResponse<String> r = upload(Map.of("name", "x.txt", "data", b64("Title here\n\nSome body text.\n")));
            assertEquals(409, r.statusCode(), r.body());
            assertTrue(r.body().contains("pid " + ProcessHandle.current().pid() + ", a test writer"), r.body());
        }
    }

    @Test
    void upload_thatIsNotBase64JsonOrEmpty_is400() throws Exception {
        assertEquals(400, upload(Map.of("name", "x.txt", "data", "%%%")).statusCode());
        assertEquals(400, post("{\"files\": []}").statusCode());
        assertEquals(400, post("not json").statusCode());
    }

    @SafeVarargs
    private static HttpResponse<String> upload(Map<String, String>... files) throws Exception {
        return post(Json.MAPPER.writeValueAsString(Map.of("files", List.of(files))));
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(web.base + "/api/ingest"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(String path) throws Exception {
        return Json.MAPPER.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(web.base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
