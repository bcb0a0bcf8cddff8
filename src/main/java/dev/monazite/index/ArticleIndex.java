package dev.monazite.index;

import dev.monazite.article.Json;
import dev.monazite.dedup.MinHasher;
import dev.monazite.facts.Annotations;
import dev.monazite.article.Article;
import dev.monazite.text.Normaliser;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The article store and search index: one Lucene document per distinct article, holding the
 * article as JSON plus the fields search needs. Adding is idempotent (the id is content-derived)
 * and crash-safe (Lucene commits are atomic: a killed ingest loses only uncommitted work, which
 * the next run adds again).
 */
public final class ArticleIndex implements Closeable {
    static final String ID = "id", CLUSTER = "cluster", FILES = "files", JSON = "json", SIG = "sig", LSH = "lsh",
            TITLE = "title", BODY = "body", SOURCE = "source", LANG = "lang", PUBLISHED = "published",
            ENTITY = "entity", PLACE = "place", FACTS = "facts", SEQ = "seq", CONCEPT = "concept";
    static final double NEAR_DUPLICATE = 0.5;

    /** What adding an article did: FAILED when a step failed on this article alone (the batch goes on). */
    public enum Outcome { ADDED, MERGED, UNCHANGED, FAILED }

    /** Hears of an article that a step failed on, with the reason; the index holds no trace of it. */
    @FunctionalInterface
    public interface Rejects {
        void rejected(Article article, String reason);
    }

    /**
     * An article as just written to the index, with the entities it names: what the fact store saves
     * for it. Replaced when the index held it before (the store may too).
     */
    public record Written(StoredArticle stored, List<String> entities, boolean replaced) {}

    // The commit's user data key listing the articles written since the previous commit, whose store
    // rows are committed only after the index: a run killed in between leaves exactly these to redo.
    private static final String UNSAVED = "monazite.store.pending";

