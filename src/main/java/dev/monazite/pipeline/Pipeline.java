package dev.monazite.pipeline;

import dev.monazite.facts.Annotations;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.StoredArticle;
import dev.monazite.article.Article;
import dev.monazite.ingest.InputException;
import dev.monazite.ingest.Quarantine;
import dev.monazite.ingest.Readers;
import dev.monazite.store.FactStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The ingest pipeline. Each article passes through once: read and built ({@link Readers}), given its
 * story and annotated and written to the index ({@link ArticleIndex}), then saved in the fact store
 * ({@link FactStore}) in batches. Nothing reads the corpus back.
 *
 * <p>Commits come every couple of seconds, after whole files: first the index, whose commit lists
 * the articles the store has yet to commit, then the store. A run killed between the two leaves that
 * list in the index, and the next run saves those articles again before anything else: the repair
 * costs one batch, never a scan. The store's batch is written on its own thread while the next files
 * are indexed; the next index commit waits for it, so the two never drift more than one batch apart.
 *
 * <p>A file that fails is reported and skipped; the others go on. An article a step fails on is
 * reported with its file, item and reason and quarantined ({@link Quarantine}): later runs skip it.
 */
public final class Pipeline implements AutoCloseable {
    /**
     * How long a run may go without a commit: what a crash can cost, at most, in work to redo. Two
     * seconds, unless the system property {@code monazite.commit-every} gives an ISO-8601 duration:
     * the crash tests commit often, so that even on a fast machine a run commits many times before
     * it ends and a kill lands mid-run.
     */
    public static final Duration COMMIT_EVERY = Duration.parse(System.getProperty("monazite.commit-every", "PT2S"));

    /** Receives progress as files finish; implementations decide whether and how to show it. */
    public interface Progress {
        void started(int files, long bytes);

        void fileDone(Path file, long bytes, int articles);

        void failed(Path file, String reason);

        /** Something was repaired in a file that was still ingested (bad bytes replaced, say). */
        default void warned(Path file, String message) {}

        /** Progress that shows nothing (benchmarks, tests). */
        Progress SILENT = new Progress() {
            @Override
            public void started(int files, long bytes) {}

            @Override
            public void fileDone(Path file, long bytes, int articles) {}

            @Override
            public void failed(Path file, String reason) {}
        };
    }

    /**
     * What a run did; quarantined counts the items set aside by this run, skipped those set aside by
     * an earlier one, repaired the articles an interrupted run had left unsaved in the store.
     */
    public record Summary(int filesRead, int filesFailed, int articlesAdded, int duplicatesMerged, int unchanged,
                          long bytes, int quarantined, int skipped, int repaired) {
        /** Whether any file or article failed. */
        public boolean failed() {
            return filesFailed > 0;
        }
    }

    private final ArticleIndex index;
    private final FactStore store;
    private final Function<Article, Annotations> annotator;
    private final Progress progress;
    private final long commitEveryNanos;
    private final Quarantine quarantine;
    private final ExecutorService reader = daemon("monazite-ingest-reader");
    private final ExecutorService storeWriter = daemon("monazite-store-writer");
    // Written to the index since its last commit, by id: the store's next batch.
    private Map<String, FactStore.Saved> unsaved = new LinkedHashMap<>();
    private Future<List<FactStore.Refused>> storing;

    /**
     * A pipeline into index and store (null: the index alone, for benchmarks and index tests), with
     * the annotator the index uses, committing after the first file to end at least commitEvery after
     * the last commit, and at the end. Articles, stories and counts do not depend on where commits fall.
     */
    public Pipeline(ArticleIndex index, FactStore store, Function<Article, Annotations> annotator, Progress progress,
                    Duration commitEvery, Quarantine quarantine) {
        this.index = index;
        this.store = store;
        this.annotator = annotator;
        this.progress = progress;
        this.commitEveryNanos = commitEvery.toNanos();
        this.quarantine = quarantine;
        if (store != null) {
            index.onWrite(this::written);
        }
    }

    /** A pipeline into the index alone, with an in-memory quarantine (benchmarks and index tests). */
    public Pipeline(ArticleIndex index, Progress progress) {
        this(index, progress, COMMIT_EVERY);
    }

    /** As {@link #Pipeline(ArticleIndex, Progress)}, committing every commitEvery. */
    public Pipeline(ArticleIndex index, Progress progress, Duration commitEvery) {
        this(index, progress, commitEvery, Quarantine.inMemory());
    }

