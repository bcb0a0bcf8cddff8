package dev.monazite.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.monazite.article.Article;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.text.SentenceSplitter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whose figure it is: firms the lexicon does not know, names a preposition marks as partners, lists,
 * owners, and the story's subject where a sentence names none. Sentences and firm names are our own.
 */
class SubjectsTest {
    private static final LocalDateTime JUNE = LocalDateTime.of(2025, 6, 18, 9, 0);

    private static List<Fact> ofType(String type, String lang, String... paragraphs) {
        return ConstructionsTest.facts(lang, JUNE, paragraphs).stream().filter(f -> f.type().equals(type)).toList();
    }

    private static String onlySubject(String type, String lang, String... paragraphs) {
        List<Fact> found = ofType(type, lang, paragraphs);
        assertEquals(1, found.size(), String.join(" ", paragraphs) + " -> " + found);
        return found.get(0).fields().get("subject");
    }

    // ---- a firm the lexicon does not know, introduced by its legal form or a word for a firm

    static Stream<Arguments> unknownFirms() {
        return Stream.of(
                Arguments.of("en", "Korvane Magnetics Ltd will invest $120 million in a new sintering line.", "Korvane Magnetics"),
                Arguments.of("en", "Taldor Metals Inc posted revenue of $88 million last year.", "Taldor Metals"),
                Arguments.of("en", "Brightfield Co said it would spend $45 million on a separation plant.", "Brightfield"),
                Arguments.of("en", "Australian miner Quenda Resources will invest $60 million in a concentrator.", "Quenda Resources"),
                Arguments.of("en", "Magnet maker Veltro posted revenue of $30 million in the first half.", "Veltro"),
                Arguments.of("en", "The start-up Ostrava Rare Metals raised $25 million from investors.", "Ostrava Rare Metals"),
                Arguments.of("vi", "Công ty TNHH Kim Long Magnet đầu tư 50 triệu USD vào nhà máy mới.", "Kim Long Magnet"),
                Arguments.of("vi", "Tập đoàn Hoa Sen Metals rót 30 triệu USD cho dây chuyền tách đất hiếm.", "Hoa Sen Metals"),
                Arguments.of("vi", "Công ty cổ phần Minh Phat Materials đạt doanh thu 200 tỷ đồng năm ngoái.", "Minh Phat Materials"));
    }

    @ParameterizedTest
    @MethodSource("unknownFirms")
    void unknownFirm_introducedByLegalFormOrFirmWord_isTheMoneySubject(String lang, String sentence, String firm) {
        assertEquals(firm, onlySubject("money", lang, sentence));
    }

    static Stream<Arguments> firmsNamedAgain() {
        return Stream.of(
                Arguments.of("Korvane Ltd said it will build a plant in Ohio.", "Korvane shares rose 6% on Tuesday.", "Korvane"),
                Arguments.of("Canadian refiner Halvard Minerals opened its first line.",
                        "Halvard Minerals said output rose 14% from a year earlier.", "Halvard Minerals"),
                Arguments.of("Trellis Magnet Corp signed a supply deal with a carmaker.",
                        "Shares of Trellis Magnet jumped 9% in early trading.", "Trellis Magnet"));
    }

    @ParameterizedTest
    @MethodSource("firmsNamedAgain")
    void firmNamedAgainWithoutItsLegalForm_isStillThatFirm(String introduced, String later, String firm) {
        assertEquals(firm, onlySubject("change", "en", introduced, later));
    }

    @Test
    void firmIntroducedInTheBody_isKnownInTheHeadlineToo() {
        String body = "Welsh magnet maker Penrose Alloys Ltd said on Monday it will invest $75 million in a plant.";
        List<Fact> facts = new FactExtractor(Lexicon.bundled()).extract(new Article("t2",
                "Penrose Alloys to invest $75 million in Welsh plant", "test", JUNE, null, "en",
                List.of(new Article.Paragraph(1, body, SentenceSplitter.split(body)))));
        assertEquals(List.of("Penrose Alloys"), facts.stream().filter(f -> f.type().equals("money"))
                .map(f -> f.fields().get("subject")).distinct().toList());
    }

