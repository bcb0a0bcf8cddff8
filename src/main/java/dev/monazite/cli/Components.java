package dev.monazite.cli;

import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Wires the stages together for the commands: the one place that decides which parts a run uses. */
final class Components {
    private Components() {}

    static ArticleIndex openIndex(Path data) throws IOException {
        return ArticleIndex.open(data, a -> List.of());
    }

    static ArticleSearcher openSearcher(Path data) throws IOException {
        return ArticleSearcher.open(data);
    }
}
