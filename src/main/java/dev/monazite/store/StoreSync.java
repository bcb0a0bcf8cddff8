package dev.monazite.store;

import dev.monazite.facts.Annotations;
import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.index.StoredArticle;
import dev.monazite.ingest.Quarantine;
import dev.monazite.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings the fact store in line with the index, which is the article store of record: articles the
 * store lacks, or holds with other files or an older extractor, are (re)saved. A whole pass: ingest
 * never runs it (it saves each article as it indexes it); {@code reextract} and {@code doctor} do.
 */
public final class StoreSync {
    private StoreSync() {}

    /**
     * What a sync did: articles saved, found unchanged, refused now (and quarantined), and skipped
     * because they were quarantined before.
     */
    public record Result(int saved, int unchanged, List<Quarantine.Item> rejected, int skipped) {
        public Result {
            rejected = List.copyOf(rejected);
        }
    }

    /** As {@link #sync(Iterable, FactStore, ArticleAnnotator, boolean, Quarantine)}, quarantining in memory. */
    public static Result sync(Iterable<StoredArticle> articles, FactStore store, ArticleAnnotator annotator,
                              boolean force) {
        return sync(articles, store, annotator, force, Quarantine.inMemory());
    }

    // Articles saved per batch: one JDBC batch and one commit each.
    private static final int BATCH = 500;

    /**
     * Saves what differs, reading the articles one at a time and saving them in batches, each
     * annotated again (facts and entities). An article the store refuses, or whose extraction
     * fails, is quarantined with the reason and the others go on; articles quarantined before are
     * skipped. Not part of ingest, which saves each article as it indexes it: this is for
     * {@code reextract} and {@code doctor --retry}.
     *
     * @throws StoreException when the database itself fails (nothing of the open batch stands)
     */
    public static Result sync(Iterable<StoredArticle> articles, FactStore store, ArticleAnnotator annotator,
                              boolean force, Quarantine quarantine) {
        Map<String, String> known = force ? Map.of() : store.savedAll();
        int saved = 0, unchanged = 0, skipped = 0;
        List<Quarantine.Item> rejected = new ArrayList<>();
        List<FactStore.Saved> batch = new ArrayList<>();
        for (StoredArticle s : articles) {
            String key = Quarantine.articleKey(s.article().id());
            if (!force && Objects.equals(known.get(s.article().id()), FactStore.state(s))) {
                unchanged++;
            } else if (quarantine.contains(key)) {
                skipped++;
            } else {
                try {
                    batch.add(saved(s, annotator, known.containsKey(s.article().id()) || force));
                } catch (RuntimeException | StackOverflowError e) {
                    rejected.add(quarantine(quarantine, s, "fact extraction failed: "
                            + Texts.label(e.getClass().getSimpleName() + ": " + e.getMessage(), 300)));
                }
                if (batch.size() >= BATCH) {
                    saved += flush(store, batch, quarantine, rejected);
                }
            }
        }
        saved += flush(store, batch, quarantine, rejected);
        return new Result(saved, unchanged, rejected, skipped);
    }

    private static int flush(FactStore store, List<FactStore.Saved> batch, Quarantine quarantine,
                             List<Quarantine.Item> rejected) {
        List<FactStore.Refused> refused = store.saveAll(batch);
        store.commit();
        for (FactStore.Refused r : refused) {
            rejected.add(r.setAside(quarantine));
        }
        int n = batch.size() - refused.size();
        batch.clear();
        return n;
    }

    static Quarantine.Item quarantine(Quarantine quarantine, StoredArticle s, String reason) {
        return quarantine.add(Quarantine.articleKey(s.article().id()), Quarantine.Stage.STORE,
                s.files().isEmpty() ? "" : s.files().get(0),
                Quarantine.articleLabel(s.article().title(), s.article().id()), reason);
    }

    /**
     * How the store stands against the index: the articles each holds, the indexed articles the store
     * lacks (not counting quarantined ones), holds from an older extractor or with other files, and
     * holds though the index does not.
     */
    public record Agreement(int indexed, int stored, List<String> missing, List<String> stale,
                            List<String> orphaned) {
        public Agreement {
            missing = List.copyOf(missing);
            stale = List.copyOf(stale);
            orphaned = List.copyOf(orphaned);
        }

        public boolean agrees() {
            return missing.isEmpty() && stale.isEmpty() && orphaned.isEmpty();
        }
    }

    /** Compares the store with the index, changing neither. */
    public static Agreement compare(Iterable<StoredArticle> articles, FactStore store, Quarantine quarantine) {
        Map<String, String> known = store.savedAll();
        List<String> missing = new ArrayList<>(), stale = new ArrayList<>();
        java.util.Set<String> indexed = new java.util.HashSet<>();
        for (StoredArticle s : articles) {
            String id = s.article().id();
            indexed.add(id);
            String have = known.get(id);
            if (have == null && !quarantine.contains(Quarantine.articleKey(id))) {
                missing.add(id);
            } else if (have != null && !have.equals(FactStore.state(s))) {
                stale.add(id);
            }
        }
        List<String> orphaned = known.keySet().stream().filter(id -> !indexed.contains(id)).sorted().toList();
        return new Agreement(indexed.size(), known.size(), missing, stale, orphaned);
    }

    // The index keeps articles, not facts: each article saved is annotated again.
    private static FactStore.Saved saved(StoredArticle s, ArticleAnnotator annotator, boolean replaces) {
        Annotations notes = annotator.apply(s.article());
        return new FactStore.Saved(new StoredArticle(s.article(), s.files(), s.cluster(), notes.facts()),
                notes.entities(), replaces);
    }
}
