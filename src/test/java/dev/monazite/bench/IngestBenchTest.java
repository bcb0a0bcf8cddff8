package dev.monazite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        IngestBench.sameJvm(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(300, 3, tmp.resolve("work"), variants);
        String out = bytes.toString(StandardCharsets.UTF_8);

        double none = seconds(out, "monazite ingest (no extraction)");
        double with = seconds(out, "monazite ingest (with extraction)");
        assertTrue(seconds(out, "bare Lucene (StandardAnalyzer)") > 0);
        Matcher paired = Pattern.compile("with extraction / no extraction: ([\\d.]+)x \\(ratio of medians\\); per round:"
                + "((?: [\\d.]+x){3}) \\(median ([\\d.]+)x\\)").matcher(out);
        assertTrue(paired.find(), out);
        // the printed ratio is that of the medians, which are printed rounded to 10 ms (the ratio to 0.01)
        double ratio = Double.parseDouble(paired.group(1));
        double low = (with - 0.005) / (none + 0.005) - 0.005, high = (with + 0.005) / (none - 0.005) + 0.005;
        assertTrue(low <= ratio && ratio <= high, ratio + " is not within [" + low + ", " + high + "]:\n" + out);
        assertFalse(Files.exists(tmp.resolve("work")), "the bench leaves its work directory behind");
        // the median of three round ratios is one of them
        assertTrue(paired.group(2).contains(" " + paired.group(3) + "x"), out);
    }

    @Test
    void runChild_unknownConfiguration_namesTheOnesThereAre() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(1L).writeClippingFiles(20, corpus, 10);
        List<IngestBench.Variant> variants = List.of(new IngestBench.Variant("no extraction", a -> Annotations.NONE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IngestBench.runChild("with extractoin", corpus, tmp.resolve("w"), 1, variants));
        assertTrue(e.getMessage().contains("'with extractoin'") && e.getMessage().contains("no extraction"),
                e.getMessage());
    }

    @Test
    void runChild_emptyCorpus_saysWhere() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> IngestBench.runChild(IngestBench.BASELINE, tmp.resolve("empty"), tmp.resolve("w"), 1, List.of()));
        assertTrue(e.getMessage().contains(tmp.resolve("empty").toString()), e.getMessage());
    }

    @Test
    void childJvm_failingChild_reportsStatusAndOutput() {
        List<String> cmd = ChildJvm.command("dev.monazite.NoSuchMain", List.of());
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> ChildJvm.run(cmd));
        assertTrue(e.getMessage().contains("exit status 1") && e.getMessage().contains("dev.monazite.NoSuchMain"),
                e.getMessage());
    }

    @Test
    void timing_lineReadBack_andOtherLinesIgnored() {
        Timing t = new Timing(12.5, 900L << 20, 600L << 20);
        assertEquals(java.util.Optional.of(t), Timing.parse(t.line()));
        assertEquals(java.util.Optional.empty(), Timing.parse("generating 100 articles..."));
        assertEquals(java.util.Optional.empty(), Timing.parse("bench-timing 12.5 x 3"));
        assertEquals(java.util.Optional.empty(), Timing.parse("bench-timing 12.5 3"));
    }
}