    // A step that failed on one article's content (extraction, serialisation, analysis, a field Lucene
    // refuses): that article is left out and the batch goes on. Failures of the index itself stay IOExceptions.
    private static final class ArticleFailure extends RuntimeException {
        ArticleFailure(String step, Throwable cause) {
            super(step + " failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException;
    }

    private static <T> T step(String name, Step<T> step) {
        try {
            return step.run();
        } catch (ArticleFailure e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new ArticleFailure(name, e);
        }
    }

    // How far (in articles per worker) the workers may run ahead of the writer: enough to keep every
    // core busy, few enough that prepared documents of a huge file do not pile up in memory.
    private static final int AHEAD_PER_WORKER = 32;

    private final IndexWriter writer;
    private final Path dir;
    private final SearcherManager searchers;
    private final Function<Article, Annotations> annotator;
    // The field's concepts (export control, licence ...) a story names, in any language, so that a
    // query names them with one language-neutral term (the entity field's counterpart).
    private final dev.monazite.lexicon.Thesaurus thesaurus;
    private java.util.function.Consumer<Written> written = w -> {};
    private final Analyzer analyzer;
    private final ExecutorService workers;
    private final int workerCount;
    // Added since the last commit: NRT readers do not see them yet.
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<String, List<StoryCandidates.Uncommitted>> pendingBands = new HashMap<>();
    // Band keys found on more committed articles than a near-duplicate lookup reads (StoryCandidates).
    private final java.util.Set<String> boilerplateKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();
    // The insertion number the next new article gets. Near-duplicate candidates are ranked by it
    // (StoryCandidates), so the choice depends only on the order articles came in: not on where
    // commits fell, how segments were merged, or which copy is still uncommitted.
    private long nextSeq;

    /** An uncommitted article, with what a second merge into it needs again (its annotations whole). */
    private record Pending(StoredArticle stored, long seq, long[] sig, List<String> keys, Annotations notes) {}

    /** A committed article and its stored signature (null when the document has none). */
    private record Committed(StoredArticle stored, long seq, long[] sig) {}

    /**
     * Everything about one article that does not depend on the other articles of the batch, computed
     * by a worker against the committed index (which does not change before the next commit): the
     * committed copy with the same id, if any; otherwise the signature, band keys and the cluster of a
     * similar committed article; and, when a write may follow, the annotations and document parts.
     */
    private record Prepared(StoredArticle committed, long seq, boolean unchanged, long[] sig, List<String> keys,
                            StoryCandidates.Committed committedMatches, Annotations notes, Parts parts) {}

    /** The parts of an article's document that do not depend on its cluster or files. */
    private record Parts(Article article, byte[] json, byte[] sig, List<String> lsh,
                         PreAnalyzed title, PreAnalyzed body, PreAnalyzed source, Map<String, Integer> entities,
                         Set<String> places, Map<String, Integer> concepts) {}

    private ArticleIndex(IndexWriter writer, Function<Article, Annotations> annotator, Path dir,
                         dev.monazite.lexicon.Thesaurus thesaurus) throws IOException {
        this.dir = dir;
        this.thesaurus = thesaurus;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.nextSeq = lastSeq() + 1;
        this.annotator = annotator;
        this.analyzer = writer.getAnalyzer();
        this.workerCount = CorePool.cores();
        this.workers = CorePool.create("monazite-ingest");
    }

    private long lastSeq() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            long last = -1;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues seqs = leaf.reader().getNumericDocValues(SEQ);
                if (seqs != null) {
                    for (int d = seqs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = seqs.nextDoc()) {
                        last = Math.max(last, seqs.longValue());
                    }
                }
            }
            return last;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Hears of every article written from now on, in write order (the fact store's feed). */
    public void onWrite(java.util.function.Consumer<Written> listener) {
        this.written = listener;
    }

    /**
     * The ids the last commit listed as not yet saved in the fact store (see {@link #commit(java.util.Collection)}):
     * after a run killed between the two commits, the articles to save again; empty otherwise.
     */
    public List<String> unsavedAtLastCommit() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(UNSAVED) && !e.getValue().isEmpty()) {
                return List.of(e.getValue().split(" "));
            }
        }
        return List.of();
    }

    /** Opens (creating if needed) the index under dataDir/index, for an ingest. */
    public static ArticleIndex open(Path dataDir, Function<Article, Annotations> annotator) throws IOException {
        return open(dataDir, annotator, "ingest");
    }

    /**
     * Opens (creating if needed) the index under dataDir/index for writing; task says what for, so a
     * second writer can be told who holds the data directory. Readers never need this.
     *
     * @throws WriterBusyException when another process is writing the index
     */
    public static ArticleIndex open(Path dataDir, Function<Article, Annotations> annotator, String task)
            throws IOException {
        Path dir = dataDir.resolve("index");
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer());
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        config.setCodec(LookupCodec.create());
        IndexWriter writer;
        try {
            writer = new IndexWriter(FSDirectory.open(dir), config);
        } catch (LockObtainFailedException e) {
            throw new WriterBusyException(dataDir, WriterBusyException.holder(dir), e);
        }
        WriterBusyException.claim(dir, task);
        return new ArticleIndex(writer, annotator, dir, dev.monazite.lexicon.Thesaurus.load(dataDir));
    }

    /** The analyser for every field: text fields share one, keyword fields are lower-cased whole. */
    public static Analyzer analyzer() {
        Analyzer keyword = new KeywordLowerAnalyzer();
        return new PerFieldAnalyzerWrapper(new TextAnalyzer(), Map.of(LANG, keyword, ENTITY, keyword, PLACE, keyword, CONCEPT, keyword));
    }

    /** Adds an article seen in file, merging with a stored copy when there is one. */
    public Outcome add(Article article, String file) throws IOException {
        return addAll(List.of(article), file).get(0);
    }

    /**
     * Adds the articles seen in file, in order; the outcome of each, in the same order. The result is
     * exactly that of calling {@link #add} for each in turn: the costly per-article work (signature,
     * annotation, serialisation, analysis) runs on every core, while the decisions that depend on the
     * articles before (merge or add, which story cluster) and the writes are made in order on the
     * calling thread, so ids, clusters, files and even document order do not depend on thread timing.
     */
    public List<Outcome> addAll(List<Article> articles, String file) throws IOException {
        return addAll(articles, file, (a, reason) -> {
            throw new IllegalStateException("article " + a.id() + " from " + file + ": " + reason);
        });
    }

    /**
     * As {@link #addAll(List, String)}, except that an article a step fails on gets the outcome FAILED
     * and goes to rejects, and the others go on as if it had not been in the batch.
     *
     * @throws IOException when the index itself cannot be read or written
     */
    public List<Outcome> addAll(List<Article> articles, String file, Rejects rejects) throws IOException {
        List<Outcome> outcomes = new ArrayList<>(articles.size());
        if (articles.isEmpty()) {
            return outcomes;
        }
        IndexSearcher searcher = searchers.acquire();
        // One task per id not yet pending: later copies of an id in the batch share its task.
        Map<String, Future<Prepared>> tasks = new HashMap<>();
        List<Future<Prepared>> submitted = new ArrayList<>();
        int ahead = workerCount * AHEAD_PER_WORKER;
        int next = 0;
        try {
            for (int i = 0; i < articles.size(); i++) {
                for (; next < articles.size() && next <= i + ahead; next++) {
                    Article a = articles.get(next);
                    Pending p = pending.get(a.id());
                    // A copy of an uncommitted article needs only its document rebuilt (on a worker too),
                    // and not even that when it is from a file the article already lists.
                    if (!tasks.containsKey(a.id()) && (p == null || !p.stored().files().contains(file))) {
                        Future<Prepared> f = workers.submit(() -> p == null ? prepare(a, file, searcher) : rebuild(p));
                        tasks.put(a.id(), f);
                        submitted.add(f);
                    }
                }
                Article a = articles.get(i);
                try {
                    outcomes.add(decide(a, file, tasks.get(a.id())));
                } catch (ArticleFailure e) {
                    outcomes.add(Outcome.FAILED);
                    rejects.rejected(a, e.getMessage());
                }
            }
            return outcomes;
        } finally {
            // On failure, stop what has not started and let what has finish before the reader goes back.
            for (Future<Prepared> f : submitted) {
                f.cancel(false);
            }
            for (Future<Prepared> f : submitted) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                    // reported by decide() when it mattered
                }
            }
            searchers.release(searcher);
        }
    }

    // The sequential part: what add() did, in the same order, with the costly parts already done.
    private Outcome decide(Article article, String file, Future<Prepared> task) throws IOException {
        Pending p = pending.get(article.id());
        if (p != null) {
            if (p.stored().files().contains(file)) {
                return Outcome.UNCHANGED;
            }
            StoredArticle s = p.stored();
            Prepared r = task == null ? null : await(task);
            Parts parts = r != null && r.parts() != null && r.parts().article() == s.article() ? r.parts()
                    : rebuild(p).parts();
            write(new StoredArticle(s.article(), plus(s.files(), file), s.cluster(), p.notes().facts()),
                    p.seq(), p.sig(), p.keys(), p.notes(), parts, true);
            return Outcome.MERGED;
        }
        Prepared r = await(task);
        if (r.committed() != null) {
            if (r.unchanged()) {
                return Outcome.UNCHANGED;
            }
            StoredArticle s = r.committed();
            write(new StoredArticle(s.article(), plus(s.files(), file), s.cluster(), r.notes().facts()), r.seq(),
                    r.sig(), r.keys(), r.notes(), r.parts(), true);
            return Outcome.MERGED;
        }
        List<List<StoryCandidates.Uncommitted>> uncommitted = new ArrayList<>(r.keys().size());
        for (String k : r.keys()) {
            uncommitted.add(pendingBands.get(k));
        }
        String cluster = StoryCandidates.choose(r.committedMatches(), r.keys(), r.sig(), uncommitted);
        if (cluster == null) {
            cluster = article.id();
        }
        Parts parts = r.parts() != null && r.parts().article() == article ? r.parts() : null;
        Annotations notes = parts != null ? r.notes() : step("fact extraction", () -> annotator.apply(article));
        write(new StoredArticle(article, List.of(file), cluster, notes.facts()), nextSeq++, r.sig(), r.keys(), notes,
                parts, false);
        return Outcome.ADDED;
    }

    private static List<String> plus(List<String> files, String file) {
        List<String> out = new ArrayList<>(files.size() + 1);
        out.addAll(files);
        out.add(file);
        return out;
    }

    private static Prepared await(Future<Prepared> task) throws IOException {
        return CorePool.await(task, "indexing");
    }

    private Prepared rebuild(Pending p) throws IOException {
        Article a = p.stored().article();
        return new Prepared(null, p.seq(), false, p.sig(), p.keys(), StoryCandidates.Committed.NONE, p.notes(),
                parts(a, bodyText(a), null, p.sig(), p.keys(), p.notes()));
    }

    // The parallel part, against the committed index only.
    private Prepared prepare(Article article, String file, IndexSearcher searcher) throws IOException {
        Committed c = committed(searcher, article.id());
        if (c != null) {
            StoredArticle s = c.stored();
            if (s.files().contains(file)) {
                return new Prepared(s, c.seq(), true, null, null, StoryCandidates.Committed.NONE, null, null);
            }
            // The stored signature is the one add() computed from this very article: no second MinHash.
            String body = bodyText(s.article());
            long[] sig = c.sig() != null ? c.sig()
                    : step("signature", () -> MinHasher.signature(Normaliser.foldPreservingLength(body)));
            List<String> keys = MinHasher.bandKeys(sig);
            Annotations notes = step("fact extraction", () -> annotator.apply(s.article()));
            return new Prepared(s, c.seq(), false, sig, keys, StoryCandidates.Committed.NONE, notes,
                    step("indexing", () -> parts(s.article(), body, null, sig, keys, notes)));
        }
        String body = bodyText(article);
        // folded once: the signature and the concepts read the same folded text
        String folded = Normaliser.foldPreservingLength(body);
        long[] sig = step("signature", () -> MinHasher.signature(folded));
        List<String> keys = MinHasher.bandKeys(sig);
        StoryCandidates.Committed matches = keys.isEmpty() ? StoryCandidates.Committed.NONE
                : StoryCandidates.committed(searcher, keys, boilerplateKeys);
        Annotations notes = step("fact extraction", () -> annotator.apply(article));
        return new Prepared(null, -1, false, sig, keys, matches, notes,
                step("indexing", () -> parts(article, body, folded, sig, keys, notes)));
    }

    // folded: the body as Normaliser.foldPreservingLength gives it, when the caller holds it; else null
    private Parts parts(Article a, String body, String folded, long[] sig, List<String> keys, Annotations notes)
            throws IOException {
        return new Parts(a, Json.MAPPER.writeValueAsBytes(a),
                MinHasher.toBytes(sig), List.copyOf(new LinkedHashSet<>(keys)),
                PreAnalyzed.analyze(analyzer, TITLE, a.title()), PreAnalyzed.analyze(analyzer, BODY, body),
                a.source() == null ? null : PreAnalyzed.analyze(analyzer, SOURCE, a.source()),
                entityWeights(notes), new HashSet<>(notes.places()), concepts(a.title(), body,
                folded != null ? folded : Normaliser.foldPreservingLength(body)));
    }

    private static Map<String, Integer> entityWeights(Annotations notes) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        notes.entities().forEach(e -> out.put(e, notes.mentionsOf(e)));
        return out;
    }

    // Each concept with how often the story names it, a headline's naming counting twice: search
    // weighs a concept by it as it weighs a word by its frequency.
    private Map<String, Integer> concepts(String title, String body, String foldedBody) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        thesaurus.find(title).forEach(h -> out.merge(h.concept().id(), 2, Integer::sum));
        thesaurus.find(body, foldedBody).forEach(h -> out.merge(h.concept().id(), 1, Integer::sum));
        return out;
    }

    /** Most times a story's naming of one entity or concept counts: beyond it, repetition is not relevance. */
    private static final int MAX_WEIGHT = 20;

    /** Makes everything added so far durable and visible to searches. */
    public void commit() throws IOException {
        commit(List.of());
    }

    /**
     * As {@link #commit()}, recording in the commit which articles the fact store has yet to commit:
     * the index commits first, so a crash before the store's commit is repaired from this list alone.
     */
    public void commit(java.util.Collection<String> unsaved) throws IOException {
        writer.setLiveCommitData(Map.of(UNSAVED, String.join(" ", unsaved)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        pending.clear();
        pendingBands.clear();
    }

    /** The stored article with this id, committed or not. */
    public Optional<StoredArticle> find(String id) throws IOException {
        Pending p = pending.get(id);
        if (p != null) {
            StoredArticle st = p.stored();
            return Optional.of(new StoredArticle(st.article(), st.files(), st.cluster(), p.notes().facts()));
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Committed c = committed(searcher, id);
            return c == null ? Optional.empty() : Optional.of(c.stored());
        } finally {
            searchers.release(searcher);
        }
    }

    // The id's postings read directly: cheaper than a scored query, and safe from several threads.
    private static Committed committed(IndexSearcher searcher, String id) throws IOException {
        BytesRef term = new BytesRef(id);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(ID);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                StoredArticle s = load(leaf.reader().storedFields().document(d));
                BinaryDocValues sigs = leaf.reader().getBinaryDocValues(SIG);
                long[] sig = null;
                if (sigs != null && sigs.advanceExact(d)) {
                    BytesRef b = sigs.binaryValue();
                    sig = MinHasher.fromBytes(b.bytes, b.offset, b.length);
                }
                NumericDocValues seqs = leaf.reader().getNumericDocValues(SEQ);
                long seq = seqs != null && seqs.advanceExact(d) ? seqs.longValue() : -1;
                return new Committed(s, seq, sig);
            }
        }
        return null;
    }

    static StoredArticle load(IndexSearcher searcher, int doc) throws IOException {
        return load(searcher.storedFields().document(doc));
    }

    private static final Set<String> ARTICLE_FIELDS = Set.of(JSON, FILES, CLUSTER), ONLY_JSON = Set.of(JSON);

    /** The stored article with no facts: what a search hit shows, without parsing the article's facts. */
    static StoredArticle loadWithoutFacts(IndexSearcher searcher, int doc) throws IOException {
        return load(searcher.storedFields().document(doc, ARTICLE_FIELDS));
    }

    private static final com.fasterxml.jackson.databind.ObjectReader MEMBER =
            Json.MAPPER.readerFor(SearchHit.Member.class);

    /** Id, title, source and date of a stored article, read from its JSON without building the paragraphs. */
    static SearchHit.Member member(IndexSearcher searcher, int doc) throws IOException {
        BytesRef json = searcher.storedFields().document(doc, ONLY_JSON).getBinaryValue(JSON);
        return MEMBER.readValue(json.bytes, json.offset, json.length);
    }

    // The article and its files and story. Its facts live in the fact store; a document written by an
    // earlier version may still carry them (as FACTS), and they are not read.
    private static StoredArticle load(Document d) throws IOException {
        BytesRef json = d.getBinaryValue(JSON);
        Article a = Json.MAPPER.readValue(json.bytes, json.offset, json.length, Article.class);
        return new StoredArticle(a, List.of(d.getValues(FILES)), d.get(CLUSTER), List.of());
    }

    // Writes in call order, on the calling thread: document order is that of a sequential run.
    private void write(StoredArticle stored, long seq, long[] sig, List<String> keys, Annotations notes, Parts parts,
                       boolean replace) throws IOException {
        if (parts == null) {
            parts = step("indexing", () -> parts(stored.article(), bodyText(stored.article()), null, sig, keys, notes));
        }
        Parts p = parts;
        Document doc = step("indexing", () -> StoryFacets.build(document(stored, seq, p), stored.article(), notes));
        try {
            if (replace) {
                writer.updateDocument(new Term(ID, stored.article().id()), doc);
            } else {
                writer.addDocument(doc);
            }
        } catch (IllegalArgumentException e) {
            // Lucene refused this document alone (an immense term, say) and dropped it; the writer goes on.
            throw new ArticleFailure("indexing", e);
        }
        written.accept(new Written(stored, notes.entities(), replace));
        StoredArticle factless = new StoredArticle(stored.article(), stored.files(), stored.cluster(), List.of());
        pending.put(stored.article().id(), new Pending(factless, seq, sig, keys, notes));
        if (!replace) { // a merged copy is a candidate already, where it was first added
            StoryCandidates.Uncommitted c = new StoryCandidates.Uncommitted(seq, sig, stored.cluster());
            for (String k : keys) {
                pendingBands.computeIfAbsent(k, x -> new ArrayList<>(1)).add(c);
            }
        }
    }

    private static Document document(StoredArticle stored, long seq, Parts parts) {
        Article a = stored.article();
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.NO));
        doc.add(new StringField(CLUSTER, stored.cluster(), Field.Store.YES));
        doc.add(new SortedDocValuesField(CLUSTER, new BytesRef(stored.cluster())));
        for (String f : stored.files()) {
            doc.add(new StoredField(FILES, f));
        }
        doc.add(new StoredField(JSON, parts.json()));
        doc.add(new BinaryDocValuesField(SIG, new BytesRef(parts.sig())));
        if (seq >= 0) {
            doc.add(new NumericDocValuesField(SEQ, seq));
        }
        for (String k : parts.lsh()) {
            doc.add(new StringField(LSH, k, Field.Store.NO));
        }
        doc.add(new TextField(TITLE, parts.title().stream()));
        doc.add(new TextField(BODY, parts.body().stream()));
        if (parts.source() != null) {
            doc.add(new TextField(SOURCE, parts.source().stream()));
        }
        doc.add(new TextField(LANG, a.lang(), Field.Store.NO));
        if (a.published() != null) {
            long minutes = minutes(a.published());
            doc.add(new LongPoint(PUBLISHED, minutes));
            doc.add(new NumericDocValuesField(PUBLISHED, minutes));
        }
        // one token per naming, so the field's term frequency is how often the story names it
        parts.entities().forEach((e, n) -> {
            for (int i = 0; i < Math.min(n, MAX_WEIGHT); i++) {
                doc.add(new TextField(ENTITY, e, Field.Store.NO));
            }
        });
        for (String p : parts.places()) {
            doc.add(new TextField(PLACE, p, Field.Store.NO));
        }
        parts.concepts().forEach((c, n) -> {
            for (int i = 0; i < Math.min(n, MAX_WEIGHT); i++) {
                doc.add(new TextField(CONCEPT, c, Field.Store.NO));
            }
        });
        return doc;
    }

    static long minutes(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    /** The text that is indexed and highlighted: paragraphs separated by blank lines. */
    static String bodyText(Article a) {
        StringBuilder sb = new StringBuilder();
        for (Article.Paragraph p : a.paragraphs()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    /** Number of distinct articles committed. */
    public int size() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        workers.shutdownNow();
        try {
            searchers.close();
        } finally {
            WriterBusyException.release(dir);
            writer.rollback(); // uncommitted work is dropped, exactly as a crash would drop it
        }
    }
}