    /** A pipeline into the index alone, with the given quarantine. */
    public Pipeline(ArticleIndex index, Progress progress, Duration commitEvery, Quarantine quarantine) {
        this(index, null, a -> Annotations.NONE, progress, commitEvery, quarantine);
    }

    /** What a run has done so far. */
    private static final class Counts {
        int read, failed, added, merged, unchanged, quarantined, skipped, repaired;
        long bytes;
    }

    /**
     * Ingests files and directories (recursively, hidden entries skipped).
     *
     * @throws IOException when the index itself cannot be written (input problems are reported per file)
     * @throws dev.monazite.store.StoreException when the store's database fails
     */
    public Summary run(List<Path> paths) throws IOException {
        Counts n = new Counts();
        n.repaired = repairInterrupted();
        Map<Path, String> unreachable = new LinkedHashMap<>();
        List<Path> files = Readers.expand(paths, unreachable);
        progress.started(files.size() + unreachable.size(), Readers.totalBytes(files));
        unreachable.forEach((path, reason) -> {
            progress.failed(path, reason);
            n.failed++;
        });
        Set<String> seenThisRun = new HashSet<>();
        long lastCommit = System.nanoTime();
        // The next file is read and built while this one is indexed: that needs nothing from the index.
        Future<Loading> next = files.isEmpty() ? null : reader.submit(loading(files.get(0)));
        for (int f = 0; f < files.size(); f++) {
            Loading loaded = await(next);
            next = f + 1 < files.size() ? reader.submit(loading(files.get(f + 1))) : null;
            ingestFile(files.get(f), loaded, n, seenThisRun);
            if (System.nanoTime() - lastCommit >= commitEveryNanos) {
                commit(n);
                lastCommit = System.nanoTime();
            }
        }
        commit(n);
        n.quarantined += reportStored(n);
        return new Summary(n.read, n.failed, n.added, n.merged, n.unchanged, n.bytes, n.quarantined, n.skipped,
                n.repaired);
    }

    // The index commits first, listing what the store has yet to commit; the store's batch then goes
    // to its thread. The batch before must be committed first: at most one is ever in flight.
    private void commit(Counts n) throws IOException {
        n.quarantined += reportStored(n);
        index.commit(store == null ? List.of() : unsaved.keySet());
        if (store == null) {
            return;
        }
        Map<String, FactStore.Saved> batch = unsaved;
        unsaved = new LinkedHashMap<>();
        storing = storeWriter.submit(() -> {
            List<FactStore.Refused> refused = store.saveAll(batch.values());
            CrashPoint.BEFORE_STORE_COMMIT.reach();
            store.commit();
            return refused;
        });
    }

    // Waits for the store's batch in flight, and quarantines the articles it refused; how many.
    private int reportStored(Counts n) throws IOException {
        if (storing == null) {
            return 0;
        }
        List<FactStore.Refused> refused = await(storing);
        storing = null;
        for (FactStore.Refused r : refused) {
            Quarantine.Item it = r.setAside(quarantine);
            progress.failed(Path.of(it.file()), it.item() + ": " + it.reason()
                    + "; quarantined, the other articles were saved (see 'monazite doctor')");
        }
        if (!refused.isEmpty()) {
            n.failed++;
        }
        return refused.size();
    }

    // The index takes articles in order; each one written is queued for the store. A second write
    // of an id in the same batch (a copy merged before the commit) replaces the first, keeping
    // whether the store held the article before the batch.
    private void written(ArticleIndex.Written w) {
        String id = w.stored().article().id();
        FactStore.Saved before = unsaved.get(id);
        boolean replaces = before == null ? w.replaced() : before.replaces();
        unsaved.put(id, new FactStore.Saved(w.stored(), w.entities(), replaces));
    }

