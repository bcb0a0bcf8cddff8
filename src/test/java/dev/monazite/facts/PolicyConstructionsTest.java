package dev.monazite.facts;

import static dev.monazite.facts.ConstructionsTest.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Acts of governments, in three wordings of our own per language. */
class PolicyConstructionsTest {
    private static final LocalDateTime MARCH = LocalDateTime.of(2026, 3, 12, 8, 0);

    private static List<Fact> policies(String lang, String sentence) {
        return facts(lang, MARCH, sentence).stream().filter(f -> f.type().equals("policy")).toList();
    }

    /** The one act a sentence states. */
    private static Fact onlyAct(String lang, String sentence) {
        List<Fact> acts = policies(lang, sentence);
        assertEquals(1, acts.size(), sentence + " -> " + acts);
        return acts.get(0);
    }

    static Stream<Arguments> jointActs() {
        return Stream.of(
                Arguments.of("en", "The United States and Japan signed a framework on critical minerals.", "US", "JP"),
                Arguments.of("en", "Australia and India signed an agreement on rare earth supply.", "AU", "IN"),
                Arguments.of("en", "Vietnam and South Korea signed a memorandum on processing.", "VN", "KR"),
                Arguments.of("zh-Hans", "美国与日本签署关键矿产框架协议。", "US", "JP"),
                Arguments.of("zh-Hans", "中美双方发布联合声明。", "CN", "US"),
                Arguments.of("zh-Hant", "越南與韓國簽署稀土合作備忘錄。", "VN", "KR"),
                Arguments.of("vi", "Mỹ và Nhật Bản đã ký thỏa thuận về khoáng sản.", "US", "JP"),
                Arguments.of("vi", "Úc và Ấn Độ ký hiệp định về đất hiếm.", "AU", "IN"),
                Arguments.of("vi", "Việt Nam và Hàn Quốc đã ký bản ghi nhớ hợp tác.", "VN", "KR"));
    }

    @ParameterizedTest
    @MethodSource("jointActs")
    void jointAct_firstPartyActs_otherIsTarget(String lang, String sentence, String actor, String target) {
        List<Fact> acts = policies(lang, sentence);
        assertEquals(1, acts.size(), sentence + " -> " + acts);
        assertEquals(actor, acts.get(0).fields().get("actor"));
        assertEquals(target, acts.get(0).fields().get("target"));
        assertEquals("agreement", acts.get(0).fields().get("action"));
        assertEquals("2026-03-12", acts.get(0).date(), "an act reported as done takes the story's date");
    }

    static Stream<Arguments> leaders() {
        return Stream.of(
                Arguments.of("en", "Trump announced new tariffs on imported magnets.", "US"),
                Arguments.of("en", "Takaichi announced a stockpile of rare earths.", "JP"),
                Arguments.of("en", "Albanese launched a strategic reserve for critical minerals.", "AU"),
                Arguments.of("zh-Hans", "特朗普宣布对进口磁体加征关税。", "US"),
                Arguments.of("zh-Hant", "川普宣布對進口磁材加徵關稅。", "US"),
                Arguments.of("zh-Hant", "高市早苗宣布建立稀土儲備。", "JP"),
                Arguments.of("vi", "Tổng thống Trump công bố thuế quan mới với nam châm nhập khẩu.", "US"),
                Arguments.of("vi", "Takaichi công bố kế hoạch dự trữ đất hiếm.", "JP"),
                Arguments.of("vi", "Albanese công bố quỹ dự trữ khoáng sản chiến lược.", "AU"));
    }

    @ParameterizedTest
    @MethodSource("leaders")
    void leader_standsForTheGovernment(String lang, String sentence, String actor) {
        List<Fact> acts = policies(lang, sentence);
        assertTrue(!acts.isEmpty(), sentence);
        assertEquals(actor, acts.get(0).fields().get("actor"), acts.toString());
    }

