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
    void search_nodesWithManyEdges_findEveryOccurrenceANaiveSearchFinds() {
        // wide nodes (more than a few edges) are looked up in a hash table, narrow ones by a scan
        java.util.Random random = new java.util.Random(7);
        String alphabet = "abcdefghij稀土镝铽钕";
        List<String> patterns = new java.util.ArrayList<>();
        for (int n = 0; n < 300; n++) {
            StringBuilder p = new StringBuilder();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                p.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!patterns.contains(p.toString())) {
                patterns.add(p.toString());
            }
        }
        AhoCorasick ac = new AhoCorasick(patterns);
        for (int t = 0; t < 200; t++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            java.util.Set<AhoCorasick.Hit> naive = new java.util.HashSet<>();
            for (int p = 0; p < patterns.size(); p++) {
                for (int at = text.indexOf(patterns.get(p)); at >= 0; at = text.indexOf(patterns.get(p), at + 1)) {
                    naive.add(new AhoCorasick.Hit(at, at + patterns.get(p).length(), p));
                }
            }
            List<AhoCorasick.Hit> hits = ac.search(text);
            assertEquals(naive, new java.util.HashSet<>(hits), text.toString());
            assertEquals(naive.size(), hits.size(), text.toString());
        }
    }

    @Test
    void search_noPattern_reportsNothing() {
        assertEquals(List.of(), new AhoCorasick(List.of("abc")).search("abdabx"));
    }
}
