package dev.monazite.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.cli.Main;
import dev.monazite.article.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest command end to end, on the samples plus one hostile article. */
class DigestCliTest {
    private static final String HOSTILE = "Rare earth magnets <script>alert('x')</script> & \"quotes\"";

    @TempDir
    static Path dir;

    static Path data;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void ingest() throws Exception {
        Path corpus = dev.monazite.index.Fixtures.corpus(dir);
        Files.writeString(corpus.resolve("hostile.txt"), HOSTILE + "\n\n"
                + "China exported 1,234 tons of rare earth magnets <script>alert('x')</script> to Europe in March 2026, "
                + "a record for the month.\n\n"
                + "Prices of rare earth oxides rose by 12 percent <img src=x onerror=alert(1)> in the same week, "
                + "traders in Shanghai said.\n", StandardCharsets.UTF_8);
        String story = "China exported 1,234 tons of rare earth magnets to Europe in March 2026, a record for the "
                + "month, customs data showed on Monday.\n\nPrices of rare earth oxides rose by 12 percent in the same "
                + "week, traders in Shanghai said, as buyers rushed to restock.\n";
        Files.writeString(corpus.resolve("outlet-a.txt"), "Magnet exports hit a record\n\n" + story);
        Files.writeString(corpus.resolve("outlet-b.txt"), "Magnet exports hit a record high\n\n" + story
                + "\nAnalysts expect more.\n");
        data = dir.resolve("data");
        assertEquals(0, run("ingest", "--data", data.toString(), corpus.toString()).exit());
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
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run digest(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "digest";
        all[1] = "--data";
        all[2] = data.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        Run r = run(all);
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    @Test
    void digest_html_escapesHostileArticleText() {
        String html = digest("--query", "magnets", "--format", "html").out();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        assertFalse(html.contains("<script"), "an article's script tag reached the page");
        assertFalse(html.contains("<img"), "an article's img tag reached the page");
        assertTrue(html.contains("<style>") && !html.contains("<link") && !html.contains("src=\"http"),
                "standalone: styles inline, nothing fetched");
    }

    @Test
    void digest_storyCarriedTwice_isOneStoryWithTheOtherOutlet() throws Exception {
        // a phrase: "restock" alone names a concept, and would find other stocking stories in any language
        JsonNode d = Json.MAPPER.readTree(digest("--query", "\"buyers rushed to restock\"", "--format", "json").out());
        assertEquals(1, d.get("stories").size());
        assertEquals(2, d.get("overview").get("articles").asInt());
        JsonNode story = d.get("stories").get(0);
        assertEquals(1, story.get("outlets").size());
        assertFalse(story.get("outlets").get(0).get("article").asText().equals(story.get("article").asText()));
        assertEquals("\"buyers rushed to restock\"", d.get("overview").get("query").asText());
    }

    @Test
    void digest_markdown_escapesHostileArticleText() {
        String md = digest("--query", "magnets", "--format", "md").out();
        assertFalse(md.contains("<script>"), md);
        assertTrue(md.contains("\\<script\\>"), md);
    }

    @Test
    void digest_newTwice_secondRunShowsOnlyUnseenStories() throws Exception {
        assertEquals(0, run("workflow", "add", "alerts", "--query", "稀土", "--data", data.toString()).exit());
        Set<String> seen = articles(digest("--workflow", "alerts", "--since", "2026-01-01", "--format", "json"));
        Set<String> all = articles(digest("--query", "稀土", "--format", "json"));
        assertFalse(seen.isEmpty());
        assertTrue(all.containsAll(seen) && all.size() > seen.size());

        Set<String> fresh = articles(digest("--workflow", "alerts", "--new", "--format", "json"));
        Set<String> expected = new HashSet<>(all);
        expected.removeAll(seen);
        assertEquals(expected, fresh);

        assertEquals(Set.of(), articles(digest("--workflow", "alerts", "--new", "--format", "json")),
                "everything has been shown");
    }

    private static Set<String> articles(Run r) throws Exception {
        Set<String> out = new HashSet<>();
        Json.MAPPER.readTree(r.out()).get("stories").forEach(s -> out.add(s.get("article").asText()));
        return out;
    }

    @Test
    void digest_industryChainWithoutModel_rendersAllThreeFormats() throws Exception {
        String md = digest("--workflow", "稀土产业链", "--format", "md").out();
        assertTrue(md.startsWith("# Digest: 稀土产业链"));
        assertTrue(md.contains("**Core insights**"));
        String html = digest("--workflow", "稀土产业链", "--format", "html").out();
        assertTrue(html.contains("<h3>Core insights</h3>"));
        JsonNode json = Json.MAPPER.readTree(digest("--workflow", "稀土产业链", "--format", "json").out());
        assertEquals("extractive", json.get("overview").get("mode").asText());
    }

    @Test
    void digest_langWithoutModel_saysSoInANotice() throws Exception {
        JsonNode json = Json.MAPPER.readTree(digest("--query", "稀土", "--lang", "en", "--format", "json").out());
        assertTrue(json.get("overview").get("notices").get(0).asText().contains("MONAZITE_LLM_URL"));
    }

    @Test
    void digest_errors_oneLineAndExitTwo() {
        Run unknown = run("digest", "--data", data.toString(), "--workflow", "nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no workflow named 'nope'"), unknown.err());
        Run newWithQuery = run("digest", "--data", data.toString(), "--query", "稀土", "--new");
        assertEquals(2, newWithQuery.exit());
        assertTrue(newWithQuery.err().contains("--new needs --workflow"), newWithQuery.err());
        Run badDate = run("digest", "--data", data.toString(), "--query", "稀土", "--since", "yesterday");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("--since 'yesterday'"), badDate.err());
    }
}
