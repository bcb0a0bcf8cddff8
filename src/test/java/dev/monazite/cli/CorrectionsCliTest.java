package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.monazite.article.Json;
import dev.monazite.index.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fact confirm|correct|reject`, end to end on the sample corpus: the word holds and every view uses it. */
class CorrectionsCliTest {
    @TempDir
    static Path tmp;
    static Path corpus;

    @BeforeAll
    static void corpus() throws Exception {
        corpus = Fixtures.corpus(tmp);
    }

    @Test
    void correct_changesTheFactEverywhere_andSurvivesReextract() throws Exception {
        Path data = ingest("a");
        Map<String, Object> price = first(data, "price");
        String id = (String) price.get("id");
        double newValue = ((Number) price.get("value")).doubleValue() + 1234;

        CliEndToEndTest.Run r = cli("fact", "correct", id, "--set", "value=" + newValue, "--note", "misread",
                "--by", "ana", "--data", data.toString());
        assertEquals(0, r.exit(), r.toString());

        for (int pass = 0; pass < 2; pass++) {
            Map<String, Object> now = byId(data, "price", id);
            assertEquals(newValue, ((Number) now.get("value")).doubleValue(), 1e-9, now.toString());
            Map<?, ?> review = (Map<?, ?>) now.get("review");
            assertEquals("corrected", review.get("verdict"));
            assertEquals("ana", review.get("by"));
            assertEquals(((Number) price.get("value")).doubleValue(),
                    ((Number) ((Map<?, ?>) review.get("was")).get("value")).doubleValue(), 1e-9);
            String series = cli("series", (String) price.get("commodity"), "--format", "jsonl", "--data", data.toString()).out();
            assertTrue(series.contains(String.valueOf(Math.round(newValue))), series);
            assertEquals(0, cli("reextract", "--data", data.toString()).exit());
        }
    }

    @Test
    void reject_hidesTheFactFromViews_butTheArticleKeepsItMarked() throws Exception {
        Path data = ingest("b");
        Map<String, Object> share = first(data, "share");
        String id = (String) share.get("id");
        assertEquals(0, cli("fact", "reject", id, "--data", data.toString()).exit());

        assertTrue(facts(data, "share").stream().noneMatch(f -> id.equals(f.get("id"))));
        String shown = cli("fact", "show", id, "--data", data.toString()).out();
        assertTrue(shown.contains("\"verdict\":\"rejected\""), shown);
        assertEquals(0, cli("reextract", "--data", data.toString()).exit());
        assertTrue(facts(data, "share").stream().noneMatch(f -> id.equals(f.get("id"))));
    }

    @Test
    void confirm_marksTheFact_andALaterWordReplacesIt() throws Exception {
        Path data = ingest("c");
        String id = (String) first(data, "trade").get("id");
        assertEquals(0, cli("fact", "confirm", id, "--data", data.toString()).exit());
        assertEquals("confirmed", ((Map<?, ?>) byId(data, "trade", id).get("review")).get("verdict"));
        assertEquals(0, cli("fact", "reject", id, "--data", data.toString()).exit());
        assertTrue(facts(data, "trade").stream().noneMatch(f -> id.equals(f.get("id"))));
        String history = cli("fact", "history", id, "--format", "jsonl", "--data", data.toString()).out();
        assertEquals(2, history.lines().count(), history);
    }

    @Test
    void confirmingAChainCandidate_appliesIt_andRejectingItWithdrawsIt() throws Exception {
        Path data = ingest("h");
        Map<String, Object> chain = chain(data);
        Map<?, ?> lone = ((List<?>) chain.get("candidates")).stream().map(c -> (Map<?, ?>) c)
                .filter(c -> ((List<?>) c.get("facts")).size() == 1 && c.get("why").equals("one outlet, not confirmed"))
                .findFirst().orElseThrow(() -> new AssertionError("the samples give no lone candidate: " + chain));
        String fact = (String) ((List<?>) lone.get("facts")).get(0);
        double value = ((Number) lone.get("value_pct")).doubleValue();
        String node = lone.get("stage") + ":" + lone.get("place");

        assertEquals(0, cli("fact", "confirm", fact, "--data", data.toString()).exit());
        assertEquals(value, share(chain(data), node), 1e-6, "the confirmed figure is applied");
        assertEquals(0, cli("reextract", "--data", data.toString()).exit());
        assertEquals(value, share(chain(data), node), 1e-6, "and stays applied after reextract");
        assertEquals(0, cli("fact", "reject", fact, "--data", data.toString()).exit());
        assertTrue(Math.abs(share(chain(data), node) - value) > 1e-6, "a rejected figure is withdrawn");
    }

    @Test
    void rejectingOneSideOfAConflict_endsIt_andTheEndHoldsAfterReextract() throws Exception {
        Path data = ingest("i");
        List<Map<String, Object>> before = conflicts(data);
        Map<String, Object> two = before.stream().filter(c -> ((List<?>) c.get("values")).size() == 2).findFirst()
                .orElseThrow(() -> new AssertionError("the samples give no two-valued conflict: " + before));
        Map<?, ?> side = (Map<?, ?>) ((List<?>) two.get("values")).get(0);
        for (Object st : (List<?>) side.get("sources")) {
            assertEquals(0, cli("fact", "reject", (String) ((Map<?, ?>) st).get("id"), "--data", data.toString()).exit());
        }
        for (int pass = 0; pass < 2; pass++) {
            assertTrue(conflicts(data).stream().noneMatch(c -> c.get("claim").equals(two.get("claim"))),
                    "the conflict " + two.get("claim") + " ended");
            assertEquals(before.size() - 1, conflicts(data).size());
            assertEquals(0, cli("reextract", "--data", data.toString()).exit());
        }
    }

    private static List<Map<String, Object>> conflicts(Path data) throws Exception {
        CliEndToEndTest.Run r = cli("conflicts", "--format", "jsonl", "--data", data.toString());
        assertEquals(0, r.exit(), r.toString());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(Json.MAPPER.readValue(line, new TypeReference<Map<String, Object>>() {}));
            }
        }
        return out;
    }

    private static Map<String, Object> chain(Path data) throws Exception {
        CliEndToEndTest.Run r = cli("chain", "--format", "json", "--data", data.toString());
        assertEquals(0, r.exit(), r.toString());
        return Json.MAPPER.readValue(r.out(), new TypeReference<Map<String, Object>>() {});
    }

    private static double share(Map<String, Object> chain, String node) {
        return ((List<?>) chain.get("nodes")).stream().map(n -> (Map<?, ?>) n).filter(n -> node.equals(n.get("id")))
                .map(n -> ((Number) ((Map<?, ?>) n.get("share_pct")).get("value")).doubleValue()).findFirst().orElse(0.0);
    }

    @Test
    void exportThenImport_givesAColleagueTheSameFacts_once() throws Exception {
        Path mine = ingest("d");
        Map<String, Object> share = first(mine, "share");
        String id = (String) share.get("id");
        assertEquals(0, cli("fact", "correct", id, "--set", "value=12.5", "--set", "subject=AU", "--data", mine.toString()).exit());
        Path file = tmp.resolve("corrections.jsonl");
        assertEquals(0, cli("fact", "export", "-o", file.toString(), "--data", mine.toString()).exit());

        Path theirs = ingest("e");
        CliEndToEndTest.Run first = cli("fact", "import", file.toString(), "--data", theirs.toString());
        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.err().contains("1 correction(s) added"), first.toString());
        CliEndToEndTest.Run again = cli("fact", "import", file.toString(), "--data", theirs.toString());
        assertTrue(again.err().contains("0 correction(s) added, 1 already held"), again.toString());
        Map<String, Object> seen = byId(theirs, "share", id);
        assertEquals("AU", seen.get("subject"));
        assertEquals(12.5, ((Number) seen.get("value")).doubleValue(), 1e-9);
    }

    @Test
    void import_reportsABadLineByNumber_andKeepsTheRest() throws Exception {
        Path data = ingest("f");
        String id = (String) first(data, "price").get("id");
        Path file = tmp.resolve("mixed.jsonl");
        Files.writeString(file, "{\"fact\":\"" + id + "\",\"type\":\"price\",\"verdict\":\"confirmed\",\"by\":\"x\","
                + "\"at\":\"2026-01-02T03:04:05Z\"}\nnot json\n{\"fact\":\"" + id + "\",\"type\":\"price\","
                + "\"verdict\":\"maybe\",\"by\":\"x\",\"at\":\"2026-01-02T03:04:05Z\"}\n", StandardCharsets.UTF_8);
        CliEndToEndTest.Run r = cli("fact", "import", file.toString(), "--data", data.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("mixed.jsonl:2: skipped"), r.err());
        assertTrue(r.err().contains("mixed.jsonl:3: skipped: verdict 'maybe'"), r.err());
        assertTrue(r.err().contains("1 correction(s) added"), r.err());
    }

    @Test
    void mistakes_areRefusedWithTheFieldNamed() throws Exception {
        Path data = ingest("g");
        String id = (String) first(data, "share").get("id");
        CliEndToEndTest.Run noSuchField = cli("fact", "correct", id, "--set", "colour=red", "--data", data.toString());
        assertEquals(2, noSuchField.exit());
        assertTrue(noSuchField.err().contains("a share fact has no field 'colour'"), noSuchField.err());
        CliEndToEndTest.Run badMetric = cli("fact", "correct", id, "--set", "metric=digging", "--data", data.toString());
        assertTrue(badMetric.err().contains("metric 'digging' is not one of"), badMetric.err());
        CliEndToEndTest.Run badValue = cli("fact", "correct", id, "--set", "value=seventy", "--data", data.toString());
        assertTrue(badValue.err().contains("value 'seventy' is not a number"), badValue.err());
        CliEndToEndTest.Run unknown = cli("fact", "confirm", "000000000000-00000000", "--data", data.toString());
        assertTrue(unknown.err().contains("no stored fact has the id"), unknown.err());
        CliEndToEndTest.Run malformed = cli("fact", "confirm", "fact-12", "--data", data.toString());
        assertTrue(malformed.err().contains("is not a fact id"), malformed.err());
        assertEquals("", cli("fact", "history", "--format", "jsonl", "--data", data.toString()).out().strip(),
                "a refused correction is not recorded");
    }

    private static Path ingest(String name) {
        Path data = tmp.resolve(name);
        CliEndToEndTest.Run r = cli("ingest", "--quiet", "--data", data.toString(), corpus.toString());
        assertEquals(0, r.exit(), r.toString());
        return data;
    }

    private static CliEndToEndTest.Run cli(String... args) {
        return CliEndToEndTest.run(args);
    }

    static List<Map<String, Object>> facts(Path data, String type) throws Exception {
        CliEndToEndTest.Run r = cli("facts", "--type", type, "--format", "jsonl", "--data", data.toString());
        assertEquals(0, r.exit(), r.toString());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(Json.MAPPER.readValue(line, new TypeReference<Map<String, Object>>() {}));
            }
        }
        return out;
    }

    private static Map<String, Object> first(Path data, String type) throws Exception {
        return facts(data, type).stream().filter(f -> f.get("value") != null && f.get("date") != null).findFirst()
                .orElseThrow(() -> new AssertionError("no dated " + type + " fact in the samples"));
    }

    private static Map<String, Object> byId(Path data, String type, String id) throws Exception {
        List<Map<String, Object>> found = facts(data, type).stream().filter(f -> id.equals(f.get("id"))).toList();
        assertFalse(found.isEmpty(), "fact " + id + " is gone");
        return found.get(0);
    }
}
