package dev.monazite.facts;

import static dev.monazite.facts.ConstructionsTest.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A threshold or a target is marked as such, a level is not: every cue of the frame groups role,
 * role_after and as_of in sentences of our own, at least three wordings per language that has the
 * construction. None is taken from the evaluation sets or from news.
 */
class RolesTest {
    private static final LocalDateTime JUNE = LocalDateTime.of(2025, 6, 18, 9, 0);

    // The fact read from the figure with this value: the sentences hold one figure each, or say which.
    private static Fact figure(String lang, LocalDateTime published, String sentence, double value) {
        List<Fact> all = facts(lang, published, sentence);
        return all.stream().filter(f -> f.value() != null && f.value() == value || f.valueMin() != null
                && f.valueMin() <= value && value <= f.valueMax()).findFirst()
                .orElseThrow(() -> new AssertionError("no fact of " + value + " in " + sentence + " -> " + all));
    }

    static Stream<Arguments> thresholds() {
        return Stream.of(
                Arguments.of("en", "Licences now cover products worldwide whose Chinese rare earth content accounts for 0.1% or more."),
                Arguments.of("en", "The rule reaches goods anywhere in the world containing Chinese rare earths with a share of 0.1% or more."),
                Arguments.of("en", "A threshold of 0.1% of global supply content from China triggers the licence rule."),
                Arguments.of("en", "Under a de minimis share of 0.1% worldwide, no licence from China is needed."),
                Arguments.of("en", "China's rule covers magnets made around the world where its rare earths account for 0.1% of the product's value."),
                Arguments.of("en", "China's rule covers magnets made around the world where its rare earths account for 0.1% or more of a product's value."),
                Arguments.of("en", "China's rule covers magnets made around the world where its rare earths account for over 0.1% of the value of the product."),
                Arguments.of("zh-Hans", "全球范围内中国稀土含量占比达到0.1%的产品均须申请许可。"),
                Arguments.of("zh-Hans", "全球任何含有中国稀土且占比超过0.1%的产品都需要许可证。"),
                Arguments.of("zh-Hans", "中国把全球物项的许可门槛定为占比0.1%。"),
                Arguments.of("zh-Hans", "触发许可的阈值为中国稀土占全球产品0.1%。"),
                Arguments.of("zh-Hans", "全球产品中中国稀土占产品价值0.1%以上的须申请许可。"),
                Arguments.of("zh-Hant", "全球任何產品若中國稀土含量占比逾0.1%即須申請許可。"),
                Arguments.of("zh-Hant", "全球含有中國稀土且占比逾0.1%的產品都須取得許可。"),
                Arguments.of("zh-Hant", "陸方把全球產品的許可門檻訂為占比0.1%。"),
                Arguments.of("vi", "Trên toàn cầu, sản phẩm có hàm lượng đất hiếm Trung Quốc chiếm từ 0,1% trở lên phải xin phép."),
                Arguments.of("vi", "Mọi hàng hóa trên thế giới chứa đất hiếm Trung Quốc chiếm trên 0,1% đều cần giấy phép."),
                Arguments.of("vi", "Ngưỡng cấp phép là đất hiếm Trung Quốc chiếm 0,1% trên toàn cầu."),
                Arguments.of("vi", "Mọi sản phẩm trên thế giới có đất hiếm Trung Quốc chiếm trên 0,1% giá trị sản phẩm đều cần giấy phép."),
                Arguments.of("vi", "Mọi lô hàng trên thế giới có đất hiếm Trung Quốc chiếm 0,1% giá trị hàng hóa trở lên phải xin phép."));
    }

    @ParameterizedTest
    @MethodSource("thresholds")
    void contentLimitOfARule_isAThreshold(String lang, String sentence) {
        assertEquals("threshold", figure(lang, JUNE, sentence, 0.1).fields().get(Roles.FIELD), sentence);
    }

