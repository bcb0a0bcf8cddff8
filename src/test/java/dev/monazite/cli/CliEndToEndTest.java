package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.Fixtures;
import dev.monazite.article.Json;
import dev.monazite.index.StoredArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The command line run in-process, end to end, on a real index in a temporary directory. */
class CliEndToEndTest {
    private static final String SUMMARY_FIRST =
            "3 file(s) read, 21 article(s) added, 1 duplicate(s) merged, 0 unchanged, 0 file(s) failed";
    private static final Set<String> HIT_FIELDS = Set.of("id", "title", "source", "published", "lang", "file",
            "paragraph", "snippet", "score", "cluster", "members", "url");
    private static final Set<String> SHOW_FIELDS = Set.of("id", "title", "source", "published", "lang", "files",
            "cluster", "paragraphs");

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    /** What one run of the command line did. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            exit = Main.run(args);
            o.flush();
            e.flush();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The samples, ingested once for the tests that only read them. */
    private static Path indexed() {
        return shared.resolve("data");
    }

    @BeforeAll
    static void ingestSamplesOnce() throws Exception {
        Path corpus = Fixtures.corpus(shared);
        Run r = run("ingest", "--data", indexed().toString(), corpus.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains(SUMMARY_FIRST), r.toString());
    }

    private Path data() {
        return tmp.resolve("data");
    }

