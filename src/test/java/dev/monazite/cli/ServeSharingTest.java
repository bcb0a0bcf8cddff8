package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.index.Fixtures;
import dev.monazite.article.Json;
import dev.monazite.facts.Annotations;
import dev.monazite.index.ArticleIndex;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace stays open while the analyst works from the shell: `serve` runs in its own JVM on
 * a data directory, and `ingest`, `facts` and `conflicts` run beside it on the same directory; the
 * server then answers with what was ingested. Two writers at once get one line naming the other.
 */
class ServeSharingTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void ingestFactsConflicts_whileServeRunsInAnotherProcess_workAndTheServerSeesTheNews() throws Exception {
        Path data = tmp.resolve("data"), first = tmp.resolve("first"), later = tmp.resolve("later");
        Files.createDirectories(first);
        Files.createDirectories(later);
        Files.writeString(first.resolve("a.txt"), story("Lanthanum refinery opens", "The plant will separate "
                + "lanthanum and cerium from imported concentrate, the company said on Monday."));
        Files.writeString(later.resolve("b.txt"), story("Thulium stockpile plan", "The agency plans a thulium "
                + "stockpile of 40 tonnes, according to a notice published on Tuesday."));
        assertEquals(0, CliEndToEndTest.run("ingest", "--quiet", "--data", data.toString(), first.toString()).exit());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process serve = new ProcessBuilder(java(), "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "dev.monazite.cli.Main", "serve",
                "--data", data.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port;
            waitFor(serve, base, tmp.resolve("serve.log"));
            assertEquals(0, get(base + "/api/search?q=thulium").path("total").asInt(), "not ingested yet");

            CliEndToEndTest.Run ingest = CliEndToEndTest.run("ingest", "--data", data.toString(), later.toString());
            assertEquals(0, ingest.exit(), ingest.toString());
            assertTrue(ingest.out().contains("1 article(s) added"), ingest.toString());
            CliEndToEndTest.Run facts = CliEndToEndTest.run("facts", "--data", data.toString(), "--format", "jsonl");
            assertEquals(0, facts.exit(), facts.toString());
            assertTrue(facts.out().contains("thulium") || facts.out().contains("\"Tm\""), facts.toString());
            assertEquals(0, CliEndToEndTest.run("conflicts", "--data", data.toString()).exit());

            assertEquals(1, get(base + "/api/search?q=thulium").path("total").asInt(), "the server sees the new commit");
            assertTrue(get(base + "/api/facts?limit=1000").toString().contains("thulium stockpile"),
                    "the server's store holds the new facts");
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
            serve.destroyForcibly();
        }
    }

    @Test
    void ingest_whileAnotherWriterHoldsTheData_failsWithOneLineNamingIt() throws Exception {
        Path data = tmp.resolve("data");
        Path corpus = Fixtures.corpus(tmp);
        try (ArticleIndex holder = ArticleIndex.open(data, a -> Annotations.NONE, "a test holding the writer")) {
            CliEndToEndTest.Run r = CliEndToEndTest.run("ingest", "--data", data.toString(), corpus.toString());
            assertNotEquals(0, r.exit(), r.toString());
            String err = r.err().strip();
            assertEquals(1, err.lines().count(), "one line: " + err);
            assertTrue(err.contains("is being written by another Monazite process (pid " + ProcessHandle.current().pid()
                    + ", a test holding the writer, since "), err);
            assertTrue(err.contains("wait for it to finish"), err);
        }
        assertEquals(0, CliEndToEndTest.run("ingest", "--quiet", "--data", data.toString(), corpus.toString()).exit(),
                "the same ingest once the writer is gone");
    }

    private static String story(String title, String body) {
        return title + "\nWire Desk · 2026-11-02 09:00\n\n" + body + "\n";
    }

    private static void waitFor(Process serve, String base, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                fail("serve ended: " + Files.readString(log));
            }
            try {
                get(base + "/api/search?q=x");
                return;
            } catch (java.io.IOException e) {
                Thread.sleep(200);
            }
        }
        fail("serve did not answer within 60 s: " + Files.readString(log));
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }
}
