package dev.monazite.index;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.monazite.facts.Annotations;
import dev.monazite.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz target for the query parser and search over a small real index: a query may only be refused
 * with an IllegalArgumentException (a message for the user, 400 on the API); anything else is a
 * finding. Seeds: src/test/resources/dev/monazite/index/QueryParserFuzzTestInputs/search.
 */
class QueryParserFuzzTest {
    private static ArticleSearcher searcher;

    // Built on first use, not in the class initialiser: the ingest's worker threads call a lambda of
    // this class, and would wait for its initialisation to end.
    private static synchronized ArticleSearcher searcher() {
        if (searcher == null) {
            searcher = open();
        }
        return searcher;
    }

    private static ArticleSearcher open() {
        try {
            Path dir = Files.createTempDirectory("monazite-fuzz-index");
            Path corpus = Fixtures.corpus(dir);
            try (ArticleIndex index = ArticleIndex.open(dir.resolve("data"), a -> Annotations.NONE)) {
                new Pipeline(index, new IngestIndexTest.Recorder()).run(List.of(corpus));
            }
            return ArticleSearcher.open(dir.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void search(byte[] input) throws IOException {
        String query = new String(input, StandardCharsets.UTF_8);
        if (query.isBlank()) {
            return;
        }
        try {
            searcher().search(new SearchRequest(query, 5, null, null, null));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new IllegalStateException("a refusal without a message", e);
            }
        }
    }
}
