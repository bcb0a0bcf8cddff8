package dev.monazite.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.text.Normaliser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CuesTest {
    @Test
    void firstPolicyAction_sameAsCheckingEveryCueInOrder() throws Exception {
        List<String> texts = new ArrayList<>(List.of("MOFCOM announced export controls and a licence regime",
                "tariff and quota talks", "giấy phép xuất khẩu và kiểm soát xuất khẩu", "商务部对镓实施出口管制", "no cue here"));
        Path corpus = Path.of(CuesTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                texts.addAll(Files.readAllLines(f));
            }
        }
        int withCue = 0;
        for (String t : texts) {
            String folded = Normaliser.foldPreservingLength(t);
            String expected = Cues.firstKey(folded, Cues.POLICY_ORDER, Cues.POLICY_ACTION);
            assertEquals(expected, Cues.firstPolicyAction(folded), folded);
            withCue += expected == null ? 0 : 1;
        }
        assertTrue(withCue > 20, "too few texts with a policy cue to compare: " + withCue);
    }
}
