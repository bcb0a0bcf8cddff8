package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrefixTrieTest {
    private final PrefixTrie trie = new PrefixTrie(List.of("us$", "more than", "million", "mil", "tấn", "a"));

    @Test
    void agreesWith_wordIsPrefixOfRun_true() {
        assertTrue(trie.agreesWith("millions of", 0, 8)); // "million" within "millions"
        assertTrue(trie.agreesWith("about", 0, 5)); // "a"
    }

    @Test
    void agreesWith_runIsPrefixOfWord_true() {
        assertTrue(trie.agreesWith("us", 0, 2)); // "us$" as far as the run goes
        assertTrue(trie.agreesWith("x more", 2, 6)); // "more than"
        assertTrue(trie.agreesWith("tấn", 0, 3));
    }

    @Test
    void agreesWith_noWordAgrees_false() {
        assertFalse(trie.agreesWith("the", 0, 3));
        assertFalse(trie.agreesWith("mice", 0, 4)); // "mi" then 'c', where "mil" and "million" have 'l'
        assertFalse(trie.agreesWith("ta", 0, 2)); // "tấn" has 'ấ', not 'a'
    }

    @Test
    void emptyWord_rejected() {
        assertThrows(IllegalArgumentException.class, () -> new PrefixTrie(List.of("ton", "")));
    }

    @Test
    void agreesWith_sameAsComparingEveryWord_onRandomRuns() {
        // the definition: some word w has w[0, m) == s[i, i + m), m = min(|w|, q - i)
        List<String> words = Expression.wordOpeners();
        PrefixTrie openers = new PrefixTrie(words);
        Random random = new Random(20261123L);
        String letters = "abcdeghilmnoqrstuvxyàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
        int agreed = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextBoolean()) {
                String w = words.get(random.nextInt(words.size())); // near misses of real words
                sb.append(w, 0, 1 + random.nextInt(w.length()));
            }
            for (int k = random.nextInt(4); k > 0; k--) {
                sb.append(letters.charAt(random.nextInt(letters.length())));
            }
            if (sb.isEmpty()) {
                continue;
            }
            String s = sb.toString();
            boolean expected = words.stream().anyMatch(w -> s.regionMatches(0, w, 0, Math.min(w.length(), s.length())));
            assertEquals(expected, openers.agreesWith(s, 0, s.length()), s);
            agreed += expected ? 1 : 0;
        }
        assertTrue(agreed > 5_000 && agreed < 45_000, "both answers must be exercised: " + agreed);
    }
}