    @Test
    void capitalisedWordsAfterAFirmWord_thatAreDaysOrMonths_nameNoFirm() {
        assertEquals("Lynas", onlySubject("money", "en", "Lynas, the company said Monday, will invest $50 million in a plant."));
    }

    // ---- a name a preposition marks is a partner, a customer or a comparison, not the subject

    static Stream<Arguments> partners() {
        return Stream.of(
                Arguments.of("en", "Lynas, a key supplier to Toyota, posted revenue of $90 million.", "money", "Lynas"),
                Arguments.of("en", "China exported 5,000 tonnes of magnets in May. Shipments to Japan and Korea fell 9% from a month earlier.", "change", "CN"),
                Arguments.of("en", "MP Materials, which sells oxide to Japan, raised $200 million in new debt.", "money", "MP Materials"),
                Arguments.of("zh-Hans", "中国5月出口稀土永磁5000吨。对日本和韩国的出口环比下降9%。", "change", "CN"),
                Arguments.of("zh-Hans", "北方稀土向日本客户供货，营业收入为120亿元。", "money", "Northern Rare Earth"),
                Arguments.of("zh-Hant", "中國5月出口磁材5000公噸。對日本與韓國的出口月減9%。", "change", "CN"),
                Arguments.of("vi", "Trung Quốc xuất khẩu 5.000 tấn nam châm trong tháng 5. Xuất khẩu sang Nhật Bản và Hàn Quốc giảm 9% so với tháng trước.", "change", "CN"),
                Arguments.of("vi", "Lynas, nhà cung cấp cho Nhật Bản, đạt doanh thu 90 triệu USD.", "money", "Lynas"),
                Arguments.of("vi", "Xuất khẩu từ Trung Quốc sang Mỹ giảm. Trung Quốc xuất khẩu 4.000 tấn nam châm. Xuất khẩu sang Đức tăng 7% so với tháng trước.", "change", "CN"));
    }

    @ParameterizedTest
    @MethodSource("partners")
    void nameMarkedAsPartner_isNotTheSubject(String lang, String text, String type, String subject) {
        String[] sentences = text.split("(?<=[.。]) ?");
        assertEquals(subject, onlySubject(type, lang, sentences));
    }

    // ---- an origin ("imports of Chinese magnets") is not whose figure it is; a firm after "of" owns it

    static Stream<Arguments> origins() {
        return Stream.of(
                Arguments.of("en", "Japan's imports of Chinese magnets fell 14% in May from April.", "JP"),
                Arguments.of("en", "India's purchases of Chinese oxide dropped 9% from a month earlier.", "IN"),
                Arguments.of("en", "German demand for imports of Japanese alloys rose 6% in the quarter.", "DE"),
                Arguments.of("en", "Revenue of Lynas rose 12% from a year earlier.", "Lynas"),
                Arguments.of("zh-Hans", "日本从中国进口的磁材同比下降14%。", "JP"),
                Arguments.of("zh-Hant", "印度自中國進口的氧化物月減9%。", "IN"),
                Arguments.of("vi", "Nhập khẩu nam châm từ Trung Quốc của Nhật Bản giảm 14% so với tháng trước.", "JP"));
    }

    @ParameterizedTest
    @MethodSource("origins")
    void originOfTheGoods_isNotTheSubject(String lang, String sentence, String subject) {
        assertEquals(subject, onlySubject("change", lang, sentence));
    }

