package dev.monazite.store;

import dev.monazite.facts.Annotations;
import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.facts.FactExtractor;
import dev.monazite.index.StoredArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings the fact store in line with the index, which is the article store of record: articles the
 * store lacks, or holds with other files or an older extractor, are (re)saved. Run after every
 * ingest, it also repairs a store left behind by a run killed between the two commits.
 */
public final class StoreSync {
    private StoreSync() {}

    /** What a sync did. */
    public record Result(int saved, int unchanged) {}

    /**
     * Saves what differs. Facts come from the index when they were made by the current extractor,
     * else from the annotator; entities always from the annotator's lexicon pass.
     */
    public static Result sync(Iterable<StoredArticle> articles, FactStore store, ArticleAnnotator annotator,
                              boolean force) {
        Map<String, String> known = new HashMap<>();
        for (List<Object> row : store.rows("SELECT a.id, a.extractor || ':' || (SELECT COUNT(*) FROM article_file f "
                + "WHERE f.article_id = a.id) FROM article a")) {
            known.put((String) row.get(0), (String) row.get(1));
        }
        int saved = 0, unchanged = 0;
        for (StoredArticle s : articles) {
            String want = FactExtractor.VERSION + ":" + s.files().size();
            if (!force && Objects.equals(known.get(s.article().id()), want)) {
                unchanged++;
                continue;
            }
            save(store, s, annotator, force);
            saved++;
            if (saved % 500 == 0) {
                store.commit();
            }
        }
        store.commit();
        return new Result(saved, unchanged);
    }

    private static void save(FactStore store, StoredArticle s, ArticleAnnotator annotator, boolean force) {
        boolean fresh = !force && s.facts().stream().allMatch(f -> FactExtractor.VERSION.equals(f.extractor()));
        if (fresh) {
            store.save(s, annotator.entities(s.article()));
            return;
        }
        Annotations notes = annotator.apply(s.article());
        store.save(new StoredArticle(s.article(), s.files(), s.cluster(), notes.facts()), notes.entities());
    }
}