    static Stream<Arguments> companyPlans() {
        return Stream.of(
                Arguments.of("en", "Japanese magnet maker Proterial said it will invest in a new plant."),
                Arguments.of("en", "Australian miner Lynas signed an agreement with a Japanese buyer."),
                Arguments.of("en", "American producer MP Materials announced a partnership with a carmaker."),
                Arguments.of("zh-Hans", "日本磁材企业信越化学宣布签署供货协议。"),
                Arguments.of("zh-Hans", "澳大利亚矿企莱纳斯宣布与日本客户签署协议。"),
                Arguments.of("zh-Hant", "美國MP Materials宣布簽署供貨協議。"),
                Arguments.of("vi", "Công ty Nhật Bản Shin-Etsu công bố ký thỏa thuận cung ứng."),
                Arguments.of("vi", "Tập đoàn Úc Lynas đã ký thỏa thuận với khách hàng Nhật Bản."),
                Arguments.of("vi", "Hãng Mỹ MP Materials công bố hợp tác với hãng xe."));
    }

    @ParameterizedTest
    @MethodSource("companyPlans")
    void companyNamedBeforeTheAct_isNoGovernmentAct(String lang, String sentence) {
        assertTrue(policies(lang, sentence).isEmpty(), sentence + " -> " + policies(lang, sentence));
    }

    static Stream<Arguments> notActs() {
        return Stream.of(
                Arguments.of("en", "Brussels is trying to secure an agreement with Washington."),
                Arguments.of("en", "Industry groups urged Japan to build a stockpile."),
                Arguments.of("en", "Will China suspend exports again?"),
                Arguments.of("zh-Hans", "欧盟试图与美国签署协议。"),
                Arguments.of("zh-Hans", "行业协会呼吁日本建立储备。"),
                Arguments.of("zh-Hant", "市場傳聞中國將暫停出口。"),
                Arguments.of("vi", "EU đang tìm cách ký thỏa thuận với Mỹ."),
                Arguments.of("vi", "Hiệp hội kêu gọi Nhật Bản xây dựng kho dự trữ."),
                Arguments.of("vi", "Có tin đồn Trung Quốc sẽ tạm dừng xuất khẩu."));
    }

    @ParameterizedTest
    @MethodSource("notActs")
    void attemptsCallsRumoursAndQuestions_areNoActs(String lang, String sentence) {
        assertTrue(policies(lang, sentence).isEmpty(), sentence + " -> " + policies(lang, sentence));
    }

    static Stream<Arguments> severalActs() {
        return Stream.of(
                Arguments.of("en", "China imposed export controls on gallium and suspended licences for germanium."),
                Arguments.of("zh-Hans", "商务部对镓实施出口管制，并暂停锗的出口许可。"),
                Arguments.of("vi", "Trung Quốc áp dụng kiểm soát xuất khẩu gali, đồng thời tạm dừng cấp giấy phép xuất khẩu germani."));
    }

    @ParameterizedTest
    @MethodSource("severalActs")
    void severalActsInOneSentence_oneFactEach(String lang, String sentence) {
        List<Fact> acts = policies(lang, sentence);
        assertEquals(2, acts.size(), sentence + " -> " + acts);
        assertEquals(List.of("export_control", "suspension"), acts.stream().map(f -> f.fields().get("action")).toList());
    }

    // ---- an act word that only names where someone spoke is no act

