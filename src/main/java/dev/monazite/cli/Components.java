package dev.monazite.cli;

import dev.monazite.bench.IngestBench;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.Query;

/** Wires the stages together for the commands: the one place that decides which parts a run uses. */
final class Components {
    private Components() {}

    static ArticleIndex openIndex(Path data) throws IOException {
        return ArticleIndex.open(data, a -> List.of());
    }

    static ArticleSearcher openSearcher(Path data) throws IOException {
        return ArticleSearcher.open(data, queryExpander(data));
    }

    static UnaryOperator<Query> queryExpander(Path data) {
        return UnaryOperator.identity();
    }

    static List<IngestBench.Variant> benchVariants(Path data) {
        return List.of(new IngestBench.Variant("no extraction", a -> List.of()));
    }
}
