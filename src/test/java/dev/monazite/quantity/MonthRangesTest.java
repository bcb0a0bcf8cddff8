package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run of months is one period, in every language that writes one: "from January to October 2025",
 * 今年1至10月, "từ tháng 1 đến tháng 10/2025". Cumulative figures are dated by it, never by its last
 * month alone. Two months that are not joined as a run stay two dates.
 */
class MonthRangesTest {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 11, 20);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|From January to October 2025, exports reached 50,100 tonnes.|2025-01/2025-10",
        "en|Between January and October 2025 exports reached 50,100 tonnes.|2025-01/2025-10",
        "en|Exports from January through October 2025 totalled 50,100 tonnes.|2025-01/2025-10",
        "en|Shipments in March to June 2024 came to 9,000 tonnes.|2024-03/2024-06",
        "en|Jan–Oct 2025 exports were 50,100 tonnes.|2025-01/2025-10",
        "zh-Hans|今年1至10月，中国出口稀土50100吨。|2025-01/2025-10",
        "zh-Hans|去年1-10月，中国出口稀土50100吨。|2024-01/2024-10",
        "zh-Hans|1到9月出口稀土50100吨。|2025-01/2025-09",
        "zh-Hans|2025年1-10月，中国出口稀土50100吨。|2025-01/2025-10",
        "zh-Hant|今年1至10月，中國出口稀土50100噸。|2025-01/2025-10",
        "zh-Hant|去年3到6月，出口量為9000噸。|2024-03/2024-06",
        "zh-Hant|1至9月出口稀土50100噸。|2025-01/2025-09",
        "vi|Từ tháng 1 đến tháng 10/2025, Trung Quốc xuất khẩu 50.100 tấn.|2025-01/2025-10",
        "vi|Tháng 1-10/2025, Trung Quốc xuất khẩu 50.100 tấn.|2025-01/2025-10",
        "vi|từ tháng 1 tới tháng 9 năm 2025, Trung Quốc xuất khẩu 50.100 tấn.|2025-01/2025-09",
    })
    void aRunOfMonths_isOnePeriod(String lang, String text, String period) {
        assertEquals(List.of(period), values(lang, text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|In January and October 2025 prices rose.|2025-01 2025-10",
        "en|Prices rose from 500 in January to 600 in October 2025.|2025-01 2025-10",
        "en|In October 2025 exports fell; in January they had risen.|2025-10 2025-01",
        "zh-Hans|10月出口稀土5000吨，9月为4000吨。|2025-10 2025-09",
        "zh-Hant|10月出口稀土5000噸，9月為4000噸。|2025-10 2025-09",
        "vi|Trong tháng 10/2025, Trung Quốc xuất khẩu 5.100 tấn, tháng 9 là 4.000 tấn.|2025-10 2025-09",
    })
    void monthsNotJoinedAsARun_stayTwoDates(String lang, String text, String dates) {
        assertEquals(List.of(dates.split(" ")), values(lang, text));
    }

    private static List<String> values(String lang, String text) {
        return DateFinder.find(text, Lang.of(lang), REFERENCE).stream().map(DateMention::value).toList();
    }
}
