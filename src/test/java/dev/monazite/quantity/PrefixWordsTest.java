package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixWordsTest {
    private final PrefixWords words = new PrefixWords("超过", "超", "more than ", "约");

    @Test
    void at_severalWordsMatch_firstInListOrderWins() {
        assertEquals("超过", words.at("超过5000吨", 0));
        assertEquals("超", words.at("超5000吨", 0));
    }

    @Test
    void at_wordInsideTheText_foundAtItsPosition() {
        assertEquals("more than ", words.at("exports of more than 5,000 t", 11));
        assertNull(words.at("exports of more than 5,000 t", 12));
    }

    @Test
    void at_noWordOrPastTheEnd_isNull() {
        assertNull(words.at("出口5000吨", 0));
        assertNull(words.at("more than", 0)); // the word needs its trailing space
        assertNull(words.at("约", 1));
        assertNull(words.at("", 0));
    }

    @Test
    void initials_distinctFirstCharactersInOrder() {
        assertEquals("超m约", PrefixWords.initials(List.of("超过", "超", "more than ", "约", "mid")));
    }
}