    static Stream<Arguments> speechVenues() {
        return Stream.of(
                Arguments.of("en", "Trump said on his social media platform that the US will impose a 50% tariff on Chinese magnets.", "tariff"),
                Arguments.of("en", "The minister wrote on the ministry's online platform that Japan will set up a rare earth stockpile.", "stockpile"),
                Arguments.of("en", "Albanese posted on a video platform that Australia will sign a minerals agreement with Japan.", "agreement"),
                Arguments.of("zh-Hans", "特朗普在社交平台表示，美国将对中国商品加征50%关税。", "tariff"),
                Arguments.of("zh-Hans", "商务部在官方平台发文称，中国将对镓实施出口管制。", "export_control"),
                Arguments.of("zh-Hant", "川普在個人平台上表示，美國將對中國商品加徵50%關稅。", "tariff"),
                Arguments.of("vi", "Tổng thống Trump cho biết trên nền tảng mạng xã hội rằng Mỹ sẽ áp thuế quan 50% với hàng Trung Quốc.", "tariff"),
                Arguments.of("vi", "Bộ trưởng viết trên nền tảng trực tuyến rằng Nhật Bản sẽ thành lập kho dự trữ đất hiếm.", "stockpile"),
                Arguments.of("vi", "Thủ tướng Albanese đăng trên nền tảng video rằng Úc sẽ ký thỏa thuận khoáng sản với Nhật Bản.", "agreement"));
    }

    @ParameterizedTest
    @MethodSource("speechVenues")
    void actWordNamingWhereSomeoneSpoke_isNoAct(String lang, String sentence, String action) {
        List<Fact> acts = policies(lang, sentence);
        assertTrue(acts.stream().noneMatch(f -> f.fields().get("action").equals("other")), sentence + " -> " + acts);
        assertTrue(acts.stream().anyMatch(f -> f.fields().get("action").equals(action)), sentence + " -> " + acts);
    }

    static Stream<Arguments> actsAfterADayOrPlace() {
        return Stream.of(
                Arguments.of("en", "Beijing said on Monday it would impose export controls on gallium.", "export_control"),
                Arguments.of("zh-Hans", "商务部在周一宣布对镓实施出口管制。", "export_control"),
                Arguments.of("vi", "Bộ Thương mại cho biết trên cơ sở rà soát sẽ áp dụng kiểm soát xuất khẩu với gali.", "export_control"));
    }

    @ParameterizedTest
    @MethodSource("actsAfterADayOrPlace")
    void actAfterSaidOnADay_isStillAnAct(String lang, String sentence, String action) {
        List<Fact> acts = policies(lang, sentence);
        assertTrue(acts.stream().anyMatch(f -> f.fields().get("action").equals(action)), sentence + " -> " + acts);
    }

    // ---- a plan is dated by its announcement when the sentence dates both it and its start

    static Stream<Arguments> announcedPlans() {
        return Stream.of(
                Arguments.of("en", "On March 10 the White House said that from May 1 the US will impose a 40% tariff on Chinese magnets.", "2026-03"),
                Arguments.of("en", "Tokyo announced on March 9 that starting June 1 Japan will tighten export controls on gallium.", "2026-03"),
                Arguments.of("en", "On March 11, Brussels said the EU would apply a stockpile rule effective from July 1.", "2026-03"),
                Arguments.of("zh-Hans", "美国总统3月10日表示，将自5月1日起对中国商品加征40%关税。", "2026-03"),
                Arguments.of("zh-Hans", "商务部3月9日宣布，自6月1日起对镓实施出口管制。", "2026-03"),
                Arguments.of("zh-Hant", "美國總統3月11日表示，將從7月1日起對中國商品加徵40%關稅。", "2026-03"),
                Arguments.of("vi", "Ngày 10/3, Nhà Trắng cho biết từ ngày 1/5 Mỹ sẽ áp thuế quan 40% với nam châm Trung Quốc.", "2026-03"),
                Arguments.of("vi", "Ngày 9/3, Nhật Bản thông báo kể từ ngày 1/6 sẽ siết chặt xuất khẩu gali.", "2026-03"),
                Arguments.of("vi", "Ngày 11/3, EU tuyên bố sẽ áp dụng quy định dự trữ có hiệu lực từ ngày 1/7.", "2026-03"));
    }

    @ParameterizedTest
    @MethodSource("announcedPlans")
    void planDatedByAnnouncementAndStart_takesTheAnnouncement(String lang, String sentence, String month) {
        List<Fact> acts = policies(lang, sentence);
        assertFalse(acts.isEmpty(), sentence);
        assertTrue(acts.stream().allMatch(f -> f.date() != null && f.date().startsWith(month)), sentence + " -> " + acts);
    }