    // ---- one figure for a list of firms: one fact each, in the order named

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("en", "Shares of JL Mag, Ningbo Yunsheng and Shenghe Resources each rose 5% on Friday."),
                Arguments.of("en", "JL Mag, Ningbo Yunsheng and Shenghe Resources all gained about 5% in Shanghai."),
                Arguments.of("zh-Hans", "金力永磁、宁波韵升和盛和资源股价均上涨5%。"),
                Arguments.of("zh-Hant", "金力永磁、寧波韻升和盛和資源股價均上漲5%。"),
                Arguments.of("vi", "Cổ phiếu JL Mag, Ningbo Yunsheng và Shenghe Resources cùng tăng 5%."));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void oneFigureForListedFirms_isOneChangeEachInOrder(String lang, String sentence) {
        assertEquals(List.of("JL Mag", "Ningbo Yunsheng", "Shenghe Resources"),
                ofType("change", lang, sentence).stream().map(f -> f.fields().get("subject")).toList());
    }

    // ---- no subject in the sentence: the story's

    static Stream<Arguments> implied() {
        return Stream.of(
                Arguments.of("en", "Lynas reported a strong quarter. Revenue rose 12% from a year earlier.", "Lynas"),
                Arguments.of("en", "Shenghe Resources published its results. Net profit jumped 30% on the year.", "Shenghe Resources"),
                Arguments.of("zh-Hans", "盛和资源发布业绩快报。营业收入同比增长12%。", "Shenghe Resources"),
                Arguments.of("zh-Hant", "盛和資源公布財報。營收年增12%。", "Shenghe Resources"),
                Arguments.of("vi", "Lynas công bố kết quả kinh doanh. Doanh thu tăng 12% so với cùng kỳ.", "Lynas"),
                Arguments.of("en", "India is building a magnet industry. India set aside funds for it. Output rose 8% from a year earlier.", "IN"),
                Arguments.of("vi", "Việt Nam đẩy mạnh khai thác đất hiếm. Việt Nam cấp phép thêm hai mỏ. Sản lượng tăng 8% so với cùng kỳ.", "VN"));
    }

    @ParameterizedTest
    @MethodSource("implied")
    void figureWithNoNamedSubject_belongsToTheStorysFirmOrMainActor(String lang, String text, String subject) {
        assertEquals(subject, onlySubject("change", lang, text.split("(?<=[.。]) ?")));
    }

    // ---- a flow to a marked partner is the story's exporter's, whoever an earlier clause named

    static Stream<Arguments> flowsToPartners() {
        return Stream.of(
                Arguments.of("en", "China exported 5,000 tons of magnets in May.", "Germany took 1,200 tons, while shipments to Japan slid 9%."),
                Arguments.of("en", "China's magnet exports reached 5,000 tons.", "India ranked second, and exports to Korea and Thailand fell 6%."),
                Arguments.of("en", "China shipped 5,000 tons of magnets abroad.", "The US was second, while exports to Vietnam rose 12% on the month."),
                Arguments.of("zh-Hans", "5月中国出口稀土永磁5000吨。", "德国仍是最大市场，而对日本出口下降9%。"),
                Arguments.of("zh-Hans", "中国稀土永磁出口5000吨。", "印度居第二位，对韩国和泰国出口减少6%。"),
                Arguments.of("zh-Hant", "中國稀土永磁出口5000公噸。", "美國居次，對越南出口月增12%。"),
                Arguments.of("vi", "Trung Quốc xuất khẩu 5.000 tấn nam châm.", "Đức nhập 1.200 tấn, trong khi xuất khẩu sang Nhật Bản giảm 9%."),
                Arguments.of("vi", "Xuất khẩu nam châm của Trung Quốc đạt 5.000 tấn.", "Ấn Độ đứng thứ hai, còn xuất khẩu sang Hàn Quốc và Thái Lan giảm 6%."),
                Arguments.of("vi", "Trung Quốc xuất khẩu 5.000 tấn nam châm đất hiếm.", "Mỹ đứng thứ hai, còn xuất khẩu sang Việt Nam tăng 12%."));
    }

    @ParameterizedTest
    @MethodSource("flowsToPartners")
    void changeOfAFlowToAMarkedPartner_isTheExportersChange(String lang, String first, String second) {
        List<Fact> changes = ofType("change", lang, first, second);
        assertEquals(false, changes.isEmpty(), second);
        for (Fact f : changes) {
            assertEquals("CN", f.fields().get("subject"), second + " -> " + changes);
        }
    }

    // ---- a ticker in brackets after a name says which listed company it is

    static Stream<Arguments> tickers() {
        return Stream.of(
                Arguments.of("zh-Hant", "中國稀土(0769)股價一度升逾12%。", "China Rare Earth Holdings"),
                Arguments.of("zh-Hans", "中国稀土（0769）股价大涨8%。", "China Rare Earth Holdings"),
                Arguments.of("zh-Hans", "中国稀土(000831)股价上涨5%。", "China Rare Earth Resources and Technology"),
                Arguments.of("en", "China Rare Earth (0769.HK) shares jumped 12%.", "China Rare Earth Holdings"),
                Arguments.of("en", "China Rare Earth (HK: 0769) shares rose 9%.", "China Rare Earth Holdings"),
                Arguments.of("en", "China Rare Earth (000831) shares rose 5%.", "China Rare Earth Resources and Technology"));
    }

    @ParameterizedTest
    @MethodSource("tickers")
    void tickerInBrackets_saysWhichCompany(String lang, String sentence, String subject) {
        assertEquals(subject, onlySubject("change", lang, sentence));
    }

    // ---- a commodity price's move that names no one is its market's: the quote's currency, else the story's place

    static Stream<Arguments> priceMoves() {
        String firm = "Northern Rare Earth raised its listed prices for the month.";
        String firmZh = "北方稀土上调了本月挂牌价。";
        String firmVi = "Northern Rare Earth đã nâng giá niêm yết tháng này.";
        return Stream.of(
                Arguments.of("en", firm, "Neodymium oxide was quoted at 560,000 yuan per tonne, up 2% on the week.", "CN"),
                Arguments.of("en", firm, "Dysprosium metal fetched 95,000 yen a kilogram, up 4% from last week.", "JP"),
                Arguments.of("en", firm, "Terbium oxide changed hands at 2,900 euros per kilogram, down 3% from May.", "EU"),
                Arguments.of("zh-Hans", firmZh, "氧化镨钕报每吨56万元，较上周上涨3%。", "CN"),
                Arguments.of("zh-Hans", firmZh, "金属镝报价每公斤9500日元，周环比下跌1.5%。", "JP"),
                Arguments.of("zh-Hant", firmZh, "氧化鏑現貨報每公斤1,650元人民幣（約1,800港元），按周跌1.5%。", "CN"),
                Arguments.of("vi", firmVi, "Oxit neodymium được chào giá 560.000 nhân dân tệ/tấn, tăng 2% so với tuần trước.", "CN"),
                Arguments.of("vi", firmVi, "Oxit dysprosi có giá 1.700 nhân dân tệ/kg, giảm 1,2% trong tuần.", "CN"),
                Arguments.of("vi", firmVi, "Kim loại dysprosi được bán với giá 95.000 yên/kg, tăng 4% so với tuần trước.", "JP"));
    }

    @ParameterizedTest
    @MethodSource("priceMoves")
    void priceMoveNamingNoOne_isTheMarketOfItsCurrency(String lang, String first, String second, String market) {
        assertEquals(market, onlySubject("change", lang, first, second));
    }

    static Stream<Arguments> unquotedPriceMoves() {
        return Stream.of(
                Arguments.of("en", "China is the largest producer of rare earths. Northern Rare Earth raised its listed prices.",
                        "NdPr prices have gained 12% since January."),
                Arguments.of("zh-Hans", "中国是最大的稀土生产国。北方稀土上调了挂牌价。", "镨钕价格年初以来累计上涨12%。"),
                Arguments.of("vi", "Trung Quốc là nước sản xuất đất hiếm lớn nhất. Northern Rare Earth đã nâng giá niêm yết.",
                        "Giá PrNd đã tăng 12% kể từ đầu năm."));
    }

    @ParameterizedTest
    @MethodSource("unquotedPriceMoves")
    void priceMoveWithoutAQuote_isTheStorysPlace(String lang, String first, String second) {
        assertEquals("CN", onlySubject("change", lang, first, second));
    }

    @Test
    void sharePriceMove_staysItsCompanys() {
        assertEquals("Northern Rare Earth", onlySubject("change", "en",
                "Northern Rare Earth raised its listed prices.", "Its shares rose 5% on Monday."));
    }

    // ---- an amount made, held or allowed that names no one is the story's; demand stays the world's

    static Stream<Arguments> storysAmounts() {
        return Stream.of(
                Arguments.of("en", "Lynas published its quarterly report on Thursday.",
                        "NdPr production was 2,150 tonnes in the quarter.", "Lynas"),
                Arguments.of("en", "MP Materials broke ground on a second magnet factory.",
                        "The site is designed to make 1,000 tonnes of magnets a year.", "MP Materials"),
                Arguments.of("en", "Iluka published its half-year results.",
                        "Stockpiled concentrate stood at 4,000 tonnes at the end of June.", "Iluka"),
                Arguments.of("zh-Hans", "北方稀土发布了年度报告。", "该项目设计年产稀土精矿1.8万吨。", "Northern Rare Earth"),
                Arguments.of("zh-Hans", "盛和资源公布了半年报。", "上半年稀土氧化物产量为6000吨。", "Shenghe Resources"),
                Arguments.of("zh-Hant", "萊納斯公布了季度報告。", "氧化鐠釹產量為2,150公噸。", "Lynas"),
                Arguments.of("vi", "Lynas vừa công bố báo cáo quý.", "Sản lượng NdPr đạt 2.150 tấn trong quý.", "Lynas"),
                Arguments.of("vi", "MP Materials đã khởi công nhà máy nam châm thứ hai.",
                        "Dự án có công suất thiết kế 1.000 tấn nam châm mỗi năm.", "MP Materials"),
                Arguments.of("vi", "Iluka đã công bố kết quả kinh doanh nửa năm.",
                        "Sản lượng tinh quặng đạt 4.000 tấn trong nửa đầu năm.", "Iluka"));
    }

    @ParameterizedTest
    @MethodSource("storysAmounts")
    void amountMadeOrHeldNamingNoOne_isTheStorys(String lang, String first, String second, String subject) {
        assertEquals(subject, onlySubject("quantity", lang, first, second));
    }

    static Stream<Arguments> demands() {
        return Stream.of(
                Arguments.of("en", "Lynas published its quarterly report on Thursday.",
                        "Demand for NdFeB magnets is expected to reach 300,000 tonnes by 2030."),
                Arguments.of("zh-Hans", "北方稀土发布了年度报告。", "预计到2030年钕铁硼需求将达到30万吨。"),
                Arguments.of("vi", "Lynas vừa công bố báo cáo quý.", "Nhu cầu nam châm NdFeB dự kiến đạt 300.000 tấn vào năm 2030."));
    }

    @ParameterizedTest
    @MethodSource("demands")
    void demandNamingNoOne_staysTheWorlds(String lang, String first, String second) {
        assertEquals("WORLD", onlySubject("quantity", lang, first, second));
    }

    // ---- a figure its clause calls the country's (domestic, 全国, cả nước) is the story's place's

    static Stream<Arguments> nationalFigures() {
        String en = "India is building up its rare earth industry. Northern Rare Earth opened a new separation line.";
        String zh = "印度正在发展稀土产业。北方稀土开设了一条新的分离线。";
        String vi = "Ấn Độ đang phát triển ngành đất hiếm. Northern Rare Earth mở một dây chuyền tách mới.";
        return Stream.of(
                Arguments.of("en", en, "Domestic output of magnets rose 14% in the first half.", "change", "IN"),
                Arguments.of("en", en, "Nationwide sales of electric cars grew 22% from a year earlier.", "change", "IN"),
                Arguments.of("en", en, "The country's magnet output reached 3,000 tonnes last year.", "quantity", "IN"),
                Arguments.of("zh-Hans", zh, "全国磁材产量上半年增长14%。", "change", "IN"),
                Arguments.of("zh-Hans", zh, "国内电动车销量同比增长22%。", "change", "IN"),
                Arguments.of("zh-Hans", zh, "去年国内磁材产量达到3000吨。", "quantity", "IN"),
                Arguments.of("vi", vi, "Sản lượng nam châm trong nước tăng 14% trong nửa đầu năm.", "change", "IN"),
                Arguments.of("vi", vi, "Doanh số xe điện cả nước tăng 22% so với cùng kỳ.", "change", "IN"),
                Arguments.of("vi", vi, "Sản lượng nam châm toàn quốc đạt 3.000 tấn năm ngoái.", "quantity", "IN"));
    }

    @ParameterizedTest
    @MethodSource("nationalFigures")
    void figureCalledTheCountrys_isTheStorysPlace(String lang, String first, String second, String type, String place) {
        assertEquals(place, onlySubject(type, lang, first, second));
    }
}
