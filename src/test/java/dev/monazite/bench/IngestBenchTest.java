package dev.monazite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.facts.Annotations;
import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.lexicon.Lexicon;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestBenchTest {
    @TempDir
    Path tmp;

    private static double seconds(String out, String line) {
        Matcher m = Pattern.compile(Pattern.quote(line) + "\\s+median ([\\d.]+)s").matcher(out);
        assertTrue(m.find(), "no median for " + line + " in:\n" + out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void run_smallCorpus_reportsEveryConfigurationAndExtractionAgainstNone() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<IngestBench.Variant> variants = List.of(new IngestBench.Variant("no extraction", a -> Annotations.NONE),
                new IngestBench.Variant("with extraction", new ArticleAnnotator(Lexicon.bundled())));
        new IngestBench(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(300, 3, tmp.resolve("work"), variants);
        String out = bytes.toString(StandardCharsets.UTF_8);

        double none = seconds(out, "monazite ingest (no extraction)");
        double with = seconds(out, "monazite ingest (with extraction)");
        assertTrue(seconds(out, "bare Lucene (StandardAnalyzer)") > 0);
        Matcher paired = Pattern.compile("with extraction / no extraction: ([\\d.]+)x \\(ratio of medians\\); per round:"
                + "((?: [\\d.]+x){3})").matcher(out);
        assertTrue(paired.find(), out);
        // the printed ratio is that of the printed medians (each rounded to 10 ms)
        assertEquals(with / none, Double.parseDouble(paired.group(1)), 0.02 * with / none + 0.01, out);
        assertFalse(Files.exists(tmp.resolve("work")), "the bench leaves its work directory behind");
    }
}
