package dev.monazite.cli;

import dev.monazite.bench.ChildJvm;
import dev.monazite.bench.IngestBench;
import dev.monazite.bench.JudgedSet;
import dev.monazite.bench.Scorecard;
import dev.monazite.bench.SearchBench;
import dev.monazite.bench.SearchQualityBench;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite bench}: performance measurements on a generated corpus, and search quality on a judged set. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingest and search performance on a deterministic synthetic corpus, and search "
                + "quality on the judged query set (bench search --quality).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.IngestRun.class, BenchCommand.Search.class})
final class BenchCommand implements Runnable {
    @ParentCommand
    Main main;

    @Override
    public void run() {
        System.out.println("use: monazite bench ingest --docs N | monazite bench search --docs N | "
                + "monazite bench search --quality (see --help)");
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Whole ingest path vs bare Lucene indexing (StandardAnalyzer, one field) of the same text: "
                    + "MB/s, articles/s, ratio, peak heap; medians of --runs interleaved rounds, and the path "
                    + "with extraction against the path without it (ratio of medians and per round). Each timed "
                    + "run has a JVM of its own, with this one's options (set them with MONAZITE_JAVA_OPTS). Then"
                    + " the whole 'monazite ingest' command (SQL store, JVM start and JIT included) against bare "
                    + "Lucene in a JVM of its own, interleaved, as users meet them.")
    static final class Ingest implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--docs", defaultValue = "10000", description = "Articles to generate (default ${DEFAULT-VALUE}).")
        int docs;

        @Option(names = "--runs", defaultValue = "3", description = "Runs per configuration (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--same-jvm", description = "Run everything in this JVM, one run after another: quicker, "
                + "but each run inherits the heap, caches and JIT profile the runs before it left.")
        boolean sameJvm;

        @Option(names = "--warmup-files", defaultValue = "" + IngestBench.WARMUP_FILES, paramLabel = "N",
                description = "Files (1,000 articles each) of the untimed warm-up before each timed run "
                        + "(default ${DEFAULT-VALUE}). More of them leave less JIT compiling inside the timed run.")
        int warmupFiles;

