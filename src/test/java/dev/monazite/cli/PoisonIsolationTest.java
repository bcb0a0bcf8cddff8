package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.cli.CliEndToEndTest.Run;
import dev.monazite.article.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison isolation through the command line: an article that a step fails on is reported with its
 * file, item and reason, quarantined, skipped by later runs and retried by {@code doctor --retry};
 * the other files go in, and the index and the store stay in step.
 */
class PoisonIsolationTest {
    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    private Path dir(String name, Map<String, String> files) throws Exception {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        return dir;
    }

    private static Run run(String... args) {
        return CliEndToEndTest.run(args);
    }

    private long stored(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data().toAbsolutePath().resolve("db/monazite"),
                "sa", ""); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data().toAbsolutePath().resolve("db/monazite"),
                "sa", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void ingest_oneLineTextOf24000CharsAndJsonlSourceOf1200_bothStoredAndLaterIngestsWork() throws Exception {
        String line = "Long " + "rare earth price ".repeat(1400);
        String source = "S".repeat(1200);
        Path in = dir("in", Map.of(
                "long.txt", line + "\n",
                "src.jsonl", "{\"title\":\"Long source\",\"source\":\"" + source
                        + "\",\"published\":\"2025-01-01\",\"text\":\"Dysprosium prices rose 30% in 2025.\"}\n",
                "good.txt", "Good title\n\nNeodymium output rose 10% in 2024.\n"));
        Run r = run("ingest", "--data", data().toString(), in.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("3 article(s) added"), r.toString());
        assertEquals(3, stored("SELECT COUNT(*) FROM article"), r.toString());
        assertEquals(1200, stored("SELECT MAX(LENGTH(source)) FROM article"));
        assertTrue(stored("SELECT MAX(LENGTH(title)) FROM article") > 20_000);

        Run doctor = run("doctor", "--data", data().toString());
        assertEquals(0, doctor.exit(), doctor.toString());
        assertTrue(doctor.out().contains("0 item(s) quarantined"), doctor.toString());
        assertTrue(doctor.out().contains("index and fact store agree"), doctor.toString());

        Path more = dir("more", Map.of("next.txt", "Next title\n\nTerbium exports fell 5% in March.\n"));
        Run again = run("ingest", "--data", data().toString(), more.toString(), in.toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("1 article(s) added"), again.toString());
        Run reextract = run("reextract", "--data", data().toString());
        assertEquals(0, reextract.exit(), reextract.toString());
        assertTrue(reextract.out().startsWith("4 article(s) re-extracted"), reextract.toString());
    }

    @Test
    void ingest_articleTheStoreRefuses_isQuarantinedNamedAndSkippedUntilDoctorRetries() throws Exception {
        Path first = dir("first", Map.of("good.txt", "Good title\n\nNeodymium output rose 10% in 2024.\n"));
        assertEquals(0, run("ingest", "--data", data().toString(), first.toString()).exit());
        // the database refuses one article's data, as it refused over-long titles before V2
        sql("ALTER TABLE article ADD CONSTRAINT no_poison CHECK (title NOT LIKE '%POISON%')");

        Path in = dir("in", Map.of("a-poison.txt", "POISON title\n\nPraseodymium prices rose 3% in May.\n",
                "b-fine.txt", "Fine title\n\nLanthanum exports fell 2% in June.\n"));
        Run r = run("ingest", "--data", data().toString(), in.toString());
        assertEquals(1, r.exit(), r.toString());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), r.toString());
        String error = errors.get(0);
        assertTrue(error.contains("a-poison.txt") && error.contains("\"POISON title\"") && error.contains("quarantined")
                && error.contains("NO_POISON"), error);
        assertFalse(r.err().contains("\tat "), r.toString());
        assertEquals(2, stored("SELECT COUNT(*) FROM article"), "the other articles are stored");
        assertTrue(r.out().contains("1 article(s) quarantined"), r.toString());

        Run doctor = run("doctor", "--data", data().toString());
        assertEquals(1, doctor.exit(), doctor.toString());
        assertTrue(doctor.out().contains("1 item(s) quarantined"), doctor.toString());
        assertTrue(doctor.out().contains("STORE") && doctor.out().contains("a-poison.txt")
                && doctor.out().contains("POISON title"), doctor.toString());
        assertTrue(doctor.out().contains("index and fact store agree"), "a quarantined article is accounted for\n"
                + doctor);

        // later runs skip it instead of failing on it again
        Path later = dir("later", Map.of("c-next.txt", "Next title\n\nCerium demand rose 1% in July.\n"));
        Run again = run("ingest", "--data", data().toString(), later.toString(), in.toString());
        assertEquals(0, again.exit(), again.toString());
        assertEquals("", again.err(), again.toString());
        assertTrue(again.out().contains("1 article(s) added"), again.toString());
        assertEquals(3, stored("SELECT COUNT(*) FROM article"));
        Run reextract = run("reextract", "--data", data().toString());
        assertEquals(0, reextract.exit(), reextract.toString());
        assertTrue(reextract.out().contains("1 skipped as quarantined"), reextract.toString());

        sql("ALTER TABLE article DROP CONSTRAINT no_poison");
        Run retry = run("doctor", "--retry", "--data", data().toString());
        assertEquals(0, retry.exit(), retry.toString());
        assertTrue(retry.out().contains("1 item(s) recovered, 0 still quarantined"), retry.toString());
        assertTrue(retry.out().contains("index and fact store agree"), retry.toString());
        assertEquals(4, stored("SELECT COUNT(*) FROM article"));
    }

    @Test
    void ingest_articleWhoseExtractionFails_othersIngestedAndLaterIngestsWork() throws Exception {
        // Rules.measure used to cut inside a surrogate pair here, which made the fact unserialisable
        String poison = "Emoji title\n\n" + "\uD840\uDC00".repeat(38) + " dysprosium prices rose 30% in 2025.\n";
        Path in = dir("in", Map.of("a-emoji.txt", poison, "b-fine.txt", "Fine title\n\nLanthanum exports fell 2% in June.\n"));
        Run r = run("ingest", "--data", data().toString(), in.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
        if (r.exit() == 1) {
            assertTrue(r.err().contains("a-emoji.txt: article 1 \"Emoji title\"") && r.err().contains("quarantined"),
                    r.toString());
        } else {
            assertEquals(0, r.exit(), r.toString());
        }
        Run search = run("search", "--data", data().toString(), "lanthanum", "--json");
        JsonNode hits = Json.MAPPER.readTree(search.out());
        assertEquals(1, hits.size(), search.toString());

        Path later = dir("later", Map.of("c-next.txt", "Next title\n\nCerium demand rose 1% in July.\n"));
        Run again = run("ingest", "--data", data().toString(), in.toString(), later.toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("1 article(s) added"), again.toString());
        Run doctor = run("doctor", "--data", data().toString());
        assertTrue(doctor.out().contains("index and fact store agree"), doctor.toString());
    }
}
