package dev.monazite.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The fact condition syntax: what each form reads, and a one-line error naming the bad part. */
class FactConditionTest {
    @Test
    void parse_eachForm_readsItsParts() {
        assertEquals(new FactCondition.PriceMove("PrNd-oxide", "CNY/t", "moves", 5),
                FactCondition.parse("price PrNd-oxide CNY/t moves 5%"));
        assertEquals(new FactCondition.Policy("CN", Set.of("export_control", "export_license")),
                FactCondition.parse("policy CN export_control,export_license"));
        assertEquals(new FactCondition.Trade("NdFeB-magnet", "*", "US", true, 1000),
                FactCondition.parse("trade NdFeB-magnet *>US below 1,000t"));
        assertEquals(new FactCondition.ConflictOn("price", "Dy-oxide", null, null, null),
                FactCondition.parse("conflict type=price commodity=Dy-oxide"));
        assertEquals(new FactCondition.ConflictOn(null, null, null, null, "3f9a0c1d2e4b-7c1e9a20"),
                FactCondition.parse("conflict 3f9a0c1d2e4b-7c1e9a20"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "prices PrNd-oxide|'prices' is not a condition",
            "price PrNd-oxide CNY/t jumps 5%|'jumps' is not moves, rises or falls",
            "price PrNd-oxide CNY/t moves five|the percentage 'five' is not a number",
            "price PrNd-oxide moves 5%|price takes 4 parts, not 3",
            "policy CN embargo|'embargo' is not a policy action",
            "trade NdFeB-magnet CN-US below 10t|'CN-US' is not a route EXPORTER>IMPORTER",
            "trade NdFeB-magnet CN>US under 10t|'under' is not below or above",
            "trade NdFeB-magnet CN>US below -10t|'-10t' must be 0 tonnes or more",
            "conflict commodity|'commodity' is not type=, commodity=, place= or subject= with a value",
            "conflict type=prices|type 'prices' is not a fact type"})
    void parse_badPart_isNamedInOneLine(String condition, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactCondition.parse(condition));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
