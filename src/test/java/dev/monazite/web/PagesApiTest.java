package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import dev.monazite.cli.Main;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the charts, scenario and digest pages ask of the API: pickers, quick what-ifs and digest downloads. */
class PagesApiTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path tmp;
    static WebServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Magnet makers report record May\nWire Alpha · 2025-06-02 09:00\n\n"
                + "Output of neodymium magnets rose 5% in May from April, the industry group said [1][2].\n\n"
                + "On 30 May 2025 the price of praseodymium-neodymium oxide was 450,000 yuan per tonne.\n");
        Path data = tmp.resolve("data");
        assertEquals(0, Main.run("ingest", "--quiet", "--data", data.toString(), in.toString()));
        server = WebServer.start(data, null, "127.0.0.1", 0, null);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void commodities_listEachWithItsNameAndUnits() throws Exception {
        JsonNode all = Json.MAPPER.readTree(get("/api/commodities").body());
        JsonNode prnd = null;
        for (JsonNode c : all) {
            if (c.path("commodity").asText().equals("PrNd-oxide")) {
                prnd = c;
            }
        }
        assertEquals("praseodymium-neodymium oxide", prnd.path("name").asText(), all.toString());
        assertEquals("CNY/t", prnd.path("units").get(0).path("unit").asText());
        assertEquals(1, prnd.path("units").get(0).path("figures").asInt());
    }

    @Test
    void quickScenario_runsFromThisMonth_withASummaryInWords() throws Exception {
        HttpResponse<String> res = post("/api/scenarios",
                "{\"quick\": {\"supplier\": \"CN\", \"recipient\": \"US\", \"product\": \"REE\", \"fraction\": 0.5, \"months\": 3}}");
        assertEquals(200, res.statusCode(), res.body());
        JsonNode r = Json.MAPPER.readTree(res.body());
        assertEquals(YearMonth.now().toString(), r.path("months").get(0).path("date").asText());
        assertEquals(15, r.path("months").size());
        assertTrue(r.path("summary").get(0).asText().startsWith("US REE: stock runs out in "), r.path("summary").toString());
        assertEquals(1, r.path("outcomes").get(0).path("stock_out_month").asInt(), "the model gives the US no stock cover");
        assertTrue(r.path("assumptions").toString().contains("USGS"), "the import mix comes with its source");
    }

    @Test
    void quickScenario_badField_is400NamingIt() throws Exception {
        HttpResponse<String> res = post("/api/scenarios",
                "{\"quick\": {\"supplier\": \"CN\", \"recipient\": \"US\", \"product\": \"REE\", \"fraction\": 0.5, \"months\": 0}}");
        assertEquals(400, res.statusCode());
        assertTrue(res.body().contains("months '0' is not a whole number of months from 1 to 120"), res.body());
        HttpResponse<String> missing = post("/api/scenarios", "{\"quick\": {\"supplier\": \"CN\"}}");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("field 'recipient' is missing"), missing.body());
    }

    @Test
    void digestDownload_markdownAndHtml_areAttachments_withoutTheSourcesMarkers() throws Exception {
        HttpResponse<String> md = get("/api/digest?q=magnets&format=md");
        assertEquals(200, md.statusCode(), md.body());
        assertTrue(md.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
        assertEquals("attachment; filename=\"digest-query.md\"", md.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(md.body().contains("rose 5% in May from April, the industry group said."), md.body());
        assertFalse(md.body().contains("[1][2]"), md.body());
        HttpResponse<String> html = get("/api/digest?q=magnets&format=html");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("the industry group said."), html.body());
        assertEquals(400, get("/api/digest?q=magnets&format=pdf").statusCode());
    }
}
