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
    void similarity_storedBytesOfWrongLength_isZero() {
        long[] a = MinHasher.signature(STORY);
        assertEquals(0.0, MinHasher.similarity(a, new byte[16], 0, 16));
    }
}
