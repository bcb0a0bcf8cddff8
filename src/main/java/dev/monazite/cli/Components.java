package dev.monazite.cli;

import dev.monazite.bench.IngestBench;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import dev.monazite.facts.Annotations;
import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.index.QueryRewriter;
import dev.monazite.lexicon.Lexicon;

/** Wires the stages together for the commands: the one place that decides which parts a run uses. */
final class Components {
    private Components() {}

    static ArticleIndex openIndex(Path data) throws IOException {
        return ArticleIndex.open(data, new ArticleAnnotator(lexicon(data)));
    }

    /** The bundled lexicon plus the user's additions in DATA/lexicon.tsv. */
    static Lexicon lexicon(Path data) {
        return Lexicon.load(data);
    }

    static ArticleSearcher openSearcher(Path data) throws IOException {
        return ArticleSearcher.open(data, queryExpander(data));
    }

    static UnaryOperator<String> queryExpander(Path data) {
        return new QueryRewriter(lexicon(data));
    }

    static List<IngestBench.Variant> benchVariants(Path data) {
        return List.of(new IngestBench.Variant("no extraction", a -> Annotations.NONE),
                new IngestBench.Variant("with extraction", new ArticleAnnotator(lexicon(data))));
    }
}
