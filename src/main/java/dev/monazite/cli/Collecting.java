package dev.monazite.cli;

import dev.monazite.collect.CollectSchedule;
import dev.monazite.collect.Collector;
import dev.monazite.collect.Fetcher;
import dev.monazite.collect.Sources;
import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.index.ArticleIndex;
import dev.monazite.pipeline.Pipeline;
import dev.monazite.store.FactStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/** Wires a collector for `collect`, `source test` and `serve`: the one place that picks its parts. */
final class Collecting {
    private Collecting() {}

    /**
     * A collector into main's data directory: fetched articles go through the same pipeline, store
     * and quarantine as `monazite ingest`. Its listener is told of each batch of newly stored articles.
     */
    static Collector collector(Main main, Sources sources, Consumer<String> log) {
        Path data = main.dataDir();
        java.util.function.Supplier<ArticleAnnotator> annotators = memoized(() -> Components.annotator(data));
        Collector.Ingest ingest = files -> {
            FactStore.checkLocation(data, main.dbUrl());
            ArticleAnnotator annotator = annotators.get();
            try (ArticleIndex index = ArticleIndex.open(data, annotator, "collect");
                 FactStore store = Components.openStore(main);
                 Pipeline pipeline = new Pipeline(index, store, annotator,
                         new TerminalProgress(System.err, true, main.verbose), Pipeline.COMMIT_EVERY,
                         Components.quarantine(data))) {
                pipeline.run(files);
            }
        };
        // Each batch of newly stored articles is checked against the watches, as after `ingest`; alerts
        // keep their own high-water mark, so a batch told twice (a crash before its URLs were recorded)
        // raises nothing twice.
        Collector.Listener alerts = articles -> {
            try (FactStore store = Components.openStore(main)) {
                IngestCommand.raiseAlerts(main, store);
            }
        };
        return new Collector(sources, new Fetcher(Fetcher.Settings.defaults()), data, ingest, alerts,
                Clock.systemUTC(), log);
    }

    /**
     * Starts collecting on a schedule for `serve`: a pass every minute polls the sources then due.
     * Closing it stops the passes and closes its sources.
     */
    static AutoCloseable schedule(Main main) {
        Sources sources = Sources.open(main.dataDir(), main.dbUrl());
        Collector collector = collector(main, sources, line -> System.out.println("collect: " + line));
        CollectSchedule passes = new CollectSchedule(collector::collectDue, java.time.Duration.ofMinutes(1),
                System.err::println);
        return () -> {
            passes.close();
            sources.close();
        };
    }

    // The lexicon is loaded the first time an article is ingested: `source test` never needs it.
    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
