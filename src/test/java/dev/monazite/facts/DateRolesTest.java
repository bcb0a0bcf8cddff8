package dev.monazite.facts;

import static dev.monazite.facts.ConstructionsTest.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A figure's date is its own: never a comparison base, another figure's target year, or another story's date. */
class DateRolesTest {
    private static final LocalDateTime SEPT = LocalDateTime.of(2025, 9, 20, 11, 0);

    private static Fact onlyChange(List<Fact> facts) {
        List<Fact> changes = facts.stream().filter(f -> f.type().equals("change")).toList();
        assertEquals(1, changes.size(), facts.toString());
        return changes.get(0);
    }

    static Stream<Arguments> bases() {
        return Stream.of(
                Arguments.of("en", "Compared with March 2024, shipments were down 8%."),
                Arguments.of("en", "Shipments fell 8% from October 2024."),
                Arguments.of("en", "Magnet exports were 8% lower than in July 2023."),
                Arguments.of("zh-Hans", "出口量较2024年3月下降8%。"),
                Arguments.of("zh-Hans", "与去年同期相比，出口量下降8%。"),
                Arguments.of("zh-Hant", "出口量比2023年7月減少8%。"),
                Arguments.of("vi", "Xuất khẩu giảm 8% so với tháng 3/2024."),
                Arguments.of("vi", "So với cùng kỳ năm trước, xuất khẩu giảm 8%."),
                Arguments.of("vi", "Lượng xuất khẩu giảm 8% so với năm 2023."));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void comparisonBase_isNeverTheFiguresDate(String lang, String sentence) {
        Fact f = onlyChange(facts(lang, SEPT, sentence));
        assertEquals("2025-09-20", f.date(), sentence); // the story's date, not the base
    }

    // "on" names a base only right after a figure; before a date elsewhere it dates the act or figure
    static Stream<Arguments> onAfterFigure() {
        return Stream.of(
                Arguments.of("Shipments were up 8% on March 2024."),
                Arguments.of("Output rose 8 percent on July 2024, the bureau said."),
                Arguments.of("Magnet exports fell 8% on August 2023 levels."));
    }

    @ParameterizedTest
    @MethodSource("onAfterFigure")
    void onRightAfterAFigure_namesABase(String sentence) {
        assertEquals("2025-09-20", onlyChange(facts("en", SEPT, sentence)).date(), sentence);
    }

    static Stream<Arguments> onADate() {
        return Stream.of(
                Arguments.of("China imposed export controls on seven rare earths on April 4.", "2025-04-04"),
                Arguments.of("Beijing's decision on April 4 to impose export controls shook buyers.", "2025-04-04"),
                Arguments.of("On June 2 the commerce ministry announced export controls on gallium.", "2025-06-02"));
    }

    @ParameterizedTest
    @MethodSource("onADate")
    void onBeforeADateElsewhere_datesTheAct(String sentence, String date) {
        List<Fact> acts = facts("en", SEPT, sentence).stream().filter(f -> f.type().equals("policy")).toList();
        assertEquals(1, acts.size(), sentence + " -> " + acts);
        assertEquals(date, acts.get(0).date(), sentence);
    }

    // a count of years back dates its figure that many years before the story
    static Stream<Arguments> yearsAgo() {
        return Stream.of(
                Arguments.of("en", "Ten years ago the agency put the cost of the plant at $400 million.", "2015"),
                Arguments.of("en", "Five years ago the group invested $120 million in the mine.", "2020"),
                Arguments.of("en", "A decade ago Japan set aside 30 billion yen for the programme.", "2015"),
                Arguments.of("zh-Hans", "十年前该项目的投资预估为4亿美元。", "2015"),
                Arguments.of("zh-Hans", "成本高出两倍,5年前日本政府投入300亿日元。", "2020"),
                Arguments.of("zh-Hant", "兩年前政府投入300億日圓。", "2023"),
                Arguments.of("vi", "Mười năm trước, chi phí dự án được ước tính 400 triệu USD.", "2015"),
                Arguments.of("vi", "5 năm trước, tập đoàn đầu tư 120 triệu USD vào mỏ.", "2020"),
                Arguments.of("vi", "Hai năm về trước, Nhật Bản chi 30 tỷ yên cho chương trình.", "2023"));
    }

    @ParameterizedTest
    @MethodSource("yearsAgo")
    void countOfYearsAgo_datesTheFigureThatManyYearsBack(String lang, String sentence, String year) {
        List<Fact> money = facts(lang, SEPT, sentence).stream().filter(f -> f.type().equals("money")).toList();
        assertEquals(1, money.size(), sentence + " -> " + money);
        assertEquals(year, money.get(0).date(), sentence);
    }

    // a price a move reached over a window is the level at the window's end
    static Stream<Arguments> pricesMovedTo() {
        return Stream.of(
                Arguments.of("en", "Dysprosium oxide has slipped 4% since March to 1,600 yuan per kg."),
                Arguments.of("en", "Since early April terbium oxide prices have climbed 20% to 7,200 yuan per kg."),
                Arguments.of("en", "Neodymium-praseodymium oxide rose 6% since June to 560,000 yuan a ton."),
                Arguments.of("zh-Hans", "氧化镝价格自3月以来下跌4%至每公斤1600元。"),
                Arguments.of("zh-Hant", "氧化鋱價格自4月以來上漲20%至每公斤7200元人民幣。"),
                Arguments.of("vi", "Từ tháng 3 đến nay, giá oxit dysprosium giảm 4% xuống còn 1.600 nhân dân tệ/kg."));
    }

    @ParameterizedTest
    @MethodSource("pricesMovedTo")
    void priceAMoveReachedOverAWindow_isDatedAtTheWindowsEnd(String lang, String sentence) {
        List<Fact> prices = facts(lang, SEPT, sentence).stream().filter(f -> f.type().equals("price")).toList();
        assertEquals(1, prices.size(), sentence + " -> " + prices);
        assertEquals("2025-09", prices.get(0).date(), sentence + " -> " + prices);
    }

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of("en", "Demand could reach 90,000 tonnes by 2030. Output rose 5% on the year."),
                Arguments.of("zh-Hans", "到2030年需求将达到9万吨。产量同比增长5%。"),
                Arguments.of("vi", "Nhu cầu có thể đạt 90.000 tấn vào năm 2030. Sản lượng tăng 5% so với cùng kỳ."));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void targetYear_datesOnlyItsOwnFigure(String lang, String text) {
        List<Fact> all = facts(lang, SEPT, text);
        Fact demand = all.stream().filter(f -> f.type().equals("quantity")).findFirst().orElseThrow();
        assertEquals("2030", demand.date(), all.toString());
        assertNotEquals("2030", onlyChange(all).date(), all.toString());
    }

