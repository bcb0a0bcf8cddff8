package dev.monazite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.monazite.dedup.MinHasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryCandidatesTest {
    private static final List<String> KEYS = keys();

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (int b = 0; b < MinHasher.BANDS; b++) {
            keys.add("o" + b + ":k");
        }
        keys.add(MinHasher.WHOLE_KEY + "w");
        return keys;
    }

    private static long[] sig(long base) {
        long[] s = new long[MinHasher.HASHES];
        for (int i = 0; i < s.length; i++) {
            s[i] = base + i;
        }
        return s;
    }

    /** The first ten bands (40 of 64 values) equal to the new article's: similar, brought by keys 0-9. */
    private static StoryCandidates.Uncommitted rewrite() {
        long[] s = sig(1000);
        System.arraycopy(sig(0), 0, s, 0, 40);
        return new StoryCandidates.Uncommitted(7, s, "story-A");
    }

    // Keys 0-9 are carried by `committed` committed articles (none of them similar) and by the
    // rewrite plus `others` unrelated uncommitted articles.
    private static String choose(int committed, int others) throws Exception {
        int[] counts = new int[KEYS.size()];
        Arrays.fill(counts, 0, 10, committed);
        StoryCandidates.Committed side = new StoryCandidates.Committed(counts, new long[0], new long[0], List.of());
        List<StoryCandidates.Uncommitted> carrying = new ArrayList<>();
        carrying.add(rewrite());
        for (int i = 0; i < others; i++) {
            carrying.add(new StoryCandidates.Uncommitted(100 + i, sig(1_000_000L * (i + 2)), "other-" + i));
        }
        List<List<StoryCandidates.Uncommitted>> pending = new ArrayList<>();
        for (int k = 0; k < KEYS.size(); k++) {
            pending.add(k < 10 ? carrying : null);
        }
        return StoryCandidates.choose(side, KEYS, sig(0), pending);
    }

    @Test
    void keysCarriedByAtMostCommonArticles_bringTheirCandidates() throws Exception {
        assertEquals("story-A", choose(200, StoryCandidates.COMMON - 200 - 1));
    }

    @Test
    void keysCarriedByMore_committedAndUncommittedTogether_areBoilerplate() throws Exception {
        assertNull(choose(200, StoryCandidates.COMMON - 200));
        assertNull(choose(StoryCandidates.COMMON + 1, 0));
    }
}
