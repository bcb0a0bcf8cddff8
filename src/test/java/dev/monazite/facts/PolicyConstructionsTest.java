package dev.monazite.facts;

import static dev.monazite.facts.ConstructionsTest.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
