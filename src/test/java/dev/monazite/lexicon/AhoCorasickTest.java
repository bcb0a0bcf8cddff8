package dev.monazite.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {
    @Test
    void search_overlappingPatterns_reportsAll() {
        AhoCorasick ac = new AhoCorasick(List.of("he", "she", "his", "hers"));
        assertEquals(List.of(new AhoCorasick.Hit(1, 4, 1), new AhoCorasick.Hit(2, 4, 0), new AhoCorasick.Hit(2, 6, 3)),
                ac.search("ushers"));
    }

    @Test
    void search_noPattern_reportsNothing() {
        assertEquals(List.of(), new AhoCorasick(List.of("abc")).search("abdabx"));
    }
}
