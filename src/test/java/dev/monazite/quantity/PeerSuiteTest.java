package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.monazite.quantity.Quantity.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the external test cases in src/test/resources/peer-suites (see the README there) through
 * QuantityFinder and DateFinder and checks the acceptance thresholds.
 *
 * <p>Scope (what counts as an in-scope case) — the exclusions follow the README's categories:
 * <ul>
 *   <li>number, percentage: all cases.</li>
 *   <li>money: all cases; in {@code *-generic-unit} files only the value is compared (no ISO code is given).
 *       Excluded: Duckling regional-corpus cases ({@code locale} set) in money files, whose currency is the
 *       region's default (en-JM "a grand" = JMD) and cannot be read off the text.</li>
 *   <li>quantity: only masses (g, kg, t, mg, µg, jin, liang, lb, oz, dr, and English "ton" as t), compared in
 *       grams. Lengths, volumes, areas, speeds, power etc. are out of scope for this stage.</li>
 *   <li>date: only {@code explicit_year: true} cases; holiday files ({@code *-date-holiday}) are excluded
 *       (holiday knowledge is not date syntax), and so are cases flagged {@code holiday_or_lunar}.</li>
 *   <li>negative files: all cases; a case fails when the finder returns a value of that category.</li>
 * </ul>
 */
class PeerSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Double> GRAMS = Map.ofEntries(
            Map.entry("g", 1.0), Map.entry("kg", 1e3), Map.entry("t", 1e6), Map.entry("ton", 1e6),
            Map.entry("mg", 1e-3), Map.entry("µg", 1e-6), Map.entry("jin", 500.0), Map.entry("liang", 50.0),
            Map.entry("lb", 453.59237), Map.entry("oz", 28.349523125), Map.entry("dr", 1.7718451953125));
    private static final Set<String> CATEGORIES = Set.of("number", "percentage", "money", "quantity", "date");

    /** Per-file tally. */
    private static final class Tally {
        int inScope;
        int passed;
        final List<String> failures = new ArrayList<>();
    }

    @Test
    void peerSuites_meetAcceptanceThresholds() throws IOException, URISyntaxException {
        Map<String, Tally> tallies = new TreeMap<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            Tally t = new Tally();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode c = JSON.readTree(line);
                if (!inScope(name, c)) {
                    continue;
                }
                t.inScope++;
                boolean ok = name.endsWith("-negative.jsonl") ? !yieldsValue(c) : passes(name, c);
                if (ok) {
                    t.passed++;
                } else {
                    t.failures.add(c.get("text").asText() + " | " + c.path("span").asText("") + " | " + c.get("expected"));
                }
            }
            tallies.put(name, t);
        }
        report(tallies);
        assertThresholds(tallies);
    }

    private static List<Path> files() throws IOException, URISyntaxException {
        URL dir = PeerSuiteTest.class.getResource("/peer-suites");
        try (Stream<Path> st = Files.list(Path.of(dir.toURI()))) {
            return st.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    static boolean inScope(String file, JsonNode c) {
        String cat = c.get("category").asText();
        if (!CATEGORIES.contains(cat) || file.contains("-date-holiday")) {
            return false;
        }
        if (file.endsWith("-negative.jsonl")) {
            return true;
        }
        return switch (cat) {
            case "money" -> !c.has("locale");
            case "quantity" -> GRAMS.containsKey(c.get("expected").get("unit").asText());
            case "date" -> c.path("explicit_year").asBoolean(false) && !c.path("holiday_or_lunar").asBoolean(false);
            default -> true;
        };
    }

    static Lang lang(JsonNode c) {
        return switch (c.get("lang").asText()) {
            case "vi" -> Lang.VI;
            case "en" -> Lang.EN;
            default -> Lang.ZH;
        };
    }

    static LocalDate ref(JsonNode c) {
        String r = c.path("ref").asText("");
        if (r.length() < 10) {
            return null;
        }
        return LocalDate.parse(r.substring(0, 10));
    }

    /** Spans of the expected expression: every occurrence of {@code span}, or the whole text. */
    static List<int[]> spans(JsonNode c) {
        String text = c.get("text").asText();
        List<int[]> out = new ArrayList<>();
        if (!c.has("span")) {
            out.add(new int[] {0, text.length()});
            return out;
        }
        String span = c.get("span").asText();
        for (int i = text.indexOf(span); i >= 0; i = text.indexOf(span, i + 1)) {
            out.add(new int[] {i, i + span.length()});
        }
        return out;
    }

    static boolean overlaps(int start, int end, List<int[]> spans) {
        for (int[] sp : spans) {
            if (start < sp[1] && sp[0] < end) {
                return true;
            }
        }
        return false;
    }

    static boolean close(double actual, double expected) {
        if (expected == 0) {
            return Math.abs(actual) < 1e-9;
        }
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        return rel <= 1e-6 || rel <= 0.005;
    }

    private static boolean passes(String file, JsonNode c) {
        String text = c.get("text").asText();
        List<int[]> spans = spans(c);
        JsonNode exp = c.get("expected");
        String cat = c.get("category").asText();
        if (cat.equals("date")) {
            for (DateMention d : DateFinder.find(text, lang(c), ref(c))) {
                if (overlaps(d.start(), d.end(), spans) && d.value().equals(exp.get("date").asText())) {
                    return true;
                }
            }
            return false;
        }
        double want = exp.get("value").asDouble();
        for (Quantity q : QuantityFinder.find(text, lang(c))) {
            if (overlaps(q.start(), q.end(), spans) && matches(file, cat, q, exp, want)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String file, String cat, Quantity q, JsonNode exp, double want) {
        return switch (cat) {
            // A number may be reported inside a money or mass expression, or as a share (0.2 = 20 %).
            case "number" -> close(q.value(), want) || q.kind() == Kind.PERCENT && close(q.value() / 100, want);
            case "percentage" -> q.kind() == Kind.PERCENT && close(q.value(), want);
            case "money" -> q.kind() == Kind.MONEY && close(q.value(), want)
                    && (file.contains("generic-unit") || exp.get("unit").asText().equals(q.unit()));
            case "quantity" -> q.kind() == Kind.MASS && GRAMS.containsKey(q.unit())
                    && close(q.value() * GRAMS.get(q.unit()), want * GRAMS.get(exp.get("unit").asText()));
            default -> false;
        };
    }

    /** For negative cases: does the finder report anything of the case's category? */
    private static boolean yieldsValue(JsonNode c) {
        String text = c.get("text").asText();
        String cat = c.get("category").asText();
        if (cat.equals("date")) {
            return !DateFinder.find(text, lang(c), ref(c)).isEmpty();
        }
        for (Quantity q : QuantityFinder.find(text, lang(c))) {
            boolean hit = switch (cat) {
                case "number" -> q.kind() == Kind.NUMBER; // numbers inside money/units belong to those categories
                case "percentage" -> q.kind() == Kind.PERCENT;
                case "money" -> q.kind() == Kind.MONEY;
                case "quantity" -> q.kind() != Kind.NUMBER && q.kind() != Kind.PERCENT && q.kind() != Kind.MONEY;
                default -> false;
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }

    private static void report(Map<String, Tally> tallies) {
        StringBuilder sb = new StringBuilder("\nPeer suites\n");
        sb.append(String.format("%-50s %8s %8s %7s%n", "file", "inScope", "passed", "rate"));
        int in = 0;
        int ok = 0;
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            sb.append(String.format("%-50s %8d %8d %6.1f%%%n", e.getKey(), t.inScope, t.passed, rate(t.passed, t.inScope)));
            if (!e.getKey().endsWith("-negative.jsonl")) {
                in += t.inScope;
                ok += t.passed;
            }
        }
        sb.append(String.format("%-50s %8d %8d %6.1f%%%n", "OVERALL (positive files)", in, ok, rate(ok, in)));
        System.out.println(sb);
        if (Boolean.getBoolean("peer.failures")) {
            tallies.forEach((f, t) -> t.failures.forEach(x -> System.out.println("FAIL " + f + " :: " + x)));
        }
    }

    private static double rate(int ok, int n) {
        return n == 0 ? 100 : 100.0 * ok / n;
    }

    private static void assertThresholds(Map<String, Tally> tallies) {
        int in = 0;
        int ok = 0;
        int negIn = 0;
        int negFail = 0;
        List<String> problems = new ArrayList<>();
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            if (e.getKey().endsWith("-negative.jsonl")) {
                negIn += t.inScope;
                negFail += t.inScope - t.passed;
                continue;
            }
            in += t.inScope;
            ok += t.passed;
            if (t.inScope >= 5 && rate(t.passed, t.inScope) < 75) {
                problems.add(e.getKey() + " below 75%: " + rate(t.passed, t.inScope));
            }
        }
        if (rate(ok, in) < 90) {
            problems.add("overall below 90%: " + rate(ok, in));
        }
        if (100.0 * negFail / Math.max(1, negIn) > 10) {
            problems.add("negative files yield a value in " + 100.0 * negFail / negIn + "% of cases");
        }
        assertTrue(problems.isEmpty(), String.join("; ", problems));
    }
}