    static Stream<Arguments> startsOnly() {
        return Stream.of(
                Arguments.of("en", "The US will impose a 40% tariff on Chinese magnets starting May 1.", "2026-05"),
                Arguments.of("zh-Hans", "中国将自6月1日起对镓实施出口管制。", "2026-06"),
                Arguments.of("vi", "Mỹ sẽ áp thuế quan 40% với nam châm Trung Quốc từ ngày 1/5.", "2026-05"));
    }

    @ParameterizedTest
    @MethodSource("startsOnly")
    void planDatedOnlyByItsStart_takesTheStart(String lang, String sentence, String month) {
        List<Fact> acts = policies(lang, sentence);
        assertFalse(acts.isEmpty(), sentence);
        assertTrue(acts.stream().allMatch(f -> f.date() != null && f.date().startsWith(month)), sentence + " -> " + acts);
    }

    // ---- a government body named without its country is the story's main place's

    static Stream<Arguments> bodiesOfTheStorysPlace() {
        return Stream.of(
                Arguments.of("en", "South Korea accounts for 8% of global magnet demand.",
                        "The trade ministry said it will expand the national stockpile of rare metals.", "KR", "stockpile"),
                Arguments.of("en", "Japan holds 6% of the world's refining capacity.",
                        "The government announced subsidies for magnet recycling plants.", "JP", "subsidy"),
                Arguments.of("en", "Vietnam holds 22% of the world's rare earth reserves.",
                        "The national assembly passed a law on mineral exports.", "VN", "law"),
                Arguments.of("zh-Hans", "韩国占全球磁材需求的8%。", "政府宣布将扩大稀有金属储备。", "KR", "stockpile"),
                Arguments.of("zh-Hans", "越南稀土储量占全球的22%。", "国会通过新的矿产法律。", "VN", "law"),
                Arguments.of("zh-Hant", "台灣占全球磁材需求的3%。", "經濟部宣布編列預算建立關鍵原料儲備。", "TW", "stockpile"),
                Arguments.of("vi", "Việt Nam chiếm 22% trữ lượng đất hiếm thế giới.",
                        "Quốc hội đã thông qua luật khoáng sản sửa đổi.", "VN", "law"),
                Arguments.of("vi", "Nhật Bản chiếm 6% công suất tinh luyện thế giới.",
                        "Chính phủ công bố trợ cấp cho các nhà máy tái chế nam châm.", "JP", "subsidy"),
                Arguments.of("vi", "Hàn Quốc chiếm 8% nhu cầu nam châm toàn cầu.",
                        "Chính phủ quyết định mở rộng kho dự trữ kim loại hiếm.", "KR", "stockpile"));
    }

    @ParameterizedTest
    @MethodSource("bodiesOfTheStorysPlace")
    void bodyWithoutItsCountry_actsForTheStorysMainPlace(String lang, String first, String second, String actor,
                                                         String action) {
        List<Fact> acts = facts(lang, MARCH, first, second).stream().filter(f -> f.type().equals("policy")).toList();
        assertEquals(1, acts.size(), second + " -> " + acts);
        assertEquals(actor, acts.get(0).fields().get("actor"), acts.toString());
        assertEquals(action, acts.get(0).fields().get("action"), acts.toString());
    }

    static Stream<Arguments> bodiesOwnedByAName() {
        return Stream.of(
                Arguments.of("zh-Hant", "台灣占全球磁材需求的3%。", "美方也宣布，國防部將投資興建鎵精煉廠。", "US"),
                Arguments.of("zh-Hans", "台湾占全球磁材需求的3%。", "日方表示，经济部将设立稀土储备。", "JP"),
                Arguments.of("en", "Taiwan accounts for 3% of global magnet demand.",
                        "Washington also said the defense ministry will invest in a gallium refinery.", "US"));
    }

