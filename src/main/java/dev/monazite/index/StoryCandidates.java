package dev.monazite.index;

import dev.monazite.dedup.MinHasher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Which earlier article a new one is a near-duplicate of, among the articles that share an LSH key
 * with it. The committed side is gathered on a worker ({@link #committed}); the choice, which also
 * needs the uncommitted articles, is made in order on the writer's thread ({@link #choose}).
 *
 * <p>The rules, which depend only on the articles added before and their insertion numbers (not
 * on where commits fell or how segments were merged):
 * <ul>
 * <li>A band key carried by more than {@link #COMMON} earlier articles is boilerplate (news built
 * from stock phrases, template price bulletins) and brings no candidates. So a lookup reads a
 * bounded number of postings however large the index grows; before this rule it read every article
 * sharing a stock phrase, a quarter of the ingest path's CPU at 100,000 articles. The key of the
 * whole signature is never boilerplate: only copies of one text share it, so a wire story under
 * hundreds of titles is still one story.</li>
 * <li>Candidates are ranked by the bands they share with the new article (counted on the two
 * signatures), then by insertion number, latest first, and taken while all the candidates
 * sharing a given number of bands fit in {@link #CHECKED} checks; the most-shared group is checked
 * whatever its size if it shares at least {@link #STRONG} bands (copies of one story). The first
 * checked candidate whose estimated Jaccard similarity reaches the threshold gives the cluster.</li>
 * </ul>
 */
final class StoryCandidates {
    private StoryCandidates() {}

    static final int CHECKED = 64;
    static final int COMMON = 256;
    private static final int STRONG = 4;
    private static final int SEQ_BITS = 40;

    /** An uncommitted article as a candidate. */
    record Uncommitted(long seq, long[] sig, String cluster) {}

    /**
     * The committed side of one lookup, gathered on a worker: for each key, how many committed
     * articles carry it ({@code COMMON + 1} meaning more), and each document the other keys brought
     * (leaf and doc id packed) with a bit for each key that brought it. Nothing is read from the
     * documents yet: which of them are worth reading depends on the uncommitted articles too.
     */
    record Committed(int[] keyCounts, long[] docs, long[] keyBits, List<LeafReaderContext> leaves) {
        static final Committed NONE = new Committed(new int[0], new long[0], new long[0], List.of());
    }

    private static final int KEY_BITS = 5; // room for the 17 key numbers

    /**
     * Gathers the committed candidates of an article with these keys. Known holds the band keys
     * already found boilerplate: an article, once added, stays, so a key's count never goes down and
     * a key found boilerplate once is boilerplate for good (and need not be looked up again).
     */
    static Committed committed(IndexSearcher searcher, List<String> keys, java.util.Set<String> known)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        TermsEnum[] enums = new TermsEnum[leaves.size()];
        for (int l = 0; l < leaves.size(); l++) {
            Terms terms = leaves.get(l).reader().terms(ArticleIndex.LSH);
            enums[l] = terms == null ? null : terms.iterator();
        }
        int[] counts = new int[keys.size()];
        LongList found = new LongList(); // (leaf << 32 | doc) << KEY_BITS | key number
        PostingsEnum postings = null;
        for (int k = 0; k < keys.size(); k++) {
            if (known.contains(keys.get(k))) {
                counts[k] = COMMON + 1;
                continue;
            }
            postings = gather(leaves, enums, keys.get(k), postings, found, k, counts);
            if (counts[k] > COMMON) {
                known.add(keys.get(k));
            }
        }
        Arrays.sort(found.values, 0, found.size);
        LongList docs = new LongList();
        LongList keyBits = new LongList();
        for (int i = 0; i < found.size; ) {
            long doc = found.values[i] >>> KEY_BITS;
            long bits = 0;
            for (; i < found.size && found.values[i] >>> KEY_BITS == doc; i++) {
                bits |= 1L << (found.values[i] & (1 << KEY_BITS) - 1);
            }
            docs.add(doc);
            keyBits.add(bits);
        }
        return new Committed(counts, Arrays.copyOf(docs.values, docs.size), Arrays.copyOf(keyBits.values, keyBits.size),
                leaves);
    }

    private static boolean bounded(String key) {
        return !key.startsWith(MinHasher.WHOLE_KEY);
    }

    // The live documents carrying key, unless there are more than COMMON (and the key is a band key).
    private static PostingsEnum gather(List<LeafReaderContext> leaves, TermsEnum[] enums, String key,
                                       PostingsEnum reuse, LongList found, int k, int[] counts) throws IOException {
        boolean bounded = bounded(key);
        BytesRef term = new BytesRef(key);
        int mark = found.size;
        long atLeast = 0;
        int live = 0;
        PostingsEnum postings = reuse;
        for (int l = 0; l < leaves.size(); l++) {
            if (enums[l] == null || !enums[l].seekExact(term)) {
                continue;
            }
            LeafReader reader = leaves.get(l).reader();
            // A quick lower bound first: a stock phrase's key is dismissed without reading its postings.
            atLeast += Math.max(0, enums[l].docFreq() - reader.numDeletedDocs());
            if (bounded && atLeast > COMMON) {
                return boilerplate(found, mark, counts, k, postings);
            }
            Bits liveDocs = reader.getLiveDocs();
            postings = enums[l].postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (liveDocs == null || liveDocs.get(d)) {
                    if (bounded && ++live > COMMON) {
                        return boilerplate(found, mark, counts, k, postings);
                    }
                    found.add(((long) l << 32 | d) << KEY_BITS | k);
                }
            }
        }
        counts[k] = bounded ? live : 0;
        return postings;
    }

    private static PostingsEnum boilerplate(LongList found, int mark, int[] counts, int k, PostingsEnum postings) {
        found.size = mark;
        counts[k] = COMMON + 1;
        return postings;
    }

    /**
     * The cluster of the best similar candidate, or null: committed ones as gathered, uncommitted ones
     * from pending (for each key, the uncommitted articles carrying it, or null), with a band key
     * counted as boilerplate when its committed and uncommitted articles together exceed COMMON. The
     * bands a candidate shares are the non-boilerplate band keys it carries too (all of them when it
     * carries the whole-signature key).
     */
    static String choose(Committed committed, List<String> keys, long[] sig, List<List<Uncommitted>> pending)
            throws IOException {
        long boilerplate = 0;
        long bandBits = 0;
        long wholeBits = 0;
        for (int k = 0; k < keys.size(); k++) {
            if (!bounded(keys.get(k))) {
                wholeBits |= 1L << k;
                continue;
            }
            bandBits |= 1L << k;
            int count = (k < committed.keyCounts().length ? committed.keyCounts()[k] : 0)
                    + (pending.get(k) == null ? 0 : pending.get(k).size());
            if (count > COMMON) {
                boilerplate |= 1L << k;
            }
        }
        long useful = bandBits & ~boilerplate;
        int[] perBandCount = new int[MinHasher.BANDS + 1];
        int[] committedShared = new int[committed.docs().length];
        for (int c = 0; c < committedShared.length; c++) {
            committedShared[c] = shared(committed.keyBits()[c], wholeBits, useful);
            perBandCount[committedShared[c]]++;
        }
        List<Uncommitted> fresh = new ArrayList<>();
        long[] freshBits = uncommitted(pending, useful | wholeBits, fresh);
        int[] freshShared = new int[fresh.size()];
        for (int f = 0; f < freshShared.length; f++) {
            freshShared[f] = shared(freshBits[f], wholeBits, useful);
            perBandCount[freshShared[f]]++;
        }
        int least = leastBandsChecked(perBandCount); // at least 1: sharing no band is no candidate
        // Only the candidates that may be checked get their insertion number read and a rank.
        Reading reading = new Reading(committed.leaves());
        LongList ranks = new LongList();
        List<Object> who = new ArrayList<>(); // the committed document (Long) or the Uncommitted
        for (int c = 0; c < committedShared.length && ranks.size < MAX_CANDIDATES; c++) {
            if (committedShared[c] >= least) {
                long doc = committed.docs()[c];
                ranks.add(rank(committedShared[c], reading.seq((int) (doc >>> 32), (int) doc)));
                who.add(doc);
            }
        }
        for (int f = 0; f < freshShared.length && ranks.size < MAX_CANDIDATES; f++) {
            if (freshShared[f] >= least) {
                ranks.add(rank(freshShared[f], fresh.get(f).seq()));
                who.add(fresh.get(f));
            }
        }
        return first(ranks, who, sig, committed.leaves());
    }

    // Candidate numbers packed below a 45-bit rank or a 40-bit insertion number and a key number:
    // room for 262,143 candidates, far beyond 17 keys of COMMON articles (the whole-signature key
    // alone is unbounded: past that many copies of one text, the rest are left out).
    private static final int INDEX_BITS = 18;
    private static final int MAX_CANDIDATES = (1 << INDEX_BITS) - 1;

    // Bands shared with a candidate that carries these keys: all of them for a copy of the whole signature.
    private static int shared(long keyBits, long wholeBits, long useful) {
        return (keyBits & wholeBits) != 0 ? MinHasher.BANDS : Long.bitCount(keyBits & useful);
    }

    // The distinct uncommitted articles carrying any of the keys in wanted, and which of those keys
    // each carries: (seq, index, key) packed in longs and sorted, so that one article is one run.
    private static long[] uncommitted(List<List<Uncommitted>> pending, long wanted, List<Uncommitted> out) {
        List<Uncommitted> all = new ArrayList<>();
        LongList packed = new LongList();
        for (int k = 0; k < pending.size(); k++) {
            if ((wanted & 1L << k) != 0 && pending.get(k) != null) {
                for (Uncommitted u : pending.get(k)) {
                    if (all.size() == MAX_CANDIDATES) {
                        break;
                    }
                    packed.add((u.seq() << INDEX_BITS | all.size()) << KEY_BITS | k);
                    all.add(u);
                }
            }
        }
        Arrays.sort(packed.values, 0, packed.size);
        LongList bits = new LongList();
        for (int i = 0; i < packed.size; ) {
            long seq = packed.values[i] >>> INDEX_BITS + KEY_BITS;
            Uncommitted u = all.get((int) (packed.values[i] >>> KEY_BITS & MAX_CANDIDATES));
            long b = 0;
            for (; i < packed.size && packed.values[i] >>> INDEX_BITS + KEY_BITS == seq; i++) {
                b |= 1L << (packed.values[i] & (1 << KEY_BITS) - 1);
            }
            out.add(u);
            bits.add(b);
        }
        return Arrays.copyOf(bits.values, bits.size);
    }

    // Walks the candidates best first and checks each until one is similar.
    private static String first(LongList ranks, List<Object> who, long[] sig, List<LeafReaderContext> leaves)
            throws IOException {
        // ranks are distinct (each carries an insertion number) and leave room for the index below them
        long[] order = new long[ranks.size];
        for (int i = 0; i < order.length; i++) {
            order[i] = ranks.values[i] << INDEX_BITS | i;
        }
        Arrays.sort(order);
        for (long o : order) {
            int i = (int) (o & MAX_CANDIDATES);
            if (who.get(i) instanceof Uncommitted u) {
                if (MinHasher.similarity(sig, u.sig()) >= ArticleIndex.NEAR_DUPLICATE) {
                    return u.cluster();
                }
                continue;
            }
            long doc = (Long) who.get(i);
            LeafReader reader = leaves.get((int) (doc >>> 32)).reader();
            BinaryDocValues sigs = reader.getBinaryDocValues(ArticleIndex.SIG);
            if (sigs != null && sigs.advanceExact((int) doc)) {
                BytesRef b = sigs.binaryValue();
                if (MinHasher.similarity(sig, b.bytes, b.offset, b.length) >= ArticleIndex.NEAR_DUPLICATE) {
                    // Clusters live in doc values: reading one costs no stored-field decompression.
                    SortedDocValues cl = reader.getSortedDocValues(ArticleIndex.CLUSTER);
                    return cl != null && cl.advanceExact((int) doc) ? cl.lookupOrd(cl.ordValue()).utf8ToString() : null;
                }
            }
        }
        return null;
    }

    /** The fewest shared bands a candidate may have and be checked, for these counts of candidates by bands shared. */
    static int leastBandsChecked(int[] perBandCount) {
        int total = 0;
        for (int bands = MinHasher.BANDS; bands >= 1; bands--) {
            int count = perBandCount[bands];
            if (total + count > CHECKED) {
                // Many copies of one story (a wire piece under a hundred titles) share most bands: they
                // are checked however many there are, and the first of them is similar.
                return total == 0 && bands >= STRONG ? bands : bands + 1;
            }
            total += count;
        }
        return 1;
    }

    // Smaller is better: more shared bands, then a later insertion number (documents with none last).
    static long rank(int sharedBands, long seq) {
        return (long) (MinHasher.BANDS - sharedBands) << SEQ_BITS
                | (1L << SEQ_BITS) - 1 - Math.min(seq + 1, (1L << SEQ_BITS) - 1);
    }

    static int bandsOf(long rank) {
        return MinHasher.BANDS - (int) (rank >>> SEQ_BITS);
    }

    /** Forward-only insertion numbers of the candidates' leaves: a fresh iterator only when a leaf goes back. */
    private static final class Reading {
        private final List<LeafReaderContext> leaves;
        private final NumericDocValues[] seqs;
        private final int[] seqAt;

        Reading(List<LeafReaderContext> leaves) {
            this.leaves = leaves;
            seqs = new NumericDocValues[leaves.size()];
            seqAt = new int[leaves.size()];
        }

        long seq(int l, int d) throws IOException {
            if (seqs[l] == null || d < seqAt[l]) {
                seqs[l] = leaves.get(l).reader().getNumericDocValues(ArticleIndex.SEQ);
            }
            seqAt[l] = d;
            return seqs[l] != null && seqs[l].advanceExact(d) ? seqs[l].longValue() : -1;
        }
    }

    /** A growable list of longs. */
    private static final class LongList {
        long[] values = new long[32];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
