package dev.monazite.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.chain.ChainBuilder;
import dev.monazite.chain.ChainModel;
import java.time.YearMonth;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scenario's summary in words: first stock-out as a calendar month, tonnes short and units not made. */
class OutcomeTest {
    // 1,000 units a year × 12 kg = 1 t a month of Dy for JP, all from China; another line China does not supply.
    private static Scenario scenario(String firstMonth, double inventoryMonths) {
        Scenario.Line dy = new Scenario.Line("JP", "Dy", Map.of("CN", 1.0), inventoryMonths,
                List.of(new Scenario.Sector("EV", 1000, 12)), List.of(), Scenario.Ramp.NONE, Scenario.Ramp.NONE, 0, 0.5);
        Scenario.Line tb = new Scenario.Line("JP", "Tb", Map.of("AU", 1.0), 3,
                List.of(new Scenario.Sector("wind", 100, 120)), List.of(), Scenario.Ramp.NONE, Scenario.Ramp.NONE, 0, 0.5);
        return new Scenario("test", "", firstMonth, 8, new Scenario.Disruption("CN", List.of("JP"), List.of("Dy", "Tb"),
                1.0, 1, 4), List.of(dy, tb), List.of());
    }

    @Test
    void sentence_namesTheCalendarMonthOfTheStockOut_theTonnesShort_andTheUnitsNotMade() {
        // two months of stock, a four-month cut: stock is gone in month 3, months 3 and 4 go short (2 t, 2,000/12 × 2 units)
        ScenarioResult r = Simulator.run(scenario("2026-11", 2));
        Outcome dy = r.outcomes().get(0);
        assertEquals(3, dy.stockOutMonth());
        assertEquals("2027-01", dy.stockOutDate());
        assertEquals(2.0, dy.shortfallT(), 1e-9);
        assertEquals("JP Dy: stock runs out in January 2027 (month 3); 2 t not supplied over 8 months (25% of demand); 167 EV not made.",
                dy.sentence(8));
    }

    @Test
    void sentence_lineTheCutMisses_saysAllDemandIsMet() {
        Outcome tb = Simulator.run(scenario("2026-11", 2)).outcomes().get(1);
        assertNull(tb.stockOutMonth());
        assertEquals("JP Tb: stock never runs out; all demand is met over 8 months.", tb.sentence(8));
    }

    @Test
    void sentence_withoutAFirstMonth_countsMonths_andLargeFiguresAreGrouped() {
        Scenario.Line big = new Scenario.Line("JP", "Dy", Map.of("CN", 1.0), 0,
                List.of(new Scenario.Sector("EV", 12_000_000, 0.1)), List.of(), Scenario.Ramp.NONE, Scenario.Ramp.NONE, 0, 0);
        Scenario s = new Scenario("big", "", null, 2, new Scenario.Disruption("CN", List.of("JP"), List.of("Dy"), 0.5, 1, 2),
                List.of(big), List.of());
        Outcome o = Simulator.run(s).outcomes().get(0);
        // 100 t a month, half cut, no stock: 50 t short each month, 500,000 cars a month
        assertEquals("JP Dy: stock runs out in month 1; 100 t not supplied over 2 months (50% of demand); 1,000,000 EV not made.",
                o.sentence(2));
    }

    private static final ChainModel MODEL = ChainBuilder.build("REE", List.of(), article -> null);

    @Test
    void quick_fullCutOfUsRee_takesTheImportMixFromTheModel_andRunsOutAtOnceWithoutStock() {
        Scenario s = ScenarioReader.quick(new ScenarioReader.Quick("CN", "US", "REE", 1.0, 6), YearMonth.of(2027, 3), MODEL);
        assertEquals("2027-03", s.firstMonth());
        assertEquals(18, s.horizonMonths());
        assertTrue(s.assumptions().stream().anyMatch(a -> a.name().equals("US/REE share from CN")
                && a.source().contains("USGS")), s.assumptions().toString());
        assertTrue(s.assumptions().stream().anyMatch(a -> a.name().equals("US/REE inventory")
                && a.source().contains("no sourced stock figure")), s.assumptions().toString());
        Outcome o = Simulator.run(s).outcomes().get(0);
        assertEquals("2027-03", o.stockOutDate());
        assertTrue(o.unitsNotMade().isEmpty(), "a scale is not units anyone makes");
        // China's 70% of US imports is cut for 6 of 18 months: 70% × 6/18 of demand, before restocking
        assertEquals(100 * 0.7 * 6 / 18, 100 * o.shortfallT() / o.demandT(), 1e-6);
    }

    @Test
    void quick_unknownProduct_namesTheFieldAndWhatIsAccepted() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.quick(
                new ScenarioReader.Quick("CN", "JP", "gold", 0.5, 3), YearMonth.of(2027, 1), MODEL));
        assertTrue(e.getMessage().startsWith("quick what-if: product 'gold' is not one of [Dy, HREE"), e.getMessage());
    }
}
