package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.monazite.quantity.Quantity.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number forms of issue 16, each in at least three wordings per language that has it. A row is
 * lang | text | kind | value | min | max | unit | bound, for the single quantity of that kind in the text
 * (min and max empty when it is no range).
 */
class NumberFormsTest {

    private static void check(Lang lang, String text, Kind kind, double value, Double min, Double max, String unit,
                              Bound bound) {
        List<Quantity> qs = QuantityFinder.find(text, lang).stream().filter(q -> q.kind() == kind).toList();
        assertEquals(1, qs.size(), () -> text + " -> " + QuantityFinder.find(text, lang));
        Quantity q = qs.get(0);
        assertEquals(value, q.value(), Math.abs(value) * 1e-9, q::toString);
        if (min == null) {
            assertNull(q.max(), q::toString);
        } else {
            assertEquals(min, q.min(), Math.abs(min) * 1e-9, q::toString);
            assertEquals(max, q.max(), Math.abs(max) * 1e-9, q::toString);
        }
        assertEquals(unit, q.unit(), q::toString);
        if (bound != null) {
            assertEquals(bound, q.bound(), q::toString);
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "ZH|出口量的三成流向日本|PERCENT|30|||%|EXACT",
        "ZH|国内磁材企业约七八成依赖进口原料|PERCENT|70|70|80|%|",
        "ZH|两三成的产能处于闲置|PERCENT|20|20|30|%|",
        "ZH|回收率达到六成五|PERCENT|65|||%|",
        "ZH|逾三成企业减产|PERCENT|30|||%|OVER",
        "ZH|近四成订单来自海外|PERCENT|40|||%|UNDER",
        "ZH|七八成以上的原矿来自缅甸|PERCENT|70|70|80|%|OVER",
        "ZH|產能約有三成閒置|PERCENT|30|||%|",
        "ZH|七八成原料仰賴進口|PERCENT|70|70|80|%|",
        "ZH|良率提升至六成五|PERCENT|65|||%|",
        "ZH|逾四成廠商轉單|PERCENT|40|||%|OVER",
        "ZH|近五成營收來自美國|PERCENT|50|||%|UNDER",
    })
    void find_chineseTenths_arePercentages(Lang lang, String text, Kind kind, double value, Double min, Double max,
                                           String unit, Bound bound) {
        check(lang, text, kind, value, min, max, unit, bound);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "ZH|氧化镨钕每吨60万元|MONEY|600000|||CNY/t|",
        "ZH|氧化镝每吨报价约160万元|MONEY|1600000|||CNY/t|ABOUT",
        "ZH|金属铽每公斤售价850元|MONEY|850|||CNY/kg|",
        "ZH|出口均价每吨4200美元|MONEY|4200|||USD/t|",
        "ZH|氧化鐠釹每噸報價62萬元|MONEY|620000|||CNY/t|",
        "ZH|鏑鐵每公斤約900元|MONEY|900|||CNY/kg|ABOUT",
        "ZH|到岸價每噸8000美元|MONEY|8000|||USD/t|",
        "VI|giá mỗi tấn 8.000 USD|MONEY|8000|||USD/t|",
        "VI|mỗi kg khoảng 60 USD|MONEY|60|||USD/kg|ABOUT",
        "VI|mỗi tấn quặng có giá 450 USD|MONEY|450|||USD/t|",
    })
    void find_perUnitWordBeforeTheNumber_makesAPrice(Lang lang, String text, Kind kind, double value, Double min,
                                                     Double max, String unit, Bound bound) {
        check(lang, text, kind, value, min, max, unit, bound);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|between 20 and 30 percent of output|PERCENT|20|20|30|%|",
        "EN|between 1,000 and 1,500 tonnes|MASS|1000|1000|1500|t|",
        "EN|between 15% and 18% of supply|PERCENT|15|15|18|%|",
        "VI|từ 20 đến 30 tấn|MASS|20|20|30|t|",
        "VI|tăng từ 5% đến 7%|PERCENT|5|5|7|%|",
        "VI|khoảng 40-45% sản lượng|PERCENT|40|40|45|%|ABOUT",
        "ZH|利润率为10%到15%|PERCENT|10|10|15|%|",
        "ZH|报价500-600元/吨|MONEY|500|500|600|CNY/t|",
        "ZH|用量为2至3公斤|MASS|2|2|3|kg|",
        "ZH|毛利率約10%至12%|PERCENT|10|10|12|%|ABOUT",
        "ZH|報價800到900美元|MONEY|800|800|900|USD|",
        "ZH|每台用量1-2公斤|MASS|1|1|2|kg|",
    })
    void find_rangeWords_giveRanges(Lang lang, String text, Kind kind, double value, Double min, Double max,
                                    String unit, Bound bound) {
        check(lang, text, kind, value, min, max, unit, bound);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|a deal worth $4 to $4.5 billion|MONEY|4e9|4e9|4.5e9|USD|",
        "EN|output of 8-9 million tonnes|MASS|8e6|8e6|9e6|t|",
        "EN|between $5 and $7 billion in loans|MONEY|5e9|5e9|7e9|USD|",
        "EN|sales of 2 to 3 million units|COUNT|2e6|2e6|3e6|units|",
        "VI|từ 3 đến 4 tỷ USD|MONEY|3e9|3e9|4e9|USD|",
        "VI|khoảng 5 đến 6 triệu tấn|MASS|5e6|5e6|6e6|t|ABOUT",
        "VI|2-3 nghìn tấn đất hiếm|MASS|2000|2000|3000|t|",
        "ZH|新增产能2至3万吨|MASS|20000|20000|30000|t|",
        "ZH|投资1-2亿美元|MONEY|1e8|1e8|2e8|USD|",
        "ZH|营收30到40亿元|MONEY|3e9|3e9|4e9|CNY|",
        "ZH|出口量五至六萬噸|MASS|50000|50000|60000|t|",
        "ZH|投資3-4億美元|MONEY|3e8|3e8|4e8|USD|",
        "ZH|庫存7到8萬噸|MASS|70000|70000|80000|t|",
    })
    void find_scaleWordOfTheSecondEnd_appliesToBoth(Lang lang, String text, Kind kind, double value, Double min,
                                                    Double max, String unit, Bound bound) {
        check(lang, text, kind, value, min, max, unit, bound);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|a plant making 5,000 tonnes a year|MASS|5000|||t/yr|",
        "EN|capacity of 12,000 t/yr|MASS|12000|||t/yr|",
        "EN|an annual capacity of 20,000 tonnes|MASS|20000|||t/yr|",
        "EN|a 10,000 tpa separation line|MASS|10000|||t/yr|",
        "EN|it ships 300 tonnes per day|MASS|300|||t/day|",
        "EN|averaging 400 tonnes a month|MASS|400|||t/month|",
        "EN|2 million units a year|COUNT|2e6|||units/yr|",
        "EN|Exports were 5,000 tonnes in May|MASS|5000|||t|",
        "ZH|项目年产2万吨|MASS|20000|||t/yr|",
        "ZH|产能为3万吨/年|MASS|30000|||t/yr|",
        "ZH|工厂每天生产50吨|MASS|50|||t/day|",
        "ZH|每月出口约800吨|MASS|800|||t/month|",
        "ZH|2024年产量5万吨|MASS|50000|||t|",
        "ZH|全年产量8万吨|MASS|80000|||t|",
        "ZH|新廠年產能5萬噸|MASS|50000|||t/yr|",
        "ZH|每日產出30噸|MASS|30|||t/day|",
        "ZH|每月約600噸|MASS|600|||t/month|",
        "VI|5.000 tấn mỗi năm|MASS|5000|||t/yr|",
        "VI|công suất 20.000 tấn/năm|MASS|20000|||t/yr|",
        "VI|mỗi tháng khoảng 400 tấn|MASS|400|||t/month|",
        "VI|nhà máy xử lý 300 tấn mỗi ngày|MASS|300|||t/day|",
    })
    void find_perPeriodAmounts_carryARateUnit(Lang lang, String text, Kind kind, double value, Double min,
                                              Double max, String unit, Bound bound) {
        check(lang, text, kind, value, min, max, unit, bound);
    }
}