    static Stream<Arguments> targetWords() {
        return Stream.of(
                Arguments.of("en", "India aims to hold 10% of global magnet production.", 10.0),
                Arguments.of("en", "Canada is aiming for a 12% share of world refining.", 12.0),
                Arguments.of("en", "The EU set a target of 25% for its share of global refining.", 25.0),
                Arguments.of("en", "Korea's target is a 5% share of world magnet production.", 5.0),
                Arguments.of("en", "Japan targets a 30% share of world magnet production.", 30.0),
                Arguments.of("en", "Vietnam is targeting 8% of global rare earth mining.", 8.0),
                Arguments.of("en", "Brazil's goal of 15% of global mining remains distant.", 15.0),
                Arguments.of("en", "Australia's goal is a 15% share of global mining.", 15.0),
                Arguments.of("en", "The objective of the plan is to hold 20% of global refining in Europe.", 20.0),
                Arguments.of("en", "Malaysia seeks to take 6% of global refining.", 6.0),
                Arguments.of("en", "Kazakhstan strives to reach 4% of world mining.", 4.0),
                Arguments.of("en", "The US wants to control 25% of global magnet production.", 25.0),
                Arguments.of("en", "The EU has set a 20% target for its share of global refining.", 20.0),
                Arguments.of("en", "India announced a 10% goal for its share of world magnet production.", 10.0),
                Arguments.of("en", "Canada's 12% objective for its share of global refining looks ambitious.", 12.0),
                Arguments.of("zh-Hans", "欧盟的目标是占全球精炼产能的20%。", 20.0),
                Arguments.of("zh-Hans", "印度力争占全球磁材产量的10%。", 10.0),
                Arguments.of("zh-Hans", "澳大利亚争取占全球稀土开采的15%。", 15.0),
                Arguments.of("zh-Hans", "韩国提出占全球磁材产量5%的目标。", 5.0),
                Arguments.of("zh-Hant", "歐盟目標是占全球精煉產能兩成。", 20.0),
                Arguments.of("zh-Hant", "印度力拚占全球磁材產量一成。", 10.0),
                Arguments.of("zh-Hant", "澳洲爭取占全球稀土開採的15%。", 15.0),
                Arguments.of("vi", "Úc đặt mục tiêu chiếm 15% sản lượng khai thác toàn cầu.", 15.0),
                Arguments.of("vi", "Nhật Bản phấn đấu chiếm 30% sản lượng nam châm thế giới.", 30.0),
                Arguments.of("vi", "Ấn Độ nhắm tới 10% sản lượng nam châm toàn cầu.", 10.0),
                Arguments.of("vi", "Canada nhắm đến 12% công suất tinh luyện toàn cầu.", 12.0));
    }

    @ParameterizedTest
    @MethodSource("targetWords")
    void figureAGoalNames_isATarget(String lang, String sentence, double value) {
        assertEquals("target", figure(lang, JUNE, sentence, value).fields().get(Roles.FIELD), sentence);
    }

    static Stream<Arguments> deadlines() {
        return Stream.of(
                Arguments.of("en", "The EU plans to hold 20% of global refining capacity by 2030.", 20.0),
                Arguments.of("en", "By 2028, Australia will account for 15% of world mining.", 15.0),
                Arguments.of("en", "India's share of global magnet production should reach 10% by 2035.", 10.0),
                Arguments.of("zh-Hans", "到2030年欧盟将占全球精炼产能的20%。", 20.0),
                Arguments.of("zh-Hans", "日本计划2030年前将磁材产量占全球比重提升至30%。", 30.0),
                Arguments.of("zh-Hans", "印度希望2035年以前占全球磁材产量的10%。", 10.0),
                Arguments.of("zh-Hant", "到2030年歐盟將占全球精煉產能的20%。", 20.0),
                Arguments.of("zh-Hant", "日本盼2030年前將磁材產量占全球比重提升至30%。", 30.0),
                Arguments.of("zh-Hant", "印度2035年之前占全球磁材產量的比重將達一成。", 10.0),
                Arguments.of("vi", "EU sẽ chiếm 20% công suất tinh luyện toàn cầu đến năm 2030.", 20.0),
                Arguments.of("vi", "Đến năm 2028, Úc sẽ chiếm 15% sản lượng khai thác toàn cầu.", 15.0),
                Arguments.of("vi", "Ấn Độ muốn chiếm 10% sản lượng nam châm toàn cầu trước năm 2035.", 10.0));
    }

