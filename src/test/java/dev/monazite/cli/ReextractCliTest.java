package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.index.Fixtures;
import dev.monazite.store.FactStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-extraction replaces each article's rows: counts never double, and a second run changes nothing. */
class ReextractCliTest {
    @Test
    void reextract_twice_leavesEveryCountAsIngestLeftIt(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, CliEndToEndTest.run("ingest", "--quiet", "--data", data.toString(),
                Fixtures.corpus(tmp).toString()).exit());
        Map<String, Long> ingested = counts(data);
        assertTrue(ingested.get("facts") > 50, ingested.toString());
        for (int i = 0; i < 2; i++) {
            CliEndToEndTest.Run r = CliEndToEndTest.run("reextract", "--data", data.toString());
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.out().contains(ingested.get("articles") + " article(s) re-extracted"), r.toString());
            assertEquals(ingested, counts(data), "after reextract " + (i + 1));
        }
    }

    private static Map<String, Long> counts(Path data) {
        try (FactStore store = FactStore.open(data, null)) {
            return store.counts();
        }
    }
}
