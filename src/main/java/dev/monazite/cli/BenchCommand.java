package dev.monazite.cli;

import dev.monazite.bench.IngestBench;
import dev.monazite.bench.SearchBench;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite bench}: performance measurements on a generated corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingest and search performance on a deterministic synthetic corpus.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Search.class})
final class BenchCommand implements Runnable {
    @ParentCommand
    Main main;

    @Override
    public void run() {
        System.out.println("use: monazite bench ingest --docs N | monazite bench search --docs N (see --help)");
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Whole ingest path vs bare Lucene indexing (StandardAnalyzer, one field) of the same text:",
                    "MB/s, articles/s, ratio, peak heap; medians of --runs interleaved rounds, and the path with",
                    "extraction against the path without it (ratio of medians and per round)."})
    static final class Ingest implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--docs", defaultValue = "10000", description = "Articles to generate (default ${DEFAULT-VALUE}).")
        int docs;

        @Option(names = "--runs", defaultValue = "3", description = "Runs per configuration (default ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws Exception {
            Path work = bench.main.dataDir().resolve("bench-ingest");
            new IngestBench(System.out).run(docs, runs, work, Components.benchVariants(bench.main.dataDir()));
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"p50/p99 latency of a fixed mixed query set on an index of N generated articles",
                    "(built once under DATA/bench and reused)."})
    static final class Search implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--docs", defaultValue = "100000", description = "Articles in the index (default ${DEFAULT-VALUE}).")
        int docs;

        @Option(names = "--queries", defaultValue = "2000", description = "Timed queries (default ${DEFAULT-VALUE}).")
        int queries;

        @Override
        public Integer call() throws Exception {
            Path work = bench.main.dataDir().resolve("bench");
            new SearchBench(System.out).run(docs, queries, work, Components.queryExpander(bench.main.dataDir()));
            return 0;
        }
    }

}
