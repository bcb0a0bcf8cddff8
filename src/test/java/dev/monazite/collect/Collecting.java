package dev.monazite.collect;

import dev.monazite.article.Article;
import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.StoredArticle;
import dev.monazite.ingest.Quarantine;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.pipeline.Pipeline;
import dev.monazite.store.FactStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A collector into a temporary data directory with the real pipeline, a clock the test moves, and fast retries. */
final class Collecting implements AutoCloseable {
    static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(Lexicon.bundled());

    final Path data;
    final Sources sources;
    final Fetcher fetcher;
    final TestClock clock = new TestClock();
    final List<List<Article>> batches = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    final Collector collector;

    Collecting(Path data) {
        this(data, fast(Duration.ZERO));
    }

    Collecting(Path data, Fetcher.Settings settings) {
        this.data = data;
        this.sources = Sources.open(data, null);
        this.fetcher = new Fetcher(settings);
        this.collector = new Collector(sources, fetcher, data, files -> ingest(data, files), batches::add, clock,
                log::add);
    }

    /** Settings for tests: short timeout and backoff, the given delay between requests to a host. */
    static Fetcher.Settings fast(Duration hostDelay) {
        return new Fetcher.Settings("Monazite-test/1.0", Duration.ofSeconds(2), hostDelay, 3, Duration.ofMillis(50),
                Duration.ofSeconds(5), 1024 * 1024);
    }

    static void ingest(Path data, List<Path> files) throws IOException {
        try (ArticleIndex index = ArticleIndex.open(data, ANNOTATOR);
             FactStore store = FactStore.open(data, null);
             Pipeline p = new Pipeline(index, store, ANNOTATOR, Pipeline.Progress.SILENT, Pipeline.COMMIT_EVERY,
                     Quarantine.open(data))) {
            p.run(files);
        }
    }

    Source add(String name, String url, Kind kind, String selector, List<String> include, List<String> exclude) {
        Source s = new Source(name, url, kind, selector, Duration.ofMinutes(30), "en", include, exclude);
        sources.add(s, clock.instant());
        return s;
    }

    Source add(String name, String url, Kind kind) {
        return add(name, url, kind, null, List.of(), List.of());
    }

    Collector.Outcome collectOne() throws IOException {
        List<Collector.Outcome> all = collector.collectDue();
        if (all.size() != 1) {
            throw new AssertionError("expected one source polled, got " + all);
        }
        return all.get(0);
    }

    /** Every article in the index. */
    static List<Article> articles(Path data) throws IOException {
        List<Article> out = new ArrayList<>();
        if (!ArticleSearcher.exists(data)) {
            return out;
        }
        try (ArticleSearcher s = ArticleSearcher.open(data)) {
            for (StoredArticle a : s.every()) {
                out.add(a.article());
            }
        }
        return out;
    }

    @Override
    public void close() {
        sources.close();
    }

    /** A clock that stands still until the test moves it. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
