package dev.monazite.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.monazite.cli.Main;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.Fixtures;
import dev.monazite.index.QueryRewriter;
import dev.monazite.article.Article;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.store.FactStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real index and fact store on disk, built by the ingest command from the committed samples. */
final class SampleIndex implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-12T00:00:00Z"), ZoneOffset.UTC);
    final Path data;
    final ArticleSearcher searcher;
    final FactStore store;
    final Lexicon lexicon;

    private SampleIndex(Path data) throws IOException {
        this.data = data;
        this.lexicon = Lexicon.load(data);
        this.searcher = ArticleSearcher.open(data, new QueryRewriter(lexicon));
        this.store = FactStore.open(data, null);
    }

    /** Ingests the samples (and any extra corpus files already in dir/corpus) into dir/data. */
    static SampleIndex build(Path dir) throws IOException {
        Path corpus = Fixtures.corpus(dir);
        Path data = dir.resolve("data");
        assertEquals(0, quietly("ingest", "--data", data.toString(), corpus.toString()));
        return new SampleIndex(data);
    }

    static synchronized int quietly(String... args) {
        PrintStream old = System.out;
        try (PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            System.setOut(sink);
            return Main.run(args);
        } finally {
            System.setOut(old);
        }
    }

    Digester digester(LlmClient llm) {
        return new Digester(searcher, store, lexicon, llm, CLOCK);
    }

    Article article(String id) throws IOException {
        return searcher.get(id).orElseThrow().article();
    }

    @Override
    public void close() throws IOException {
        store.close();
        searcher.close();
    }
}
