package dev.monazite.cli;

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
        ArticleAnnotator annotator = Components.annotator(data);
        Collector.Ingest ingest = files -> {
            FactStore.checkLocation(data, main.dbUrl());
            try (ArticleIndex index = ArticleIndex.open(data, annotator, "collect");
                 FactStore store = Components.openStore(main);
                 Pipeline pipeline = new Pipeline(index, store, annotator,
                         new TerminalProgress(System.err, true, main.verbose), Pipeline.COMMIT_EVERY,
                         Components.quarantine(data))) {
                pipeline.run(files);
            }
        };
        return new Collector(sources, new Fetcher(Fetcher.Settings.defaults()), data, ingest,
                Collector.Listener.NONE, Clock.systemUTC(), log);
    }
}
