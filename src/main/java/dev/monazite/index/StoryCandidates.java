package dev.monazite.index;

import dev.monazite.dedup.MinHasher;
import java.io.IOException;
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
 * Which earlier article a new one is a near-duplicate of, among the committed articles that share
 * an LSH band key with it: gathering the candidates from every segment, ranking them, checking the
 * few worth checking. {@link ArticleIndex} ranks its uncommitted articles the same way and merges
 * the two lists with {@link Ranked#first}.
 */
final class StoryCandidates {
    private StoryCandidates() {}

    /**
     * Near-duplicate candidates (articles sharing an LSH band key) that were checked, best first, with
     * the cluster of those found similar, and how many candidates shared each number of bands.
     *
     * <p>A rewrite shares several bands with its original; an article that merely uses the same stock
     * phrases shares one, and news built from stock phrases can share a band with thousands of
     * earlier articles. So candidates are taken by the number of bands they share, most first, as long
     * as all the candidates of a band count fit in {@link #CHECKED}: the counts that do not fit are
     * boilerplate and left out, which keeps the lookup from growing with the index (unless they are
     * the most shared and share at least {@link #STRONG} bands: copies of one story). Among those
     * checked, the one sharing most bands and then the latest wins. All of this depends only on the
     * articles added before and their insertion numbers, not on where commits fell or how segments
     * were merged.
     */
    record Ranked(long[] ranks, String[] clusters, int[] perBandCount) {
        static final Ranked NONE = new Ranked(new long[0], new String[0], new int[MinHasher.BANDS + 1]);

        /** The cluster of the first similar candidate of the two lists merged in rank order, or null. */
        static String first(Ranked a, Ranked b) {
            int least = leastBandsChecked(a.perBandCount, b.perBandCount);
            int i = 0, j = 0;
            while (i < a.ranks.length || j < b.ranks.length) {
                boolean fromA = j >= b.ranks.length || i < a.ranks.length && a.ranks[i] <= b.ranks[j];
                long rank = fromA ? a.ranks[i] : b.ranks[j];
                String cluster = fromA ? a.clusters[i++] : b.clusters[j++];
                if (bandsOf(rank) < least) {
                    return null;
                }
                if (cluster != null) {
                    return cluster;
                }
            }
            return null;
        }
    }

    static final int CHECKED = 64;
    private static final int STRONG = 4;
    private static final int SEQ_BITS = 40, INDEX_BITS = 19;

    /** The fewest shared bands a candidate may have and be checked, for these counts of candidates by bands shared. */
    static int leastBandsChecked(int[] a, int[] b) {
        int total = 0;
        for (int bands = MinHasher.BANDS; bands >= 1; bands--) {
            int count = a[bands] + b[bands];
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

    static long seqOf(long rank) {
        return (1L << SEQ_BITS) - 2 - (rank & (1L << SEQ_BITS) - 1);
    }

    static Ranked committed(IndexSearcher searcher, List<String> keys, long[] sig) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        CandidateList found = new CandidateList();
        for (int l = 0; l < leaves.size(); l++) {
            collect(leaves.get(l), l, keys, found);
        }
        int[] perBandCount = new int[MinHasher.BANDS + 1];
        for (int c = 0; c < found.size; c++) {
            perBandCount[found.shared[c]]++;
        }
        int least = leastBandsChecked(perBandCount, Ranked.NONE.perBandCount());
        // Only the candidates that may be checked get their insertion number read and a rank.
        int checked = 0;
        for (int bands = least; bands <= MinHasher.BANDS; bands++) {
            checked += perBandCount[bands];
        }
        long[] packed = new long[checked];
        int n = 0;
        NumericDocValues[] seqs = new NumericDocValues[leaves.size()];
        int[] seqAt = new int[leaves.size()];
        for (int c = 0; c < found.size; c++) {
            if (found.shared[c] >= least) {
                int l = found.leaf[c], d = found.doc[c];
                if (seqs[l] == null || d < seqAt[l]) {
                    seqs[l] = leaves.get(l).reader().getNumericDocValues(ArticleIndex.SEQ);
                }
                seqAt[l] = d;
                long seq = seqs[l] != null && seqs[l].advanceExact(d) ? seqs[l].longValue() : -1;
                packed[n++] = rank(found.shared[c], seq) << INDEX_BITS | c;
            }
        }
        java.util.Arrays.sort(packed, 0, n);
        long[] ranks = new long[n];
        String[] clusters = new String[n];
        BinaryDocValues[] sigs = new BinaryDocValues[leaves.size()];
        int[] at = new int[leaves.size()];
        for (int k = 0; k < n; k++) {
            int c = (int) (packed[k] & (1 << INDEX_BITS) - 1);
            ranks[k] = packed[k] >>> INDEX_BITS;
            int l = found.leaf[c], d = found.doc[c];
            LeafReader reader = leaves.get(l).reader();
            // Doc values are forward-only: a fresh iterator only when this leaf goes back.
            if (sigs[l] == null || d < at[l]) {
                sigs[l] = reader.getBinaryDocValues(ArticleIndex.SIG);
            }
            at[l] = d;
            if (sigs[l] == null || !sigs[l].advanceExact(d)) {
                sigs[l] = null;
                continue;
            }
            BytesRef b = sigs[l].binaryValue();
            if (MinHasher.similarity(sig, b.bytes, b.offset, b.length) >= ArticleIndex.NEAR_DUPLICATE) {
                // Clusters live in doc values: reading one costs no stored-field decompression.
                SortedDocValues cl = reader.getSortedDocValues(ArticleIndex.CLUSTER);
                if (cl != null && cl.advanceExact(d)) {
                    clusters[k] = cl.lookupOrd(cl.ordValue()).utf8ToString();
                }
            }
        }
        return new Ranked(ranks, clusters, perBandCount);
    }

    /** Live documents sharing a band key: where they are and how many bands they share. */
    private static final class CandidateList {
        int[] leaf = new int[16], doc = new int[16], shared = new int[16];
        int size;

        void add(int l, int d, int bands) {
            if (size == 1 << INDEX_BITS) {
                return; // half a million candidates: the band counts past here are far beyond checking anyway
            }
            if (size == doc.length) {
                leaf = java.util.Arrays.copyOf(leaf, size * 2);
                doc = java.util.Arrays.copyOf(doc, size * 2);
                shared = java.util.Arrays.copyOf(shared, size * 2);
            }
            leaf[size] = l;
            doc[size] = d;
            shared[size++] = bands;
        }
    }

    private static void collect(LeafReaderContext leaf, int l, List<String> keys, CandidateList found)
            throws IOException {
        Terms terms = leaf.reader().terms(ArticleIndex.LSH);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        int[] docs = new int[8];
        int n = 0;
        for (String k : keys) {
            if (!te.seekExact(new BytesRef(k))) {
                continue;
            }
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (n == docs.length) {
                    docs = java.util.Arrays.copyOf(docs, n * 2);
                }
                docs[n++] = d;
            }
        }
        // sorted, a document appears once per band it shares
        java.util.Arrays.sort(docs, 0, n);
        Bits live = leaf.reader().getLiveDocs();
        for (int c = 0; c < n; ) {
            int d = docs[c], shared = 0;
            for (; c < n && docs[c] == d; c++) {
                shared++;
            }
            if (live == null || live.get(d)) {
                found.add(l, d, Math.min(shared, MinHasher.BANDS));
            }
        }
    }

}
