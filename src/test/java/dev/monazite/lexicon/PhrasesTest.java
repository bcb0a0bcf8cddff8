package dev.monazite.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    private final Phrases phrases = new Phrases(List.of("licence", "export control", "control", "管制"));

    @Test
    void firstIn_overlappingPhrases_givesTheFirstInListOrder() {
        // "control" lies inside "export control": both are found, the earlier in the list wins
        assertEquals(1, phrases.firstIn("new export controls on gallium"));
        assertEquals(0, phrases.firstIn("export controls and a licence regime"));
        assertEquals(2, phrases.firstIn("price control"));
        assertEquals(3, phrases.firstIn("商务部宣布出口管制"));
    }

    @Test
    void firstIn_noPhrase_isMinusOne() {
        assertEquals(-1, phrases.firstIn("prices rose 4% in october"));
        assertEquals(-1, phrases.firstIn(""));
    }

    @Test
    void emptyPhrase_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Phrases(List.of("a", "")));
    }
}
