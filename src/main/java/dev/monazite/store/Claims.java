package dev.monazite.store;

import dev.monazite.facts.Fact;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Normalised keys for facts: the claim (what is said, including value, unit and date: equal claims
 * from many articles are one claim) and the claim key (what it is about: the FACTS.md anchors and
 * attributes, without value and date: facts with one key and different values disagree).
 */
final class Claims {
    /** Types whose claims can disagree in a meaningful way, with the fields that define what they are about. */
    static final Map<String, List<String>> KEY_FIELDS = Map.of(
            "price", List.of("commodity"),
            "share", List.of("subject", "metric", "commodity", "scope"),
            "trade", List.of("commodity", "exporter", "importer"),
            "quantity", List.of("subject", "metric", "commodity"),
            "intensity", List.of("application", "commodity"));

    private Claims() {}

    static String claim(Fact f) {
        Map<String, String> sorted = new TreeMap<>();
        f.fields().forEach((k, v) -> {
            if (!k.equals("measure") && !k.equals("object")) {
                sorted.put(k, v.toLowerCase(Locale.ROOT));
            }
        });
        return f.type() + sorted + "=" + number(f.value()) + "|" + number(f.valueMin()) + "|" + number(f.valueMax())
                + " " + f.unit() + " @" + f.date();
    }

    /** The claim key, or the claim itself for types whose facts are not compared (money, change, policy). */
    static String key(Fact f) {
        List<String> fields = KEY_FIELDS.get(f.type());
        if (fields == null) {
            return claim(f);
        }
        StringBuilder sb = new StringBuilder(f.type());
        for (String k : fields) {
            sb.append('|').append(k).append('=').append(f.fields().getOrDefault(k, "").toLowerCase(Locale.ROOT));
        }
        return sb.append('|').append(f.unit()).toString();
    }

    // Four significant digits: 555000 and 555000.0000001 are one value, 555000 and 556000 are not.
    private static String number(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.4g", v);
    }
}
