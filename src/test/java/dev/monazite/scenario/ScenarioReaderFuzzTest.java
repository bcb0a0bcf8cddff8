package dev.monazite.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.monazite.chain.ChainBuilder;
import dev.monazite.chain.ChainModel;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz target for the scenario reader and the simulation it feeds: a bad file may only be a
 * ScenarioException naming line and field; a file that reads must simulate to finite numbers
 * (MonthRow refuses any other). Seeds: src/test/resources/dev/monazite/scenario/ScenarioReaderFuzzTestInputs/read.
 */
class ScenarioReaderFuzzTest {
    private static final ChainModel MODEL = ChainBuilder.build("REE", List.of(), article -> null);

    @FuzzTest(maxDuration = "20s")
    void read(byte[] input) {
        Scenario s;
        try {
            s = ScenarioReader.read("fuzz.yaml", new String(input, StandardCharsets.UTF_8), MODEL);
        } catch (ScenarioException e) {
            return;
        }
        if (s.horizonMonths() * (long) s.lines().size() <= 10_000) {
            Simulator.run(s);
        }
    }
}
