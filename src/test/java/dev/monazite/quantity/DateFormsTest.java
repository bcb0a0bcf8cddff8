package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.quantity.DateMention.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date forms of issue 16, each in at least three wordings per language that has it, against a
 * story dated Wednesday 18 June 2025 (REF). A row is lang | text | the mentions as "value ROLE", joined by ';'.
 */
class DateFormsTest {
    private static final LocalDate REF = LocalDate.of(2025, 6, 18);

    private static void check(Lang lang, String text, String expected) {
        List<String> got = DateFinder.find(text, lang, REF).stream().map(d -> d.value() + " " + d.role()).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), got, text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Output reached 2025 tonnes in June.|2025-06 AT",
        "EN|Stocks stood at 2,030 t.|",
        "EN|The index rose 2030% since listing.|",
        "EN|Oxide sold at 2026 yuan per kg.|",
        "EN|They shipped in 2025 tonnes of ore.|",
        "ZH|库存为2025吨|",
        "ZH|报价2026元/吨|",
        "ZH|均价为2030美元|",
        "VI|xuất khẩu 2025 tấn|",
        "VI|giá 2026 USD/tấn|",
        "VI|tăng 2030%|",
    })
    void find_amountsShapedLikeYears_areNoDates(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Prices fell on Tuesday.|2025-06-17 AT",
        "EN|Talks ended last Friday.|2025-06-13 AT",
        "EN|The ministry will meet next Monday.|2025-06-23 AT",
        "ZH|周二报价下跌|2025-06-17 AT",
        "ZH|上星期五成交清淡|2025-06-13 AT",
        "ZH|週三收盤價持平|2025-06-18 AT",
        "ZH|每周一次的报价|",
        "VI|Giá giảm vào thứ Ba.|2025-06-17 AT",
        "VI|Phiên thứ Sáu tuần trước, giá tăng.|2025-06-13 AT",
        "VI|Hôm chủ nhật, nhà máy dừng.|2025-06-15 AT",
        "VI|Đây là lần thứ ba giá tăng.|",
    })
    void find_weekdays_resolveInTheStorysWeek(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Trading resumed after the National Day holiday.|2025-10 AT",
        "EN|Demand eased before Chinese New Year.|2025-01-29 AT",
        "EN|Orders rose ahead of Christmas.|2024-12-25 AT",
        "ZH|国庆假期后价格回落|2025-10 AT",
        "ZH|春节前备货积极|2025-01-29 AT",
        "ZH|2026年春节期间停产|2026-02-17 AT",
        "ZH|國慶連假後報價走高|2025-10 AT",
        "VI|Sau Tết, giá tăng.|2025-01-29 AT",
        "VI|Dịp Quốc khánh, nhà máy nghỉ.|2025-09-02 AT",
        "VI|Trước Tết Nguyên đán, nhu cầu yếu.|2025-01-29 AT",
    })
    void find_holidays_resolveToTheNearestOccurrence(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Exports in the first five months rose.|2025-01/2025-05 AT",
        "EN|In the first 10 months of 2024, output rose.|2024-01/2024-10 AT",
        "EN|In the first three months of the year output rose.|2025-01/2025-03 AT",
        "ZH|前5个月出口增长|2025-01/2025-05 AT",
        "ZH|2024年前10个月产量|2024-01/2024-10 AT",
        "ZH|今年前三个月进口|2025-01/2025-03 AT",
        "ZH|1-5月累計出口|2025-01/2025-05 AT",
        "ZH|2024年1-10月出口|2024-01/2024-10 AT",
        "VI|5 tháng đầu năm, xuất khẩu tăng.|2025-01/2025-05 AT",
        "VI|10 tháng đầu năm 2024, sản lượng tăng.|2024-01/2024-10 AT",
        "VI|3 tháng đầu năm nay, nhập khẩu giảm.|2025-01/2025-03 AT",
    })
    void find_firstMonthsOfAYear_arePeriods(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Profit rose in Q1.|2025-01/2025-03 AT",
        "EN|Output fell in the second quarter.|2025-04/2025-06 AT",
        "EN|Sales rose in the fourth quarter of last year.|2024-10/2024-12 AT",
        "EN|Demand should recover in the second half.|2025-07/2025-12 AT",
        "EN|H1 shipments rose.|2025-01/2025-06 AT",
        "ZH|一季度营收增长|2025-01/2025-03 AT",
        "ZH|第二季度利润下降|2025-04/2025-06 AT",
        "ZH|上半年出口增长|2025-01/2025-06 AT",
        "ZH|下半年需求有望回暖|2025-07/2025-12 AT",
        "ZH|前三季度產量|2024-01/2024-09 AT",
        "ZH|盛和资源2023年第二季度营收为30亿元。|2023-04/2023-06 AT",
        "ZH|去年第三季度產量增長|2024-07/2024-09 AT",
        "ZH|公司2024年第一季度出口下降|2024-01/2024-03 AT",
        "ZH|第一季營收|2025-01/2025-03 AT",
        "VI|Quý I, lợi nhuận tăng.|2025-01/2025-03 AT",
        "VI|Trong quý IV năm nay, giá có thể tăng.|2025-10/2025-12 AT",
        "VI|Doanh thu quý 4/2025 tăng mạnh.|2025-10/2025-12 AT",
        "VI|Lợi nhuận quý III/2024 giảm.|2024-07/2024-09 AT",
        "VI|Trong quý 2/2025, sản lượng tăng.|2025-04/2025-06 AT",
        "VI|6 tháng đầu năm, sản lượng tăng.|2025-01/2025-06 AT",
        "VI|Nửa cuối năm, nhu cầu phục hồi.|2025-07/2025-12 AT",
    })
    void find_quartersAndHalvesWithoutYear_resolveAgainstReference(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Stocks may run out by the end of the year.|2025-12 TARGET",
        "EN|Year-end inventories rose.|2025-12 AT",
        "EN|A plant opens at the end of next year.|2026-12 AT",
        "ZH|年底库存上升|2025-12 AT",
        "ZH|年末价格回落|2025-12 AT",
        "ZH|今年年底投产|2025-12 AT",
        "VI|Cuối năm, giá tăng.|2025-12 AT",
        "VI|Cuối năm nay nhà máy hoạt động.|2025-12 AT",
        "VI|Đầu năm 2026, dự án khởi công.|2026-01 AT",
    })
    void find_yearEdges_areMonths(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|This year output rose.|2025 AT",
        "EN|Last year exports fell.|2024 AT",
        "EN|Imports rose last month.|2025-05 AT",
        "ZH|今年出口增长|2025 AT",
        "ZH|去年进口下降|2024 AT",
        "ZH|明年产能翻番|2026 AT",
        "ZH|上月出口回落|2025-05 AT",
        "VI|Năm nay giá tăng.|2025 AT",
        "VI|Năm ngoái giá giảm.|2024 AT",
        "VI|Tháng trước xuất khẩu tăng.|2025-05 AT",
    })
    void find_relativeYearsAndMonths_resolveAgainstReference(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Exports rose 12% compared with October 2024.|2024-10 BASE",
        "EN|Exports in May 2025 rose 20% from a year earlier.|2025-05 AT;2024-05 BASE",
        "EN|Prices were higher than a year ago.|2024 BASE",
        "EN|Output in May 2025 fell versus the same month last year.|2025-05 AT;2024-05 BASE",
        "EN|Sales rose 8% compared with October last year.|2024-10 BASE",
        "EN|Imports fell 3% from a month earlier.|2025-05 BASE",
        "ZH|5月出口较上年同期增长12%|2025-05 AT;2024-05 BASE",
        "ZH|比去年同期下降5%|2024 BASE",
        "ZH|与去年同期相比增长3成|2024 BASE",
        "ZH|营收较2024年增长两成|2024 BASE",
        "ZH|4月進口較去年同期減少|2025-04 AT;2024-04 BASE",
        "VI|Tháng 5 tăng 12% so với cùng kỳ năm trước.|2025-05 AT;2024-05 BASE",
        "VI|Giá tăng so với tháng 10 năm ngoái.|2024-10 BASE",
        "VI|Sản lượng giảm so với cùng kỳ.|2024 BASE",
    })
    void find_comparisonBases_areBase(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Capacity will double by 2030.|2030 TARGET",
        "EN|It aims to cut reliance by the end of 2027.|2027 TARGET",
        "EN|The group plans 20% of supply by 2028.|2028 TARGET",
        "ZH|到2030年产能翻番|2030 TARGET",
        "ZH|至2030年形成完整产业链|2030 TARGET",
        "ZH|2030年前建成|2030 TARGET",
        "ZH|截至2025年5月底库存|2025-05 AT",
        "VI|Đến năm 2030, công suất tăng gấp đôi.|2030 TARGET",
        "VI|Trước năm 2030 sẽ hoàn thành.|2030 TARGET",
        "VI|Tới năm 2028 dự án vận hành.|2028 TARGET",
    })
    void find_targetsAndDeadlines_areTarget(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|The exemption runs until 2026-11.|2026-11 UNTIL",
        "EN|The suspension lasts through November.|2025-11 UNTIL",
        "EN|Licences are valid until November 2026.|2026-11 UNTIL",
        "ZH|有效期至2026年11月|2026-11 UNTIL",
        "ZH|暂停至2026年11月10日|2026-11-10 UNTIL",
        "ZH|延長至2027年底|2027-12 UNTIL",
        "VI|Miễn thuế đến hết tháng 11 năm 2026.|2026-11 UNTIL",
        "VI|Lệnh tạm dừng kéo dài đến tháng 3 năm 2026.|2026-03 UNTIL",
        "VI|Giấy phép có hiệu lực đến năm 2027.|2027 UNTIL",
    })
    void find_endsOfValidity_areUntil(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Since early April, prices have doubled.|2025-04/2025-06 AT",
        "EN|Output has fallen since March.|2025-03/2025-06 AT",
        "EN|Since January 2024 exports have risen.|2024-01/2025-06 AT",
        "ZH|自4月以来价格翻番|2025-04/2025-06 AT",
        "ZH|3月以来出口下降|2025-03/2025-06 AT",
        "ZH|自2024年1月以來|2024-01/2025-06 AT",
        "ZH|自2025年1月1日起施行|2025-01-01 AT",
        "VI|Từ tháng 4, giá tăng gấp đôi.|2025-04/2025-06 AT",
        "VI|Kể từ tháng 3, sản lượng giảm.|2025-03/2025-06 AT",
        "VI|Từ đầu tháng 4, giá tăng.|2025-04/2025-06 AT",
    })
    void find_sinceADate_isTheWindowToTheReference(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Output rose in the third quarter, on Tuesday, since April and a year earlier.",
        "ZH|三季度、周二、春节、上年同期、前10个月的数据",
        "VI|Quý III, vào thứ Ba, sau Tết, so với cùng kỳ năm trước.",
    })
    void find_relativeFormsWithoutReference_yieldNothing(Lang lang, String text) {
        assertTrue(DateFinder.find(text, lang, null).isEmpty(), () -> String.valueOf(DateFinder.find(text, lang, null)));
    }

    @org.junit.jupiter.api.Test
    void dateMention_fourArgumentConstructor_isAt() {
        assertEquals(Role.AT, new DateMention(0, 4, "2025", true).role());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "ZH|商务部16日发布公告，对部分物项实施管制|2025-06-16 AT",
        "ZH|该公司12日晚间披露，产能扩大一倍|2025-06-12 AT",
        "ZH|氧化镨钕18日报价持平|2025-06-18 AT",
        "ZH|两国代表25日在北京签署协议|2025-05-25 AT",
        "ZH|經濟部17日表示，將編列預算|2025-06-17 AT",
        "ZH|美國總統3日在白宮宣布新關稅|2025-06-03 AT",
        "ZH|交易所30日收盤，價格下跌|2025-05-30 AT",
        "VI|Ngày 10, Bộ Công Thương cho biết đã cấp phép.|2025-06-10 AT",
        "VI|Hôm ngày 2, hai bên đã ký biên bản ghi nhớ.|2025-06-02 AT",
        "VI|Tập đoàn công bố kết quả vào ngày 20 vừa qua.|2025-05-20 AT",
    })
    void find_aDayAlone_isTheLatestSuchDayUpToTheStory(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "ZH|新规将自20日起施行|2025-06-20 AT",
        "ZH|新規將自25日起實施|2025-06-25 AT",
        "ZH|措施将从30日开始执行|2025-06-30 AT",
        "VI|Quy định sẽ có hiệu lực từ ngày 25.|2025-06-25 AT",
    })
    void find_aDayAloneThatStartsAhead_isThisMonths(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "ZH|企业须在30日内完成申报|",
        "ZH|价格连续5日上涨|",
        "ZH|为期3日的展会|",
        "ZH|报价为5000日元每公斤|",
        "ZH|该港日均吞吐量为3万吨|",
        "ZH|3日前发布的数据显示|",
        "ZH|近7日成交量放大|",
        "ZH|第2日开盘即涨停|",
        "ZH|5日均线上方运行|",
        "ZH|公司对20日本企业供货|",
        "VI|Giá tăng trong 10 ngày.|",
        "VI|Nhà máy dừng 5 ngày liên tiếp.|",
    })
    void find_countsOfDaysYenAndDailyFigures_areNoDays(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "VI|Trong phiên 30/5, cổ phiếu tăng kịch trần.|2025-05-30 AT",
        "VI|Hôm 6/6, Bộ Công Thương cho biết đã cấp phép.|2025-06-06 AT",
        "VI|Sáng 15/6, giá oxit đất hiếm tăng mạnh.|2025-06-15 AT",
        "VI|Chiều 20/12, hai bên ký thỏa thuận.|2024-12-20 AT",
        "VI|Ngày 6/2, nhà máy dừng hoạt động.|2025-02-06 AT",
        "VI|Sáng kiến chiếm 2/3 ngân sách.|",
        "VI|Khoảng 1/4 doanh nghiệp đã dừng.|",
    })
    void find_vietnameseDayMonth_afterAPartOfTheDayOrASession(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }
    // A month without a year that modifies what it dates: a flow, an output, prices or data. "may" stays a verb.
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Customs said May shipments were flat, and April exports of magnets rose 9%.|2025-04 AT",
        "EN|Traders expect September shipments to slip.|2024-09 AT",
        "EN|March rare earth magnet exports climbed to a record.|2025-03 AT",
        "EN|The ministry published February's output figures late.|2025-02 AT",
        "EN|The company released its January sales data.|2025-01 AT",
        "EN|Exports may rise, and prices may fall.|",
        "EN|August Resources said output fell.|",
    })
    void find_aMonthModifyingAFlowOrItsData_isThatMonth(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }
    // Months to months without a year, as 4月至7月 and "từ tháng 4 đến tháng 7" are: of the months up to the story.
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Imports fell by a third between March and May.|2025-03/2025-05 AT",
        "EN|Output rose 8% from January to April.|2025-01/2025-04 AT",
        "EN|Sales climbed in the February-April period.|2025-02/2025-04 AT",
        "EN|Shipments from November through February doubled.|2024-11/2025-02 AT",
        "ZH|4月至6月出口下降20%。|2025-04/2025-06 AT",
        "VI|Xuất khẩu từ tháng 3 đến tháng 5 giảm.|2025-03/2025-05 AT",
        "EN|Exports from Japan to Korea rose.|",
    })
    void find_monthsToMonthsWithoutAYear_arePeriodsUpToTheStory(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }
    // A quarter named by its last month, as company reports name it: the three months ending with it.
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Revenue for the March 2025 quarter rose 43%.|2025-01/2025-03 AT",
        "EN|Output rose in the September quarter.|2024-07/2024-09 AT",
        "EN|The miner lifts June-quarter sales.|2025-04/2025-06 AT",
        "EN|Sales in the quarter ended December 31, 2024 fell.|2024-10/2024-12 AT",
        "EN|Shipments in the three months to May doubled.|2025-03/2025-05 AT",
        "EN|The company said a quarter of its output went abroad.|",
    })
    void find_aQuarterNamedByItsLastMonth_isThoseThreeMonths(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }
    // A running total since January (lũy kế N tháng), as 前N个月 and "the first N months" already are.
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "VI|Lũy kế 5 tháng, doanh thu đạt 3 tỷ đồng.|2025-01/2025-05 AT",
        "VI|Luỹ kế 10 tháng năm 2024, xuất khẩu đạt 50.980 tấn.|2024-01/2024-10 AT",
        "VI|Tính lũy kế 4 tháng đầu năm nay, lợi nhuận tăng 12%.|2025-01/2025-04 AT",
        "VI|Số liệu lũy kế được công bố hôm qua.|",
    })
    void find_aRunningTotalOfMonths_isThoseMonthsOfTheYear(Lang lang, String text, String expected) {
        check(lang, text, expected);
    }
}
