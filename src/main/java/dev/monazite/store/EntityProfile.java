package dev.monazite.store;

import dev.monazite.lexicon.Entity;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the corpus says about one entity: its names, how many articles name it, the facts in which
 * it is subject, commodity, place or party, the entities most often named with it, and the latest
 * articles naming it.
 */
public record EntityProfile(String id, String name, String kind, List<String> names, long articles,
                            List<FactRow> facts, Map<String, Long> mentionedWith, List<ArticleRef> latest) {

    /** An article naming the entity. */
    public record ArticleRef(String id, String title, String source, LocalDateTime published) {}

    public static EntityProfile of(FactStore store, Entity e) {
        long articles = store.scalar("SELECT COUNT(*) FROM mention WHERE entity = ?", e.id());
        List<FactRow> facts = store.factsAbout(e.id());
        Map<String, Long> with = new LinkedHashMap<>();
        for (List<Object> row : store.rows("SELECT m2.entity, COUNT(*) AS n FROM mention m1 JOIN mention m2 "
                + "ON m1.article_num = m2.article_num AND m2.entity <> m1.entity WHERE m1.entity = ? "
                + "GROUP BY m2.entity ORDER BY n DESC, m2.entity LIMIT 10", e.id())) {
            with.put((String) row.get(0), ((Number) row.get(1)).longValue());
        }
        List<ArticleRef> latest = new ArrayList<>();
        for (List<Object> row : store.rows("SELECT a.id, a.title, a.source, a.published FROM article a JOIN mention m "
                + "ON m.article_num = a.num WHERE m.entity = ? ORDER BY a.published DESC NULLS LAST, a.id LIMIT 5", e.id())) {
            latest.add(new ArticleRef((String) row.get(0), (String) row.get(1), (String) row.get(2),
                    row.get(3) == null ? null : ((java.sql.Timestamp) row.get(3)).toLocalDateTime()));
        }
        return new EntityProfile(e.id(), e.name(), e.kind().name().toLowerCase(java.util.Locale.ROOT), e.names(),
                articles, facts, with, latest);
    }
}
