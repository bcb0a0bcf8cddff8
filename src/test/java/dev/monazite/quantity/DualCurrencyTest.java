package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.monazite.quantity.Quantity.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An amount restated in brackets in a second currency: both are found, and both take a denominator. */
class DualCurrencyTest {

    private static List<String> money(String text, Lang lang) {
        return QuantityFinder.find(text, lang).stream().filter(q -> q.kind() == Kind.MONEY)
                .map(q -> (long) Math.rint(q.value()) + " " + q.unit()).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Dysprosium sold for 2,900 yuan ($405) per kilogram.|2900 CNY/kg;405 USD/kg",
        "EN|Oxide fetched 480,000 yuan (about $67,000) per tonne.|480000 CNY/t;67000 USD/t",
        "EN|Terbium cost $310 (2,230 yuan) a kg.|310 USD/kg;2230 CNY/kg",
        "EN|The fund holds $2 billion (14.4 billion yuan).|2000000000 USD;14400000000 CNY",
        "ZH|售价为900元（约合125美元）/公斤|900 CNY/kg;125 USD/kg",
        "ZH|报价3200美元(约合2.3万元)每吨|3200 USD/t;23000 CNY/t",
        "ZH|每吨60万元（约合8.4万美元）|600000 CNY/t;84000 USD/t",
        "ZH|融资2.6亿美元（约合18.7亿元人民币）|260000000 USD;1870000000 CNY",
        "ZH|報價為1.2萬元（約合1,670美元）/噸|12000 CNY/t;1670 USD/t",
        "ZH|合約金額8億美元（約合57億元人民幣）|800000000 USD;5700000000 CNY",
        "ZH|每公斤3000元（約420美元）|3000 CNY/kg;420 USD/kg",
        "VI|giá 1.620 nhân dân tệ (225 USD)/kg|1620 CNY/kg;225 USD/kg",
        "VI|giá 15 triệu đồng (590 USD) mỗi tấn|15000000 VND/t;590 USD/t",
        "VI|vốn 3 tỷ USD (khoảng 76.000 tỷ đồng)|3000000000 USD;76000000000000 VND",
    })
    void find_bracketedSecondCurrency_bothAmountsShareTheDenominator(Lang lang, String text, String expected) {
        assertEquals(List.of(expected.split(";")), money(text, lang));
    }
}
