package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.quantity.Quantity.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {
    /** The single quantity of the given kind in the text. */
    private static Quantity only(String text, Lang lang, Kind kind) {
        List<Quantity> qs = QuantityFinder.find(text, lang).stream().filter(q -> q.kind() == kind).toList();
        assertEquals(1, qs.size(), () -> text + " -> " + QuantityFinder.find(text, lang));
        return qs.get(0);
    }

    private static void assertValue(double expected, Quantity q) {
        assertEquals(expected, q.value(), Math.abs(expected) * 1e-9 + 1e-9, q.toString());
    }

    @Test
    void find_chinesePricePerTonne_isCnyPerTonne() {
        String text = "氧化镨钕价格达到55.5万元/吨";
        Quantity q = only(text, Lang.ZH, Kind.MONEY);
        assertValue(555_000, q);
        assertEquals("CNY/t", q.unit());
        assertEquals(text.indexOf("55.5"), q.start());
        assertEquals(text.length(), q.end());
    }

    @Test
    void find_chineseBillionDollars_isUsd() {
        Quantity q = only("于2026年2月推出规模120亿美元的“金库计划”", Lang.ZH, Kind.MONEY);
        assertValue(12e9, q);
        assertEquals("USD", q.unit());
    }

    @Test
    void find_chineseWanDollars_isUsd() {
        Quantity q = only("各国际法庭费用4360万美元", Lang.ZH, Kind.MONEY);
        assertValue(43_600_000, q);
        assertEquals("USD", q.unit());
    }

    @Test
    void find_chineseFractionWithYiShang_isPercentOver() {
        Quantity q = only("稀土储量占全球三分之一以上", Lang.ZH, Kind.PERCENT);
        assertEquals(33.333, q.value(), 0.001);
        assertEquals(Bound.OVER, q.bound());
    }

    @Test
    void find_chineseOverPercent_isPercentOver() {
        Quantity q = only("掌握全球超过90%的稀土精炼产能", Lang.ZH, Kind.PERCENT);
        assertValue(90, q);
        assertEquals(Bound.OVER, q.bound());
        assertEquals("%", q.unit());
    }

    @Test
    void find_chineseDecline_isPercent() {
        assertValue(23.6, only("同比大幅下降23.6%", Lang.ZH, Kind.PERCENT));
    }

    @Test
    void find_chineseRubles_isRub() {
        Quantity q = only("猛砸7000亿卢布", Lang.ZH, Kind.MONEY);
        assertValue(7e11, q);
        assertEquals("RUB", q.unit());
    }

    @Test
    void find_chineseMassRange_isKgRange() {
        Quantity q = only("2至3公斤", Lang.ZH, Kind.MASS);
        assertEquals("kg", q.unit());
        assertEquals(2.0, q.min());
        assertEquals(3.0, q.max());
        assertValue(2, q);
    }

    @Test
    void find_chineseVagueHundreds_yieldsNothing() {
        assertTrue(QuantityFinder.find("每架需要数百公斤稀土", Lang.ZH).isEmpty());
    }

    @Test
    void find_chineseUpwardsOfHundredBillion_isOver() {
        Quantity q = only("上千亿美元", Lang.ZH, Kind.MONEY);
        assertValue(1e11, q);
        assertEquals(Bound.OVER, q.bound());
    }

    @Test
    void find_chineseWanTonnes_isTonnes() {
        Quantity q = only("产量达到3万吨", Lang.ZH, Kind.MASS);
        assertValue(30_000, q);
        assertEquals("t", q.unit());
    }

    @Test
    void find_chinesePercentWords_isPercent() {
        assertValue(30, only("百分之三十", Lang.ZH, Kind.PERCENT));
    }

    @Test
    void find_chineseHalf_isFiftyPercent() {
        Quantity q = only("近一半", Lang.ZH, Kind.PERCENT);
        assertValue(50, q);
        assertEquals(Bound.UNDER, q.bound());
    }

    @Test
    void find_chineseVehicles_isCount() {
        Quantity q = only("出口500辆", Lang.ZH, Kind.COUNT);
        assertValue(500, q);
        assertEquals("units", q.unit());
    }

    @Test
    void find_vietnamesePricePerTonne_isCnyPerTonneOver() {
        String text = "Giá oxit praseodymium-neodymium vượt qua 76 vạn nhân dân tệ/tấn, tăng trưởng tới 23,08%";
        Quantity money = only(text, Lang.VI, Kind.MONEY);
        assertValue(760_000, money);
        assertEquals("CNY/t", money.unit());
        assertEquals(Bound.OVER, money.bound());
        assertValue(23.08, only(text, Lang.VI, Kind.PERCENT));
    }

    @Test
    void find_vietnameseDecimalComma_readsAsDecimal() {
        assertValue(752_500, only("75,25 vạn nhân dân tệ", Lang.VI, Kind.MONEY));
    }

    @Test
    void find_vietnameseDotThousands_readsTonnes() {
        Quantity q = only("1.200 tấn", Lang.VI, Kind.MASS);
        assertValue(1200, q);
        assertEquals("t", q.unit());
    }

    @Test
    void find_vietnamesePercentRange_isRange() {
        Quantity q = only("116,67% đến 134,60%", Lang.VI, Kind.PERCENT);
        assertEquals(116.67, q.min(), 1e-9);
        assertEquals(134.60, q.max(), 1e-9);
    }

    @Test
    void find_vietnameseKgRange_isKgRange() {
        Quantity q = only("2-4kg", Lang.VI, Kind.MASS);
        assertEquals(2.0, q.min());
        assertEquals(4.0, q.max());
        assertEquals("kg", q.unit());
    }

    @Test
    void find_percentRangeWithTwoSigns_isRange() {
        Quantity q = only("30%-50%", Lang.VI, Kind.PERCENT);
        assertEquals(30.0, q.min());
        assertEquals(50.0, q.max());
        assertEquals(0, q.start());
        assertEquals(7, q.end());
    }

    @Test
    void find_englishTonsWithSeparator_isTonnes() {
        Quantity q = only("China exported 2,582 tons of rare earth magnets", Lang.EN, Kind.MASS);
        assertValue(2582, q);
        assertEquals("t", q.unit());
    }

    @Test
    void find_englishDollarBillion_isUsd() {
        Quantity q = only("a $12 billion fund", Lang.EN, Kind.MONEY);
        assertValue(12e9, q);
        assertEquals("USD", q.unit());
    }

    @Test
    void find_englishIsoCodeWithBn_isUsd() {
        Quantity q = only("USD 1.2bn", Lang.EN, Kind.MONEY);
        assertValue(1.2e9, q);
        assertEquals("USD", q.unit());
    }

    @Test
    void find_englishBounds_areKept() {
        assertEquals(Bound.OVER, only("over 70%", Lang.EN, Kind.PERCENT).bound());
        Quantity about = only("approximately 66,000 tons", Lang.EN, Kind.MASS);
        assertEquals(Bound.ABOUT, about.bound());
        assertValue(66_000, about);
    }

    @Test
    void find_englishMillionUnits_isCount() {
        Quantity q = only("26 million units", Lang.EN, Kind.COUNT);
        assertValue(26e6, q);
    }

    @Test
    void find_englishYuanPerTon_isCnyPerTonne() {
        Quantity q = only("550,000 yuan per ton", Lang.EN, Kind.MONEY);
        assertValue(550_000, q);
        assertEquals("CNY/t", q.unit());
    }

    @Test
    void find_englishKgRange_isRange() {
        Quantity q = only("2-3 kg", Lang.EN, Kind.MASS);
        assertEquals(2.0, q.min());
        assertEquals(3.0, q.max());
    }

    @Test
    void find_plainNumber_hasNoUnit() {
        Quantity q = only("390,000 tons", Lang.EN, Kind.MASS);
        assertValue(390_000, q);
        Quantity n = only("there were 390,000", Lang.EN, Kind.NUMBER);
        assertNull(n.unit());
        assertEquals(Bound.EXACT, n.bound());
    }

    @Test
    void find_longDigitRun_yieldsNothing() {
        assertTrue(QuantityFinder.find("1".repeat(500) + " tons", Lang.EN).isEmpty());
    }

    @Test
    void find_malformedSeparators_yieldNothing() {
        assertTrue(QuantityFinder.find("1,2,3,4", Lang.EN).isEmpty());
        assertTrue(QuantityFinder.find("12..5", Lang.EN).isEmpty());
        assertTrue(QuantityFinder.find("%%", Lang.EN).isEmpty());
    }

    @Test
    void find_emptyOrNull_yieldsNothing() {
        assertTrue(QuantityFinder.find("", Lang.EN).isEmpty());
        assertTrue(QuantityFinder.find(null, null).isEmpty());
    }

    @Test
    void find_unbalancedRange_keepsFirstNumberOnly() {
        Quantity q = only("5- ", Lang.OTHER, Kind.NUMBER);
        assertValue(5, q);
        assertNull(q.max());
    }

    @Test
    void find_negativePercent_isNegative() {
        assertValue(-5, only("-5%", Lang.EN, Kind.PERCENT));
    }

    @Test
    void find_identifierAndYear_areNotQuantities() {
        assertTrue(QuantityFinder.find("A202107211321363588510367", Lang.EN).isEmpty());
        assertTrue(QuantityFinder.find("2025年10月9日", Lang.ZH).isEmpty());
    }

    @Test
    void find_adversarialInputs_neverThrow() {
        String[] inputs = {"12万 million", "$", "万万", "百分之", "1e999999", "-", "—", "分之一", "¥¥¥", "0,", ".", "..5",
            "9".repeat(100_000), "一".repeat(10_000), "one and ".repeat(20_000) + "a half", "1/".repeat(20_000),
            "2.5^-".repeat(10_000), "百 ".repeat(20_000), "1 M".repeat(20_000), "三分之零", "零分之三", "\uD800", "tháng 13", "năm"};
        for (String in : inputs) {
            for (Lang l : Lang.values()) {
                QuantityFinder.find(in, l);
                DateFinder.find(in, l, java.time.LocalDate.of(2025, 1, 1));
                Numbers.parse(in, l);
            }
        }
    }

    @Test
    void find_englishFractions_areRead() {
        assertValue(0.625, only("five eighths", Lang.EN, Kind.NUMBER));
        assertValue(1.5, only("one and a half", Lang.EN, Kind.NUMBER));
        assertValue(2.54, only("two and fifty-four hundredths", Lang.EN, Kind.NUMBER));
        assertValue(3_500_000, only("The population is 3 million and a half", Lang.EN, Kind.NUMBER));
        assertValue(5_500_000, only("five and a half million fishes", Lang.EN, Kind.NUMBER));
        assertValue(0.75, only("3/4", Lang.EN, Kind.NUMBER));
        assertValue(2.25, only("2 1/4", Lang.EN, Kind.NUMBER));
        assertValue(1.0 / 3, only("one out of three", Lang.EN, Kind.NUMBER));
    }

    @Test
    void find_englishOverPeriod_isNotARatio() {
        Quantity q = only("It costs $1,000 over 3 years", Lang.EN, Kind.MONEY);
        assertValue(1000, q);
    }

    @Test
    void find_spacedAndScientificMultipliers_areApplied() {
        assertValue(2330, only("2.33 k", Lang.EN, Kind.NUMBER));
        assertValue(1.3e6, only("1.3e6", Lang.EN, Kind.NUMBER));
        assertValue(10_000_000, only("I can give you 10M.", Lang.EN, Kind.NUMBER));
        assertValue(1.5e6, only("$1.5m", Lang.EN, Kind.MONEY));
    }

    @Test
    void find_pronounOneAndFusedUnits_areNoNumbers() {
        assertTrue(QuantityFinder.find("Which one do you prefer?", Lang.EN).isEmpty());
        assertTrue(QuantityFinder.find("the 180ml liquid", Lang.EN).stream().noneMatch(q -> q.kind() == Kind.NUMBER));
    }

    @Test
    void find_currencySignsAndCodes_areRecognised() {
        Quantity c = only("the c $ 300 million charge", Lang.EN, Kind.MONEY);
        assertValue(3e8, c);
        assertEquals("CAD", c.unit());
        assertEquals("HKD", only("to hk $ 10.05 billion", Lang.EN, Kind.MONEY).unit());
        assertEquals("NZD", only("nzd$15", Lang.EN, Kind.MONEY).unit());
        assertEquals("LAK", only("100,000 ₭ prize", Lang.EN, Kind.MONEY).unit());
        assertEquals("USD", only("30 MUSD", Lang.EN, Kind.MONEY).unit());
        assertValue(3e7, only("30 MUSD", Lang.EN, Kind.MONEY));
    }

    @Test
    void find_moneySubUnits_areConverted() {
        assertValue(0.25, only("两毛五", Lang.ZH, Kind.MONEY));
        assertValue(0.05, only("五分", Lang.ZH, Kind.MONEY));
        assertValue(0.1, only("10¢", Lang.EN, Kind.MONEY));
        assertTrue(QuantityFinder.find("五角大楼宣布了作战计划", Lang.ZH).stream().noneMatch(q -> q.kind() == Kind.MONEY));
        assertTrue(QuantityFinder.find("比赛进行了20分钟", Lang.ZH).stream().noneMatch(q -> q.kind() == Kind.MONEY));
    }

    @Test
    void find_chineseSpacedPercent_isRead() {
        Quantity q = only("百 分 之 2.4", Lang.ZH, Kind.PERCENT);
        assertValue(2.4, q);
        assertEquals(0, q.start());
        assertEquals("百 分 之 2.4".length(), q.end());
        assertValue(150, only("一百五十    个百分点", Lang.ZH, Kind.PERCENT));
        assertValue(35, only("三成半", Lang.ZH, Kind.PERCENT));
        assertValue(0.24, only("千分之2.4", Lang.ZH, Kind.PERCENT));
    }

    @Test
    void find_urlEncodedPercent_isNoPercent() {
        assertTrue(QuantityFinder.find("https://www.test.com/search?q=30%25%2020%", Lang.EN).stream()
                .noneMatch(q -> q.kind() == Kind.PERCENT));
    }

    @Test
    void find_articleAmounts_areOne() {
        assertValue(1, only("a kilogram", Lang.EN, Kind.MASS));
        assertValue(1, only("a dollar", Lang.EN, Kind.MONEY));
    }
}
