package dev.monazite.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The source's own footnote markers leave a bullet; Monazite's paragraph citations are added after. */
class CitationMarkersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Magnet output rose 5% in May [1].|Magnet output rose 5% in May.",
        "Magnet output rose 5% in May[12].|Magnet output rose 5% in May.",
        "Exports fell sharply [1][2] after the rule.|Exports fell sharply after the rule.",
        "Exports fell sharply [1, 2] after the rule.|Exports fell sharply after the rule.",
        "Exports fell sharply [3-5].|Exports fell sharply.",
        "出口量同比下降［1］。|出口量同比下降。",
        "出口量同比下降[1][4]，价格上涨[2、3]。|出口量同比下降，价格上涨。",
        "[7] Prices held steady.|Prices held steady.",
    })
    void strip_removesEachMarkerForm(String in, String out) {
        assertEquals(out, CitationMarkers.strip(in));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Output in [2025] was the highest yet.",
        "The [Nd] content of the alloy rose.",
        "No markers here, 1, 2, 3.",
    })
    void strip_leavesYearsWordsAndPlainNumbersAlone(String in) {
        assertEquals(in, CitationMarkers.strip(in));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Demand grew [1][2].", "Demand grew ［1］.", "Demand grew [1, 2]."})
    void bullet_isStrippedWhereverItIsMade_soTheCliDigestIsCleanToo(String in) {
        Digest.Bullet b = new Digest.Bullet(in, List.of(3));
        assertEquals("Demand grew.", b.text());
        assertEquals(List.of(3), b.cites());
    }
}
