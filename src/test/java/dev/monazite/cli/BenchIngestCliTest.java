package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIngestCliTest {
    @TempDir
    Path tmp;

    @Test
    void benchIngest_byDefault_timesEachRunInAJvmOfItsOwn() {
        CliEndToEndTest.Run run = CliEndToEndTest.run("--data", tmp.toString(), "bench", "ingest", "--docs", "200",
                "--runs", "2", "--warmup-files", "1");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("each run in a JVM of its own, after its own warm-up (1 file(s))"), run.out());
        for (String config : new String[] {"bare Lucene (StandardAnalyzer)", "monazite ingest (no extraction)",
                "monazite ingest (with extraction)"}) {
            Matcher m = Pattern.compile(Pattern.quote(config) + "\\s+median ([\\d.]+)s.*\\n\\s+runs: ([\\d.]+)s ([\\d.]+)s")
                    .matcher(run.out());
            assertTrue(m.find(), config + " in:\n" + run.out());
            assertTrue(Double.parseDouble(m.group(2)) > 0 && Double.parseDouble(m.group(3)) > 0, run.out());
        }
        assertTrue(run.out().contains("with extraction / no extraction: "), run.out());
        assertFalse(Files.exists(tmp.resolve("bench-ingest")), "the bench leaves its work directory behind");
    }
}
