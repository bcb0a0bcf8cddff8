package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.cli.CliEndToEndTest.Run;
import dev.monazite.article.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile or broken input does to the command line: one line per bad input, never a trace or escape. */
class HostileInputCliTest {
    // Any control character a terminal acts on: C0 but newline and tab, DEL, C1, bidirectional overrides.
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    private static Run run(String... args) {
        return CliEndToEndTest.run(args);
    }

    private Path in() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        return in;
    }

    private static void noTrace(Run r) {
        assertFalse(r.err().contains("\tat "), "no stack trace\n" + r);
        assertFalse(r.err().contains("internal error"), r.toString());
        assertNotEquals(70, r.exit(), r.toString());
    }

    // ------------------------------------------------------------ unreadable subdirectory

    @Test
    void ingest_subdirectoryBeyondPathLimit_oneLineExitOneOtherFilesIngested() throws Exception {
        Path in = in();
        Files.writeString(in.resolve("good.txt"), "Good title\n\nNeodymium output rose 10% in 2024.\n");
        // 20 levels of 250-character names: past PATH_MAX, so even root cannot list the deepest ones
        String name = "d".repeat(250);
        Process p = new ProcessBuilder("bash", "-c", "cd \"$1\" && for i in $(seq 20); do mkdir " + name + " && cd "
                + name + " || exit 1; done; echo 'Deep title' > deep.txt", "bash", in.toString())
                .redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        try {
            Run r = run("ingest", "--data", data().toString(), in.toString());
            noTrace(r);
            assertEquals(1, r.exit(), r.toString());
            List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
            assertEquals(1, errors.size(), r.toString());
            assertTrue(errors.get(0).contains("cannot be read (File name too long)"), r.toString());
            assertTrue(r.out().contains("1 article(s) added"), r.toString());
        } finally {
            // rm works relative to each directory it opens; Java's delete needs the whole path, too long here
            new ProcessBuilder("rm", "-rf", in.resolve(name).toString()).start().waitFor();
        }
    }

    @Test
    void ingest_subdirectoryWithoutPermission_oneLineExitOneOtherFilesIngested() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads any directory; the path-limit test covers root");
        Path in = in();
        Files.writeString(in.resolve("good.txt"), "Good title\n\nNeodymium output rose 10% in 2024.\n");
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), "Hidden title\n\nText.\n");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            Run r = run("ingest", "--data", data().toString(), in.toString());
            noTrace(r);
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.err().contains("locked: cannot be read (permission denied)"), r.toString());
            assertTrue(r.out().contains("1 article(s) added"), r.toString());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    // ------------------------------------------------------------ bad bytes

    @Test
    void ingest_truncatedLastUtf8SequenceAndANul_ingestedWithWarningsNamingByteOffsets() throws Exception {
        Path in = in();
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.write("Truncated title\n\n稀土价格上涨 rare earth\n".getBytes(StandardCharsets.UTF_8));
        int offset = cut.size();
        cut.write(new byte[] {(byte) 0xE4, (byte) 0xB8}); // the first two bytes of 中
        Files.write(in.resolve("cut.txt"), cut.toByteArray());
        byte[] nul = "Nul title\n\nCerium demand\0 rose 1% in July.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("nul.txt"), nul);
        Run r = run("ingest", "--data", data().toString(), in.toString());
        noTrace(r);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("2 article(s) added"), r.toString());
        assertTrue(r.err().contains("warning: " + in.resolve("cut.txt") + ": 1 bad byte sequence(s) or NUL(s) "
                + "replaced with U+FFFD, at byte offset " + offset), r.toString());
        int nulAt = new String(nul, StandardCharsets.ISO_8859_1).indexOf('\0');
        assertTrue(r.err().contains("warning: " + in.resolve("nul.txt") + ": 1 bad byte sequence(s) or NUL(s) "
                + "replaced with U+FFFD, at byte offset " + nulAt), r.toString());
        JsonNode hits = Json.MAPPER.readTree(run("search", "--data", data().toString(), "cerium", "--json").out());
        String id = hits.get(0).get("id").asText();
        JsonNode shown = Json.MAPPER.readTree(run("show", "--data", data().toString(), id, "--json").out());
        assertEquals("Cerium demand\uFFFD rose 1% in July.", shown.get("paragraphs").get(0).get("text").asText());
    }

    @Test
    void ingest_binaryFile_isRejectedByItsShareOfControlBytes() throws Exception {
        Path in = in();
        byte[] bin = new byte[4096];
        new java.util.Random(7).nextBytes(bin);
        Files.write(in.resolve("blob.txt"), bin);
        Files.writeString(in.resolve("good.txt"), "Good title\n\nNeodymium output rose 10% in 2024.\n");
        Run r = run("ingest", "--data", data().toString(), in.toString());
        noTrace(r);
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("blob.txt: binary file"), r.toString());
        assertTrue(r.out().contains("1 article(s) added"), r.toString());
    }

    @Test
    void ingest_jsonLoneSurrogateEscape_becomesReplacementCharacterNotQuestionMark() throws Exception {
        Path in = in();
        Files.writeString(in.resolve("a.jsonl"),
                "{\"title\":\"Lone \\ud800 title\",\"source\":\"Src \\udc00\",\"text\":\"Yttrium \\ud800 exports fell.\"}\n");
        Run r = run("ingest", "--data", data().toString(), in.toString());
        noTrace(r);
        assertEquals(0, r.exit(), r.toString());
        JsonNode hits = Json.MAPPER.readTree(run("search", "--data", data().toString(), "yttrium", "--json").out());
        String id = hits.get(0).get("id").asText();
        JsonNode shown = Json.MAPPER.readTree(run("show", "--data", data().toString(), id, "--json").out());
        assertEquals("Lone \uFFFD title", shown.get("title").asText());
        assertEquals("Src \uFFFD", shown.get("source").asText());
        assertEquals("Yttrium \uFFFD exports fell.", shown.get("paragraphs").get(0).get("text").asText());
    }

    // ------------------------------------------------------------ terminal injection

    @Test
    void searchShowVerboseAndErrors_escapeAnsiAndOscSequencesFromNewsAndFileNames() throws Exception {
        Path in = in();
        String osc = "\u001B]0;pwned\u0007", csi = "\u001B[2J", c1 = "\u009B31m", bidi = "\u202E";
        Files.writeString(in.resolve("evil" + csi + ".txt"), "Gadolinium " + osc + "title" + bidi + "\n\n"
                + "Gadolinium prices " + csi + c1 + "rose 4% in 2025.\n");
        Files.write(in.resolve("empty" + osc + ".txt"), new byte[0]);
        Run ingest = run("ingest", "-v", "--data", data().toString(), in.toString());
        noTrace(ingest);
        assertEquals(1, ingest.exit(), ingest.toString());
        assertFalse(CONTROL.matcher(ingest.err() + ingest.out()).find(), ingest.toString());
        assertTrue(ingest.err().contains("evil\\u001B[2J.txt"), ingest.toString());
        assertTrue(ingest.err().contains("error: " + in + "/empty\\u001B]0;pwned\\u0007.txt: empty file"), ingest.toString());

        Run search = run("search", "--data", data().toString(), "gadolinium");
        assertEquals(0, search.exit(), search.toString());
        assertFalse(CONTROL.matcher(search.out()).find(), search.toString());
        assertTrue(search.out().contains("Gadolinium \\u001B]0;pwned\\u0007title\\u202E"), search.toString());

        Run json = run("search", "--data", data().toString(), "gadolinium", "--json");
        assertFalse(CONTROL.matcher(json.out()).find(), json.toString());
        JsonNode hit = Json.MAPPER.readTree(json.out()).get(0);
        assertEquals("Gadolinium " + osc + "title" + bidi, hit.get("title").asText(), "JSON keeps the text, escaped");

        Run show = run("show", "--data", data().toString(), hit.get("id").asText());
        assertEquals(0, show.exit(), show.toString());
        assertFalse(CONTROL.matcher(show.out()).find(), show.toString());
        assertTrue(show.out().contains("prices \\u001B[2J\\u009B31mrose"), show.toString());

        Run facts = run("facts", "--data", data().toString());
        assertFalse(CONTROL.matcher(facts.out() + facts.err()).find(), facts.toString());

        Run missing = run("show", "--data", data().toString(), "abcdef" + csi);
        assertNotEquals(0, missing.exit());
        assertFalse(CONTROL.matcher(missing.err()).find(), missing.toString());
    }

    // ------------------------------------------------------------ data directory paths

    @Test
    void ingestAndFacts_dataDirectoryNamedWithH2Init_refusedAtOnceAndNoSqlRuns() throws Exception {
        Path in = in();
        Files.writeString(in.resolve("good.txt"), "Good title\n\nNeodymium output rose 10% in 2024.\n");
        Path hostile = tmp.resolve("x;INIT=CREATE TABLE pwn(a int)--");
        for (List<String> args : List.of(List.of("ingest", in.toString()), List.of("facts"), List.of("reextract"))) {
            List<String> all = new java.util.ArrayList<>(args);
            all.add(1, "--data=" + hostile);
            Run r = run(all.toArray(String[]::new));
            noTrace(r);
            assertEquals(2, r.exit(), r.toString());
            if (!args.get(0).equals("reextract")) {
                assertTrue(r.err().contains("contains ';'") && r.err().contains("--data"), r.toString());
            }
        }
        assertFalse(Files.exists(hostile.resolve("index")), "refused before the index is written");
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("x")
                    && !f.equals(hostile)).toList(), "no database opened at the path before ';'");
        }
    }

    @Test
    void ingestAndFacts_dataDirectoryWithOtherUrlCharacters_worksAsAnyOther() throws Exception {
        Path in = in();
        Files.writeString(in.resolve("good.txt"), "Good title\n\nNeodymium output rose 10% in 2024.\n");
        Path odd = tmp.resolve("a b&c=d?e%20f#g'h");
        Run r = run("ingest", "--data", odd.toString(), in.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.exists(odd.resolve("db/monazite.mv.db")), "the store is where the directory says");
        Run doctor = run("doctor", "--data", odd.toString());
        assertEquals(0, doctor.exit(), doctor.toString());
        assertTrue(doctor.out().contains("fact store: 1 article(s)"), doctor.toString());
    }

    // ------------------------------------------------------------ scenario numbers

    @Test
    void scenario_hugeOrNonFiniteNumbers_clearErrorNamingLineAndFieldNoNaN() throws Exception {
        String good = Files.readString(Path.of("scenarios/china-dy-tb-japan-12-months.yaml"));
        int line = (int) good.lines().takeWhile(l -> !l.contains("units_per_year: 1000000,")).count() + 1;
        for (String bad : List.of("1e308", "1e999", ".inf", ".nan", "NaN", "Infinity", "2e12")) {
            Path file = tmp.resolve("bad.yaml");
            Files.writeString(file, good.replace("units_per_year: 1000000,", "units_per_year: " + bad + ","));
            for (String format : List.of("table", "json")) {
                Run r = run("scenario", file.toString(), "--format", format);
                noTrace(r);
                assertEquals(2, r.exit(), bad + "\n" + r);
                assertTrue(r.err().startsWith("monazite: " + file + ":" + line + ": supply.JP.Dy.demand.EV.units_per_year: "),
                        bad + "\n" + r);
                assertTrue(r.err().contains("must be between 0 and 1_000_000_000_000"), r.toString());
                assertFalse(r.out().contains("NaN"), r.toString());
            }
        }
        Run fine = run("scenario", "scenarios/china-dy-tb-japan-12-months.yaml", "--format", "json");
        assertEquals(0, fine.exit(), fine.toString());
        assertFalse(fine.out().contains("NaN"), fine.toString());
    }

    // ------------------------------------------------------------ query limits

    @Test
    void search_queriesBeyondParserLimits_oneLineExitTwoNoTrace() throws Exception {
        Path in = in();
        Files.writeString(in.resolve("good.txt"), "Good title\n\nNeodymium output rose 10% in 2024.\n");
        assertEquals(0, run("ingest", "--data", data().toString(), in.toString()).exit());
        StringBuilder many = new StringBuilder("w0");
        for (int i = 1; i < 1100; i++) {
            many.append(" OR w").append(i);
        }
        for (String q : List.of(many.toString(), "(".repeat(3000) + "a" + ")".repeat(3000),
                "/(a|b|c|d)*[a-z]{1,20}(x|y|z){1,30}(.*a.*){1,10}/")) {
            Run r = run("search", "--data", data().toString(), q);
            noTrace(r);
            assertEquals(2, r.exit(), r.toString());
            assertEquals(1, r.err().lines().count(), r.toString());
            assertTrue(r.err().length() < 600, "the message does not echo the whole query\n" + r);
        }
    }
}
