package dev.monazite.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.article.Article;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.text.SentenceSplitter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each construction the rules read, in three wordings of our own in every language that has it.
 * The sentences are written for these tests; none is taken from the evaluation sets or from news.
 */
class ConstructionsTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor(Lexicon.bundled());
    private static final LocalDateTime JUNE = LocalDateTime.of(2025, 6, 18, 9, 0);

    static List<Fact> facts(String lang, LocalDateTime published, String... paragraphs) {
        List<Article.Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(new Article.Paragraph(ps.size() + 1, p, SentenceSplitter.split(p)));
        }
        return EXTRACTOR.extract(new Article("t1", "Notes", "test", published, null, lang, ps));
    }

    private static List<Fact> ofType(List<Fact> facts, String type) {
        return facts.stream().filter(f -> f.type().equals(type)).toList();
    }

    // ---- a level is not a change: "rose to 70%" states the new share, not a rate

    static Stream<Arguments> levels() {
        return Stream.of(
                Arguments.of("en", "Vietnam's share of the magnet market rose to 12% this year."),
                Arguments.of("en", "The refining share held by Malaysia climbed to 9% in the period."),
                Arguments.of("en", "Brazil's share of global reserves increased to 21%."),
                Arguments.of("zh-Hans", "越南在磁材市场的份额上升至12%。"),
                Arguments.of("zh-Hans", "马来西亚的冶炼份额提高到9%。"),
                Arguments.of("zh-Hant", "巴西占全球儲量的比重增至21%。"),
                Arguments.of("vi", "Thị phần nam châm của Việt Nam tăng lên 12%."),
                Arguments.of("vi", "Tỷ trọng tinh luyện của Malaysia đã tăng lên 9%."),
                Arguments.of("vi", "Thị phần của Brazil giảm còn 21% trong năm nay."));
    }

    @ParameterizedTest
    @MethodSource("levels")
    void percent_afterLevelMarker_isNoChange(String lang, String sentence) {
        assertTrue(ofType(facts(lang, JUNE, sentence), "change").isEmpty(), sentence);
    }

    static Stream<Arguments> moves() {
        return Stream.of(
                Arguments.of("en", "Magnet output slid 7% from a month earlier.", -7.0),
                Arguments.of("en", "Oxide prices have climbed 12% since the spring.", 12.0),
                Arguments.of("en", "Shipments posted a 15% reduction on the year.", -15.0),
                Arguments.of("zh-Hans", "磁材产量环比下滑7%。", -7.0),
                Arguments.of("zh-Hans", "氧化物价格攀升了12%。", 12.0),
                Arguments.of("zh-Hant", "出貨量年減15%。", -15.0),
                Arguments.of("vi", "Sản lượng nam châm giảm 7% so với tháng trước.", -7.0),
                Arguments.of("vi", "Giá oxit tăng 12% so với đầu năm.", 12.0),
                Arguments.of("vi", "Lượng hàng xuất đi sụt giảm 15% so với cùng kỳ.", -15.0));
    }

    @ParameterizedTest
    @MethodSource("moves")
    void percent_governedByDirection_isChangeWithSign(String lang, String sentence, double value) {
        List<Fact> changes = ofType(facts(lang, JUNE, sentence), "change");
        assertEquals(1, changes.size(), sentence + " -> " + changes);
        assertEquals(value, changes.get(0).value(), 1e-9);
    }

    static Stream<Arguments> points() {
        return Stream.of(
                Arguments.of("en", "The share fell 1.5 percentage points from last year."),
                Arguments.of("zh-Hans", "占比同比下降1.5个百分点。"),
                Arguments.of("vi", "Tỷ trọng giảm 1,5 điểm phần trăm so với năm ngoái."));
    }

    @ParameterizedTest
    @MethodSource("points")
    void percentagePointMove_givesNoChange(String lang, String sentence) {
        assertTrue(ofType(facts(lang, JUNE, sentence), "change").isEmpty(), sentence);
    }

    // ---- reliance and supply: who supplies whose whole

    static Stream<Arguments> reliance() {
        return Stream.of(
                Arguments.of("en", "Korea relies on China for about 75% of its rare earth imports.", "CN", "KR"),
                Arguments.of("en", "India depends on China for roughly 80% of its magnet purchases.", "CN", "IN"),
                Arguments.of("en", "China supplies some 65% of Germany's rare earth imports.", "CN", "DE"),
                Arguments.of("zh-Hans", "韩国约75%的稀土依赖中国供应。", "CN", "KR"),
                Arguments.of("zh-Hans", "印度八成左右的磁材进口来自中国。", "CN", "IN"),
                Arguments.of("zh-Hant", "德國約65%的稀土仰賴中國供應。", "CN", "DE"),
                Arguments.of("vi", "Hàn Quốc phụ thuộc vào Trung Quốc cho khoảng 75% lượng đất hiếm nhập khẩu.", "CN", "KR"),
                Arguments.of("vi", "Ấn Độ nhập khẩu khoảng 80% nam châm từ Trung Quốc.", "CN", "IN"),
                Arguments.of("vi", "Trung Quốc cung cấp khoảng 65% lượng đất hiếm nhập khẩu của Đức.", "CN", "DE"));
    }

    @ParameterizedTest
    @MethodSource("reliance")
    void relianceFrame_givesSupplierAndDependentWhole(String lang, String sentence, String supplier, String whole) {
        List<Fact> shares = ofType(facts(lang, JUNE, sentence), "share");
        assertEquals(1, shares.size(), sentence + " -> " + shares);
        assertEquals("supply_to", shares.get(0).fields().get("metric"));
        assertEquals(supplier, shares.get(0).fields().get("subject"));
        assertEquals(whole, shares.get(0).fields().get("scope"));
    }

    // ---- material per unit: "each X uses N kg"

    static Stream<Arguments> intensities() {
        return Stream.of(
                Arguments.of("en", "Each electric scooter uses around 300 grams of NdFeB magnet.", 0.3),
                Arguments.of("en", "A single humanoid robot needs roughly 3 kg of magnets.", 3.0),
                Arguments.of("en", "Every industrial robot requires about 1.5 kg of NdFeB.", 1.5),
                Arguments.of("zh-Hans", "每辆电动车约需钕铁硼2公斤。", 2.0),
                Arguments.of("zh-Hans", "单台人形机器人大约使用3公斤磁材。", 3.0),
                Arguments.of("zh-Hant", "每台空調壓縮機約需0.2公斤釹鐵硼。", 0.2),
                Arguments.of("vi", "Mỗi chiếc xe điện sử dụng khoảng 2 kg nam châm.", 2.0),
                Arguments.of("vi", "Mỗi robot hình người cần khoảng 3 kg nam châm đất hiếm.", 3.0),
                Arguments.of("vi", "Mỗi máy nén điều hòa dùng khoảng 0,2 kg nam châm.", 0.2));
    }

    @ParameterizedTest
    @MethodSource("intensities")
    void perUnitUse_isIntensityInKgPerUnit(String lang, String sentence, double kg) {
        List<Fact> found = ofType(facts(lang, JUNE, sentence), "intensity");
        assertEquals(1, found.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals(kg, found.get(0).value(), 1e-9);
        assertEquals("kg/unit", found.get(0).unit());
    }

    // ---- capacity is a rate per year

    static Stream<Arguments> capacities() {
        return Stream.of(
                Arguments.of("en", "Lynas has an annual capacity of 12,000 tonnes of oxide.", 12000.0),
                Arguments.of("en", "The new line will be able to make 5,000 tonnes of magnets a year.", 5000.0),
                Arguments.of("en", "MP Materials plans separation capacity of 6,000 tonnes.", 6000.0),
                Arguments.of("zh-Hans", "北方稀土新建项目年产能2万吨。", 20000.0),
                Arguments.of("zh-Hans", "该项目设计产能为5000吨。", 5000.0),
                Arguments.of("zh-Hant", "新廠年產6000公噸磁材。", 6000.0),
                Arguments.of("vi", "Nhà máy có công suất 12.000 tấn mỗi năm.", 12000.0),
                Arguments.of("vi", "Dự án có công suất thiết kế 5.000 tấn nam châm.", 5000.0),
                Arguments.of("vi", "Lynas sẽ nâng công suất lên 6.000 tấn/năm.", 6000.0));
    }

    @ParameterizedTest
    @MethodSource("capacities")
    void capacity_isTonnesPerYear(String lang, String sentence, double tonnes) {
        List<Fact> found = ofType(facts(lang, JUNE, sentence), "quantity");
        assertEquals(1, found.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals("capacity", found.get(0).fields().get("metric"));
        assertEquals("t/yr", found.get(0).unit());
        assertEquals(tonnes, found.get(0).value(), 1e-6);
    }

    // ---- an absolute move is not a level

    static Stream<Arguments> absoluteMoves() {
        return Stream.of(
                Arguments.of("en", "China's magnet exports rose by 300 tons in May."),
                Arguments.of("en", "Exports of oxide fell by 1,200 tonnes last month."),
                Arguments.of("en", "Magnet shipments abroad increased by 90 tons."),
                Arguments.of("zh-Hans", "中国稀土出口增加了300吨。"),
                Arguments.of("zh-Hant", "中國磁材出口減少了1200公噸。"),
                Arguments.of("zh-Hans", "5月稀土永磁出口增加了90吨。"),
                Arguments.of("vi", "Xuất khẩu nam châm của Trung Quốc tăng thêm 300 tấn."),
                Arguments.of("vi", "Xuất khẩu oxit của Trung Quốc giảm 1.200 tấn."),
                Arguments.of("vi", "Lượng xuất khẩu nam châm của Trung Quốc tăng 90 tấn."));
    }

    @ParameterizedTest
    @MethodSource("absoluteMoves")
    void massAfterMoveVerb_isNoTradeLevel(String lang, String sentence) {
        assertTrue(ofType(facts(lang, JUNE, sentence), "trade").isEmpty(), sentence);
    }

    // ---- not facts: questions, calls, rumours

    static Stream<Arguments> nonFacts() {
        return Stream.of(
                Arguments.of("en", "Could China's share of refining fall below 60% by 2030?"),
                Arguments.of("en", "Industry groups urged the government to fund a stockpile worth $300 million."),
                Arguments.of("en", "Traders cited unconfirmed rumours that exports fell 20% in May."),
                Arguments.of("zh-Hans", "中国冶炼份额能否在2030年前降至60%以下？"),
                Arguments.of("zh-Hans", "行业协会呼吁政府出资3亿元建立储备。"),
                Arguments.of("zh-Hant", "市場傳聞5月出口下降20%。"),
                Arguments.of("vi", "Liệu thị phần tinh luyện của Trung Quốc có giảm xuống dưới 60% vào năm 2030?"),
                Arguments.of("vi", "Hiệp hội kêu gọi chính phủ chi 300 triệu USD cho kho dự trữ."),
                Arguments.of("vi", "Có tin đồn xuất khẩu tháng 5 giảm 20%."));
    }

    @ParameterizedTest
    @MethodSource("nonFacts")
    void questionsCallsAndRumours_giveNoFact(String lang, String sentence) {
        List<Fact> found = facts(lang, JUNE, sentence).stream().filter(f -> !f.type().equals("policy")).toList();
        assertTrue(found.isEmpty(), sentence + " -> " + found);
    }

    // ---- "the company", 该公司, công ty này: the last company named earlier in the story

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("en", "Lynas reported results on Monday.", "The company said its revenue rose 30% on the year."),
                Arguments.of("en", "MP Materials opened a plant in Texas.", "The firm said its revenue increased 18% from a year earlier."),
                Arguments.of("en", "Shares of JL Mag were active.", "The group reported revenue up 12% on the year."),
                Arguments.of("zh-Hans", "北方稀土发布业绩预告。", "该公司营收同比增长30%。"),
                Arguments.of("zh-Hans", "盛和资源公布年报。", "这家公司净利润同比增长18%。"),
                Arguments.of("zh-Hant", "金力永磁公布財報。", "該公司營收年增12%。"),
                Arguments.of("vi", "Lynas vừa công bố kết quả kinh doanh.", "Doanh thu của công ty này tăng 30% so với cùng kỳ."),
                Arguments.of("vi", "MP Materials mở nhà máy mới.", "Lợi nhuận của công ty này tăng 18% so với cùng kỳ."),
                Arguments.of("vi", "JL Mag vừa công bố báo cáo quý.", "Doanh thu của công ty này tăng 12% so với cùng kỳ."));
    }

    @ParameterizedTest
    @MethodSource("references")
    void companyReference_takesLastCompanyOfEarlierSentences(String lang, String first, String second) {
        List<Fact> changes = ofType(facts(lang, JUNE, first + " " + second), "change");
        assertEquals(1, changes.size(), changes.toString());
        String expected = firstEntity(first);
        assertEquals(expected, changes.get(0).fields().get("subject"));
    }

    private static String firstEntity(String sentence) {
        return Lexicon.bundled().find(sentence).get(0).entity().id();
    }

    // ---- "a robot uses N kg", "N kg of magnets each": the subject's article and a per-unit word after the amount

    static Stream<Arguments> indefiniteIntensities() {
        return Stream.of(
                Arguments.of("en", "A humanoid robot with many joints uses roughly 3.5 kg of NdFeB.", 3.5),
                Arguments.of("en", "Electric vehicles require 2 kg of magnets each.", 2.0),
                Arguments.of("en", "One electric vehicle contains about 1.5 kg of rare earth magnets.", 1.5),
                Arguments.of("zh-Hans", "一台人形机器人大约使用3.5公斤钕铁硼。", 3.5),
                Arguments.of("zh-Hans", "一辆电动车约需2公斤磁材。", 2.0),
                Arguments.of("zh-Hant", "一輛電動車使用稀土永磁約1.5公斤。", 1.5),
                Arguments.of("vi", "Một robot hình người sử dụng khoảng 3,5 kg nam châm.", 3.5),
                Arguments.of("vi", "Một chiếc xe điện tiêu thụ 2 kg nam châm.", 2.0),
                Arguments.of("vi", "Xe điện cần 1,5 kg nam châm mỗi chiếc.", 1.5));
    }

    @ParameterizedTest
    @MethodSource("indefiniteIntensities")
    void applicationSubjectUsingAnAmount_isIntensity(String lang, String sentence, double kg) {
        List<Fact> found = ofType(facts(lang, JUNE, sentence), "intensity");
        assertEquals(1, found.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals(kg, found.get(0).value(), 1e-9);
    }

    static Stream<Arguments> articleWithoutApplication() {
        return Stream.of(
                Arguments.of("en", "A new plant uses 300 tonnes of oxide."),
                Arguments.of("zh-Hans", "一个新工厂使用300吨氧化物。"),
                Arguments.of("vi", "Một nhà máy mới sử dụng 300 tấn oxit."));
    }

    @ParameterizedTest
    @MethodSource("articleWithoutApplication")
    void indefiniteArticle_withoutAnApplication_isNoIntensity(String lang, String sentence) {
        assertTrue(ofType(facts(lang, JUNE, sentence), "intensity").isEmpty(), sentence);
    }

    // ---- 元 in Taiwan's press is the New Taiwan dollar unless the text names another currency

    static Stream<Arguments> taiwanDollars() {
        return Stream.of(
                Arguments.of("宏磁科技7月營收4.82億元。", "TWD"),
                Arguments.of("該公司第三季淨利達1.5億元。", "TWD"),
                Arguments.of("北方稀土營收達30億元人民幣。", "CNY"));
    }

    @ParameterizedTest
    @MethodSource("taiwanDollars")
    void traditionalChineseYuan_isTaiwanDollarUnlessNamed(String sentence, String currency) {
        List<Fact> money = ofType(facts("zh-Hant", JUNE, sentence), "money");
        assertEquals(1, money.size(), money.toString());
        assertEquals(currency, money.get(0).unit());
    }

    @org.junit.jupiter.api.Test
    void simplifiedChineseYuan_staysRenminbi() {
        List<Fact> money = ofType(facts("zh-Hans", JUNE, "北方稀土7月营收4.82亿元。"), "money");
        assertEquals("CNY", money.get(0).unit());
    }

    // ---- a later clause's date belongs to that clause's figure

    static Stream<Arguments> laterDates() {
        return Stream.of(
                Arguments.of("en", "China's exports to Japan climbed to 590 tons, below the 680 tons shipped in August 2024."),
                Arguments.of("zh-Hans", "中国对日本出口590吨，低于2024年8月的680吨。"),
                Arguments.of("vi", "Xuất khẩu của Trung Quốc sang Nhật Bản đạt 590 tấn, thấp hơn mức 680 tấn của tháng 8/2024."));
    }

    @ParameterizedTest
    @MethodSource("laterDates")
    void laterDateOwnedByAnotherFigure_isNotTaken(String lang, String sentence) {
        List<Fact> trades = ofType(facts(lang, JUNE, sentence), "trade");
        Fact first = trades.stream().filter(f -> f.value() == 590).findFirst().orElseThrow(() -> new AssertionError(trades));
        assertEquals("2025-06-18", first.date(), trades.toString());
    }

    // ---- trade: the home side is the unmarked place, the partner the one "to/对/sang" marks

    static Stream<Arguments> flows() {
        return Stream.of(
                Arguments.of("en", "China's exports of magnets to Japan reached 820 tons in May.", "CN", "JP"),
                Arguments.of("en", "Shipments of oxide from China to India totalled 300 tonnes.", "CN", "IN"),
                Arguments.of("en", "Japan imported 450 tonnes of magnets from Vietnam.", "VN", "JP"),
                Arguments.of("zh-Hans", "中国对美国出口稀土永磁497吨。", "CN", "US"),
                Arguments.of("zh-Hans", "5月中国向韩国出口磁材300吨。", "CN", "KR"),
                Arguments.of("zh-Hant", "日本自越南進口稀土450公噸。", "VN", "JP"),
                Arguments.of("vi", "Trung Quốc xuất khẩu sang Nhật Bản 820 tấn nam châm.", "CN", "JP"),
                Arguments.of("vi", "Xuất khẩu của Trung Quốc sang Ấn Độ đạt 300 tấn.", "CN", "IN"),
                Arguments.of("vi", "Nhật Bản nhập khẩu 450 tấn nam châm từ Việt Nam.", "VN", "JP"));
    }

    @ParameterizedTest
    @MethodSource("flows")
    void tradeFlow_homeAndMarkedPartner(String lang, String sentence, String exporter, String importer) {
        List<Fact> trades = ofType(facts(lang, JUNE, sentence), "trade");
        assertEquals(1, trades.size(), sentence + " -> " + trades);
        assertEquals(exporter, trades.get(0).fields().get("exporter"));
        assertEquals(importer, trades.get(0).fields().get("importer"));
    }

    static Stream<Arguments> destinations() {
        return Stream.of(
                Arguments.of("en", "China exported 5,000 tons of magnets in May.", "Germany remained the largest destination, taking 1,100 tons.", "DE"),
                Arguments.of("en", "China's magnet exports reached 5,000 tons.", "India was the biggest buyer with 900 tons.", "IN"),
                Arguments.of("en", "China shipped 5,000 tons of magnets abroad.", "The United States ranked second with 700 tons.", "US"),
                Arguments.of("zh-Hans", "5月中国出口稀土永磁5000吨。", "德国是最大市场，达1100吨。", "DE"),
                Arguments.of("zh-Hans", "中国稀土永磁出口5000吨。", "其次是印度，为900吨。", "IN"),
                Arguments.of("zh-Hant", "中國稀土永磁出口5000公噸。", "美國位居第二，為700公噸。", "US"),
                Arguments.of("vi", "Trung Quốc xuất khẩu 5.000 tấn nam châm.", "Đức là thị trường lớn nhất với 1.100 tấn.", "DE"),
                Arguments.of("vi", "Xuất khẩu nam châm của Trung Quốc đạt 5.000 tấn.", "Ấn Độ đứng thứ hai với 900 tấn.", "IN"),
                Arguments.of("vi", "Trung Quốc xuất khẩu 5.000 tấn nam châm đất hiếm.", "Mỹ xếp thứ hai với 700 tấn.", "US"));
    }

    @ParameterizedTest
    @MethodSource("destinations")
    void placeNamedAsMarket_isImporterOfTheStorysExports(String lang, String first, String second, String importer) {
        List<Fact> trades = ofType(facts(lang, JUNE, first + " " + second), "trade");
        assertEquals(2, trades.size(), trades.toString());
        assertEquals("CN", trades.get(1).fields().get("exporter"));
        assertEquals(importer, trades.get(1).fields().get("importer"));
    }

    @org.junit.jupiter.api.Test
    void marketWithoutExportStory_isNoTrade() {
        assertTrue(ofType(facts("en", JUNE, "Germany remained the largest market, with 1,100 tons of demand."), "trade")
                .isEmpty());
    }

    // ---- shares whose holder is not the grammatical subject

    static Stream<Arguments> heldShares() {
        return Stream.of(
                // sent abroad for refining: the receiving place holds the sender's refining
                Arguments.of("en", "About 80% of American ore is shipped to China for processing.", "CN", "refining", "US"),
                Arguments.of("en", "Roughly 60% of Korean concentrate is sent to Japan for refining.", "JP", "refining", "KR"),
                Arguments.of("en", "Nearly 70% of Australian output goes to Malaysia for separation.", "MY", "refining", "AU"),
                Arguments.of("zh-Hans", "日本70%的重稀土仍需送到中国进行提纯。", "CN", "refining", "JP"),
                Arguments.of("zh-Hans", "美国80%的稀土矿石需运到中国加工。", "CN", "refining", "US"),
                Arguments.of("zh-Hant", "韓國六成的精礦需運到日本精煉。", "JP", "refining", "KR"),
                Arguments.of("vi", "Khoảng 80% quặng của Mỹ được đưa sang Trung Quốc để chế biến.", "CN", "refining", "US"),
                Arguments.of("vi", "Khoảng 60% tinh quặng của Hàn Quốc được chuyển sang Nhật Bản để tinh luyện.", "JP", "refining", "KR"),
                Arguments.of("vi", "Gần 70% sản lượng của Úc được đưa sang Malaysia để phân lập.", "MY", "refining", "AU"),
                // a destination's share of an exporter's shipments
                Arguments.of("en", "China shipped magnets abroad; Germany took 17% of total exports.", "DE", "other", "CN"),
                Arguments.of("zh-Hans", "中国稀土永磁出口中，对美出口占出口总量的8.6%。", "US", "other", "CN"),
                Arguments.of("vi", "Trung Quốc xuất khẩu nam châm, trong đó Đức chiếm 17,4% tổng lượng xuất khẩu.", "DE", "other", "CN"),
                // supplying a share of the world's output is a stage share, not a supply share
                Arguments.of("en", "Australia supplies about 10% of global mine production.", "AU", "mining", "WORLD"),
                Arguments.of("zh-Hant", "澳洲目前供應全球約一成的稀土礦產量。", "AU", "mining", "WORLD"),
                Arguments.of("vi", "Úc cung cấp khoảng 10% sản lượng khai thác toàn cầu.", "AU", "mining", "WORLD"));
    }

    @ParameterizedTest
    @MethodSource("heldShares")
    void shareHolder_readFromTheConstruction(String lang, String sentence, String subject, String metric, String scope) {
        List<Fact> shares = ofType(facts(lang, JUNE, sentence), "share");
        assertEquals(1, shares.size(), sentence + " -> " + shares);
        assertEquals(subject, shares.get(0).fields().get("subject"), shares.toString());
        assertEquals(metric, shares.get(0).fields().get("metric"), shares.toString());
        assertEquals(scope, shares.get(0).fields().get("scope"), shares.toString());
    }

    static Stream<Arguments> stageShares() {
        return Stream.of(
                Arguments.of("en", "China, with 77% of refining capacity, leads the chain.", "refining"),
                Arguments.of("en", "China has 60% of mine production.", "mining"),
                Arguments.of("en", "China holds 44% of world reserves.", "reserves"),
                Arguments.of("zh-Hans", "中国拥有全球90%的稀土精炼产能。", "refining"),
                Arguments.of("zh-Hans", "中国掌握60%的开采产量。", "mining"),
                Arguments.of("zh-Hant", "中國擁有44%的儲量。", "reserves"),
                Arguments.of("vi", "Trung Quốc nắm 90% công suất tinh luyện toàn cầu.", "refining"),
                Arguments.of("vi", "Trung Quốc có 60% sản lượng khai thác.", "mining"),
                Arguments.of("vi", "Trung Quốc có 44% trữ lượng thế giới.", "reserves"));
    }

    @ParameterizedTest
    @MethodSource("stageShares")
    void percentOfAStage_isAStageShare(String lang, String sentence, String metric) {
        List<Fact> shares = ofType(facts(lang, JUNE, sentence), "share");
        assertEquals(1, shares.size(), sentence + " -> " + shares);
        assertEquals("CN", shares.get(0).fields().get("subject"));
        assertEquals(metric, shares.get(0).fields().get("metric"));
    }

    static Stream<Arguments> upToRises() {
        return Stream.of(
                Arguments.of("Lợi nhuận tăng tới 23% so với cùng kỳ.", 23.0),
                Arguments.of("Doanh thu tháng 5 tăng trưởng tới 70%.", 70.0),
                Arguments.of("Giá oxit giảm tới 12% trong tuần.", -12.0));
    }

    @ParameterizedTest
    @MethodSource("upToRises")
    void vietnameseRiseUpTo_isTheSizeOfTheMove(String sentence, double value) {
        List<Fact> changes = ofType(facts("vi", JUNE, sentence), "change");
        assertEquals(1, changes.size(), sentence + " -> " + changes);
        assertEquals(value, changes.get(0).value(), 1e-9);
    }

    static Stream<Arguments> applicationPlaces() {
        return Stream.of(
                Arguments.of("en", "Humanoid robots are coming, and each one needs 3 kg of magnets.", "humanoid_robot"),
                Arguments.of("en", "Each scooter uses 0.3 kg of NdFeB, far less than electric vehicles.", "other"),
                Arguments.of("zh-Hans", "人形机器人需求旺盛，每台约需3公斤磁材。", "humanoid_robot"),
                Arguments.of("zh-Hans", "每台空调压缩机约需0.2公斤钕铁硼，远低于电动汽车。", "other"),
                Arguments.of("vi", "Robot hình người đang tăng nhanh, mỗi chiếc cần 3 kg nam châm.", "humanoid_robot"),
                Arguments.of("vi", "Mỗi chiếc xe máy điện sử dụng 0,3 kg nam châm, ít hơn nhiều so với ô tô điện.", "other"));
    }

    @ParameterizedTest
    @MethodSource("applicationPlaces")
    void intensityApplication_fromItsOwnOrAnEarlierClause_neverALaterOne(String lang, String sentence, String app) {
        List<Fact> found = ofType(facts(lang, JUNE, sentence), "intensity");
        assertEquals(1, found.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals(app, found.get(0).fields().get("application"));
    }

    static Stream<Arguments> stockCovers() {
        return Stream.of(
                Arguments.of("en", "Japanese carmakers hold barely two months of stock.", 2.0, "months"),
                Arguments.of("en", "Korea will raise its stockpile to 100 days of demand.", 100.0, "days"),
                Arguments.of("en", "Magnet makers keep inventories of six weeks.", 6.0, "weeks"),
                Arguments.of("zh-Hans", "日本国内稀土库存只能支撑90天。", 90.0, "days"),
                Arguments.of("zh-Hans", "企业的稀土储备仅够两个月。", 2.0, "months"),
                Arguments.of("zh-Hant", "台廠稀土永磁庫存僅剩3個月。", 3.0, "months"),
                Arguments.of("vi", "Kho dự trữ đất hiếm chỉ đủ dùng trong 45 ngày.", 45.0, "days"),
                Arguments.of("vi", "Các nhà sản xuất chỉ còn tồn kho khoảng 6 tuần.", 6.0, "weeks"),
                Arguments.of("vi", "Nhật Bản có kho dự trữ đủ cho 2 tháng tiêu thụ.", 2.0, "months"));
    }

    @ParameterizedTest
    @MethodSource("stockCovers")
    void stockCountedInTime_isStockpileInThatUnit(String lang, String sentence, double value, String unit) {
        List<Fact> found = ofType(facts(lang, JUNE, sentence), "quantity");
        assertEquals(1, found.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals("stockpile", found.get(0).fields().get("metric"));
        assertEquals(unit, found.get(0).unit());
        assertEquals(value, found.get(0).value(), 1e-9);
    }

    static Stream<Arguments> durationsWithoutStock() {
        return Stream.of(
                Arguments.of("en", "The suspension will last 90 days."),
                Arguments.of("zh-Hans", "暂停实施关税90天。"),
                Arguments.of("vi", "Lệnh tạm dừng kéo dài 90 ngày."));
    }

    @ParameterizedTest
    @MethodSource("durationsWithoutStock")
    void durationWithoutStock_isNoQuantity(String lang, String sentence) {
        assertTrue(ofType(facts(lang, JUNE, sentence), "quantity").isEmpty(), sentence);
    }

    static Stream<Arguments> fractionMoves() {
        return Stream.of(
                Arguments.of("en", "Imports from Japan rose by a third.", 33.3),
                Arguments.of("en", "Output fell by a quarter in May.", -25.0),
                Arguments.of("en", "Exports grew by a half last year.", 50.0),
                Arguments.of("zh-Hans", "进口减少了三分之一。", -33.3),
                Arguments.of("zh-Hans", "出口增加了四分之一。", 25.0),
                Arguments.of("zh-Hant", "產量下降了一半。", -50.0),
                Arguments.of("vi", "Nhập khẩu giảm một nửa.", -50.0),
                Arguments.of("vi", "Giá oxit tăng thêm một nửa.", 50.0),
                Arguments.of("vi", "Sản lượng giảm một nửa so với năm trước.", -50.0));
    }

    @ParameterizedTest
    @MethodSource("fractionMoves")
    void fractionMovedBy_isARateOfChange(String lang, String sentence, double value) {
        List<Fact> changes = ofType(facts(lang, JUNE, sentence), "change");
        assertEquals(1, changes.size(), sentence + " -> " + changes);
        assertEquals(value, changes.get(0).value(), 0.1);
    }

    // ---- the good a figure measures: named after it past its modifiers, else the story's last good

    static Stream<Arguments> goodsPastModifiers() {
        return Stream.of(
                Arguments.of("en", "The plant will make 2,000 tonnes of high-performance NdFeB magnets a year.", "NdFeB-magnet"),
                Arguments.of("en", "Its annual capacity is 800 tonnes of sintered NdFeB.", "NdFeB-magnet"),
                Arguments.of("en", "The line has an annual capacity of 600 tonnes of separated dysprosium oxide.", "Dy-oxide"),
                Arguments.of("zh-Hans", "该项目年产能为2万吨高性能钕铁硼。", "NdFeB-magnet"),
                Arguments.of("zh-Hans", "工厂年产能达3000吨的高端氧化镝。", "Dy-oxide"),
                Arguments.of("zh-Hant", "該廠年產能為5000公噸高性能釹鐵硼。", "NdFeB-magnet"),
                Arguments.of("vi", "Nhà máy có công suất 5.000 tấn nam châm NdFeB mỗi năm.", "NdFeB-magnet"),
                Arguments.of("vi", "Dự án có công suất 800 tấn nam châm thiêu kết mỗi năm.", "NdFeB-magnet"),
                Arguments.of("vi", "Nhà máy có công suất 600 tấn oxit dysprosi mỗi năm.", "Dy-oxide"));
    }

    @ParameterizedTest
    @MethodSource("goodsPastModifiers")
    void goodNamedAfterTheAmount_pastItsModifiers_isTheFiguresGood(String lang, String sentence, String good) {
        List<Fact> quantities = ofType(facts(lang, JUNE, sentence), "quantity");
        assertEquals(1, quantities.size(), sentence + " -> " + quantities);
        assertEquals(good, quantities.get(0).fields().get("commodity"), sentence);
    }

    static Stream<Arguments> goodsCarried() {
        return Stream.of(
                Arguments.of("en", "China's magnet exports rose again in May.", "China's shipments to Japan climbed to 590 tons."),
                Arguments.of("en", "Exports of NdFeB magnets from China kept growing.", "China exported 700 tons to India in the month."),
                Arguments.of("en", "Rare earth magnet sales abroad picked up.", "China's exports to Korea reached 410 tons."),
                Arguments.of("zh-Hans", "5月我国稀土永磁出口继续增长。", "其中中国对日本出口590吨。"),
                Arguments.of("zh-Hans", "钕铁硼出口保持增长。", "中国对印度出口700吨。"),
                Arguments.of("zh-Hant", "中國釹鐵硼出口持續成長。", "其中中國出口至韓國為410公噸。"),
                Arguments.of("vi", "Xuất khẩu nam châm đất hiếm của Trung Quốc tiếp tục tăng.", "Trung Quốc xuất khẩu sang Nhật Bản 590 tấn."),
                Arguments.of("vi", "Xuất khẩu nam châm NdFeB vẫn tăng.", "Xuất khẩu của Trung Quốc sang Ấn Độ đạt 700 tấn."),
                Arguments.of("vi", "Lượng nam châm xuất đi tăng mạnh.", "Trung Quốc xuất khẩu sang Hàn Quốc 410 tấn."));
    }

    @ParameterizedTest
    @MethodSource("goodsCarried")
    void flowWithoutItsOwnGood_takesTheStorysLastGood(String lang, String first, String second) {
        List<Fact> trades = ofType(facts(lang, JUNE, first, second), "trade");
        assertEquals(1, trades.size(), second + " -> " + trades);
        String good = trades.get(0).fields().get("commodity");
        assertTrue(good.equals("REE-magnet") || good.equals("NdFeB-magnet"), second + " -> " + good);
    }

    @org.junit.jupiter.api.Test
    void flowWithoutAnyGoodInItsStory_isRareEarths() {
        List<Fact> trades = ofType(facts("en", JUNE, "China's exports to Japan climbed to 590 tons."), "trade");
        assertEquals("REE", trades.get(0).fields().get("commodity"));
    }

    @org.junit.jupiter.api.Test
    void reservesWithoutTheirOwnGood_doNotTakeTheStorysProduct() {
        List<Fact> q = ofType(facts("en", JUNE, "Magnet output in Vietnam is growing.",
                "The country holds reserves of 3.5 million tonnes."), "quantity");
        assertTrue(q.stream().allMatch(f -> !"REE-magnet".equals(f.fields().get("commodity"))), q.toString());
    }

    static Stream<Arguments> goodsAsModifiers() {
        return Stream.of(
                Arguments.of("en", "Neodymium-praseodymium oxide, the main magnet feedstock, held at 440,000 yuan a ton."),
                Arguments.of("en", "PrNd oxide, a raw material for magnets, traded at 452,000 yuan per tonne."),
                Arguments.of("en", "Praseodymium-neodymium oxide, whose magnet stocks have rallied, was quoted at 438,000 yuan a ton."),
                Arguments.of("zh-Hans", "氧化镨钕作为磁材原料，报价44万元/吨。"),
                Arguments.of("zh-Hans", "氧化镨钕是磁材原材料，价格为45.2万元/吨。"),
                Arguments.of("zh-Hant", "氧化鐠釹作為磁材原料，報價43.8萬元/噸。"),
                Arguments.of("vi", "Oxit PrNd, nguyên liệu nam châm chính, được chào giá 440.000 nhân dân tệ/tấn."),
                Arguments.of("vi", "Giá oxit PrNd, nguyên liệu cho nam châm, ở mức 452.000 nhân dân tệ/tấn."),
                Arguments.of("vi", "Oxit PrNd, nguyên liệu sản xuất nam châm, có giá 438.000 nhân dân tệ/tấn."));
    }

    @ParameterizedTest
    @MethodSource("goodsAsModifiers")
    void goodQualifyingAnotherNoun_isNotThePricesGood(String lang, String sentence) {
        List<Fact> prices = ofType(facts(lang, JUNE, sentence), "price");
        assertEquals(1, prices.size(), sentence + " -> " + prices);
        assertEquals("PrNd-oxide", prices.get(0).fields().get("commodity"), sentence);
    }

    static Stream<Arguments> goodsOfLaterFigures() {
        return Stream.of(
                Arguments.of("en", "China controls over 80% of refining capacity and more than 90% of magnet production."),
                Arguments.of("en", "China holds 85% of separation capacity and 92% of NdFeB output."),
                Arguments.of("en", "China has 88% of separation capacity and 94% of permanent magnet output."),
                Arguments.of("zh-Hans", "中国掌握全球80%的冶炼产能和90%以上的磁材产量。"),
                Arguments.of("zh-Hans", "中国拥有85%的分离产能、92%的钕铁硼产量。"),
                Arguments.of("zh-Hant", "中國掌握88%的冶煉產能與94%的永磁體產量。"),
                Arguments.of("vi", "Trung Quốc nắm 80% công suất tinh luyện và hơn 90% sản lượng nam châm."),
                Arguments.of("vi", "Trung Quốc chiếm 85% công suất tách và 92% sản lượng nam châm NdFeB."),
                Arguments.of("vi", "Trung Quốc chiếm 88% công suất tinh luyện và 94% sản lượng nam châm vĩnh cửu."));
    }

    @ParameterizedTest
    @MethodSource("goodsOfLaterFigures")
    void goodAfterALaterFigure_isNotTheEarlierFiguresGood(String lang, String sentence) {
        List<Fact> shares = ofType(facts(lang, JUNE, sentence), "share");
        assertTrue(shares.size() >= 2, sentence + " -> " + shares);
        assertTrue(!shares.get(0).fields().get("commodity").contains("magnet"), sentence + " -> " + shares);
    }

    // ---- the level a share moved from is that share at the date the sentence gives it

    static Stream<Arguments> earlierLevels() {
        return Stream.of(
                Arguments.of("en", "Japan relies on China for about 60% of its magnet imports, down from roughly 85% in 2012.", 60, 85, "2012"),
                Arguments.of("en", "China holds 60% of global mining capacity, down from 80% in 2015.", 60, 80, "2015"),
                Arguments.of("en", "Australia holds 12% of world mining capacity, up from 5% in 2018.", 12, 5, "2018"),
                Arguments.of("zh-Hans", "日本约六成的稀土进口依赖中国，较2010年的九成明显下降。", 60, 90, "2010"),
                Arguments.of("zh-Hans", "中国占全球稀土开采量的60%，比2015年的80%有所下降。", 60, 80, "2015"),
                Arguments.of("zh-Hant", "澳洲占全球稀土開採量的12%，較2018年的5%大幅上升。", 12, 5, "2018"),
                Arguments.of("vi", "Nhật Bản phụ thuộc vào Trung Quốc với khoảng 60% lượng đất hiếm nhập khẩu, giảm từ mức 90% năm 2010.", 60, 90, "2010"),
                Arguments.of("vi", "Trung Quốc chiếm 60% sản lượng khai thác toàn cầu, giảm từ 80% vào năm 2015.", 60, 80, "2015"),
                Arguments.of("vi", "Úc chiếm 12% sản lượng khai thác thế giới, tăng từ mức 5% năm 2018.", 12, 5, "2018"));
    }

    @ParameterizedTest
    @MethodSource("earlierLevels")
    void earlierLevel_isTheSameShareAtItsDate(String lang, String sentence, double now, double then, String date) {
        List<Fact> shares = ofType(facts(lang, JUNE, sentence), "share");
        Fact current = shares.stream().filter(f -> f.value() == now).findFirst().orElseThrow(() -> new AssertionError(sentence + " -> " + shares));
        Fact earlier = shares.stream().filter(f -> f.value() == then).findFirst().orElseThrow(() -> new AssertionError(sentence + " -> " + shares));
        assertEquals(date, earlier.date(), shares.toString());
        assertEquals(current.fields(), earlier.fields(), "the same share: " + shares);
        assertEquals(2, shares.size(), shares.toString());
    }

    static Stream<Arguments> undatedEarlierLevels() {
        return Stream.of(
                Arguments.of("en", "China holds 60% of global mining capacity, down from 80%."),
                Arguments.of("zh-Hans", "中国占全球稀土开采量的60%，低于此前的80%。"),
                Arguments.of("vi", "Trung Quốc chiếm 60% sản lượng khai thác toàn cầu, giảm từ mức 80%."));
    }

    @ParameterizedTest
    @MethodSource("undatedEarlierLevels")
    void earlierLevelWithoutADate_givesNoShare(String lang, String sentence) {
        List<Fact> shares = ofType(facts(lang, JUNE, sentence), "share");
        assertTrue(shares.stream().noneMatch(f -> f.value() == 80), sentence + " -> " + shares);
    }

    // ---- "supply chain" names the chain: it says nothing of who supplies whom

    static Stream<Arguments> supplyChains() {
        return Stream.of(
                Arguments.of("en", "In the EU's supply chain, 90% of rare earth magnets and their alloys come from China.", 90, "CN", "EU"),
                Arguments.of("en", "Across Korea's magnet supply chain, 80% of the oxides and metals used are imported from China.", 80, "CN", "KR"),
                Arguments.of("en", "For India's supply chains, 85% of magnet materials and finished magnets originate from China.", 85, "CN", "IN"),
                Arguments.of("zh-Hans", "在欧盟的稀土供应链中，90%的关键原料、金属和合金来自中国。", 90, "CN", "EU"),
                Arguments.of("zh-Hant", "在韓國的磁材供應鏈中，80%的氧化物、金屬與合金來自中國。", 80, "CN", "KR"),
                Arguments.of("zh-Hans", "印度磁体供应链中，85%的原料、金属和成品磁体从中国进口。", 85, "CN", "IN"));
    }

    @ParameterizedTest
    @MethodSource("supplyChains")
    void supplyChain_isNoSupplier(String lang, String sentence, double value, String supplier, String importer) {
        List<Fact> shares = ofType(facts(lang, JUNE, sentence), "share").stream().filter(f -> f.value() == value).toList();
        assertEquals(1, shares.size(), sentence + " -> " + shares);
        assertEquals(supplier, shares.get(0).fields().get("subject"), shares.toString());
        assertEquals(importer, shares.get(0).fields().get("scope"), shares.toString());
    }

    // ---- money a price moved by is no amount of money; what a cost or profit moves by is

    static Stream<Arguments> moneyMoves() {
        return Stream.of(
                Arguments.of("en", "Quotes showed a weekly increase of 10,000 yuan.", 0),
                Arguments.of("en", "Oxide prices rose by 20,000 yuan over the month.", 0),
                Arguments.of("en", "Spot prices recorded a drop of 20,000 yuan this month.", 0),
                Arguments.of("en", "Its net profit could rise by 3 million dollars next year.", 1),
                Arguments.of("zh-Hans", "氧化镨钕报价较上周上涨5000元。", 0),
                Arguments.of("zh-Hans", "氧化镝价格本月下跌了2万元。", 0),
                Arguments.of("zh-Hant", "氧化鋱均價較上月上漲3萬元。", 0),
                Arguments.of("zh-Hans", "新能源汽车成本将上涨1800美元。", 1),
                Arguments.of("vi", "Giá oxit đất hiếm tăng thêm 5.000 nhân dân tệ.", 0),
                Arguments.of("vi", "Giá dysprosium giảm 20.000 nhân dân tệ so với tuần trước.", 0),
                Arguments.of("vi", "Báo giá terbium tăng 30.000 nhân dân tệ trong tháng.", 0),
                Arguments.of("vi", "Tokyo sẽ chi thêm 50 tỷ yên cho kho dự trữ.", 1),
                Arguments.of("en", "The oxide reached 555,000 yuan per ton, with a weekly increase of 10,000 yuan.", 0),
                Arguments.of("en", "When the oxide price rises 100,000 yuan per tonne, its net profit could rise by 1.2 billion yuan.", 1),
                Arguments.of("zh-Hans", "氧化镨钕价格每上涨10万元/吨，公司净利润将增加12亿元。", 1),
                Arguments.of("zh-Hans", "氧化镨钕报55万元/吨，周涨1万元。", 0),
                Arguments.of("vi", "Mỗi khi giá oxit tăng 10 vạn nhân dân tệ/tấn, lợi nhuận ròng có thể tăng thêm 1,2 tỷ nhân dân tệ.", 1),
                Arguments.of("vi", "Oxit đạt 555.000 nhân dân tệ/tấn, tăng 10.000 nhân dân tệ trong tuần.", 0));
    }

    @ParameterizedTest
    @MethodSource("moneyMoves")
    void moneyAPriceMovedBy_isNoAmount(String lang, String sentence, int amounts) {
        List<Fact> money = ofType(facts(lang, JUNE, sentence), "money");
        assertEquals(amounts, money.size(), sentence + " -> " + money);
    }

    // ---- a whole flow ("overall exports") has no partner, whatever an earlier clause named

    static Stream<Arguments> wholeFlows() {
        return Stream.of(
                Arguments.of("en", "China's exports to Japan rose 30% to 226 tons, while overall exports of magnet powder fell 18% to 538 tons.", 538),
                Arguments.of("en", "China's exports to Korea reached 300 tonnes, and total exports of alloys came to 900 tonnes.", 900),
                Arguments.of("en", "China's exports to India were 150 tonnes, but all exports of oxides dropped to 4,000 tonnes.", 4000),
                Arguments.of("zh-Hans", "中国对日本出口226吨，而磁粉等半成品整体出口下降至538吨。", 538),
                Arguments.of("zh-Hans", "中国对韩国出口300吨，合金总出口量为900吨。", 900),
                Arguments.of("zh-Hant", "中國對印度出口150噸，氧化物出口總量降至4,000噸。", 4000),
                Arguments.of("vi", "Trung Quốc xuất khẩu sang Nhật Bản 226 tấn, trong khi tổng xuất khẩu bột từ giảm xuống 538 tấn.", 538),
                Arguments.of("vi", "Trung Quốc xuất khẩu sang Hàn Quốc 300 tấn, tổng lượng xuất khẩu hợp kim là 900 tấn.", 900),
                Arguments.of("vi", "Trung Quốc xuất khẩu sang Ấn Độ 150 tấn, còn toàn bộ xuất khẩu oxit giảm còn 4.000 tấn.", 4000));
    }

    @ParameterizedTest
    @MethodSource("wholeFlows")
    void wholeFlow_goesToTheWorld(String lang, String sentence, double value) {
        List<Fact> flows = ofType(facts(lang, JUNE, sentence), "trade").stream().filter(f -> f.value() == value).toList();
        assertEquals(1, flows.size(), sentence + " -> " + ofType(facts(lang, JUNE, sentence), "trade"));
        assertEquals("CN", flows.get(0).fields().get("exporter"), flows.toString());
        assertEquals("WORLD", flows.get(0).fields().get("importer"), flows.toString());
    }

    // ---- without a date line, a month without a year takes its own sentence's explicit year

    static Stream<Arguments> yearlessMonthsOfUndatedStories() {
        return Stream.of(
                Arguments.of("en", "Wind power outlook for 2026",
                        "In the first half of 2025 wind capacity rose 104% from a year earlier, and in June alone it rose 773%.", 773, "2025-06"),
                Arguments.of("en", "Magnet market outlook for 2026",
                        "Exports rose 20% in 2024, and in March they jumped 35%.", 35, "2024-03"),
                Arguments.of("zh-Hans", "2026年稀土市场展望",
                        "2025年上半年风电装机同比增长104%，其中5月增长773%。", 773, "2025-05"),
                Arguments.of("zh-Hant", "2026年稀土市場展望",
                        "2024年出口增長20%，其中3月大增35%。", 35, "2024-03"),
                Arguments.of("vi", "Triển vọng thị trường đất hiếm năm 2026",
                        "Trong nửa đầu năm 2025, công suất điện gió tăng 104%, trong đó tháng 5 tăng trưởng tới 773%.", 773, "2025-05"),
                Arguments.of("vi", "Triển vọng thị trường nam châm năm 2026",
                        "Năm 2024 xuất khẩu tăng 20%, riêng tháng 3 tăng 35%.", 35, "2024-03"));
    }

    @ParameterizedTest
    @MethodSource("yearlessMonthsOfUndatedStories")
    void yearlessMonthOfAnUndatedStory_takesItsSentencesYear(String lang, String title, String sentence, double value,
                                                          String date) {
        List<Fact> changes = ofType(facts(lang, null, title, sentence), "change").stream()
                .filter(f -> f.value() == value).toList();
        assertEquals(1, changes.size(), sentence + " -> " + ofType(facts(lang, null, title, sentence), "change"));
        assertEquals(date, changes.get(0).date(), changes.toString());
    }

    // ---- a delta marker after a verb that is no direction marks no move: the figure is a level

    static Stream<Arguments> markersWithoutADirection() {
        return Stream.of(
                Arguments.of("zh-Hans", "2025年中国稀土矿产量达到了27万吨。", "quantity", 270000),
                Arguments.of("zh-Hans", "该公司2025年磁材产量实现了3万吨。", "quantity", 30000),
                Arguments.of("zh-Hant", "該公司2025年營收達到了12億元。", "money", 1200000000),
                Arguments.of("vi", "Tokyo sẽ chi thêm 50 tỷ yên cho kho dự trữ đất hiếm.", "money", 50000000000.0),
                Arguments.of("vi", "Chính phủ Nhật Bản sẽ rót thêm 30 tỷ yên vào quỹ khoáng sản.", "money", 30000000000.0),
                Arguments.of("vi", "Hàn Quốc sẽ bỏ thêm 200 triệu USD vào kho dự trữ kim loại hiếm.", "money", 200000000));
    }

    @ParameterizedTest
    @MethodSource("markersWithoutADirection")
    void deltaMarkerWithoutADirection_leavesALevel(String lang, String sentence, String type, double value) {
        List<Fact> found = ofType(facts(lang, JUNE, sentence), type);
        assertTrue(found.stream().anyMatch(f -> f.value() != null && f.value() == value), sentence + " -> " + found);
    }
    // ---- exports whose exporter the sentence does not name are the story's main place's (its customs' figures)

    static Stream<Arguments> unnamedExporters() {
        return Stream.of(
                Arguments.of("en", "Japan's magnet output rose 5% in May.", "Magnet exports fell 12% to 1,200 tonnes in May.", 1200, "JP", "WORLD"),
                Arguments.of("en", "Vietnam's rare earth output rose 8% this year.", "Exports to South Korea came to 300 tonnes.", 300, "VN", "KR"),
                Arguments.of("en", "Australia's concentrate output rose 4% this year.", "Exports of oxides climbed 20% from a year earlier to 900 tonnes.", 900, "AU", "WORLD"),
                Arguments.of("zh-Hans", "日本5月磁材产量增长5%。", "5月磁材出口量下降12%至1,200吨。", 1200, "JP", "WORLD"),
                Arguments.of("zh-Hans", "越南今年稀土产量增长8%。", "对韩国出口达到300吨。", 300, "VN", "KR"),
                Arguments.of("zh-Hant", "澳洲今年稀土產量增長4%。", "氧化物出口量按年增長20%至900噸。", 900, "AU", "WORLD"),
                Arguments.of("vi", "Sản lượng nam châm của Nhật Bản tăng 5% trong tháng 5.", "Xuất khẩu nam châm giảm 12% xuống còn 1.200 tấn.", 1200, "JP", "WORLD"),
                Arguments.of("vi", "Sản lượng đất hiếm của Việt Nam tăng 8% trong năm nay.", "Xuất khẩu sang Hàn Quốc đạt 300 tấn.", 300, "VN", "KR"),
                Arguments.of("vi", "Sản lượng tinh quặng của Úc tăng 4% trong năm nay.", "Xuất khẩu oxit tăng 20% lên 900 tấn.", 900, "AU", "WORLD"));
    }

    @ParameterizedTest
    @MethodSource("unnamedExporters")
    void exportsWithoutANamedExporter_areTheStorysMainPlaces(String lang, String first, String second, double value,
                                                         String exporter, String importer) {
        List<Fact> flows = ofType(facts(lang, JUNE, first, second), "trade").stream().filter(f -> f.value() == value).toList();
        assertEquals(1, flows.size(), second + " -> " + ofType(facts(lang, JUNE, first, second), "trade"));
        assertEquals(exporter, flows.get(0).fields().get("exporter"), flows.toString());
        assertEquals(importer, flows.get(0).fields().get("importer"), flows.toString());
        // without a place earlier in the story nobody is known to export
        assertTrue(ofType(facts(lang, JUNE, second), "trade").isEmpty(), second);
    }

    static Stream<Arguments> unnamedBuyers() {
        return Stream.of(
                Arguments.of("en", "Japan's magnet output rose 5% in May.", "The agency will buy up to 500 tonnes of magnets over five years."),
                Arguments.of("en", "Vietnam's rare earth output rose 8% this year.", "The group plans to purchase 300 tonnes of oxides."),
                Arguments.of("en", "Australia's concentrate output rose 4% this year.", "Buyers will purchase about 900 tonnes of concentrate next year."));
    }

    // A purchase is no import of the story's country: an agency or a firm may buy from anyone, at home too.
    @ParameterizedTest
    @MethodSource("unnamedBuyers")
    void purchasesWithoutANamedBuyer_areNoTrade(String lang, String first, String second) {
        assertTrue(ofType(facts(lang, JUNE, first, second), "trade").isEmpty(),
                second + " -> " + ofType(facts(lang, JUNE, first, second), "trade"));
    }
    // ---- a market ranked in the figure's own clause, after a flow word of an earlier clause, is the importer

    static Stream<Arguments> rankedAfterAFlowClause() {
        return Stream.of(
                Arguments.of("en", "China exported 5,000 tons of magnets in May.", "Germany stayed the largest market with 1,100 tons, or 22% of total exports; the United States ranked second with 700 tons.", 700, "US"),
                Arguments.of("en", "China's magnet exports reached 5,000 tons.", "Japan took 1,000 tons of the shipments, while India was the biggest buyer with 1,200 tons.", 1200, "IN"),
                Arguments.of("en", "China shipped 5,000 tons of magnets abroad.", "Korea received 800 tons of the exports, followed by Vietnam with 600 tons.", 600, "VN"),
                Arguments.of("zh-Hans", "5月中国出口稀土永磁5000吨。", "德国为1100吨，占出口总量的22%；美国位居第二，为700吨。", 700, "US"),
                Arguments.of("zh-Hans", "中国稀土永磁出口5000吨。", "对日本出口1000吨，其次是印度，为900吨。", 900, "IN"),
                Arguments.of("zh-Hant", "中國稀土永磁出口5000公噸。", "德國為1100公噸，占出口總量的22%；美國排名第二，為700公噸。", 700, "US"),
                Arguments.of("vi", "Trung Quốc xuất khẩu 5.000 tấn nam châm.", "Đức là thị trường lớn nhất với 1.100 tấn, chiếm 22% tổng lượng xuất khẩu; Mỹ đứng thứ hai với 700 tấn.", 700, "US"),
                Arguments.of("vi", "Xuất khẩu nam châm của Trung Quốc đạt 5.000 tấn.", "Nhật Bản nhận 1.000 tấn hàng xuất khẩu, Ấn Độ xếp thứ hai với 900 tấn.", 900, "IN"),
                Arguments.of("vi", "Trung Quốc xuất khẩu 5.000 tấn nam châm đất hiếm.", "Hàn Quốc chiếm 16% lượng xuất khẩu, tiếp theo là Việt Nam với 600 tấn.", 600, "VN"));
    }

    @ParameterizedTest
    @MethodSource("rankedAfterAFlowClause")
    void marketRankedAfterAnEarlierFlowClause_isTheImporter(String lang, String first, String second, double value,
                                                          String importer) {
        List<Fact> trades = ofType(facts(lang, JUNE, first, second), "trade").stream().filter(f -> f.value() == value).toList();
        assertEquals(1, trades.size(), second + " -> " + ofType(facts(lang, JUNE, first, second), "trade"));
        assertEquals("CN", trades.get(0).fields().get("exporter"), trades.toString());
        assertEquals(importer, trades.get(0).fields().get("importer"), trades.toString());
    }
    // ---- "the same period of 2024" names the base of a change, not its date

    static Stream<Arguments> samePeriodBases() {
        return Stream.of(
                Arguments.of("en", "Magnet exports fell 15.1% from the same period of 2024.", -15.1),
                Arguments.of("en", "Oxide output rose 8% on the same months of 2024.", 8),
                Arguments.of("en", "Sales were down 12% compared with the same quarter in 2024.", -12),
                Arguments.of("zh-Hans", "稀土永磁出口较2024年同期下降15.1%。", -15.1),
                Arguments.of("zh-Hant", "氧化物產量較2024年同期增長8%。", 8),
                Arguments.of("vi", "Xuất khẩu nam châm giảm 15,1% so với cùng kỳ năm 2024.", -15.1));
    }

    @ParameterizedTest
    @MethodSource("samePeriodBases")
    void samePeriodOfAYear_isTheBaseNotTheDate(String lang, String sentence, double value) {
        List<Fact> changes = ofType(facts(lang, JUNE, sentence), "change").stream().filter(f -> f.value() == value).toList();
        assertEquals(1, changes.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals("2025-06-18", changes.get(0).date(), changes.toString());
    }
    // ---- a mass as the subject of a priced clause is the price's denominator

    static Stream<Arguments> massSubjectPrices() {
        return Stream.of(
                Arguments.of("en", "In Europe a kilogram of terbium oxide now fetches about $3,600.", 3600, "USD/kg"),
                Arguments.of("en", "One tonne of dysprosium oxide costs around $250,000 in Rotterdam.", 250000, "USD/t"),
                Arguments.of("en", "Each kilogram of NdPr oxide sold for roughly $75 last week.", 75, "USD/kg"),
                Arguments.of("zh-Hans", "每公斤氧化铽在欧洲市场的售价约为3600美元。", 3600, "USD/kg"),
                Arguments.of("zh-Hant", "每公噸氧化鏑在鹿特丹的報價約為25萬美元。", 250000, "USD/t"),
                Arguments.of("vi", "Mỗi kg oxit terbi tại châu Âu có giá khoảng 3.600 USD.", 3600, "USD/kg"),
                Arguments.of("vi", "Một tấn oxit dysprosi hiện được chào bán với giá 250.000 USD.", 250000, "USD/t"),
                Arguments.of("vi", "Mỗi kilogram oxit NdPr được bán với giá khoảng 75 USD.", 75, "USD/kg"));
    }

    @ParameterizedTest
    @MethodSource("massSubjectPrices")
    void massAsTheSubjectOfAPricedClause_isThePricesUnit(String lang, String sentence, double value, String unit) {
        List<Fact> prices = ofType(facts(lang, JUNE, sentence), "price").stream().filter(f -> f.value() == value).toList();
        assertEquals(1, prices.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals(unit, prices.get(0).unit(), prices.toString());
    }

    // ---- a later date in the clause with another figure between is that figure's

    static Stream<Arguments> laterDatesOfTheNextFigure() {
        return Stream.of(
                Arguments.of("en", "Terbium oxide now fetches about $3,600 a kilogram after jumping 38% since early April.", 3600),
                Arguments.of("en", "NdPr oxide trades at $75 a kilogram after a 10% drop in May.", 75),
                Arguments.of("en", "Dysprosium oxide is quoted at $250 per kg after rising 15% in April.", 250),
                Arguments.of("vi", "Giá oxit terbi hiện ở mức 3.600 USD/kg sau khi tăng 38% trong tháng 4.", 3600),
                Arguments.of("vi", "Giá oxit dysprosi hiện là 250 USD/kg sau khi tăng 15% trong tháng 4.", 250),
                Arguments.of("vi", "Giá oxit NdPr hiện ở mức 75 USD/kg sau khi giảm 8% trong tháng 5.", 75));
    }

    @ParameterizedTest
    @MethodSource("laterDatesOfTheNextFigure")
    void laterDateInTheClauseBehindAnotherFigure_isNotTaken(String lang, String sentence, double value) {
        List<Fact> figures = facts(lang, JUNE, sentence).stream().filter(f -> f.value() != null && f.value() == value).toList();
        assertEquals(1, figures.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals("2025-06-18", figures.get(0).date(), figures.toString());
    }
    // ---- a quota is an amount of its own (metric other), not the output it allows

    static Stream<Arguments> quotas() {
        return Stream.of(
                Arguments.of("en", "China set its first-batch mining quota at 135,000 tonnes.", 135000),
                Arguments.of("en", "The smelting and separation quota was raised to 127,000 tonnes.", 127000),
                Arguments.of("en", "Beijing's production quotas for the year total 270,000 tonnes.", 270000),
                Arguments.of("zh-Hans", "今年第一批稀土开采总量控制指标为13.5万吨。", 135000),
                Arguments.of("zh-Hans", "冶炼分离配额提高至12.7万吨。", 127000),
                Arguments.of("zh-Hant", "全年稀土開採指標合計27萬公噸。", 270000),
                Arguments.of("vi", "Hạn ngạch khai thác đất hiếm đợt đầu của Trung Quốc là 135.000 tấn.", 135000),
                Arguments.of("vi", "Chỉ tiêu tách chiết được nâng lên 127.000 tấn.", 127000),
                Arguments.of("vi", "Tổng hạn ngạch sản xuất cả năm đạt 270.000 tấn.", 270000));
    }

    @ParameterizedTest
    @MethodSource("quotas")
    void quota_isAnAmountOfItsOwn(String lang, String sentence, double tonnes) {
        List<Fact> amounts = ofType(facts(lang, JUNE, sentence), "quantity").stream().filter(f -> f.value() == tonnes).toList();
        assertEquals(1, amounts.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals("other", amounts.get(0).fields().get("metric"), amounts.toString());
    }
    // ---- a share right after an import from a named source is the source's share of the importer's supply

    static Stream<Arguments> sourcedParts() {
        return Stream.of(
                Arguments.of("en", "China imported 12,600 tonnes of ore in May, of which 8,100 tonnes came from Myanmar, about 65% of the total.", 65, "MM", "CN"),
                Arguments.of("en", "Japan imported 4,000 tonnes of oxides, including 2,400 tonnes from China, or 60% of the total.", 60, "CN", "JP"),
                Arguments.of("en", "India imported 900 tonnes of magnets last year, 630 tonnes of them from China, accounting for 70%.", 70, "CN", "IN"),
                Arguments.of("zh-Hans", "5月中国进口稀土矿1.26万吨，其中自缅甸进口8100吨，约占65%。", 65, "MM", "CN"),
                Arguments.of("zh-Hans", "日本进口氧化物4000吨，其中从中国进口2400吨，占六成。", 60, "CN", "JP"),
                Arguments.of("zh-Hant", "印度去年進口磁材900公噸，其中自中國進口630公噸，佔七成。", 70, "CN", "IN"),
                Arguments.of("vi", "Tháng 5 Trung Quốc nhập khẩu 12.600 tấn quặng, trong đó nhập từ Myanmar 8.100 tấn, chiếm khoảng 65%.", 65, "MM", "CN"),
                Arguments.of("vi", "Nhật Bản nhập khẩu 4.000 tấn oxit, trong đó nhập từ Trung Quốc 2.400 tấn, chiếm 60%.", 60, "CN", "JP"),
                Arguments.of("vi", "Năm ngoái Ấn Độ nhập khẩu 900 tấn nam châm, riêng từ Trung Quốc 630 tấn, chiếm 70%.", 70, "CN", "IN"));
    }

    @ParameterizedTest
    @MethodSource("sourcedParts")
    void shareAfterAnImportFromANamedSource_isTheSourcesShareOfTheImportersSupply(String lang, String sentence,
                                                                                  double value, String source,
                                                                                  String importer) {
        List<Fact> shares = ofType(facts(lang, JUNE, sentence), "share").stream().filter(f -> f.value() == value).toList();
        assertEquals(1, shares.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals(source, shares.get(0).fields().get("subject"), shares.toString());
        assertEquals("supply_to", shares.get(0).fields().get("metric"), shares.toString());
        assertEquals(importer, shares.get(0).fields().get("scope"), shares.toString());
    }
    // ---- a price restated in another currency after a comma is the same price, per the same unit

    static Stream<Arguments> restatedPrices() {
        return Stream.of(
                Arguments.of("en", "NdPr oxide traded at $75 a kilogram, or about 540 yuan, in Shanghai.", 540, "CNY/kg"),
                Arguments.of("en", "Terbium oxide fetched $900 per kg, equivalent to 6,500 yuan, last week.", 6500, "CNY/kg"),
                Arguments.of("en", "Dysprosium oxide sold for 1,800 yuan per kg, or roughly $250, in May.", 250, "USD/kg"),
                Arguments.of("zh-Hans", "氧化镨钕报价回落至每吨58.6万元人民币，约合新台币258万元。", 2580000, "TWD/t"),
                Arguments.of("zh-Hans", "氧化铽报价为每公斤7150元，折合约990美元。", 990, "USD/kg"),
                Arguments.of("zh-Hant", "氧化鏑報價每公斤1800元人民幣，約合新台幣8000元。", 8000, "TWD/kg"),
                Arguments.of("vi", "Giá oxit NdPr ở mức 75 USD/kg, tương đương khoảng 1,9 triệu đồng.", 1900000, "VND/kg"),
                Arguments.of("vi", "Giá oxit terbi là 900 USD/kg, tương đương 23 triệu đồng.", 23000000, "VND/kg"),
                Arguments.of("vi", "Oxit dysprosi được bán với giá 250 USD/kg, tức khoảng 6,3 triệu đồng.", 6300000, "VND/kg"));
    }

    @ParameterizedTest
    @MethodSource("restatedPrices")
    void priceRestatedInAnotherCurrency_isTheSamePricePerTheSameUnit(String lang, String sentence, double value,
                                                                    String unit) {
        List<Fact> prices = ofType(facts(lang, JUNE, sentence), "price").stream().filter(f -> f.value() == value).toList();
        assertEquals(1, prices.size(), sentence + " -> " + facts(lang, JUNE, sentence));
        assertEquals(unit, prices.get(0).unit(), prices.toString());
    }

    @org.junit.jupiter.api.Test
    void percentAfterAnAmountAndOr_isNoRestatement() {
        List<Fact> found = facts("en", JUNE, "The deal is worth $75 million, or 10% of the buyer's value.");
        assertTrue(found.stream().noneMatch(f -> f.type().equals("price")), found.toString());
    }
}
