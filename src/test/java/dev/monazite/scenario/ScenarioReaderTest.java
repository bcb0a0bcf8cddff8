package dev.monazite.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.chain.ChainBuilder;
import dev.monazite.chain.ChainModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioReaderTest {
    private static final ChainModel MODEL = ChainBuilder.build("REE", List.of(), article -> null);

    private static final String GOOD = """
            name: test
            horizon_months: 12
            disruption:
              supplier: CN
              recipients: [JP]
              products: [Dy]
              fraction: 0.5
              start_month: 2
              duration_months: 6
            supply:
              JP:
                Dy:
                  inventory_months: 3
                  demand:
                    wind: {units_per_year: 1000}
            """;

    private static String error(String yaml) {
        return assertThrows(ScenarioException.class, () -> ScenarioReader.read("s.yaml", yaml, MODEL)).getMessage();
    }

    @Test
    void read_leftOutNumbers_comeFromModelWithSources() {
        Scenario s = ScenarioReader.read("s.yaml", GOOD, MODEL);
        Assumption kg = s.assumptions().stream().filter(a -> a.name().equals("JP/Dy wind intensity")).findFirst().orElseThrow();
        assertEquals(17L, kg.value());
        assertTrue(kg.source().contains("JRC"), kg.source());
        Assumption cn = s.assumptions().stream().filter(a -> a.name().equals("JP/Dy share from CN")).findFirst().orElseThrow();
        assertTrue(cn.source().contains("REE import mix stands in for Dy"), cn.source());
        assertEquals(0.58, s.lines().get(0).suppliers().get("CN"), 1e-9);
    }

    @Test
    void read_fractionAboveOne_namesLineAndField() {
        assertEquals("s.yaml:7: disruption.fraction: 1.5 is out of range: the fraction of the flow cut (0 = none, 1 = all) "
                + "must be between 0 and 1", error(GOOD.replace("fraction: 0.5", "fraction: 1.5")));
    }

    @Test
    void read_negativeInventory_namesLineAndField() {
        String m = error(GOOD.replace("inventory_months: 3", "inventory_months: -3"));
        assertTrue(m.startsWith("s.yaml:13: supply.JP.Dy.inventory_months: -3 is out of range"), m);
    }

    @Test
    void read_unknownProduct_namesLineAndField() {
        String m = error(GOOD.replace("products: [Dy]", "products: [Dx]"));
        assertTrue(m.startsWith("s.yaml:6: disruption.products[0]: unknown product 'Dx'"), m);
    }

    @Test
    void read_unknownPlace_namesLineAndField() {
        String m = error(GOOD.replace("supplier: CN", "supplier: China"));
        assertTrue(m.startsWith("s.yaml:4: disruption.supplier: unknown place 'China'"), m);
    }

    @Test
    void read_missingField_namesItAndTheMappingLine() {
        String m = error(GOOD.replace("  duration_months: 6\n", ""));
        assertEquals("s.yaml:4: disruption: missing field 'duration_months'", m);
    }

    @Test
    void read_misspelledField_isAnErrorNotIgnored() {
        String m = error(GOOD.replace("inventory_months: 3", "inventory_month: 3"));
        assertTrue(m.startsWith("s.yaml:13: supply.JP.Dy.inventory_month: unknown field"), m);
    }

    @Test
    void read_noSourcedIntensity_asksForIt() {
        String m = error(GOOD.replace("wind: {units_per_year: 1000}", "EV: {units_per_year: 1000}"));
        assertTrue(m.startsWith("s.yaml:15: supply.JP.Dy.demand.EV: missing field 'kg_per_unit'"), m);
    }

    @Test
    void read_disruptedLineWithoutDemand_isAnError() {
        String m = error(GOOD.replace("products: [Dy]", "products: [Dy, Tb]"));
        assertTrue(m.startsWith("s.yaml:11: supply: missing field 'JP.Tb'"), m);
    }

    @Test
    void read_yamlSyntaxError_namesLine() {
        String m = error(GOOD.replace("recipients: [JP]", "recipients: [JP"));
        assertTrue(m.startsWith("s.yaml:") && m.contains("YAML syntax error"), m);
        assertFalse(m.startsWith("s.yaml:1:"), m);
    }

    @Test
    void read_startAfterHorizon_isAnError() {
        String m = error(GOOD.replace("start_month: 2", "start_month: 13"));
        assertTrue(m.startsWith("s.yaml:8: disruption.start_month: 13 is out of range"), m);
    }

    static Stream<Path> shipped() throws IOException {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void run_shippedExample_runsAndBalances(Path file) throws IOException {
        ScenarioResult r = Simulator.run(ScenarioReader.read(file, MODEL));
        assertEquals(r.scenario().horizonMonths() * r.scenario().lines().size(), r.months().size());
        for (MonthRow m : r.months()) {
            assertEquals(m.use(), m.supply() + m.drawdown(), 1e-9);
            assertEquals(m.demand(), m.use() + m.shortfall(), 1e-9);
            assertTrue(m.inventory() >= 0);
        }
    }

    @Test
    void shipped_examples_atLeastThree() throws IOException {
        assertTrue(shipped().count() >= 3);
    }
}
