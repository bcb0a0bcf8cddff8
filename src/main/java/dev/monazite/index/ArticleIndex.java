package dev.monazite.index;

import dev.monazite.dedup.MinHasher;
import dev.monazite.facts.Annotations;
import dev.monazite.facts.Fact;
import dev.monazite.ingest.Article;
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
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
            ENTITY = "entity", PLACE = "place", FACTS = "facts";
    static final double NEAR_DUPLICATE = 0.5;

    /** What adding an article did. */
    public enum Outcome { ADDED, MERGED, UNCHANGED }

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Function<Article, Annotations> annotator;
    // Added since the last refresh: NRT readers do not see them yet.
    private final Map<String, StoredArticle> pending = new HashMap<>();
    private final Map<String, List<Candidate>> pendingBands = new HashMap<>();

    private record Candidate(long[] sig, String cluster) {}

    private ArticleIndex(IndexWriter writer, Function<Article, Annotations> annotator) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.annotator = annotator;
    }

    /** Opens (creating if needed) the index under dataDir/index. */
    public static ArticleIndex open(Path dataDir, Function<Article, Annotations> annotator) throws IOException {
        Path dir = dataDir.resolve("index");
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer());
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        try {
            return new ArticleIndex(new IndexWriter(FSDirectory.open(dir), config), annotator);
        } catch (LockObtainFailedException e) {
            throw new IOException("the data directory " + dataDir + " is in use by another Monazite process; "
                    + "wait for it to finish or use another --data directory", e);
        }
    }

    /** The analyser for every field: text fields share one, keyword fields are lower-cased whole. */
    public static Analyzer analyzer() {
        Analyzer keyword = new KeywordLowerAnalyzer();
        return new PerFieldAnalyzerWrapper(new TextAnalyzer(), Map.of(LANG, keyword, ENTITY, keyword, PLACE, keyword));
    }

    /** Adds an article seen in file, merging with a stored copy when there is one. */
    public Outcome add(Article article, String file) throws IOException {
        StoredArticle existing = find(article.id()).orElse(null);
        if (existing != null) {
            if (existing.files().contains(file)) {
                return Outcome.UNCHANGED;
            }
            List<String> files = new ArrayList<>(existing.files());
            files.add(file);
            write(new StoredArticle(existing.article(), files, existing.cluster(), existing.facts()),
                    MinHasher.signature(foldedText(existing.article())), true);
            return Outcome.MERGED;
        }
        long[] sig = MinHasher.signature(foldedText(article));
        String cluster = clusterFor(sig).orElse(article.id());
        write(new StoredArticle(article, List.of(file), cluster, List.of()), sig, false);
        return Outcome.ADDED;
    }

    /** Makes everything added so far durable and visible to searches. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
        pending.clear();
        pendingBands.clear();
    }

    /** The stored article with this id, committed or not. */
    public Optional<StoredArticle> find(String id) throws IOException {
        StoredArticle p = pending.get(id);
        if (p != null) {
            return Optional.of(p);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(load(searcher, top.scoreDocs[0].doc));
        } finally {
            searchers.release(searcher);
        }
    }

    static StoredArticle load(IndexSearcher searcher, int doc) throws IOException {
        Document d = searcher.storedFields().document(doc);
        BytesRef json = d.getBinaryValue(JSON);
        Article a = Json.MAPPER.readValue(json.bytes, json.offset, json.length, Article.class);
        BytesRef facts = d.getBinaryValue(FACTS);
        List<Fact> list = facts == null ? List.of()
                : List.of(Json.MAPPER.readValue(facts.bytes, facts.offset, facts.length, Fact[].class));
        return new StoredArticle(a, List.of(d.getValues(FILES)), d.get(CLUSTER), list);
    }

    private Optional<String> clusterFor(long[] sig) throws IOException {
        List<String> keys = MinHasher.bandKeys(sig);
        Optional<String> fromPending = pendingCluster(sig, keys);
        if (fromPending.isPresent() || keys.isEmpty()) {
            return fromPending;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            // Walk the postings of the band keys directly: a scored BooleanQuery per article costs
            // more than the whole lookup needs.
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Optional<String> c = clusterInLeaf(leaf, keys, sig);
                if (c.isPresent()) {
                    return c;
                }
            }
            return Optional.empty();
        } finally {
            searchers.release(searcher);
        }
    }

    private static Optional<String> clusterInLeaf(LeafReaderContext leaf, List<String> keys, long[] sig)
            throws IOException {
        Terms terms = leaf.reader().terms(LSH);
        if (terms == null) {
            return Optional.empty();
        }
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        Bits live = leaf.reader().getLiveDocs();
        for (String k : keys) {
            if (!te.seekExact(new BytesRef(k))) {
                continue;
            }
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                Optional<String> c = clusterIfSimilar(leaf, d, sig);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    // Signatures and clusters live in doc values: reading them costs no stored-field decompression.
    private static Optional<String> clusterIfSimilar(LeafReaderContext leaf, int local, long[] sig)
            throws IOException {
        BinaryDocValues sigs = leaf.reader().getBinaryDocValues(SIG);
        SortedDocValues clusters = leaf.reader().getSortedDocValues(CLUSTER);
        if (sigs == null || clusters == null || !sigs.advanceExact(local) || !clusters.advanceExact(local)) {
            return Optional.empty();
        }
        BytesRef b = sigs.binaryValue();
        if (MinHasher.similarity(sig, MinHasher.fromBytes(b.bytes, b.offset, b.length)) < NEAR_DUPLICATE) {
            return Optional.empty();
        }
        return Optional.of(clusters.lookupOrd(clusters.ordValue()).utf8ToString());
    }

    private Optional<String> pendingCluster(long[] sig, List<String> keys) {
        for (String k : keys) {
            for (Candidate c : pendingBands.getOrDefault(k, List.of())) {
                if (MinHasher.similarity(sig, c.sig()) >= NEAR_DUPLICATE) {
                    return Optional.of(c.cluster());
                }
            }
        }
        return Optional.empty();
    }

    private void write(StoredArticle unannotated, long[] sig, boolean replace) throws IOException {
        Annotations notes = annotator.apply(unannotated.article());
        StoredArticle stored = new StoredArticle(unannotated.article(), unannotated.files(), unannotated.cluster(),
                notes.facts());
        Document doc = document(stored, sig, notes);
        if (replace) {
            writer.updateDocument(new Term(ID, stored.article().id()), doc);
        } else {
            writer.addDocument(doc);
        }
        pending.put(stored.article().id(), stored);
        for (String k : MinHasher.bandKeys(sig)) {
            pendingBands.computeIfAbsent(k, x -> new ArrayList<>(1)).add(new Candidate(sig, stored.cluster()));
        }
    }

    private Document document(StoredArticle stored, long[] sig, Annotations notes) throws IOException {
        Article a = stored.article();
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.NO));
        doc.add(new StringField(CLUSTER, stored.cluster(), Field.Store.YES));
        doc.add(new SortedDocValuesField(CLUSTER, new BytesRef(stored.cluster())));
        for (String f : stored.files()) {
            doc.add(new StoredField(FILES, f));
        }
        doc.add(new StoredField(JSON, Json.MAPPER.writeValueAsBytes(a)));
        if (!stored.facts().isEmpty()) {
            doc.add(new StoredField(FACTS, Json.MAPPER.writeValueAsBytes(stored.facts())));
        }
        doc.add(new BinaryDocValuesField(SIG, new BytesRef(MinHasher.toBytes(sig))));
        for (String k : new LinkedHashSet<>(MinHasher.bandKeys(sig))) {
            doc.add(new StringField(LSH, k, Field.Store.NO));
        }
        doc.add(new TextField(TITLE, a.title(), Field.Store.NO));
        doc.add(new TextField(BODY, bodyText(a), Field.Store.NO));
        if (a.source() != null) {
            doc.add(new TextField(SOURCE, a.source(), Field.Store.NO));
        }
        doc.add(new TextField(LANG, a.lang(), Field.Store.NO));
        if (a.published() != null) {
            long minutes = minutes(a.published());
            doc.add(new LongPoint(PUBLISHED, minutes));
            doc.add(new NumericDocValuesField(PUBLISHED, minutes));
        }
        for (String e : new HashSet<>(notes.entities())) {
            doc.add(new TextField(ENTITY, e, Field.Store.NO));
        }
        for (String p : new HashSet<>(notes.places())) {
            doc.add(new TextField(PLACE, p, Field.Store.NO));
        }
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

    private static String foldedText(Article a) {
        return Normaliser.foldPreservingLength(bodyText(a));
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
        try {
            searchers.close();
        } finally {
            writer.rollback(); // uncommitted work is dropped, exactly as a crash would drop it
        }
    }
}
