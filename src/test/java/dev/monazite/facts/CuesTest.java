package dev.monazite.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.text.Normaliser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CuesTest {
    // The definitions the one-pass tables must keep: each key's cues tried in order with contains/indexOf.
    private static String firstKey(String text, List<String> order, Map<String, List<String>> cues) {
        for (String key : order) {
            if (Cues.first(text, cues.get(key)) != null) {
                return key;
            }
        }
        return null;
    }

    private static String nearestKey(String text, int pos, int end, List<String> order,
                                     Map<String, List<String>> cues) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String key : order) {
            for (String c : cues.get(key)) {
                for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
                    int distance = at >= end ? at - end : at + c.length() <= pos ? pos - (at + c.length()) : 0;
                    if (distance < bestDistance) {
                        best = key;
                        bestDistance = distance;
                    }
                }
            }
        }
        return best;
    }

    private static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>(List.of("MOFCOM announced export controls and a licence regime",
                "tariff and quota talks", "giấy phép xuất khẩu và kiểm soát xuất khẩu", "商务部对镓实施出口管制", "no cue here",
                "40% of global resources and 70% of global production", "中国稀土储量占全球的37%，冶炼分离产能占90%以上",
                "capacity of 5,000 tonnes and reserves of 44 million tonnes", "营收同比增长12%，净利润环比下降3%"));
        Path corpus = Path.of(CuesTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                texts.addAll(Files.readAllLines(f));
            }
        }
        return texts.stream().map(Normaliser::foldPreservingLength).toList();
    }

    @Test
    void keyedFirst_sameAsCheckingEveryCueInOrder() throws Exception {
        int found = 0;
        for (String t : texts()) {
            for (var table : List.of(
                    Map.entry(Cues.BASIS_KEYS, Map.entry(List.of("yoy", "mom", "ytd"), Cues.BASIS)),
                    Map.entry(Cues.SHARE_METRIC_KEYS, Map.entry(Cues.SHARE_METRIC_ORDER, Cues.SHARE_METRIC)),
                    Map.entry(Cues.MONEY_METRIC_KEYS, Map.entry(Cues.MONEY_METRIC_ORDER, Cues.MONEY_METRIC)),
                    Map.entry(Cues.QUANTITY_METRIC_KEYS, Map.entry(Cues.QUANTITY_METRIC_ORDER, Cues.QUANTITY_METRIC)))) {
                String expected = firstKey(t, table.getValue().getKey(), table.getValue().getValue());
                assertEquals(expected, table.getKey().first(t), t);
                found += expected == null ? 0 : 1;
            }
        }
        assertTrue(found > 100, "too few texts with a cue to compare: " + found);
    }

    @Test
    void keyedNearest_sameAsMeasuringEveryOccurrenceOfEveryCue() throws Exception {
        java.util.Random random = new java.util.Random(11);
        int found = 0;
        for (String t : texts()) {
            for (int k = 0; k < 8 && !t.isEmpty(); k++) {
                int pos = random.nextInt(t.length());
                int end = Math.min(t.length(), pos + random.nextInt(6));
                String expected = nearestKey(t, pos, end, Cues.SHARE_METRIC_ORDER, Cues.SHARE_METRIC);
                assertEquals(expected, Cues.SHARE_METRIC_KEYS.nearest(t, pos, end), t + " @" + pos + "-" + end);
                found += expected == null ? 0 : 1;
            }
        }
        assertTrue(found > 100, "too few texts with a share cue to compare: " + found);
    }

    @Test
    void firstPolicyAction_sameAsCheckingEveryCueInOrder() throws Exception {
        int withCue = 0;
        for (String folded : texts()) {
            String expected = firstKey(folded, Cues.POLICY_ORDER, Cues.POLICY_ACTION);
            assertEquals(expected, Cues.firstPolicyAction(folded), folded);
            withCue += expected == null ? 0 : 1;
        }
        assertTrue(withCue > 20, "too few texts with a policy cue to compare: " + withCue);
    }
}
