package dev.monazite.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHasherTest {
    private static final String STORY = "china exported 5,200 tonnes of rare earth magnets in october, up 12 percent "
            + "from september, customs data showed on monday, with shipments to the united states rising sharply";
    private static final String REWRITE = STORY.replace("on monday", "on tuesday");
    private static final String OTHER = "lynas received a 258 million dollar order from the department of defense "
            + "for a heavy rare earth separation plant in texas, the company said in a filing";

    @Test
    void similarity_sameText_isOne() {
        long[] a = MinHasher.signature(STORY);
        assertEquals(1.0, MinHasher.similarity(a, MinHasher.signature(STORY)));
    }

    @Test
    void similarity_rewriteAboveUnrelatedBelowNearDuplicateLine() {
        long[] a = MinHasher.signature(STORY);
        assertTrue(MinHasher.similarity(a, MinHasher.signature(REWRITE)) >= 0.5);
        assertTrue(MinHasher.similarity(a, MinHasher.signature(OTHER)) < 0.2);
    }

    @Test
    void similarity_storedBytes_sameAsSignature() {
        long[] a = MinHasher.signature(STORY);
        for (String other : new String[] {STORY, REWRITE, OTHER, ""}) {
            long[] b = MinHasher.signature(other);
            byte[] stored = MinHasher.toBytes(b);
            byte[] padded = new byte[stored.length + 3];
            System.arraycopy(stored, 0, padded, 3, stored.length);
            assertEquals(MinHasher.similarity(a, b), MinHasher.similarity(a, padded, 3, stored.length), other);
        }
    }

    @Test
    void similarity_emptyTexts_matchNothing() {
        long[] empty = MinHasher.signature("");
        assertEquals(0.0, MinHasher.similarity(empty, MinHasher.signature("")));
        assertTrue(MinHasher.bandKeys(empty).isEmpty());
    }

    @Test
    void similarity_estimatesShingleJaccardOfShortAndLongTexts() {
        // Pairs of texts with a known share of their words replaced, from 12 to 2,000 words; the exact
        // Jaccard of their 4-word shingle sets is counted here and compared with the estimate.
        java.util.Random random = new java.util.Random(7);
        double errorSum = 0, worst = 0;
        int pairs = 0, missedRewrites = 0, rewrites = 0;
        for (int words : new int[] {12, 30, 80, 250, 2000}) {
            for (int trial = 0; trial < 60; trial++) {
                String[] a = randomWords(random, words);
                String[] b = a.clone();
                double replace = random.nextDouble() * (trial % 2 == 0 ? 0.08 : 0.5); // half of them close
                for (int i = 0; i < b.length; i++) {
                    if (random.nextDouble() < replace) {
                        b[i] = "x" + random.nextInt(1_000_000);
                    }
                }
                double exact = shingleJaccard(a, b);
                double estimate = MinHasher.similarity(MinHasher.signature(String.join(" ", a)),
                        MinHasher.signature(String.join(" ", b)));
                errorSum += Math.abs(estimate - exact);
                worst = Math.max(worst, Math.abs(estimate - exact));
                pairs++;
                if (exact >= 0.75) {
                    rewrites++;
                    missedRewrites += estimate < 0.5 ? 1 : 0;
                }
                if (exact <= 0.2) {
                    assertTrue(estimate < 0.5, "unrelated texts taken for rewrites: exact " + exact + ", estimate "
                            + estimate + ", " + words + " words");
                }
            }
        }
        assertTrue(errorSum / pairs < 0.06, "mean error " + errorSum / pairs);
        assertTrue(worst < 0.3, "worst error " + worst);
        assertTrue(rewrites > 30, "too few close pairs drawn: " + rewrites);
        assertTrue(missedRewrites <= rewrites / 20, missedRewrites + " of " + rewrites + " rewrites missed");
    }

    @Test
    void fromBytes_otherScheme_isNullSoTheSignatureIsRecomputed() {
        byte[] stored = MinHasher.toBytes(MinHasher.signature(STORY));
        assertEquals(MinHasher.similarity(MinHasher.signature(STORY), MinHasher.fromBytes(stored, 0, stored.length)),
                1.0);
        // the earlier scheme stored 64 bare longs, with no scheme byte
        byte[] earlier = java.util.Arrays.copyOfRange(stored, 1, stored.length);
        assertEquals(null, MinHasher.fromBytes(earlier, 0, earlier.length));
        assertEquals(0.0, MinHasher.similarity(MinHasher.signature(STORY), earlier, 0, earlier.length));
    }

    private static String[] randomWords(java.util.Random random, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = "w" + random.nextInt(5_000);
        }
        return out;
    }

    private static double shingleJaccard(String[] a, String[] b) {
        java.util.Set<String> x = shingles(a), y = shingles(b);
        java.util.Set<String> union = new java.util.HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 0 : x.size() / (double) union.size();
    }

    private static java.util.Set<String> shingles(String[] w) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 4 <= w.length; i++) {
            out.add(w[i] + " " + w[i + 1] + " " + w[i + 2] + " " + w[i + 3]);
        }
        return out;
    }

    @Test
    void similarity_storedBytesOfWrongLength_isZero() {
        long[] a = MinHasher.signature(STORY);
        assertEquals(0.0, MinHasher.similarity(a, new byte[16], 0, 16));
    }
}
