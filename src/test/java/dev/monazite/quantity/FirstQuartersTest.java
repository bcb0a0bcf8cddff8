package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 前三季度 after a year is the first three quarters of that year, not its third quarter. */
class FirstQuartersTest {
    @ParameterizedTest
    @CsvSource({
        "2024年前三季度营收增长5%, 2024-01/2024-09",
        "去年前三季度出口下降, 2023-01/2023-09",
        "2025年前三季度利潤增長, 2025-01/2025-09",
        "今年前三季度营收增长5%, 2024-01/2024-09"})
    void yearThenFirstQuarters_isOnePeriodFromJanuary(String text, String period) {
        List<DateMention> dates = DateFinder.find(text, Lang.ZH, LocalDate.of(2024, 12, 17));
        assertEquals(1, dates.size(), dates.toString());
        assertEquals(period, dates.get(0).value());
    }
}
