package dev.monazite.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.monazite.lexicon.Lexicon;
import dev.monazite.quantity.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingTest {
    private final Grounding g = new Grounding(Lexicon.bundled());

    @Test
    void problem_thousandsSeparatorAndPlainDigits_areOneNumber() {
        assertNull(g.problem("China shipped 2582 t of magnets to the EU.",
                List.of("China exported 2,582 tons of rare earth magnets to the EU."), Lang.EN));
    }

    @Test
    void problem_chineseWanAmount_groundsTheFullNumber() {
        assertNull(g.problem("Light rare earths are back at 550,000 yuan per tonne.",
                List.of("轻稀土价格重回55万元/吨高位"), Lang.ZH));
    }

    @Test
    void problem_inventedNumber_isNamed() {
        assertEquals("number 31 is not in the cited paragraphs",
                g.problem("Prices rose 31% in China.", List.of("中国氧化镨钕价格上涨12.64%"), Lang.ZH));
    }

    @Test
    void problem_entityInAnotherLanguage_isGrounded() {
        assertNull(g.problem("China's rare earths dominate.", List.of("中国的稀土产量占据主导地位"), Lang.ZH));
    }

    @Test
    void problem_entityNotCited_isNamed() {
        assertNotNull(g.problem("Japan will stockpile rare earths.", List.of("中国的稀土产量占据主导地位"), Lang.ZH));
    }
}