    private Path ingestSamples() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Run r = run("ingest", "--data", data().toString(), corpus.toString());
        assertEquals(0, r.exit(), r.toString());
        return corpus;
    }

    // ---------------------------------------------------------------- help

    @TestFactory
    Stream<DynamicTest> help_everyCommandAndSubcommand_exitsZeroAndShowsItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        paths.add(List.of());
        collect(new CommandLine(new Main()), new ArrayList<>(), paths, new IdentityHashMap<>());
        assertTrue(paths.size() >= 8, "expected the root, ingest, search, show, demo, bench (+2), help: " + paths);
        return paths.stream().map(path -> DynamicTest.dynamicTest(
                "monazite " + String.join(" ", path) + " --help", () -> {
                    List<String> args = new ArrayList<>(path);
                    args.add("--help");
                    Run r = run(args.toArray(String[]::new));
                    String qualified = String.join(" ", Stream.concat(Stream.of("monazite"), path.stream()).toList());
                    assertEquals(0, r.exit(), r.toString());
                    assertTrue(r.out().contains("Usage: " + qualified), r.toString());
                    assertTrue(r.out().contains("--help"), r.toString());
                    assertEquals("", r.err(), r.toString());
                }));
    }

    // Walks the command tree; aliases map to the same CommandLine and are visited once.
    private static void collect(CommandLine cli, List<String> prefix, List<List<String>> out,
                                Map<CommandLine, Boolean> seen) {
        for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
            if (seen.put(e.getValue(), true) != null) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getValue().getCommandName());
            out.add(path);
            collect(e.getValue(), path, out, seen);
        }
    }

    @Test
    void help_helpSubcommandWithName_printsThatCommandsUsage() {
        Run r = run("help", "search");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Usage: monazite search"), r.toString());
        assertTrue(r.out().contains("--limit"), r.toString());
    }

    @Test
    void root_noArguments_printsUsageAndExitsZero() {
        Run r = run();
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Usage: monazite"), r.toString());
        for (String sub : List.of("ingest", "search", "show")) {
            assertTrue(r.out().contains(sub), sub + " missing from\n" + r);
        }
    }

    @Test
    void version_root_printsVersion() {
        Run r = run("--version");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("monazite "), r.toString());
    }

    // ---------------------------------------------------------------- ingest

    @Test
    void ingest_samples_printsSummaryAndExitsZero() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Run r = run("ingest", "--data", data().toString(), corpus.toString());
        assertEquals(0, r.exit(), r.toString());
        // 000: one Vietnamese article printed twice (1 added, 1 merged); 001 and 002: 10 dated items each.
        assertTrue(r.out().contains(SUMMARY_FIRST), r.toString());
        assertEquals("", r.err(), r.toString());
        try (ArticleSearcher s = ArticleSearcher.open(data())) {
            assertEquals(21, s.size());
        }
    }

    @Test
    void ingest_twice_secondRunAddsNothing() throws Exception {
        Path corpus = ingestSamples();
        Run r = run("ingest", "--data", data().toString(), corpus.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("0 article(s) added"), r.toString());
        assertTrue(r.out().contains("21 unchanged"), r.toString());
        assertTrue(r.out().contains("0 file(s) failed"), r.toString());
        try (ArticleSearcher s = ArticleSearcher.open(data())) {
            assertEquals(21, s.size());
        }
    }

    @Test
    void ingest_globalOptionsBeforeSubcommand_areHonoured() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Run r = run("--data", data().toString(), "--quiet", "ingest", corpus.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.out(), "--quiet prints no summary\n" + r);
        try (ArticleSearcher s = ArticleSearcher.open(data())) {
            assertEquals(21, s.size());
        }
    }

    @Test
    void ingest_quietAfterSubcommand_printsNothing() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Run r = run("ingest", "-q", "--data", data().toString(), corpus.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.out(), r.toString());
        assertEquals("", r.err(), r.toString());
    }

    @Test
    void ingest_verbose_printsALinePerFile() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Run r = run("ingest", "--data", data().toString(), "-v", corpus.toString());
        assertEquals(0, r.exit(), r.toString());
        for (String f : List.of(Fixtures.VI, Fixtures.EN, Fixtures.ZH)) {
            assertTrue(r.err().contains(f), f + " not mentioned\n" + r);
        }
        assertTrue(r.out().contains(SUMMARY_FIRST), r.toString());
    }

    @Test
    void ingest_goodAndEmptyFile_exitsOneNamesEmptyFileAndKeepsGoodArticle() throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("good.txt"), "Good title\n\nRare earth prices rose sharply in February.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = run("ingest", "--data", data().toString(), dir.toString());
        assertEquals(1, r.exit(), r.toString());
        List<String> errorLines = r.err().lines().filter(l -> l.contains("empty.txt")).toList();
        assertEquals(1, errorLines.size(), r.toString());
        assertTrue(errorLines.get(0).startsWith("error: "), r.toString());
        assertTrue(errorLines.get(0).contains("empty"), r.toString());
        assertFalse(r.err().contains("good.txt"), r.toString());
        assertTrue(r.out().contains("1 file(s) read, 1 article(s) added"), r.toString());
        assertTrue(r.out().contains("1 file(s) failed"), r.toString());

        Run search = run("search", "--data", data().toString(), "rare", "earth", "--json");
        assertEquals(0, search.exit(), search.toString());
        JsonNode hits = Json.MAPPER.readTree(search.out());
        assertEquals(1, hits.size(), search.toString());
        assertEquals("Good title", hits.get(0).get("title").asText());
        assertEquals("good.txt", hits.get(0).get("file").asText());
    }

    @Test
    void ingest_missingPath_exitsOneAndNamesIt() {
        Path missing = tmp.resolve("no-such-dir");
        Run r = run("ingest", "--data", data().toString(), missing.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("no-such-dir"), r.toString());
        assertTrue(r.err().contains("no such file or directory"), r.toString());
    }

    // ---------------------------------------------------------------- search and show

    @Test
    void search_traditionalQueryJson_findsSimplifiedHitsWithExactFields() throws Exception {
        Run r = run("search", "--data", indexed().toString(), "鏑", "--json");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err(), r.toString());
        JsonNode hits = Json.MAPPER.readTree(r.out());
        assertTrue(hits.isArray(), r.toString());
        assertTrue(hits.size() >= 1, r.toString());
        boolean zhHans = false;
        for (JsonNode h : hits) {
            assertEquals(HIT_FIELDS, fieldNames(h), h.toString());
            assertTrue(h.get("paragraph").isInt() && h.get("paragraph").asInt() >= 1, h.toString());
            assertTrue(h.get("score").isNumber(), h.toString());
            assertTrue(h.get("members").isArray(), h.toString());
            assertFalse(h.get("file").asText().contains("/"), "file is a bare name: " + h);
            // the entity-aware query also finds articles naming dysprosium in other languages: each hit marks a name
            assertTrue(h.get("snippet").asText().contains("«"), h.toString());
            zhHans |= "zh-Hans".equals(h.get("lang").asText());
        }
        assertTrue(zhHans, r.toString());
    }

    @Test
    void show_firstSearchHitJson_hasNumberedParagraphsAndTheHitsParagraph() throws Exception {
        Run search = run("search", "--data", indexed().toString(), "鏑", "--json");
        assertEquals(0, search.exit(), search.toString());
        JsonNode hit = Json.MAPPER.readTree(search.out()).get(0);
        String text = showAndCheckAnchor(hit);
        if (hit.get("lang").asText().startsWith("zh")) {
            assertTrue(text.contains("镝"), "paragraph " + hit.get("paragraph") + " is the hit's anchor: " + text);
        }
    }

    @Test
    void show_everyChineseHitOfTraditionalQuery_anchorParagraphContainsSimplifiedForm() throws Exception {
        Run search = run("search", "--data", indexed().toString(), "鏑", "--json", "--lang", "zh-Hans");
        assertEquals(0, search.exit(), search.toString());
        JsonNode hits = Json.MAPPER.readTree(search.out());
        assertTrue(hits.size() >= 1, search.toString());
        for (JsonNode hit : hits) {
            String text = showAndCheckAnchor(hit);
            assertTrue(text.contains("镝"), "paragraph " + hit.get("paragraph") + " is the hit's anchor: " + text);
        }
    }

    @Test
    void show_everyHitOfTraditionalQuery_anchorParagraphHoldsTheSnippet() throws Exception {
        Run search = run("search", "--data", indexed().toString(), "鏑", "--json");
        assertEquals(0, search.exit(), search.toString());
        for (JsonNode hit : Json.MAPPER.readTree(search.out())) {
            showAndCheckAnchor(hit);
        }
    }

    /**
     * Runs show --json for a search hit, checks the article's shape and that the hit's paragraph
     * holds the snippet and its marked terms; returns that paragraph's text.
     */
    private String showAndCheckAnchor(JsonNode hit) throws Exception {
        String id = hit.get("id").asText();
        Run r = run("show", "--data", indexed().toString(), id, "--json");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err(), r.toString());
        JsonNode a = Json.MAPPER.readTree(r.out());
        assertEquals(SHOW_FIELDS, fieldNames(a), r.toString());
        assertEquals(id, a.get("id").asText());
        assertEquals(hit.get("title").asText(), a.get("title").asText());
        assertEquals(hit.get("source"), a.get("source"));
        assertEquals(hit.get("lang").asText(), a.get("lang").asText());
        assertEquals(hit.get("cluster").asText(), a.get("cluster").asText());
        assertEquals(hit.get("published"), a.get("published"));
        assertTrue(a.get("files").isArray() && a.get("files").size() >= 1, r.toString());
        // base names, as search hits and the API name files: one article shape everywhere
        assertEquals(hit.get("file").asText(), a.get("files").get(0).asText(), r.toString());

        JsonNode paragraphs = a.get("paragraphs");
        assertTrue(paragraphs.isArray() && paragraphs.size() >= 1, r.toString());
        for (int i = 0; i < paragraphs.size(); i++) {
            JsonNode p = paragraphs.get(i);
            assertEquals(Set.of("n", "text"), fieldNames(p), p.toString());
            assertEquals(i + 1, p.get("n").asInt(), r.toString());
            assertFalse(p.get("text").asText().isBlank(), p.toString());
        }
        int n = hit.get("paragraph").asInt();
        assertTrue(n >= 1 && n <= paragraphs.size(), "hit paragraph " + n + " of " + paragraphs.size());
        String text = paragraphs.get(n - 1).get("text").asText();
        String snippet = hit.get("snippet").asText();
        String plain = snippet.replace("«", "").replace("»", "").replace("…", "").strip();
        assertTrue(text.contains(plain), "snippet " + snippet + " is not from paragraph " + n + ": " + text);
        Matcher marked = Pattern.compile("«([^»]*)»").matcher(snippet);
        assertTrue(marked.find(), "the snippet marks no match: " + snippet);
        do {
            assertTrue(text.contains(marked.group(1)), marked.group(1) + " not in paragraph " + n + ": " + text);
        } while (marked.find());
        return text;
    }

    @Test
    void show_plainText_printsTitleAndNumberedParagraphs() throws Exception {
        String id;
        try (ArticleSearcher s = ArticleSearcher.open(indexed())) {
            id = s.all().get(0).article().id();
        }
        Run r = run("show", id, "--data", indexed().toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("id " + id), r.toString());
        assertTrue(r.out().contains("[1] "), r.toString());
    }

    @Test
    void show_uniquePrefixOfSixCharacters_findsTheArticle() throws Exception {
        StoredArticle first;
        try (ArticleSearcher s = ArticleSearcher.open(indexed())) {
            first = s.all().get(0);
        }
        String id = first.article().id();
        Run r = run("show", "--data", indexed().toString(), id.substring(0, 6), "--json");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(id, Json.MAPPER.readTree(r.out()).get("id").asText());
    }

    @Test
    void show_unknownId_exitsNonZeroAndNamesTheIdOnStderr() throws Exception {
        String id = "zzzzzzzz-no-such-article";
        Run r = run("show", "--data", indexed().toString(), id);
        assertNotEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains(id), r.toString());
        assertFalse(r.err().contains("internal error"), r.toString());
        assertFalse(r.err().contains("\tat "), "no stack trace for a user error\n" + r);
        assertEquals("", r.out(), r.toString());
    }

    @Test
    void search_emptyDataDir_exitsNonZeroAndSaysToIngestFirst() throws Exception {
        Files.createDirectories(data());
        Run r = run("search", "--data", data().toString(), "rare");
        assertNotEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("ingest"), r.toString());
        assertTrue(r.err().contains("first"), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
        assertEquals("", r.out(), r.toString());
    }

    @Test
    void show_missingDataDir_exitsNonZeroAndSaysToIngestFirst() {
        Run r = run("show", "--data", tmp.resolve("never-created").toString(), "abcdef");
        assertNotEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("ingest"), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
    }

    @Test
    void search_noMatches_printsNoMatchesAndExitsZero() throws Exception {
        Run r = run("search", "--data", indexed().toString(), "xylophonequartz");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("no matches"), r.toString());
        Run json = run("search", "--data", indexed().toString(), "xylophonequartz", "--json");
        assertEquals(0, json.exit(), json.toString());
        JsonNode hits = Json.MAPPER.readTree(json.out());
        assertTrue(hits.isArray() && hits.isEmpty(), json.toString());
    }

    @Test
    void search_table_printsRankedHitsWithIds() throws Exception {
        Run r = run("search", "--data", indexed().toString(), "鏑", "--limit", "2");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains(" 1. "), r.toString());
        assertTrue(r.out().contains(" · id "), r.toString());
        assertFalse(r.out().contains(" 3. "), "--limit 2 shows at most two stories\n" + r);
    }

    @Test
    void search_langFilter_returnsOnlyThatLanguage() throws Exception {
        Run r = run("search", "--data", indexed().toString(), "--lang", "vi", "hiếm", "--json");
        assertEquals(0, r.exit(), r.toString());
        JsonNode hits = Json.MAPPER.readTree(r.out());
        assertTrue(hits.size() >= 1, r.toString());
        for (JsonNode h : hits) {
            assertEquals("vi", h.get("lang").asText(), h.toString());
        }
    }

    // ---------------------------------------------------------------- bad arguments

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(List.of("search", "--limit", "0", "x"), "--limit"),
                Arguments.of(List.of("search", "--limit", "1001", "x"), "--limit"),
                Arguments.of(List.of("search", "--limit", "ten", "x"), "--limit"),
                Arguments.of(List.of("search", "--from", "2026-13-01", "x"), "--from"),
                Arguments.of(List.of("search", "--from", "2026-02-10", "--to", "2026-02-01", "x"), "--from"),
                Arguments.of(List.of("search", "\"unclosed"), "query"),
                Arguments.of(List.of("search"), "QUERY"),
                Arguments.of(List.of("ingest"), "PATH"),
                Arguments.of(List.of("show"), "ID"),
                Arguments.of(List.of("search", "--no-such-option", "x"), "--no-such-option"),
                Arguments.of(List.of("frobnicate"), "frobnicate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void badArguments_exitNonZeroWithClearMessage(List<String> args, String mentioned) throws Exception {
        // the index exists: the error must come from the arguments
        List<String> all = new ArrayList<>(args);
        all.add(1 <= all.size() ? 1 : 0, "--data=" + indexed());
        Run r = run(all.toArray(String[]::new));
        assertNotEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains(mentioned), "stderr should mention " + mentioned + "\n" + r);
        assertFalse(r.err().contains("internal error"), r.toString());
        assertFalse(r.err().contains("\tat "), "no stack trace for a user error\n" + r);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
