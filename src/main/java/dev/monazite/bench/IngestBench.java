package dev.monazite.bench;

import dev.monazite.facts.Annotations;
import dev.monazite.index.ArticleIndex;
import dev.monazite.ingest.Article;
import dev.monazite.ingest.Ingestor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures the whole ingest path against bare Lucene indexing of the same files (StandardAnalyzer,
 * one text field, one document per item), in the same run, and reports MB/s, articles/s, the
 * ratio and peak heap. Each configuration runs several times after an untimed warm-up pass over the
 * first files, in interleaved rounds; medians are reported, and each variant's cost against the first.
 */
public final class IngestBench {
    /** A named ingest configuration: how to list the entity ids of an article (extraction on or off). */
    public record Variant(String name, Function<Article, Annotations> annotator) {}

    private final PrintStream out;

    public IngestBench(PrintStream out) {
        this.out = out;
    }

    public void run(int docs, int runs, Path work, List<Variant> variants) throws IOException {
        Path corpus = work.resolve("corpus");
        out.printf("generating %,d articles...%n", docs);
        List<Path> files = new CorpusGenerator(20251122L).writeClippingFiles(docs, corpus, 1000);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        out.printf("corpus: %d files, %.1f MB; %d run(s) each; max heap %d MB%n", files.size(), bytes / 1e6, runs,
                HeapMeter.maxHeap() >> 20);
        // One untimed pass of every configuration over the first files, so that the timed runs measure
        // compiled code rather than the JIT at work (the first configuration would otherwise pay for it).
        List<Path> warmup = files.subList(0, Math.min(2, files.size()));
        timeBaseline(warmup, work.resolve("warmup-baseline"));
        for (Variant v : variants) {
            timeIngest(warmup, work.resolve("warmup-" + v.name()), v);
        }
        // Rounds interleave the configurations (bare Lucene, then each variant, then again): this
        // machine's speed drifts by tens of percent within minutes, and runs grouped by configuration
        // put that drift into the ratios between them. A run also inherits the heap and caches the run
        // before it left, so the variants take turns going first.
        double[] baseline = new double[runs];
        long[] baselinePeak = new long[2];
        double[][] secs = new double[variants.size()][runs];
        long[][] peaks = new long[variants.size()][2];
        for (int r = 0; r < runs; r++) {
            HeapMeter.reset();
            baseline[r] = timeBaseline(files, work.resolve("baseline-" + r));
            baselinePeak = maxPeaks(baselinePeak);
            for (int k = 0; k < variants.size(); k++) {
                int v = r % 2 == 0 ? k : variants.size() - 1 - k;
                HeapMeter.reset();
                secs[v][r] = timeIngest(files, work.resolve(variants.get(v).name() + "-" + r), variants.get(v));
                peaks[v] = maxPeaks(peaks[v]);
            }
        }
        double base = Stats.median(baseline);
        report("bare Lucene (StandardAnalyzer)", docs, bytes, baseline, baselinePeak, base);
        for (int v = 0; v < variants.size(); v++) {
            report("monazite ingest (" + variants.get(v).name() + ")", docs, bytes, secs[v], peaks[v], base);
        }
        for (int v = 1; v < variants.size(); v++) {
            reportPaired(variants.get(v).name(), secs[v], variants.get(0).name(), secs[0]);
        }
        deleteTree(work);
    }

    // The cost of one variant against another: the ratio of their medians, and each round's ratio.
    private void reportPaired(String name, double[] secs, String against, double[] againstSecs) {
        StringBuilder rounds = new StringBuilder();
        for (int r = 0; r < secs.length; r++) {
            rounds.append(String.format(" %.2fx", secs[r] / againstSecs[r]));
        }
        out.printf("%s / %s: %.2fx (ratio of medians); per round:%s%n", name, against,
                Stats.median(secs) / Stats.median(againstSecs), rounds);
    }

    private static long[] maxPeaks(long[] sofar) {
        return new long[] {Math.max(sofar[0], HeapMeter.peakBytes()), Math.max(sofar[1], HeapMeter.peakAfterGcBytes())};
    }

    private void report(String name, int docs, long bytes, double[] secs, long[] peak, double baseline) {
        double med = Stats.median(secs);
        String afterGc = peak[1] == 0 ? "no GC" : (peak[1] >> 20) + " MB after GC";
        out.printf("%-42s median %.2fs  %.2f MB/s  %,.0f articles/s  peak heap %d MB (%s)  ratio to bare Lucene %.2fx%n",
                name, med, bytes / 1e6 / med, docs / med, peak[0] >> 20, afterGc, baseline / med);
        out.printf("%-42s runs: %s%n", "", java.util.Arrays.stream(secs).mapToObj(x -> String.format("%.2fs", x))
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    private static double timeIngest(List<Path> files, Path data, Variant v) throws IOException {
        long t0 = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.open(data, v.annotator())) {
            Ingestor.Summary s = new Ingestor(index, Silent.INSTANCE).ingest(files);
            if (s.filesFailed() > 0) {
                throw new IOException("benchmark corpus failed to ingest");
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        deleteTree(data);
        return secs;
    }

    private static double timeBaseline(List<Path> files, Path dir) throws IOException {
        long t0 = System.nanoTime();
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir),
                new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            for (Path f : files) {
                String[] lines = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n");
                for (int i = 4; i + 2 < lines.length + 1; i += 3) {
                    Document d = new Document();
                    d.add(new TextField("text", lines[i] + "\n" + lines[i + 1] + "\n" + lines[i + 2], Field.Store.NO));
                    w.addDocument(d);
                }
                w.commit();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        deleteTree(dir);
        return secs;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Progress that shows nothing. */
    enum Silent implements Ingestor.Progress {
        INSTANCE;

        @Override
        public void started(int files, long bytes) {}

        @Override
        public void fileDone(Path file, long bytes, int articles) {}

        @Override
        public void failed(Path file, String reason) {}
    }
}