    @ParameterizedTest
    @MethodSource("deadlines")
    void figureReachedByADeadlineAhead_isATarget(String lang, String sentence, double value) {
        assertEquals("target", figure(lang, JUNE, sentence, value).fields().get(Roles.FIELD), sentence);
    }

    static Stream<Arguments> levels() {
        return Stream.of(
                Arguments.of("en", "China holds 37% of global reserves.", 37.0),
                Arguments.of("en", "China's share of global refining rose to 90% in 2024.", 90.0),
                Arguments.of("en", "By March 2025, China's share of global refining had reached 91%.", 91.0),
                Arguments.of("zh-Hans", "中国稀土储量占全球的37%。", 37.0),
                Arguments.of("zh-Hans", "2024年中国占全球稀土开采的70%。", 70.0),
                Arguments.of("zh-Hant", "陸方掌握全球精煉產能的九成。", 90.0),
                Arguments.of("vi", "Trung Quốc chiếm khoảng 37% trữ lượng toàn cầu.", 37.0),
                Arguments.of("vi", "Năm 2024, Trung Quốc chiếm 70% sản lượng khai thác toàn cầu.", 70.0),
                Arguments.of("vi", "Trung Quốc nắm 90% công suất tinh luyện toàn cầu.", 90.0));
    }

    @ParameterizedTest
    @MethodSource("levels")
    void figureStatedAsItIs_hasNoRole(String lang, String sentence, double value) {
        assertNull(figure(lang, JUNE, sentence, value).fields().get(Roles.FIELD), sentence);
    }

    static Stream<Arguments> asOf() {
        return Stream.of(
                Arguments.of("zh-Hans", "截至2025年6月,中国占全球精炼产能的91%。", "2025-06"),
                Arguments.of("zh-Hans", "截止到2025年6月,中国占全球精炼产能的91%。", "2025-06"),
                Arguments.of("zh-Hans", "截止至2025年6月,中国占全球精炼产能的91%。", "2025-06"),
                Arguments.of("zh-Hant", "截至2025年6月,陸方占全球精煉產能的91%。", "2025-06"),
                Arguments.of("vi", "Tính đến năm 2025, Trung Quốc chiếm 91% công suất tinh luyện toàn cầu.", "2025"),
                Arguments.of("vi", "Tính tới năm 2025, Trung Quốc chiếm 91% công suất tinh luyện toàn cầu.", "2025"));
    }

    @ParameterizedTest
    @MethodSource("asOf")
    void figureAsOfTheStorysOwnPeriod_isALevel(String lang, String sentence, String date) {
        // the date roles read 截至/tính đến as a deadline; in a June 2025 story, June and 2025 are where the figure stands
        Fact f = figure(lang, JUNE, sentence, 91);
        assertEquals(date, f.date(), sentence);
        assertNull(f.fields().get(Roles.FIELD), sentence);
    }

    @Test
    void levelAndGoalInOneSentence_onlyTheGoalIsATarget() {
        String sentence = "China produces 70% of the world's rare earths, and Beijing aims to keep that share above 60%.";
        assertNull(figure("en", JUNE, sentence, 70).fields().get(Roles.FIELD));
        assertEquals("target", figure("en", JUNE, sentence, 60).fields().get(Roles.FIELD));
    }

    @Test
    void ahead_comparesAtTheDatesOwnPrecision() {
        assertTrue(Roles.ahead("2025-06-18", "2030"));
        assertTrue(Roles.ahead("2025-06-18", "2025"), "this year is not over");
        assertTrue(Roles.ahead("2025-06-18", "2025-06"));
        assertFalse(Roles.ahead("2025-06-18", "2025-05"));
        assertFalse(Roles.ahead("2025-06-18", "2025-06-17"));
        assertTrue(Roles.ahead(null, "2025-05"), "no date line: the construction decides");
    }
}