    @Test
    void undatedStory_monthTakesTheStorysOwnYear_notTheLargestYearInIt() {
        // the story sets its time in its first year; a 2030 target later does not move "in March"
        List<Fact> all = facts("en", null, "Early 2026 brought a sharp rise in oxide prices.",
                "Makers aim to double output by 2030.", "In March, magnet exports rose 12% from a year earlier.");
        assertEquals("2026-03", onlyChange(all).date(), all.toString());
    }

    @Test
    void nextStory_doesNotInheritTheDateOfThePreviousOne() {
        List<Fact> first = facts("en", null, "In March 2019, exports rose 4% from a year earlier.");
        List<Fact> second = facts("en", null, "Exports rose 6% from a year earlier.");
        assertEquals("2019-03", onlyChange(first).date());
        assertEquals(null, onlyChange(second).date(), "a story with no date of its own stays undated");
    }

    static Stream<Arguments> notYears() {
        return Stream.of(
                Arguments.of("en", "Output reached 2025 tonnes, up 3% on the year."),
                Arguments.of("zh-Hans", "产量达到2025吨，同比增长3%。"),
                Arguments.of("vi", "Sản lượng đạt 2025 tấn, tăng 3% so với cùng kỳ."));
    }

    @ParameterizedTest
    @MethodSource("notYears")
    void quantityThatLooksLikeAYear_isNotADate(String lang, String sentence) {
        assertEquals("2025-09-20", onlyChange(facts(lang, SEPT, sentence)).date(), sentence);
    }

    static Stream<Arguments> structural() {
        return Stream.of(
                Arguments.of("en", "China holds about 37% of global reserves."),
                Arguments.of("zh-Hans", "中国稀土储量占全球的37%。"),
                Arguments.of("vi", "Trung Quốc chiếm khoảng 37% trữ lượng toàn cầu."));
    }

    @ParameterizedTest
    @MethodSource("structural")
    void structuralShare_withoutADateInItsSentence_staysUndated(String lang, String sentence) {
        List<Fact> shares = facts(lang, SEPT, "In August, exports rose 5% from a year earlier.", sentence).stream()
                .filter(f -> f.type().equals("share")).toList();
        assertEquals(1, shares.size(), shares.toString());
        assertEquals(null, shares.get(0).date(), "not the story's August");
    }

    @Test
    void titleRestatingABodyFigure_isOneFactWithTheBodysDate() {
        dev.monazite.article.Article a = new dev.monazite.article.Article("t2", "Magnet exports rose 12% from a year earlier",
                "test", SEPT, null, "en", List.of(new dev.monazite.article.Article.Paragraph(1,
                "In August, magnet exports rose 12% from a year earlier.",
                dev.monazite.text.SentenceSplitter.split("In August, magnet exports rose 12% from a year earlier."))));
        List<Fact> changes = new FactExtractor(dev.monazite.lexicon.Lexicon.bundled()).extract(a).stream()
                .filter(f -> f.type().equals("change")).toList();
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("2025-08", changes.get(0).date());
    }
}
