package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/chain against a real server: the same object as {@code chain --format json}, with the corpus's updates. */
class ChainApiTest {
    @TempDir
    static Path tmp;
    static ChainFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = new ChainFixture(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.MAPPER.readTree(r.body());
    }

    private static synchronized JsonNode cli(String... args) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(p);
            assertEquals(0, dev.monazite.cli.Main.run(args));
        } finally {
            System.setOut(old);
        }
        return Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void chain_apiAndCliJson_areTheSameObject() throws Exception {
        for (String commodity : new String[] {"REE", "magnet-REE"}) {
            assertEquals(cli("chain", "--data", web.data.toString(), "--commodity", commodity, "--format", "json"),
                    api("/api/chain?commodity=" + commodity), commodity);
        }
    }

    @Test
    void chain_twoAgreeingOutlets_applyAndRescaleWhileTheLoneOneIsACandidate() throws Exception {
        JsonNode m = api("/api/chain");
        assertEquals("CN", m.get("concentration").get(0).get("top").asText());
        JsonNode rescaling = m.get("rescalings").get(0);
        assertEquals("mining", rescaling.get("stage").asText());
        assertTrue(rescaling.get("why").asText().contains("AU was set to 10.5% (reference 7.4%) by 2 agreeing outlets"),
                rescaling.toString());
        assertTrue(m.get("candidates").findValuesAsText("place").contains("US"), m.get("candidates").toString());
    }
}
