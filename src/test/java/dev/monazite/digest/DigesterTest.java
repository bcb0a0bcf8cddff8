package dev.monazite.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import dev.monazite.article.Article;
import dev.monazite.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The extractive digest over a real index of the samples: the checks issue 5 asks to hold. */
class DigesterTest {
    private static final List<String> HEADINGS = Stream.concat(Stream.of(ExtractiveSummariser.CORE),
            Arrays.stream(Theme.values()).map(Theme::heading)).toList();
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,]\\p{Nd}+)*");

    @TempDir
    static Path dir;

    static SampleIndex index;

    @BeforeAll
    static void ingest() throws IOException {
        index = SampleIndex.build(dir);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static Stream<String> workflows() {
        return Stream.of("稀土", "稀土产业链", "钕铁硼永磁体", "出口管制");
    }

    private static Digest digest(String workflow) throws IOException {
        Workflow w = dev.monazite.workflow.WorkflowBook.open(index.data).require(workflow);
        return index.digester(null).run(new DigestRequest(workflow, w, null, 50, Set.of(), null)).digest();
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void run_defaultWorkflow_findsStoriesNewestFirst(String workflow) throws IOException {
        Digest d = digest(workflow);
        assertFalse(d.stories().isEmpty(), workflow);
        assertEquals("extractive", d.overview().mode());
        List<String> dates = d.stories().stream().map(Digest.Story::published).filter(p -> p != null).toList();
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void run_everyCitation_existsInItsArticle(String workflow) throws IOException {
        for (Digest.Story s : digest(workflow).stories()) {
            Article a = index.article(s.article());
            for (Digest.Section sec : s.sections()) {
                for (Digest.Bullet b : sec.bullets()) {
                    assertFalse(b.cites().isEmpty(), b.text());
                    b.cites().forEach(n -> assertTrue(n >= 1 && n <= a.paragraphs().size(), s.article() + " [" + n + "]"));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void run_extractiveBullet_occursVerbatimInEveryCitedParagraph(String workflow) throws IOException {
        for (Digest.Story s : digest(workflow).stories()) {
            Article a = index.article(s.article());
            // verbatim but for the source's own footnote markers, which bullets leave out
            forEachBullet(s, b -> b.cites().forEach(n -> assertTrue(CitationMarkers.strip(a.paragraph(n).text())
                    .contains(b.text()),
                    s.article() + " [" + n + "] lacks: " + b.text())));
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void run_numberInBullet_occursInACitedParagraph(String workflow) throws IOException {
        for (Digest.Story s : digest(workflow).stories()) {
            Article a = index.article(s.article());
            forEachBullet(s, b -> {
                Matcher m = NUMBER.matcher(b.text());
                while (m.find()) {
                    String number = m.group();
                    assertTrue(b.cites().stream().anyMatch(n -> a.paragraph(n).text().contains(number)),
                            number + " of '" + b.text() + "' is in none of " + b.cites());
                }
                assertNull(new Grounding(index.lexicon).problem(b.text(),
                        b.cites().stream().map(n -> a.paragraph(n).text()).toList(), Grounding.lang(a.lang())));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void run_bullets_neverRepeatOneAnother(String workflow) throws IOException {
        Set<String> texts = new HashSet<>();
        List<Set<String>> said = new ArrayList<>();
        for (Digest.Story s : digest(workflow).stories()) {
            forEachBullet(s, b -> {
                assertTrue(texts.add(b.text()), "repeated: " + b.text());
                Set<String> units = Shingles.of(b.text());
                said.forEach(x -> assertTrue(Shingles.similarity(x, units) < ExtractiveSummariser.SAME,
                        "near-repeat: " + b.text()));
                said.add(units);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void run_sections_coreInsightsFirstThenFixedTaxonomy(String workflow) throws IOException {
        for (Digest.Story s : digest(workflow).stories()) {
            List<String> headings = s.sections().stream().map(Digest.Section::heading).toList();
            assertTrue(HEADINGS.containsAll(headings), headings.toString());
            List<Integer> order = headings.stream().map(HEADINGS::indexOf).toList();
            assertEquals(order.stream().sorted().toList(), order, "taxonomy order");
            if (!headings.isEmpty()) {
                assertEquals(ExtractiveSummariser.CORE, headings.get(0), s.article());
                int core = s.sections().get(0).bullets().size();
                assertTrue(core >= 1 && core <= 4, s.article() + ": " + core + " core bullets");
            }
        }
    }

    @Test
    void run_industryChain_mostStoriesHaveTwoToFourCoreInsights() throws IOException {
        List<Digest.Story> stories = digest("稀土产业链").stories();
        long good = stories.stream().filter(s -> !s.sections().isEmpty()
                && s.sections().get(0).bullets().size() >= 2).count();
        assertTrue(good >= stories.size() * 0.8, good + " of " + stories.size());
    }

    @Test
    void run_industryChain_headerHasFiguresEventsAndConflicts() throws IOException {
        Digest.Overview o = digest("稀土产业链").overview();
        assertFalse(o.figures().isEmpty());
        assertFalse(o.policies().isEmpty());
        assertFalse(o.conflicts().isEmpty());
        for (Digest.Figure f : o.figures()) {
            Article a = index.article(f.article());
            assertTrue(a.title().contains(f.evidence())
                    || a.paragraphs().stream().anyMatch(p -> p.text().contains(f.evidence())), f.evidence());
        }
    }

    @Test
    void run_since_keepsOnlyLaterStoriesAndSetsWindow() throws IOException {
        Workflow w = DigestRequest.adHoc("稀土");
        Digest d = index.digester(null).run(new DigestRequest(null, w,
                java.time.LocalDate.of(2026, 1, 1), 50, Set.of(), null)).digest();
        assertEquals("2026-01-01", d.window().from());
        assertFalse(d.stories().isEmpty());
        d.stories().forEach(s -> assertTrue(s.published().compareTo("2026-01-01") >= 0, s.published()));
    }

    @Test
    void run_workflowDays_windowCountsBackFromTheClock() throws IOException {
        Workflow w = new Workflow("recent", "稀土", List.of(), List.of(), List.of(), 10);
        Digest d = index.digester(null).run(new DigestRequest("recent", w, null, 50, Set.of(), null)).digest();
        assertEquals("2026-02-02", d.window().from());
        d.stories().forEach(s -> assertTrue(s.published().compareTo("2026-02-02") >= 0, s.published()));
    }

    @Test
    void run_skipClusters_leavesThemOut() throws IOException {
        Workflow w = DigestRequest.adHoc("稀土");
        Digester.Result all = index.digester(null).run(new DigestRequest(null, w, null, 50, Set.of(), null));
        Set<String> skip = Set.copyOf(all.clusters().subList(0, 3));
        Digester.Result rest = index.digester(null).run(new DigestRequest(null, w, null, 50, skip, null));
        assertEquals(all.clusters().size() - 3, rest.clusters().size());
        rest.clusters().forEach(c -> assertFalse(skip.contains(c)));
    }

    @ParameterizedTest
    @EnumSource(DigestFormat.class)
    void render_sameInput_byteIdenticalOutput(DigestFormat format) throws IOException {
        String first = format.render(digest("稀土产业链"));
        String second = format.render(digest("稀土产业链"));
        assertEquals(first, second);
        assertTrue(first.endsWith("\n"));
    }

    @Test
    void render_json_hasExactlyTheIssueShape() throws IOException {
        JsonNode root = Json.MAPPER.readTree(DigestFormat.json.render(digest("稀土产业链")));
        assertEquals(List.of("workflow", "window", "overview", "stories"), names(root));
        assertEquals("稀土产业链", root.get("workflow").asText());
        JsonNode story = root.get("stories").get(0);
        assertEquals(List.of("article", "title", "source", "published", "outlets", "sections"), names(story));
        JsonNode section = story.get("sections").get(0);
        assertEquals(List.of("heading", "bullets"), names(section));
        JsonNode bullet = section.get("bullets").get(0);
        assertEquals(List.of("text", "cites"), names(bullet));
        assertTrue(bullet.get("cites").get(0).isInt());
        assertNotNull(index.searcher.get(story.get("article").asText()).orElse(null), "show accepts the id");
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void render_markdownAndHtml_carryEveryBulletAndCitation() throws IOException {
        Digest d = digest("稀土产业链");
        String md = DigestFormat.md.render(d);
        String html = DigestFormat.html.render(d);
        for (Digest.Story s : d.stories()) {
            assertTrue(md.contains(s.article()) && html.contains(s.article()), s.article());
            forEachBullet(s, b -> {
                assertTrue(md.contains(MarkdownRenderer.esc(b.text()) + " " + MarkdownRenderer.cites(b.cites())),
                        b.text());
                assertTrue(html.contains(HtmlRenderer.esc(b.text())), b.text());
            });
        }
    }

    private static void forEachBullet(Digest.Story s, java.util.function.Consumer<Digest.Bullet> check) {
        s.sections().forEach(sec -> sec.bullets().forEach(check));
    }
}
