package dev.monazite.index;

import dev.monazite.facts.Fact;
import dev.monazite.article.Article;
import java.util.List;

/** An article as the index holds it: the article, every file it came from, its story cluster and its facts. */
public record StoredArticle(Article article, List<String> files, String cluster, List<Fact> facts) {
    public StoredArticle {
        files = List.copyOf(files);
        facts = List.copyOf(facts);
    }
}
