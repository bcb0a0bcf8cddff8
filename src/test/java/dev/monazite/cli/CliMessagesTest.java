package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The errors a user or the machine causes, run through Main: each is one line on stderr that names
 * the bad value and says what is accepted or what to do, with no usage dump, parser internals or trace.
 */
class CliMessagesTest {
    @TempDir
    static Path shared;

    private static Path data;

    @BeforeAll
    static void ingestOneSmallFile() throws Exception {
        Path news = shared.resolve("news.txt");
        Files.writeString(news, "Lanthanum Oxide Prices Climb\nExample Wire · 2026-03-02 09:00\n"
                + "Lanthanum oxide rose 4% in March as buyers in Ningbo restocked ahead of the spring orders.\n",
                StandardCharsets.UTF_8);
        data = shared.resolve("data");
        CliEndToEndTest.Run r = CliEndToEndTest.run("ingest", "--data", data.toString(), news.toString());
        assertEquals(0, r.exit(), r.toString());
    }

    /** Exit status 2 and exactly one line, starting "monazite: ", holding every expected part. */
    static void assertOneLine(CliEndToEndTest.Run r, String... parts) {
        assertEquals(2, r.exit(), r.toString());
        // the fuzz tests' agent, when they share this JVM, reports each class it instruments on stderr
        List<String> lines = r.err().strip().lines().filter(l -> !l.startsWith("INFO: Instrumented ")).toList();
        assertEquals(1, lines.size(), "one line on stderr\n" + r);
        String line = lines.get(0);
        assertTrue(line.startsWith("monazite: "), r.toString());
        for (String p : parts) {
            assertTrue(line.contains(p), "the line should name " + p + "\n" + r);
        }
        for (String internal : List.of("internal error", "Exception", "Usage:", "Encountered", "lexical state",
                "\tat ", "java.")) {
            assertFalse(r.err().contains(internal), "no " + internal + " for a user's error\n" + r);
        }
    }

    private static CliEndToEndTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--data=" + data);
        return CliEndToEndTest.run(all.toArray(String[]::new));
    }

    @Test
    void serve_portInUse_saysWhichPortAndToChooseAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliEndToEndTest.Run r = run("serve", "--port", String.valueOf(port));
            assertOneLine(r, "port " + port, "already in use", "--port");
        }
    }

    @Test
    void serve_portOutOfRange_saysWhatAPortIs() {
        assertOneLine(run("serve", "--port", "70000"), "70000", "1 to 65535");
    }

    static Stream<Arguments> badDates() {
        return Stream.of(
                Arguments.of(List.of("search", "--from", "2025-13-01", "lanthanum"), "2025-13-01", "YYYY-MM-DD"),
                Arguments.of(List.of("search", "--to", "yesterday", "lanthanum"), "yesterday", "YYYY-MM-DD"),
                Arguments.of(List.of("facts", "--from", "2025-1"), "2025-1", "YYYY, YYYY-MM or YYYY-MM-DD"),
                Arguments.of(List.of("facts", "--to", "March"), "March", "YYYY, YYYY-MM or YYYY-MM-DD"),
                Arguments.of(List.of("timeline", "--from", "2025/03"), "2025/03", "YYYY, YYYY-MM or YYYY-MM-DD"),
                Arguments.of(List.of("timeline", "--to", "2025-02-30x"), "2025-02-30x", "YYYY, YYYY-MM or YYYY-MM-DD"),
                Arguments.of(List.of("digest", "--query", "lanthanum", "--since", "last week"), "last week", "YYYY-MM-DD"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDates")
    void badDate_namesTheValueAndTheFormsAccepted(List<String> args, String value, String accepted) {
        assertOneLine(run(args.toArray(String[]::new)), "'" + value + "'", accepted);
    }

    @Test
    void search_unknownLanguage_namesItAndTheLanguagesAccepted() {
        assertOneLine(run("search", "--lang", "fr", "lanthanum"), "'fr'", "zh-Hans, zh-Hant, en, vi, ja");
    }

    @Test
    void workflowAdd_unknownLanguage_namesItAndTheLanguagesAccepted() {
        assertOneLine(run("workflow", "add", "watch", "--query", "lanthanum", "--lang", "english"), "'english'",
                "zh-Hans, zh-Hant, en, vi, ja");
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("title:(lanthanum", "'(' is not closed"),
                Arguments.of("lanthanum)", "')' has no '('"),
                Arguments.of("lanthanum AND", "AND has nothing to join"),
                Arguments.of("OR lanthanum", "OR has nothing to join"),
                Arguments.of("\"lanthanum oxide", "quote \" is not closed"),
                Arguments.of("author:smith", "'author:' is not a field"),
                Arguments.of("title: lanthanum", "'title:' has no value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQueries")
    void search_querySyntaxError_saysWhatIsWrongAndListsTheFields(String query, String problem) {
        CliEndToEndTest.Run r = run("search", query);
        assertOneLine(r, query, problem, "title, body, source, lang, entity, place, concept");
    }

    @Test
    void search_fieldsTheHelpLists_areAccepted() {
        for (String q : List.of("title:lanthanum", "body:ningbo", "source:example", "lang:en", "entity:La",
                "place:CN", "concept:price_control", "\"oxide: rose\" lanthanum", "lanthanum 09:00")) {
            CliEndToEndTest.Run r = run("search", q);
            assertEquals(0, r.exit(), q + "\n" + r);
        }
    }

    @Test
    void badOptionValue_isOneLineNamingTheOptionAndTheHelp() {
        assertOneLine(run("search", "--limit", "ten", "lanthanum"), "--limit", "'ten'", "monazite search --help");
        assertOneLine(run("facts", "--format", "pdf"), "--format", "xlsx", "monazite facts --help");
        assertOneLine(run("conflicts", "--colour"), "--colour", "monazite conflicts --help");
    }

    @Test
    void xlsxWithoutOutput_isOneLineSayingToAddOutput() {
        for (String view : List.of("facts", "conflicts", "timeline", "chain")) {
            assertOneLine(run(view, "--format", "xlsx"), "--output FILE.xlsx");
        }
        assertOneLine(run("series", "La", "--format", "xlsx"), "--output FILE.xlsx");
    }

    @Test
    void view_missingDataDirectory_saysToIngestFirst() {
        Path missing = shared.resolve("never-made");
        CliEndToEndTest.Run r = CliEndToEndTest.run("facts", "--data", missing.toString());
        assertOneLine(r, missing.toString(), "monazite ingest");
        assertFalse(Files.exists(missing), "a read-only view creates no data directory");
    }

    @Test
    void dataDirectoryThatIsAFile_namesThePath() throws Exception {
        Path file = Files.writeString(shared.resolve("not-a-dir"), "x");
        assertOneLine(CliEndToEndTest.run("ingest", "--data", file.toString(), shared.resolve("news.txt").toString()),
                file.toString());
        assertOneLine(CliEndToEndTest.run("timeline", "--data", file.toString()), file.toString());
    }
}
