package dev.monazite.index;

import dev.monazite.dedup.MinHasher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
     * The committed side of one lookup: for each key, how many committed articles carry it
     * ({@code COMMON + 1} meaning more), and the candidates gathered from the other keys: their rank,
     * which keys brought them (a bit per key), and their cluster when they are similar (else null).
     */
    record Committed(int[] keyCounts, long[] ranks, long[] keyBits, String[] clusters) {
        static final Committed NONE = new Committed(new int[0], new long[0], new long[0], new String[0]);
    }

    /** Gathers and checks the committed candidates of an article with this signature and these keys. */
    static Committed committed(IndexSearcher searcher, List<String> keys, long[] sig) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        TermsEnum[] enums = new TermsEnum[leaves.size()];
        for (int l = 0; l < leaves.size(); l++) {
            Terms terms = leaves.get(l).reader().terms(ArticleIndex.LSH);
            enums[l] = terms == null ? null : terms.iterator();
        }
        int[] counts = new int[keys.size()];
        LongList found = new LongList(); // leaf << 32 | doc, one entry per key that brought it
        LongList bits = new LongList();
        PostingsEnum postings = null;
        for (int k = 0; k < keys.size(); k++) {
            postings = gather(leaves, enums, keys.get(k), postings, found, bits, k, counts);
        }
        return check(leaves, found, bits, sig, counts);
    }

    private static boolean bounded(String key) {
        return !key.startsWith(MinHasher.WHOLE_KEY);
    }

    // The live documents carrying key, unless there are more than COMMON (and the key is a band key).
    private static PostingsEnum gather(List<LeafReaderContext> leaves, TermsEnum[] enums, String key,
                                       PostingsEnum reuse, LongList found, LongList bits, int k, int[] counts)
            throws IOException {
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
                return boilerplate(found, bits, mark, counts, k, postings);
            }
            Bits liveDocs = reader.getLiveDocs();
            postings = enums[l].postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (liveDocs == null || liveDocs.get(d)) {
                    if (bounded && ++live > COMMON) {
                        return boilerplate(found, bits, mark, counts, k, postings);
                    }
                    found.add((long) l << 32 | d);
                    bits.add(1L << k);
                }
            }
        }
        counts[k] = bounded ? live : 0;
        return postings;
    }

    private static PostingsEnum boilerplate(LongList found, LongList bits, int mark, int[] counts, int k,
                                            PostingsEnum postings) {
        found.size = mark;
        bits.size = mark;
        counts[k] = COMMON + 1;
        return postings;
    }

    // One entry per distinct document, in (leaf, doc) order so doc values are read forward only.
    private static Committed check(List<LeafReaderContext> leaves, LongList found, LongList bits, long[] sig,
                                   int[] counts) throws IOException {
        Integer[] order = new Integer[found.size];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> found.values[i]));
        LongList ranks = new LongList();
        LongList keyBits = new LongList();
        List<String> clusters = new ArrayList<>();
        Reading reading = new Reading(leaves);
        for (int i = 0; i < order.length; ) {
            long at = found.values[order[i]];
            long brought = 0;
            for (; i < order.length && found.values[order[i]] == at; i++) {
                brought |= bits.values[order[i]];
            }
            int leaf = (int) (at >>> 32), doc = (int) at;
            BytesRef stored = reading.sig(leaf, doc);
            int shared = stored == null ? 0 : MinHasher.sharedBands(sig, stored.bytes, stored.offset, stored.length);
            if (shared == 0) {
                continue; // another signature scheme, or a key collision
            }
            boolean similar = MinHasher.similarity(sig, stored.bytes, stored.offset, stored.length)
                    >= ArticleIndex.NEAR_DUPLICATE;
            ranks.add(rank(shared, reading.seq(leaf, doc)));
            keyBits.add(brought);
            clusters.add(similar ? reading.cluster(leaf, doc) : null);
        }
        return new Committed(counts, Arrays.copyOf(ranks.values, ranks.size),
                Arrays.copyOf(keyBits.values, keyBits.size), clusters.toArray(new String[0]));
    }

    /**
     * The cluster of the best similar candidate, or null: committed ones as gathered, uncommitted ones
     * from pending (for each key, the uncommitted articles carrying it, or null), with a band key
     * counted as boilerplate when its committed and uncommitted articles together exceed COMMON.
     */
    static String choose(Committed committed, List<String> keys, long[] sig, List<List<Uncommitted>> pending) {
        long boilerplate = 0;
        for (int k = 0; k < keys.size(); k++) {
            int count = (k < committed.keyCounts().length ? committed.keyCounts()[k] : 0)
                    + (pending.get(k) == null ? 0 : pending.get(k).size());
            if (bounded(keys.get(k)) && count > COMMON) {
                boilerplate |= 1L << k;
            }
        }
        List<Uncommitted> fresh = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            if ((boilerplate & 1L << k) == 0 && pending.get(k) != null) {
                fresh.addAll(pending.get(k));
            }
        }
        fresh.sort(Comparator.comparingLong(Uncommitted::seq));
        int committedCount = committed.ranks().length;
        long[] ranks = new long[committedCount + fresh.size()];
        Object[] who = new Object[ranks.length]; // the committed cluster (or null), or the Uncommitted
        int[] perBandCount = new int[MinHasher.BANDS + 1];
        int n = 0;
        for (int c = 0; c < committedCount; c++) {
            if ((committed.keyBits()[c] & ~boilerplate) != 0) {
                ranks[n] = committed.ranks()[c];
                who[n++] = committed.clusters()[c];
                perBandCount[bandsOf(committed.ranks()[c])]++;
            }
        }
        for (int f = 0; f < fresh.size(); f++) {
            Uncommitted u = fresh.get(f);
            if (f > 0 && fresh.get(f - 1).seq() == u.seq()) {
                continue;
            }
            int shared = MinHasher.sharedBands(sig, u.sig());
            if (shared > 0) {
                ranks[n] = rank(shared, u.seq());
                who[n++] = u;
                perBandCount[shared]++;
            }
        }
        return first(ranks, who, n, leastBandsChecked(perBandCount), sig);
    }

    private static String first(long[] ranks, Object[] who, int n, int least, long[] sig) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> ranks[i]));
        for (int i : order) {
            if (bandsOf(ranks[i]) < least) {
                return null;
            }
            if (who[i] instanceof Uncommitted u) {
                if (MinHasher.similarity(sig, u.sig()) >= ArticleIndex.NEAR_DUPLICATE) {
                    return u.cluster();
                }
            } else if (who[i] != null) {
                return (String) who[i];
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

    /** Forward-only doc values of the candidates' leaves: a fresh iterator only when a leaf goes back. */
    private static final class Reading {
        private final List<LeafReaderContext> leaves;
        private final BinaryDocValues[] sigs;
        private final NumericDocValues[] seqs;
        private final SortedDocValues[] clusters;
        private final int[] sigAt;
        private final int[] seqAt;
        private final int[] clusterAt;

        Reading(List<LeafReaderContext> leaves) {
            this.leaves = leaves;
            int n = leaves.size();
            sigs = new BinaryDocValues[n];
            seqs = new NumericDocValues[n];
            clusters = new SortedDocValues[n];
            sigAt = new int[n];
            seqAt = new int[n];
            clusterAt = new int[n];
        }

        BytesRef sig(int l, int d) throws IOException {
            if (sigs[l] == null || d < sigAt[l]) {
                sigs[l] = leaves.get(l).reader().getBinaryDocValues(ArticleIndex.SIG);
            }
            sigAt[l] = d;
            return sigs[l] != null && sigs[l].advanceExact(d) ? sigs[l].binaryValue() : null;
        }

        long seq(int l, int d) throws IOException {
            if (seqs[l] == null || d < seqAt[l]) {
                seqs[l] = leaves.get(l).reader().getNumericDocValues(ArticleIndex.SEQ);
            }
            seqAt[l] = d;
            return seqs[l] != null && seqs[l].advanceExact(d) ? seqs[l].longValue() : -1;
        }

        String cluster(int l, int d) throws IOException {
            if (clusters[l] == null || d < clusterAt[l]) {
                clusters[l] = leaves.get(l).reader().getSortedDocValues(ArticleIndex.CLUSTER);
            }
            clusterAt[l] = d;
            return clusters[l] != null && clusters[l].advanceExact(d)
                    ? clusters[l].lookupOrd(clusters[l].ordValue()).utf8ToString() : null;
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