    @ParameterizedTest
    @MethodSource("bodiesOwnedByAName")
    void bodyAfterANamedActor_isThatActors(String lang, String first, String second, String actor) {
        List<Fact> acts = facts(lang, MARCH, first, second).stream().filter(f -> f.type().equals("policy")).toList();
        assertEquals(1, acts.size(), second + " -> " + acts);
        assertEquals(actor, acts.get(0).fields().get("actor"), acts.toString());
    }

    // ---- a call, hedge or threat cancels its own clause and those after it, not the act before it

    static Stream<Arguments> actsBeforeACall() {
        return Stream.of(
                Arguments.of("en", "China approved general licences for European buyers, a step that could ease shortages.", "CN"),
                Arguments.of("en", "Japan will spend 50 billion yen on its rare earth stockpile, and urged G7 partners to follow.", "JP"),
                Arguments.of("en", "Vietnam banned exports of raw ore, which processors hope will lift investment.", "VN"),
                Arguments.of("zh-Hans", "中国批准了部分欧洲客户的通用许可，此举可能缓解短缺。", "CN"),
                Arguments.of("zh-Hans", "日本宣布扩大稀土储备，同时呼吁七国集团伙伴协调行动。", "JP"),
                Arguments.of("zh-Hant", "越南宣布禁止出口未加工的稀土礦，業界希望借此發展深加工。", "VN"),
                Arguments.of("vi", "Trung Quốc đã phê duyệt giấy phép chung cho khách hàng châu Âu, điều có thể giảm thiếu hụt.", "CN"),
                Arguments.of("vi", "Nhật Bản sẽ mở rộng kho dự trữ đất hiếm, đồng thời kêu gọi các đối tác G7 phối hợp.", "JP"),
                Arguments.of("vi", "Việt Nam đã cấm xuất khẩu quặng thô, giới chế biến hy vọng điều này thu hút đầu tư.", "VN"));
    }

    @ParameterizedTest
    @MethodSource("actsBeforeACall")
    void actBeforeACallOrHedge_stands(String lang, String sentence, String actor) {
        Fact act = onlyAct(lang, sentence);
        assertEquals(actor, act.fields().get("actor"), act.toString());
    }

    static Stream<Arguments> actsAfterAThreatOrProposal() {
        return Stream.of(
                Arguments.of("en", "China warned, after the talks, that it would impose new export controls."),
                Arguments.of("en", "The EU proposed a joint purchasing platform for rare earths."),
                Arguments.of("en", "Japan offered to sign a memorandum on magnet supply with Vietnam."),
                Arguments.of("zh-Hans", "中方警告，将对相关企业实施出口管制。"),
                Arguments.of("zh-Hans", "欧盟提议建立稀土联合采购平台。"),
                Arguments.of("zh-Hant", "日本提出與越南簽署稀土備忘錄。"),
                Arguments.of("vi", "Trung Quốc đe dọa, sẽ áp đặt kiểm soát xuất khẩu mới."),
                Arguments.of("vi", "EU đề xuất thành lập nền tảng mua chung đất hiếm."),
                Arguments.of("vi", "Nhật Bản đề xuất ký bản ghi nhớ với Việt Nam."));
    }

    @ParameterizedTest
    @MethodSource("actsAfterAThreatOrProposal")
    void threatOrProposal_isNoAct(String lang, String sentence) {
        assertEquals(List.of(), policies(lang, sentence), sentence);
    }

    // ---- a clause that ends in a reporting verb reports the act of the next one

