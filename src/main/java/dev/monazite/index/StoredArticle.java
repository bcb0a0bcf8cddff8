package dev.monazite.index;

import dev.monazite.ingest.Article;
import java.util.List;

/** An article as the index holds it: the article, every file it came from, and its story cluster. */
public record StoredArticle(Article article, List<String> files, String cluster) {
    public StoredArticle {
        files = List.copyOf(files);
    }
}
