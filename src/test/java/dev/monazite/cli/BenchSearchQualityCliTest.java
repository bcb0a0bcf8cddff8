package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import dev.monazite.bench.JudgedSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSearchQualityCliTest {
    @TempDir
    Path tmp;

    @Test
    void quality_json_ingestsTheDefaultCorpusAndReportsEveryQuery() throws Exception {
        CliEndToEndTest.Run run = CliEndToEndTest.run("bench", "search", "--quality", "--json");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().contains("ingesting samples src/test/resources/eval-dev into a temporary data directory"),
                run.err());
        assertTrue(run.err().contains("7 file(s) read, 51 article(s) added"), run.err());
        JsonNode doc = Json.MAPPER.readTree(run.out());
        int queries = JudgedSet.bundled().queries().size();
        assertEquals(queries, doc.get("queries").asInt());
        assertEquals(51, doc.get("articles").asInt());
        assertEquals(queries, doc.get("results").size());
        JsonNode all = doc.get("groups").get(0);
        assertEquals("all", all.get("group").asText());
        long hits = 0;
        for (JsonNode r : doc.get("results")) {
            int rank = r.get("rank").asInt();
            hits += rank >= 1 && rank <= 3 ? 1 : 0;
        }
        assertEquals(hits / (double) queries, all.get("successAt3").asDouble(), 1e-9);
    }

    @Test
    void quality_dataWithoutTheDevSet_namesAJudgedTitleAndWhatToIngest() {
        assertEquals(0, CliEndToEndTest.run("ingest", "--quiet", "--data", tmp.toString(), "samples").exit());
        CliEndToEndTest.Run run = CliEndToEndTest.run("bench", "search", "--quality", "--data", tmp.toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("judged.tsv: ") && run.err().contains("judged title(s) name no article of the "
                + "index, e.g. line "), run.err());
        assertTrue(run.err().contains("ingest both"), run.err());
    }

    @Test
    void quality_dataWithoutIndex_saysToIngestOrLeaveItOut() {
        CliEndToEndTest.Run run = CliEndToEndTest.run("bench", "search", "--quality", "--data", tmp.toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("holds no index"), run.err());
    }

    @Test
    void quality_corpusMissing_saysWhatToPass() {
        CliEndToEndTest.Run run = CliEndToEndTest.run("bench", "search", "--quality", "--corpus",
                tmp.resolve("nowhere").toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("nowhere not found") && run.err().contains("pass --corpus"), run.err());
    }
}
