package dev.monazite.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the one-line watch conditions a user types (`watch add --fact`): a bad line may only
 * be an IllegalArgumentException with a one-line message; a line that parses gives a condition with
 * finite numbers. Seeds: src/test/resources/dev/monazite/alert/FactConditionFuzzTestInputs/parse.
 */
class FactConditionFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void parse(byte[] input) {
        String line = new String(input, StandardCharsets.UTF_8);
        FactCondition c;
        try {
            c = FactCondition.parse(line);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal says why");
            assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());
            return;
        }
        if (c instanceof FactCondition.PriceMove p) {
            assertTrue(Double.isFinite(p.percent()) && p.percent() > 0, line);
        } else if (c instanceof FactCondition.Trade t) {
            assertTrue(Double.isFinite(t.tonnes()) && t.tonnes() >= 0, line);
        }
    }
}
