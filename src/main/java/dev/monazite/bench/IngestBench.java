package dev.monazite.bench;

import dev.monazite.facts.Annotations;
import dev.monazite.index.ArticleIndex;
import dev.monazite.article.Article;
import dev.monazite.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * ratio and peak heap. Each configuration runs several times, in interleaved rounds, after an
 * untimed warm-up pass over the first files; medians are reported, and each variant's cost against
 * the first. By default every timed run has a JVM of its own ({@link #forked}).
 */
public final class IngestBench {
    /** A named ingest configuration: how to list the entity ids of an article (extraction on or off). */
    public record Variant(String name, Function<Article, Annotations> annotator) {}

    public static final String BASELINE = "bare Lucene (StandardAnalyzer)";
    /** Files of the corpus the warm-up pass reads, unless told otherwise. */
    public static final int WARMUP_FILES = 2;

    private final PrintStream out;
    private final List<String> childCommand;
    // The commands timed whole, from process start to exit (null: not timed): Monazite's ingest as
    // users run it (completed with --data DIR CORPUS) and bare Lucene (with --work DIR --corpus CORPUS).
    private List<String> wholeIngest, wholeBare;
    private int warmupFiles = WARMUP_FILES;

    private IngestBench(PrintStream out, List<String> childCommand) {
        this.out = out;
        this.childCommand = childCommand;
    }

    /** How many files the untimed warm-up pass reads (of 1,000 articles each in the bench corpus). */
    public IngestBench warmupFiles(int files) {
        if (files < 0) {
            throw new IllegalArgumentException("--warmup-files must be 0 or more, not " + files);
        }
        this.warmupFiles = files;
        return this;
    }

    /**
     * Also times whole processes in every round: {@code ingest} (followed by {@code --data DIR CORPUS})
     * as users run it, with the SQL store, JVM start and JIT included, against bare Lucene in a JVM of
     * its own ({@code bare} followed by {@code --work DIR --corpus CORPUS}).
     */
    public IngestBench wholeProcesses(List<String> ingest, List<String> bare) {
        this.wholeIngest = List.copyOf(ingest);
        this.wholeBare = List.copyOf(bare);
        return this;
    }

    /** Every run in this JVM, one after another. */
    public static IngestBench sameJvm(PrintStream out) {
        return new IngestBench(out, null);
    }

    /**
     * Every timed run in a new JVM, started with {@code childCommand} followed by the arguments of
     * {@link #runChild}'s command line ({@code --config NAME --corpus DIR --work DIR --warmup-files N}).
     * In one JVM a run inherits the heap, the caches and the JIT's profile of the runs before it:
     * measured that way, the same code read 1.71-2.47x with extraction against without, depending on
     * the order of the runs.
     */
    public static IngestBench forked(PrintStream out, List<String> childCommand) {
        return new IngestBench(out, List.copyOf(childCommand));
    }

    public void run(int docs, int runs, Path work, List<Variant> variants) throws IOException {
        Path corpus = work.resolve("corpus");
        out.printf("generating %,d articles...%n", docs);
        List<Path> files = new CorpusGenerator(20251122L).writeClippingFiles(docs, corpus, 1000);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        String where = childCommand == null ? "all runs in this JVM, after one warm-up of each"
                : "each run in a JVM of its own, after its own warm-up";
        out.printf("corpus: %d files, %.1f MB; %d run(s) each; max heap %d MB; %s (%d file(s))%n", files.size(),
                bytes / 1e6, runs, HeapMeter.maxHeap() >> 20, where, firstFiles(files, warmupFiles).size());
        if (childCommand == null) {
            warmUp(files, work, variants);
        }
        List<String> configs = new ArrayList<>();
        configs.add(BASELINE);
        variants.forEach(v -> configs.add(v.name()));
        Timing[][] timings = new Timing[configs.size()][runs];
        // Rounds interleave the configurations (bare Lucene, then each variant, then again): this
        // machine's speed drifts by tens of percent within minutes, and runs grouped by configuration
        // put that drift into the ratios between them. The variants take turns going first.
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < configs.size(); k++) {
                int c = k == 0 || r % 2 == 0 ? k : configs.size() - k;
                timings[c][r] = measure(configs.get(c), files, work.resolve("run-" + c + "-" + r), variants);
            }
        }
        double base = Stats.median(seconds(timings[0]));
        for (int c = 0; c < configs.size(); c++) {
            String name = c == 0 ? BASELINE : "monazite ingest (" + configs.get(c) + ")";
            report(name, docs, bytes, timings[c], base);
        }
        for (int c = 2; c < configs.size(); c++) {
            reportPaired(configs.get(c), seconds(timings[c]), configs.get(1), seconds(timings[1]));
        }
        if (wholeIngest != null) {
            whole(files.get(0).getParent(), work, docs, bytes, runs);
        }
        deleteTree(work);
    }

    // Bare Lucene and the real ingest command as whole processes, interleaved, best and median of runs.
    private void whole(Path corpus, Path work, int docs, long bytes, int runs) throws IOException {
        double[] bare = new double[runs], ingest = new double[runs];
        for (int r = 0; r < runs; r++) {
            Path b = work.resolve("whole-bare-" + r), m = work.resolve("whole-ingest-" + r);
            bare[r] = timeProcess(plus(wholeBare, "--work", b.toString(), "--corpus", corpus.toString()));
            ingest[r] = timeProcess(plus(wholeIngest, "--data", m.toString(), corpus.toString()));
            deleteTree(b);
            deleteTree(m);
        }
        out.printf("whole processes, as users run them (JVM start, JIT, and for Monazite the SQL store):%n");
        for (String[] row : new String[][] {{"bare Lucene", "0"}, {"monazite ingest", "1"}}) {
            double[] t = row[1].equals("0") ? bare : ingest;
            double med = Stats.median(t);
            out.printf("  %-40s median %.2fs  best %.2fs  %.2f MB/s  %,.0f articles/s  runs: %s%n", row[0], med,
                    Arrays.stream(t).min().orElse(med), bytes / 1e6 / med, docs / med,
                    Arrays.stream(t).mapToObj(x -> String.format("%.2fs", x)).collect(Collectors.joining(" ")));
        }
        out.printf("  whole-process ratio (bare Lucene / monazite ingest): %.2fx median, %.2fx best%n",
                Stats.median(bare) / Stats.median(ingest),
                Arrays.stream(bare).min().orElse(0) / Arrays.stream(ingest).min().orElse(1));
    }

    private static List<String> plus(List<String> command, String... args) {
        List<String> out = new ArrayList<>(command);
        out.addAll(List.of(args));
        return out;
    }

    private static double timeProcess(List<String> command) throws IOException {
        long t0 = System.nanoTime();
        ChildJvm.Finished done = ChildJvm.runToEnd(command);
        if (done.status() != 0) {
            throw new IOException("a whole-process bench run failed: " + String.join(" ", command) + "\n"
                    + done.output().strip());
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The child's side of {@link #forked}: an untimed pass of one configuration over the first files
     * of the corpus, then one timed run over all of them; returns the timing as one line to print.
     */
    public static String runChild(String config, Path corpus, Path work, int warmupFiles, List<Variant> variants)
            throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no benchmark corpus files in " + corpus);
        }
        List<Path> warmup = firstFiles(files, warmupFiles);
        if (!warmup.isEmpty()) {
            time(config, warmup, work.resolve("warmup"), variants);
        }
        return measureHere(config, files, work.resolve("timed"), variants).line();
    }

    private void warmUp(List<Path> files, Path work, List<Variant> variants) throws IOException {
        // An untimed pass of every configuration over the first files, so that the timed runs measure
        // compiled code rather than the JIT at work (the first configuration would otherwise pay for it).
        List<Path> warmup = firstFiles(files, warmupFiles);
        if (warmup.isEmpty()) {
            return;
        }
        time(BASELINE, warmup, work.resolve("warmup-baseline"), variants);
        for (int v = 0; v < variants.size(); v++) {
            time(variants.get(v).name(), warmup, work.resolve("warmup-" + v), variants);
        }
    }

    // The files a warm-up reads: the first n, or all when there are fewer.
    private static List<Path> firstFiles(List<Path> files, int n) {
        return files.subList(0, Math.max(0, Math.min(n, files.size())));
    }

    private Timing measure(String config, List<Path> files, Path data, List<Variant> variants) throws IOException {
        if (childCommand == null) {
            return measureHere(config, files, data, variants);
        }
        List<String> command = new ArrayList<>(childCommand);
        Path corpus = files.get(0).getParent();
        command.addAll(List.of("--config", config, "--corpus", corpus.toString(), "--work", data.toString(),
                "--warmup-files", Integer.toString(warmupFiles)));
        return ChildJvm.run(command);
    }

    private static Timing measureHere(String config, List<Path> files, Path data, List<Variant> variants)
            throws IOException {
        HeapMeter.reset();
        double secs = time(config, files, data, variants);
        return new Timing(secs, HeapMeter.peakBytes(), HeapMeter.peakAfterGcBytes());
    }

    private static double time(String config, List<Path> files, Path data, List<Variant> variants)
            throws IOException {
        if (config.equals(BASELINE)) {
            return timeBaseline(files, data);
        }
        for (Variant v : variants) {
            if (v.name().equals(config)) {
                return timeIngest(files, data, v);
            }
        }
        throw new IllegalArgumentException("no bench configuration named '" + config + "'; there are: " + BASELINE
                + ", " + variants.stream().map(Variant::name).collect(Collectors.joining(", ")));
    }

    private static double[] seconds(Timing[] timings) {
        return Arrays.stream(timings).mapToDouble(Timing::seconds).toArray();
    }

    // The cost of one variant against another: the ratio of their medians, and each round's ratio.
    private void reportPaired(String name, double[] secs, String against, double[] againstSecs) {
        double[] perRound = new double[secs.length];
        StringBuilder rounds = new StringBuilder();
        for (int r = 0; r < secs.length; r++) {
            perRound[r] = secs[r] / againstSecs[r];
            rounds.append(String.format(" %.2fx", perRound[r]));
        }
        out.printf("%s / %s: %.2fx (ratio of medians); per round:%s (median %.2fx)%n", name, against,
                Stats.median(secs) / Stats.median(againstSecs), rounds, Stats.median(perRound));
    }

    private void report(String name, int docs, long bytes, Timing[] timings, double baseline) {
        double med = Stats.median(seconds(timings));
        long peak = Arrays.stream(timings).mapToLong(Timing::peakBytes).max().orElse(0);
        long afterGc = Arrays.stream(timings).mapToLong(Timing::peakAfterGcBytes).max().orElse(0);
        String gc = afterGc == 0 ? "no GC" : (afterGc >> 20) + " MB after GC";
        out.printf("%-42s median %.2fs  %.2f MB/s  %,.0f articles/s  peak heap %d MB (%s)  ratio to bare Lucene %.2fx%n",
                name, med, bytes / 1e6 / med, docs / med, peak >> 20, gc, baseline / med);
        out.printf("%-42s runs: %s%n", "", Arrays.stream(timings).map(t -> String.format("%.2fs", t.seconds()))
                .collect(Collectors.joining(" ")));
    }

    private static double timeIngest(List<Path> files, Path data, Variant v) throws IOException {
        long t0 = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.open(data, v.annotator())) {
            Pipeline.Summary s = new Pipeline(index, Pipeline.Progress.SILENT).run(files);
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

}