    static Stream<Arguments> reportedInTheClauseBefore() {
        return Stream.of(
                Arguments.of("zh-Hans", "美方宣布，国防部将投资建设镓精炼厂。", "US", "investment"),
                Arguments.of("zh-Hans", "日本政府表示，未来五年投资一万亿日元强化稀土供应链。", "JP", "investment"),
                Arguments.of("zh-Hant", "澳洲宣布，國家稀土儲備規模達到十億澳元。", "AU", "stockpile"),
                Arguments.of("vi", "Mỹ cho biết, khoản đầu tư vào nhà máy tinh luyện gali mới.", "US", "investment"),
                Arguments.of("vi", "Nhật Bản công bố, gói đầu tư 1.000 tỷ yên cho chuỗi cung ứng đất hiếm.", "JP", "investment"),
                Arguments.of("vi", "Hàn Quốc cho biết, kho dự trữ kim loại hiếm quốc gia đủ cho 100 ngày.", "KR", "stockpile"));
    }

    @ParameterizedTest
    @MethodSource("reportedInTheClauseBefore")
    void reportingVerbEndingAClause_reportsTheNextClausesAct(String lang, String sentence, String actor, String action) {
        Fact act = onlyAct(lang, sentence);
        assertEquals(actor, act.fields().get("actor"), act.toString());
        assertEquals(action, act.fields().get("action"), act.toString());
    }

    // ---- a place where the act happens (在澳大利亚, "tại Úc", "in Vietnam") is not who acts

    static Stream<Arguments> placesOfTheAct() {
        return Stream.of(
                Arguments.of("zh-Hans", "美方宣布，将在澳大利亚投资建设镓精炼厂。", "US"),
                Arguments.of("zh-Hant", "日方宣布，將在越南投資興建稀土分離廠。", "JP"),
                Arguments.of("zh-Hans", "韩方表示，将在越南投资建设磁材工厂。", "KR"),
                Arguments.of("vi", "Mỹ cho biết, sẽ đầu tư xây nhà máy tại Úc.", "US"),
                Arguments.of("vi", "Nhật Bản công bố, sẽ đầu tư vào nhà máy ở Việt Nam.", "JP"),
                Arguments.of("vi", "Hàn Quốc cho biết, sẽ đầu tư vào khu chế biến tại Việt Nam.", "KR"),
                Arguments.of("en", "Washington said it will invest in a refinery in Australia.", "US"));
    }

    @ParameterizedTest
    @MethodSource("placesOfTheAct")
    void placeWhereTheActHappens_isNotTheActor(String lang, String sentence, String actor) {
        Fact act = onlyAct(lang, sentence);
        assertEquals(actor, act.fields().get("actor"), act.toString());
    }

    // ---- the act word as the verb: "suspended exports", "đã cấm" report the act themselves

    static Stream<Arguments> actWordsAsVerbs() {
        return Stream.of(
                Arguments.of("en", "China suspended exports of gallium to the United States.", "CN"),
                Arguments.of("en", "Japan banned shipments of scrap magnets to Korea.", "JP"),
                Arguments.of("en", "Vietnam halted exports of unprocessed ore.", "VN"),
                Arguments.of("vi", "Trung Quốc đã cấm xuất khẩu gali sang Mỹ.", "CN"),
                Arguments.of("vi", "Nhật Bản vừa tạm dừng xuất khẩu nam châm phế liệu.", "JP"),
                Arguments.of("vi", "Bộ Công Thương đã cấp phép xuất khẩu cho hai doanh nghiệp.", "VN"));
    }

    @ParameterizedTest
    @MethodSource("actWordsAsVerbs")
    void actWordAsTheVerb_reportsTheAct(String lang, String sentence, String actor) {
        Fact act = onlyAct(lang, sentence);
        assertEquals(actor, act.fields().get("actor"), act.toString());
    }

    // ---- a word that holds a question or condition cue is no question: 若干 (several), nguyên liệu (material)

    static Stream<Arguments> cuesInsidePlainWords() {
        return Stream.of(
                Arguments.of("zh-Hans", "商务部发布若干出口管制措施。", "CN"),
                Arguments.of("zh-Hans", "国务院出台若干稀土储备政策。", "CN"),
                Arguments.of("zh-Hans", "商务部公布若干出口许可新规。", "CN"),
                Arguments.of("vi", "Việt Nam đã cấm xuất khẩu nguyên liệu đất hiếm thô.", "VN"),
                Arguments.of("vi", "Bộ Công Thương đã cấp phép xuất khẩu vật liệu từ tính.", "VN"),
                Arguments.of("vi", "Trung Quốc đã siết xuất khẩu dữ liệu kỹ thuật tinh luyện.", "CN"));
    }

