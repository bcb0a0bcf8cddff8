package dev.monazite.web;

import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.QueryRewriter;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.store.FactStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What the server reads: the data directory's index, fact store and lexicon, opened once. The
 * store holds one database connection, so calls into it are serialised.
 */
final class Workspace implements AutoCloseable {
    final Path dataDir;
    /** The install directory ($MONAZITE_HOME, else the working directory): where scenarios/ examples are. */
    final Path home = Path.of(System.getenv().getOrDefault("MONAZITE_HOME", "."));
    final Lexicon lexicon;
    private final ArticleSearcher searcher;
    private final FactStore store;

    Workspace(Path dataDir, String dbUrl) throws IOException {
        this.dataDir = dataDir;
        this.lexicon = Lexicon.load(dataDir);
        this.searcher = ArticleSearcher.open(dataDir, new QueryRewriter(lexicon));
        this.store = FactStore.open(dataDir, dbUrl);
    }

    ArticleSearcher searcher() {
        return searcher;
    }

    synchronized <T> T withStore(Function<FactStore, T> work) {
        return work.apply(store);
    }

    @Override
    public void close() throws IOException {
        try {
            store.close();
        } finally {
            searcher.close();
        }
    }
}
