package dev.monazite.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    private static final double EPS = 1e-9;

    static Scenario scenario(double fraction, int start, int duration, int horizon, Scenario.Line line) {
        return new Scenario("test", "", null, horizon,
                new Scenario.Disruption("CN", List.of("JP"), List.of("Dy"), fraction, start, duration), List.of(line), List.of());
    }

    static Scenario.Line simpleLine(double inventoryMonths, double restock) {
        // 1,000 units a year × 12 kg = 12 t a year = 1 t a month, all from China.
        return new Scenario.Line("JP", "Dy", Map.of("CN", 1.0), inventoryMonths,
                List.of(new Scenario.Sector("EV", 1000, 12)), List.of(), Scenario.Ramp.NONE, Scenario.Ramp.NONE, 0, restock);
    }

    @Test
    void run_fullCutTwoMonthsOfStock_matchesHandComputation() {
        ScenarioResult r = Simulator.run(scenario(1.0, 1, 4, 8, simpleLine(2, 0.5)));
        double[][] expected = { // demand, supply, drawdown, use, shortfall, inventory
                {1, 0, 1, 1, 0, 1}, {1, 0, 1, 1, 0, 0}, {1, 0, 0, 0, 1, 0}, {1, 0, 0, 0, 1, 0},
                {1, 1.5, -0.5, 1, 0, 0.5}, {1, 1.5, -0.5, 1, 0, 1}, {1, 1.5, -0.5, 1, 0, 1.5}, {1, 1.5, -0.5, 1, 0, 2}};
        for (int i = 0; i < expected.length; i++) {
            MonthRow m = r.months().get(i);
            double[] got = {m.demand(), m.supply(), m.drawdown(), m.use(), m.shortfall(), m.inventory()};
            for (int k = 0; k < got.length; k++) {
                assertEquals(expected[i][k], got[k], EPS, "month " + (i + 1) + " column " + k);
            }
        }
        assertEquals(1000 / 12.0, r.months().get(2).unitsNotMade().get("EV"), EPS);
        assertEquals(3, r.firstStockOut().get("JP/Dy"));
        assertEquals(2, r.totalShortfall(), EPS);
    }

    @Test
    void run_randomScenarios_balanceEveryMonth() {
        Random rnd = new Random(42);
        for (int c = 0; c < 500; c++) {
            ScenarioResult r = Simulator.run(random(rnd));
            for (MonthRow m : r.months()) {
                assertEquals(m.use(), m.supply() + m.drawdown(), 1e-9, "supply + drawdown = use, case " + c);
                assertEquals(m.demand(), m.use() + m.shortfall(), 1e-9, "use + shortfall = demand, case " + c);
                assertTrue(m.inventory() >= 0, "inventory never negative, case " + c);
                assertTrue(m.shortfall() >= -1e-12 && m.supply() >= -1e-12, "no negative flows, case " + c);
            }
        }
    }

    @Test
    void run_zeroFractionOrZeroDuration_noShortfall() {
        Random rnd = new Random(7);
        for (int c = 0; c < 200; c++) {
            Scenario s = random(rnd);
            Scenario.Disruption d = s.disruption();
            Scenario noCut = withDisruption(s, 0, d.durationMonths());
            Scenario noTime = withDisruption(s, d.fraction(), 0);
            assertEquals(0, Simulator.run(noCut).totalShortfall(), 0, "fraction 0, case " + c);
            assertEquals(0, Simulator.run(noTime).totalShortfall(), 0, "duration 0, case " + c);
        }
    }

    @Test
    void run_longerDisruption_neverLessShortfall() {
        Random rnd = new Random(11);
        for (int c = 0; c < 300; c++) {
            Scenario s = random(rnd);
            double previous = -1;
            for (int duration = 0; duration <= s.horizonMonths(); duration++) {
                double total = Simulator.run(withDisruption(s, s.disruption().fraction(), duration)).totalShortfall();
                assertTrue(total >= previous - 1e-9, "case " + c + " duration " + duration + ": " + total + " < " + previous);
                previous = total;
            }
        }
    }

    @Test
    void run_largerFraction_neverLessShortfall() {
        Random rnd = new Random(13);
        for (int c = 0; c < 300; c++) {
            Scenario s = random(rnd);
            double previous = -1;
            for (int step = 0; step <= 20; step++) {
                double total = Simulator.run(withDisruption(s, step / 20.0, s.disruption().durationMonths())).totalShortfall();
                assertTrue(total >= previous - 1e-9, "case " + c + " fraction " + step / 20.0 + ": " + total + " < " + previous);
                previous = total;
            }
        }
    }

    @Test
    void run_sameScenarioTwice_sameResult() {
        Scenario s = random(new Random(3));
        assertEquals(Simulator.run(s), Simulator.run(s));
    }

    private static Scenario withDisruption(Scenario s, double fraction, int duration) {
        Scenario.Disruption d = s.disruption();
        return new Scenario(s.name(), s.description(), s.firstMonth(), s.horizonMonths(), new Scenario.Disruption(
                d.supplier(), d.recipients(), d.products(), fraction, d.startMonth(), duration), s.lines(), s.assumptions());
    }

    // Any mix of stock, shares, mitigations and deferral the reader would accept.
    private static Scenario random(Random rnd) {
        int horizon = 6 + rnd.nextInt(30);
        double cn = rnd.nextDouble();
        Scenario.Line line = new Scenario.Line("JP", "Dy", Map.of("CN", cn, "AU", (1 - cn) * rnd.nextDouble()),
                rnd.nextDouble() * 8, List.of(new Scenario.Sector("EV", 1 + rnd.nextInt(2_000_000), 0.01 + rnd.nextDouble()),
                new Scenario.Sector("wind", rnd.nextInt(5000), 1 + rnd.nextDouble() * 30)),
                List.of(new Scenario.Ramp("AU", rnd.nextDouble() * 100, rnd.nextInt(12))),
                new Scenario.Ramp(null, rnd.nextDouble() * 50, rnd.nextInt(12)),
                new Scenario.Ramp(null, rnd.nextDouble() * 0.5, rnd.nextInt(12)),
                rnd.nextDouble() * 0.5, rnd.nextDouble());
        return scenario(rnd.nextDouble(), 1 + rnd.nextInt(horizon), rnd.nextInt(horizon), horizon, line);
    }
}