        @Override
        public Integer call() throws Exception {
            Path data = bench.main.dataDir();
            IngestBench b = sameJvm ? IngestBench.sameJvm(System.out) : IngestBench.forked(System.out,
                    ChildJvm.command(Main.class.getName(), List.of("--data", data.toString(), "bench", "ingest-run")));
            if (!sameJvm) {
                b.wholeProcesses(ingestCommand(), ChildJvm.command(Main.class.getName(), List.of("--data",
                        data.toString(), "bench", "ingest-run", "--config", IngestBench.BASELINE, "--warmup-files", "0")));
            }
            b.warmupFiles(warmupFiles).run(docs, runs, data.resolve("bench-ingest"), Components.benchVariants(data));
            return 0;
        }
    }

    // The ingest command as users run it: the launcher when there is one (its JVM options included).
    private static List<String> ingestCommand() {
        java.nio.file.Path launcher = java.nio.file.Path.of(System.getenv().getOrDefault("MONAZITE_HOME", "."))
                .resolve("bin").resolve("monazite");
        if (java.nio.file.Files.isExecutable(launcher)) {
            return List.of(launcher.toString(), "ingest", "--quiet");
        }
        return ChildJvm.command(Main.class.getName(), List.of("ingest", "--quiet"));
    }

    /** One timed run for {@code bench ingest}, in the JVM that command started for it. */
    @Command(name = "ingest-run", hidden = true, mixinStandardHelpOptions = true,
            description = "One warm-up and one timed ingest of a bench corpus (started by bench ingest).")
    static final class IngestRun implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--config", required = true, description = "The configuration to time.")
        String config;

        @Option(names = "--corpus", required = true, description = "The generated corpus.")
        Path corpus;

        @Option(names = "--work", required = true, description = "Where the run may write its index.")
        Path work;

        @Option(names = "--warmup-files", defaultValue = "" + IngestBench.WARMUP_FILES,
                description = "Files of the untimed warm-up.")
        int warmupFiles;

        @Override
        public Integer call() throws Exception {
            Path data = bench.main.dataDir();
            System.out.println(IngestBench.runChild(config, corpus, work, warmupFiles, Components.benchVariants(data)));
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "The p50/p99 latency of a fixed mixed query set on an index of N generated articles (built "
                    + "once under DATA/bench and reused). With --quality: how well search answers the judged "
                    + "query set instead (bundled; queries in en, zh-Hans, zh-Hant, vi and ja with the articles "
                    + "that answer them): success@3 and MRR, overall, per query language and across languages, "
                    + "over samples/ and the development set ingested into a temporary directory (or the index "
                    + "--data names); --verbose lists each query with no relevant story in the top 3, with its "
                    + "top 3.")
    static final class Search implements Callable<Integer> {
        private static final List<Path> CORPUS = List.of(Path.of("samples"), Path.of("src/test/resources/eval-dev"));

        @ParentCommand
        BenchCommand bench;

        @Option(names = "--docs", defaultValue = "100000", description = "Articles in the index (default ${DEFAULT-VALUE}).")
        int docs;

        @Option(names = "--queries", defaultValue = "2000", description = "Timed queries (default ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--quality", description = "Measure answers to the judged query set, not latency.")
        boolean quality;

        @Option(names = "--corpus", arity = "1..*", paramLabel = "DIR", description = "With --quality: what to "
                + "ingest (default: samples src/test/resources/eval-dev, in the working directory or $MONAZITE_HOME).")
        List<Path> corpus;

        @Option(names = "--judged", paramLabel = "FILE", description = "With --quality: a judged set of one's own, "
                + "in the format the bundled bench/judged.tsv describes in its header.")
        Path judged;

        @Option(names = "--no-expansion", description = "Latency of the plain words only: no entity or concept "
                + "expansion (to compare with the default).")
        boolean noExpansion;

        @Option(names = "--json", description = "With --quality: print the scorecard and every query's result as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (quality) {
                return quality();
            }
            Path work = bench.main.dataDir().resolve("bench");
            new SearchBench(System.out).run(docs, queries, work, noExpansion ? java.util.function.UnaryOperator.identity()
                    : Components.queryExpander(bench.main.dataDir()));
            return 0;
        }

        // Only a --data given on the command line is measured as it is: the default one is the user's own corpus.
        private Integer quality() throws Exception {
            Main main = bench.main;
            if (main.data != null && corpus != null) {
                throw new IllegalArgumentException("--corpus is ingested into a temporary data directory, and --data "
                        + main.data + " is measured as it is: give one of them");
            }
            JudgedSet set = judged == null ? JudgedSet.bundled() : JudgedSet.read(judged);
            PrintStream err = main.quiet ? new PrintStream(OutputStream.nullOutputStream()) : System.err;
            Scorecard card = new SearchQualityBench(err, new TerminalProgress(System.err, main.quiet, main.verbose),
                    Components::annotator, Components::queryExpander)
                    .run(set, main.data, main.data == null ? corpus() : List.of());
            if (json) {
                System.out.println(card.json());
            } else {
                card.print(System.out, main.verbose);
            }
            return 0;
        }

        private List<Path> corpus() {
            List<Path> found = new ArrayList<>();
            for (Path dir : corpus == null ? CORPUS : corpus) {
                Path home = Path.of(System.getenv().getOrDefault("MONAZITE_HOME", ".")).resolve(dir);
                if (Files.exists(dir)) {
                    found.add(dir);
                } else if (corpus == null && Files.exists(home)) {
                    found.add(home);
                } else {
                    throw new IllegalArgumentException("--corpus: " + dir + " not found (working directory "
                            + Path.of("").toAbsolutePath() + "): run from the repository's root, or pass --corpus "
                            + "PATH/samples PATH/src/test/resources/eval-dev, the corpus the bundled set is judged on");
                }
            }
            return found;
        }
    }

}
