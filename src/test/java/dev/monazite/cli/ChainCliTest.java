package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.article.Json;
import dev.monazite.index.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chain} run in-process over the committed samples plus one doubtful article (issue 19). */
class ChainCliTest {
    // "In 2026 the United States mined 70% of the world's rare earths": one outlet, nobody confirmed it.
    static final String DOUBTFUL = "<html><head><title>Washington bets on domestic supply</title>"
            + "<meta property=\"og:site_name\" content=\"Asia Times\"><meta property=\"article:published_time\" "
            + "content=\"2026-04-01T08:00\"></head><body><article><p>Officials met industry executives in Washington on "
            + "Tuesday.</p><p>In 2026 the United States mined 70% of the world's rare earths, the report said.</p>"
            + "</article></body></html>";

    @TempDir
    static Path tmp;
    static String data;
    static String table;

    @BeforeAll
    static void ingestSamplesAndDoubtfulArticle() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Files.writeString(corpus.resolve("doubtful.html"), DOUBTFUL);
        data = tmp.resolve("data").toString();
        CliEndToEndTest.Run ingest = CliEndToEndTest.run("ingest", "--data", data, corpus.toString());
        assertEquals(0, ingest.exit(), ingest.toString());
        CliEndToEndTest.Run chain = CliEndToEndTest.run("chain", "--data", data);
        assertEquals(0, chain.exit(), chain.toString());
        table = chain.out();
    }

    @Test
    void chain_samplesAndOneDoubtfulShare_keepUsgsMiningLeader() {
        assertTrue(table.contains("mining — top-1 CN 69.4%, HHI 5072,"), table);
        assertTrue(table.contains("  US       13.1%         51000  derived"), table);
        assertTrue(table.contains("candidate, not applied: US 70% for 2026 (reference 13.1%) — one outlet, not confirmed"),
                table);
        assertTrue(table.contains("      Asia Times, 2026-04-01, “Washington bets on domestic supply”: "), table);
    }

    @Test
    void chain_samples_noLineCarriesAnArticleId() throws Exception {
        Set<String> ids = new HashSet<>();
        for (String line : CliEndToEndTest.run("facts", "--data", data, "--format", "jsonl").out().split("\n")) {
            ids.add(Json.MAPPER.readTree(line).get("article").asText());
        }
        assertTrue(ids.size() > 5);
        for (String line : table.split("\n")) {
            assertFalse(line.matches(".*\\b[0-9a-f]{32}\\b.*"), line);
            ids.forEach(id -> assertFalse(line.contains(id), id + " in: " + line));
        }
    }

    @Test
    void chain_samples_everyCodeAndSourceNumberIsExplained() {
        String codes = table.substring(table.indexOf("\nCodes\n"));
        Matcher row = Pattern.compile("(?m)^  (\\S+)\\s+\\d+\\.\\d%").matcher(table);
        while (row.find()) {
            assertTrue(codes.contains("\n  " + row.group(1) + " "), row.group(1));
        }
        for (String code : List.of("HHI", "mining", "refining", "metal_alloy", "magnet", "end_use", "XO", "XR", "REO")) {
            assertTrue(codes.contains("\n  " + code + " "), code);
        }
        String sources = table.substring(table.indexOf("\nSources\n"), table.indexOf("\nCodes\n"));
        Matcher cite = Pattern.compile("\\[(\\d+)]").matcher(table.substring(0, table.indexOf("\nSources\n")));
        while (cite.find()) {
            assertTrue(sources.contains("\n  [" + cite.group(1) + "] "), "source [" + cite.group(1) + "] not listed");
        }
    }

    @Test
    void chainJson_listsTheCandidateAndWholeNumberHhi() throws Exception {
        CliEndToEndTest.Run json = CliEndToEndTest.run("chain", "--data", data, "--format", "json");
        var m = Json.MAPPER.readTree(json.out());
        assertTrue(m.get("concentration").get(0).get("hhi").isInt());
        assertTrue(m.get("candidates").findValuesAsText("why").contains("one outlet, not confirmed"));
        assertTrue(m.get("candidates").findValuesAsText("place").contains("US"), m.get("candidates").toString());
    }
}