    /**
     * Saves again those of the articles the last index commit listed as not yet in the store that the
     * store does not hold as the index does (same extractor, same files): a run killed between the two
     * commits left them, annotated again. One batch at most: never a pass over the corpus.
     */
    private int repairInterrupted() throws IOException {
        List<String> listed = store == null ? List.of() : index.unsavedAtLastCommit();
        Map<String, String> saved = listed.isEmpty() ? Map.of() : store.saved(listed);
        List<FactStore.Saved> batch = new ArrayList<>();
        for (String id : listed) {
            StoredArticle s = quarantine.contains(Quarantine.articleKey(id)) ? null : index.find(id).orElse(null);
            if (s == null || FactStore.state(s).equals(saved.get(id))) {
                continue; // quarantined, not in the committed index, or saved after all
            }
            Annotations notes = annotator.apply(s.article()); // the index keeps no facts: the store is their home
            batch.add(new FactStore.Saved(new StoredArticle(s.article(), s.files(), s.cluster(), notes.facts()),
                    notes.entities(), saved.containsKey(id)));
        }
        if (batch.isEmpty()) {
            return 0;
        }
        List<FactStore.Refused> refused = store.saveAll(batch);
        store.commit();
        refused.forEach(r -> r.setAside(quarantine));
        return batch.size() - refused.size();
    }

    // One loaded file into the index: its warnings and set-aside items reported, its articles added.
    private void ingestFile(Path file, Loading loading, Counts n, Set<String> seenThisRun) throws IOException {
        if (loading.failure() != null) {
            n.failed++;
            progress.failed(file, loading.failure());
            return;
        }
        Readers.Loaded loaded = loading.loaded();
        loaded.warnings().forEach(w -> progress.warned(file, w));
        String name = file.toAbsolutePath().normalize().toString();
        List<Readers.Rejection> rejected = new ArrayList<>(loaded.rejected());
        List<Article> articles = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int skipped = loaded.skipped();
        for (int i = 0; i < loaded.articles().size(); i++) {
            Article a = loaded.articles().get(i);
            if (quarantine.contains(Quarantine.articleKey(a.id()))) {
                skipped++;
            } else {
                articles.add(a);
                positions.add(i);
            }
        }
        List<ArticleIndex.Outcome> outcomes = index.addAll(articles, name, (a, reason) -> {
            int at = positions.get(articles.indexOf(a));
            rejected.add(new Readers.Rejection(Quarantine.articleKey(a.id()), Quarantine.Stage.INDEX,
                    Quarantine.itemLabel(at, a.title()), reason));
        });
        int taken = 0;
        for (int i = 0; i < articles.size(); i++) {
            switch (counted(outcomes.get(i), articles.get(i), seenThisRun)) {
                case ADDED -> n.added++;
                case MERGED -> n.merged++;
                case UNCHANGED -> n.unchanged++;
                case FAILED -> taken--; // in rejected
            }
            taken++;
        }
        n.read++;
        n.bytes += loaded.bytes();
        n.skipped += skipped;
        progress.fileDone(file, loaded.bytes(), taken);
        for (Readers.Rejection r : rejected) {
            quarantine.add(r.key(), r.stage(), name, r.item(), r.reason());
            progress.failed(file, r.item() + ": " + r.reason() + "; quarantined, the rest of the file went on "
                    + "(see 'monazite doctor')");
        }
        n.quarantined += rejected.size();
        List<String> problems = loaded.problems();
        if (!problems.isEmpty()) {
            progress.failed(file, problems.size() + " bad record(s), e.g. " + problems.get(0)
                    + "; the other records were ingested");
        }
        if (!problems.isEmpty() || !rejected.isEmpty()) {
            n.failed++;
        }
    }

    /** One file loaded, or why it could not be. */
    private record Loading(Readers.Loaded loaded, String failure) {}

    private Callable<Loading> loading(Path file) {
        return () -> {
            try {
                return new Loading(Readers.load(file, quarantine), null);
            } catch (InputException e) {
                return new Loading(null, e.getMessage());
            }
        };
    }

    // A second copy met in this run (the same file twice, a page printing its article twice)
    // counts as a merged duplicate; one already stored by an earlier run is simply unchanged.
    private static ArticleIndex.Outcome counted(ArticleIndex.Outcome outcome, Article a, Set<String> seenThisRun) {
        boolean firstTimeThisRun = seenThisRun.add(a.id());
        if (outcome == ArticleIndex.Outcome.UNCHANGED && !firstTimeThisRun) {
            return ArticleIndex.Outcome.MERGED;
        }
        return outcome;
    }

    private static <T> T await(Future<T> task) throws IOException {
        return dev.monazite.index.CorePool.await(task, "ingesting");
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops the pipeline's threads; what was not committed is dropped, as a crash would drop it. */
    @Override
    public void close() {
        reader.shutdownNow();
        // Not interrupted: an interrupt closes the embedded database's file under the writer. A batch
        // still being written when the run failed is let finish; the caller's close rolls it back.
        storeWriter.shutdown();
        try {
            storeWriter.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
