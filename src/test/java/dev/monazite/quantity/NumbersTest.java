package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumbersTest {
    private static void assertParses(double expected, String numeral, Lang lang) {
        var v = Numbers.parse(numeral, lang);
        assertTrue(v.isPresent(), numeral);
        assertEquals(expected, v.getAsDouble(), Math.abs(expected) * 1e-9 + 1e-9, numeral);
    }

    @Test
    void parse_englishThousandsSeparator_readsGroups() {
        assertParses(1234.5, "1,234.5", Lang.EN);
    }

    @Test
    void parse_vietnameseDecimalComma_readsAsDecimal() {
        assertParses(75.25, "75,25", Lang.VI);
    }

    @Test
    void parse_vietnameseDotGroups_readsThousands() {
        assertParses(1200, "1.200", Lang.VI);
    }

    @Test
    void parse_chineseNumerals_addPlaceValues() {
        assertParses(3500, "三千五百", Lang.ZH);
        assertParses(2004, "两千零四", Lang.ZH);
    }

    @Test
    void parse_chineseAbbreviatedTail_readsOnePlaceLower() {
        assertParses(12000, "一万二", Lang.ZH);
    }

    @Test
    void parse_arabicWithChineseMultiplier_scales() {
        assertParses(125000, "12.5万", Lang.ZH);
        assertParses(43_600_000, "4360万", Lang.ZH);
    }

    @Test
    void parse_englishScaleWord_multiplies() {
        assertParses(3_200_000, "3.2 million", Lang.EN);
    }

    @Test
    void parse_englishWords_combineTensAndUnits() {
        assertParses(21, "twenty-one", Lang.EN);
    }

    @Test
    void parse_vietnameseWords_combineTens() {
        assertParses(20, "hai mươi", Lang.VI);
        assertParses(21011, "hai mươi mốt nghìn không trăm mười một", Lang.VI);
    }

    @Test
    void parse_vietnameseScaleWord_multipliesDecimal() {
        assertParses(1.5e9, "1.5 tỷ", Lang.VI);
    }

    @Test
    void parse_malformedOrEmpty_yieldsNothing() {
        assertTrue(Numbers.parse("", Lang.EN).isEmpty());
        assertTrue(Numbers.parse(null, Lang.EN).isEmpty());
        assertTrue(Numbers.parse("1,2,3,4", Lang.EN).isEmpty());
        assertTrue(Numbers.parse("12..5", Lang.EN).isEmpty());
        assertTrue(Numbers.parse("%%", Lang.OTHER).isEmpty());
        assertTrue(Numbers.parse("1".repeat(500), Lang.EN).isEmpty());
        assertTrue(Numbers.parse("12万 million", null).isEmpty() || Numbers.parse("12万 million", null).isPresent());
    }
}
