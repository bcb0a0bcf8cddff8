package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static final LocalDate REF = LocalDate.of(2025, 11, 20);

    private static List<String> values(String text, Lang lang, LocalDate ref) {
        return DateFinder.find(text, lang, ref).stream().map(DateMention::value).toList();
    }

    @Test
    void find_chineseFullDate_isDay() {
        List<DateMention> d = DateFinder.find("2025年10月9日发布", Lang.ZH, null);
        assertEquals(1, d.size());
        assertEquals("2025-10-09", d.get(0).value());
        assertEquals(0, d.get(0).start());
        assertEquals(10, d.get(0).end());
        assertTrue(d.get(0).explicitYear());
    }

    @Test
    void find_chineseYearMonthAndYear_areMonthAndYear() {
        assertEquals(List.of("2026-02"), values("于2026年2月推出", Lang.ZH, null));
        assertEquals(List.of("2025"), values("2025年稀土出口", Lang.ZH, null));
    }

    @Test
    void find_chineseMonthPeriod_isPeriod() {
        assertEquals(List.of("2025-01/2025-11"), values("2025年1月至11月", Lang.ZH, null));
    }

    @Test
    void find_chineseRelative_resolvesAgainstReference() {
        assertEquals(List.of("2025-04"), values("今年4月", Lang.ZH, REF));
        assertEquals(List.of("2024"), values("去年", Lang.ZH, REF));
        assertEquals(List.of("2026-02"), values("明年2月", Lang.ZH, REF));
        assertEquals(List.of("2025-10"), values("上个月", Lang.ZH, REF));
        assertEquals(List.of("2025-11"), values("本月", Lang.ZH, REF));
        assertEquals(List.of("2025-10"), values("10月初", Lang.ZH, REF));
        assertEquals(List.of("2025-02-09"), values("2月9日", Lang.ZH, REF));
        assertEquals(List.of("2025-12"), values("年底", Lang.ZH, REF));
    }

    @Test
    void find_relativeWithoutReference_yieldsNothing() {
        assertTrue(values("今年4月 去年 2月9日 last month", Lang.ZH, null).isEmpty());
        assertTrue(values("last month, this year, next February", Lang.EN, null).isEmpty());
    }

    @Test
    void find_vietnameseDates_areRead() {
        assertEquals(List.of("2025-08"), values("Tháng 8 năm 2025", Lang.VI, null));
        assertEquals(List.of("2025-02-06"), values("ngày 6 tháng 2 năm 2025", Lang.VI, null));
        assertEquals(List.of("2025-02-06"), values("Ngày 6 tháng 2", Lang.VI, REF));
        assertEquals(List.of("2025-01/2025-06"), values("Từ tháng 1 đến tháng 6 năm 2025", Lang.VI, null));
    }

    @Test
    void find_englishDates_areRead() {
        assertEquals(List.of("2025-10"), values("in October 2025", Lang.EN, null));
        assertEquals(List.of("2025-10-09"), values("on Oct. 9, 2025", Lang.EN, null));
        assertEquals(List.of("2025-10-09"), values("on 9 October 2025", Lang.EN, null));
        assertEquals(List.of("2025-01/2025-10"), values("Jan–Oct 2025", Lang.EN, null));
        assertEquals(List.of("2024"), values("In 2024, exports rose", Lang.EN, null));
        assertEquals(List.of("2026"), values("by 2026", Lang.EN, null));
    }

    @Test
    void find_numericDates_areRead() {
        assertEquals(List.of("2026-02-06"), values("2026-02-06", Lang.EN, null));
        assertEquals(List.of("2026-02-06"), values("2026/2/6", Lang.ZH, null));
        assertEquals(List.of("2025/2026"), values("2025-2026", Lang.EN, null));
    }

    @Test
    void find_englishRelative_resolvesAgainstReference() {
        assertEquals(List.of("2025-10"), values("last month", Lang.EN, REF));
        assertEquals(List.of("2025"), values("this year", Lang.EN, REF));
        assertEquals(List.of("2024"), values("last year", Lang.EN, REF));
        assertEquals(List.of("2026"), values("next year", Lang.EN, REF));
        assertEquals(List.of("2026-02"), values("next February", Lang.EN, REF));
        assertEquals(List.of("2025-11"), values("earlier this month", Lang.EN, REF));
    }

    @Test
    void find_numbersThatAreNotYears_yieldNothing() {
        assertTrue(values("China exported 2,582 tons", Lang.EN, REF).isEmpty());
        assertTrue(values("ETF 159713 rose", Lang.ZH, REF).isEmpty());
        assertTrue(values("10CM thick, up 12.53%", Lang.EN, REF).isEmpty());
        assertTrue(values("Có 1975 người tham gia.", Lang.VI, REF).isEmpty());
        assertTrue(values("tháng 13", Lang.VI, REF).isEmpty());
    }

    @Test
    void find_moreEnglishShapes_areDates() {
        assertEquals(List.of("1994-12-31"), values("sold IVAC on Dec 31, 1994", Lang.EN, null));
        assertEquals(List.of("1974-10-31"), values("31-Oct-74", Lang.EN, null));
        assertEquals(List.of("2016-10-16"), values("2016-10-16", Lang.EN, null));
        assertEquals(List.of("2000-01-01"), values("January first 2000", Lang.EN, null));
        assertEquals(List.of("2017-03-01"), values("the 1st of March 2017", Lang.EN, null));
        assertEquals(List.of("2016-11"), values("I'll be out 2016/11", Lang.EN, null));
        assertEquals(List.of("2016-11"), values("I'll be out November , 2016", Lang.EN, null));
        assertEquals(List.of("1974-10-31"), values("31 10 1974", Lang.EN, null));
        assertEquals(List.of("2007", "2009"), values("Show sales in 2007 and 2009", Lang.EN, null));
    }

    @Test
    void find_chineseTwoDigitYears_areDates() {
        assertEquals(List.of("2008"), values("08年奥运会在北京举办", Lang.ZH, null));
        assertEquals(List.of("2007-08-29"), values("零七年八月二十九号", Lang.ZH, null));
        assertTrue(values("过去10年", Lang.ZH, null).isEmpty());
    }

    @Test
    void find_yearlessMonth_farAheadOfTheArticle_isLastYears() {
        java.time.LocalDate feb = java.time.LocalDate.of(2026, 2, 5);
        assertEquals(List.of("2025-10"), values("并于10月启动关键矿产交易俱乐部", Lang.ZH, feb));
        assertEquals(List.of("2026-03"), values("3月将出台新规", Lang.ZH, feb));
        assertEquals(List.of("2025-10"), values("In October, exports rose.", Lang.EN, java.time.LocalDate.of(2025, 11, 22)));
        assertTrue(values("In October, exports rose.", Lang.EN, null).isEmpty());
        assertTrue(values("You may see prices rise.", Lang.EN, feb).isEmpty());
    }
}