    @ParameterizedTest
    @MethodSource("cuesInsidePlainWords")
    void cueInsideAPlainWord_cancelsNothing(String lang, String sentence, String actor) {
        Fact act = onlyAct(lang, sentence);
        assertEquals(actor, act.fields().get("actor"), act.toString());
    }

    @ParameterizedTest
    @MethodSource("dev.monazite.facts.PolicyConstructionsTest#questions")
    void question_isNoAct(String lang, String sentence) {
        assertEquals(List.of(), policies(lang, sentence), sentence);
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("vi", "Liệu Trung Quốc có siết xuất khẩu đất hiếm sang Nhật Bản"),
                Arguments.of("zh-Hans", "中国是否会收紧稀土出口管制"),
                Arguments.of("en", "Will China tighten export controls again?"));
    }

    // ---- a place marked as where an act goes or whom it concerns (sang, cho, của) does not act

    static Stream<Arguments> partnersInALaterClause() {
        return Stream.of(
                Arguments.of("vi", "Bộ Thương mại Trung Quốc thông báo siết xuất khẩu, đồng thời tạm dừng cấp phép sang Nhật Bản.", "CN"),
                Arguments.of("vi", "Mỹ công bố thuế quan mới, đồng thời hạn chế xuất khẩu chip cho Trung Quốc.", "US"),
                Arguments.of("vi", "Trung Quốc công bố kiểm soát xuất khẩu, đồng thời tạm dừng một phần hạn ngạch của Nhật Bản.", "CN"));
    }

    @ParameterizedTest
    @MethodSource("partnersInALaterClause")
    void partnerInALaterClause_isNoActor(String lang, String sentence, String actor) {
        List<Fact> acts = policies(lang, sentence);
        assertFalse(acts.isEmpty(), sentence);
        assertTrue(acts.stream().allMatch(f -> f.fields().get("actor").equals(actor)), acts.toString());
    }

    // ---- an act whose clause states no date is dated by a later clause saying when it takes effect

    static Stream<Arguments> takingEffectLater() {
        return Stream.of(
                Arguments.of("en", "The commerce ministry published new export rules, effective from May 1, 2026.", "2026-05-01"),
                Arguments.of("en", "Beijing issued the regulation, which takes effect on October 1, 2026.", "2026-10-01"),
                Arguments.of("en", "Canberra announced a critical minerals reserve, in force from July 1, 2026.", "2026-07-01"),
                Arguments.of("zh-Hans", "国务院公布《矿产资源管理条例》，自2026年5月1日起施行。", "2026-05-01"),
                Arguments.of("zh-Hans", "商务部发布出口管制公告，自2026年6月1日起实施。", "2026-06-01"),
                Arguments.of("zh-Hant", "美國宣布加徵關稅，2026年4月1日起生效。", "2026-04-01"),
                Arguments.of("vi", "Chính phủ Việt Nam ban hành nghị định mới, có hiệu lực từ ngày 1/7/2026.", "2026-07-01"),
                Arguments.of("vi", "Quốc hội Việt Nam thông qua luật khoáng sản, có hiệu lực từ ngày 1/1/2027.", "2027-01-01"),
                Arguments.of("vi", "Trung Quốc công bố kiểm soát xuất khẩu, áp dụng từ ngày 15/4/2026.", "2026-04-15"));
    }

    @ParameterizedTest
    @MethodSource("takingEffectLater")
    void actWithoutItsOwnDate_isDatedByWhenItTakesEffect(String lang, String sentence, String date) {
        Fact act = onlyAct(lang, sentence);
        assertEquals(date, act.date(), act.toString());
    }
}
