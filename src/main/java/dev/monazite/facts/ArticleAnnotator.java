package dev.monazite.facts;

import dev.monazite.article.Article;
import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.lexicon.Mention;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The extraction stage of ingest: the entities an article names (for entity-aware search) and its facts. */
public final class ArticleAnnotator implements Function<Article, Annotations> {
    private final Lexicon lexicon;
    private final FactExtractor extractor;

    public ArticleAnnotator(Lexicon lexicon) {
        this(lexicon, CueBook.bundled());
    }

    /** With the cue words of a data directory ({@link CueBook#load}) as well as the bundled ones. */
    public ArticleAnnotator(Lexicon lexicon, CueBook cues) {
        this.lexicon = lexicon;
        this.extractor = new FactExtractor(lexicon, cues);
    }

    @Override
    public Annotations apply(Article article) {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        java.util.Map<String, Integer> mentions = new java.util.HashMap<>();
        // the extractor reads every sentence with the lexicon anyway: collect the entities from that pass
        List<Fact> facts = extractor.extract(article, m -> {
            add(m, entities, places);
            mentions.merge(m.entity().id(), 1, Integer::sum);
        });
        return new Annotations(entities.stream().toList(), places.stream().toList(), facts, mentions);
    }

    /** The ids of the entities the article names (title and paragraphs), in first-seen order. */
    public java.util.List<String> entities(Article article) {
        Set<String> entities = new LinkedHashSet<>();
        collect(article.title(), entities, new LinkedHashSet<>());
        for (Article.Paragraph p : article.paragraphs()) {
            collect(p.text(), entities, new LinkedHashSet<>());
        }
        return entities.stream().toList();
    }

    private void collect(String text, Set<String> entities, Set<String> places) {
        for (Mention m : lexicon.find(text)) {
            add(m, entities, places);
        }
    }

    private static void add(Mention m, Set<String> entities, Set<String> places) {
        entities.add(m.entity().id());
        if (m.entity().kind() == Kind.PLACE) {
            places.add(m.entity().id());
        }
    }
}
