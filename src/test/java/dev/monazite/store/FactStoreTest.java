package dev.monazite.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.monazite.cli.Main;
import dev.monazite.index.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The store and its views on the sample corpus, on embedded H2 and on a real PostgreSQL server. */
class FactStoreTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> backends() {
        return Stream.of(Arguments.of("h2"), Arguments.of("postgresql"));
    }

    private String url(String backend) throws Exception {
        if (backend.equals("h2")) {
            return null;
        }
        assumeTrue(Backends.postgres() != null, Backends.PG_ENV + " is not set (.ci/run sets it)");
        return Backends.freshPostgres();
    }

    private void ingest(Path data, String url, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("ingest", "--quiet", "--data", data.toString()));
        if (url != null) {
            args.addAll(List.of("--db", url));
        }
        for (Path p : inputs) {
            args.add(p.toString());
        }
        assertEquals(0, Main.run(args.toArray(String[]::new)));
    }

    private static FactStore open(Path data, String url) {
        return FactStore.open(data, url);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void conflicts_onSamples_includeChinasRefiningShareWithDistinctValuesAndSources(String backend) throws Exception {
        String url = url(backend);
        Path data = tmp.resolve("data");
        ingest(data, url, Fixtures.corpus(tmp));
        try (FactStore store = open(data, url)) {
            // undated shares are compared with those of their publication year: the undated article (000) apart
            Conflict refining = ConflictFinder.find(store, FactFilter.ALL).stream()
                    .filter(c -> c.type().equals("share") && "CN".equals(c.key().get("subject"))
                            && "refining".equals(c.key().get("metric")) && "WORLD".equals(c.key().get("scope"))
                            && c.claim().endsWith(", undated"))
                    .findFirst().orElseThrow();
            assertTrue(refining.values().size() >= 2, refining.toString());
            List<Double> values = refining.values().stream().map(Conflict.Value::value).toList();
            assertTrue(values.contains(90.0), values.toString()); // "hơn 90%" (000)
            assertTrue(values.contains(94.0), values.toString()); // "chiếm tới 94% toàn cầu" (000)
            for (Conflict.Value v : refining.values()) {
                assertFalse(v.sources().isEmpty());
                v.sources().forEach(s -> assertFalse(s.evidence().isBlank()));
            }
            assertTrue(refining.spread() > 0);
            assertTrue(refining.consensus() >= 90 && refining.consensus() <= 94, String.valueOf(refining.consensus()));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void timeline_isInDateOrder_withRelativeDatesResolved(String backend) throws Exception {
        String url = url(backend);
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Workflow\n稀土\n镓出口管制\n新华社· 2026-02-05 10:00\n"
                + "商务部于去年10月宣布对镓实施出口管制。美国于2025年4月对中国商品加征关税。\n");
        Path data = tmp.resolve("data");
        ingest(data, url, in, Fixtures.corpus(tmp));
        try (FactStore store = open(data, url)) {
            List<TimelineEvent> events = Timeline.build(store, null, null, null);
            assertTrue(events.size() >= 3, events.toString());
            String last = "";
            boolean undated = false;
            for (TimelineEvent e : events) {
                if (e.date() == null) {
                    undated = true;
                    continue;
                }
                assertFalse(undated, "a dated event after an undated one: " + events);
                assertTrue(e.date().compareTo(last) >= 0, last + " then " + e.date());
                last = e.date();
            }
            TimelineEvent gallium = events.stream().filter(e -> e.evidence().contains("镓")).findFirst().orElseThrow();
            assertEquals("2025-10", gallium.date()); // 去年10月 against the article's date 2026-02-05
            assertEquals("CN", gallium.actor());
            assertEquals("export_control", gallium.action());
            assertEquals(1, Timeline.build(store, "CN", "2025-10", "2025-10").stream()
                    .filter(e -> e.evidence().contains("镓")).count());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void series_prNdOxide_hasDatedPointsWithSources(String backend) throws Exception {
        String url = url(backend);
        Path data = tmp.resolve("data");
        ingest(data, url, Fixtures.corpus(tmp));
        try (FactStore store = open(data, url)) {
            Series prices = Series.of(store, "PrNd-oxide", "CNY/t").get(0);
            assertEquals("price", prices.kind());
            Map<String, Double> byDate = new java.util.HashMap<>();
            prices.points().forEach(p -> byDate.put(p.date(), p.value()));
            // 001: "risen to 555,000 yuan per ton as of November 20" (2025); 000: "75,25 vạn ... Ngày 6 tháng 2" (2026)
            assertEquals(555000.0, byDate.get("2025-11-20"), 1e-6, byDate.toString());
            assertEquals(752500.0, byDate.get("2026-02-06"), 1e-6, byDate.toString());
            for (int i = 1; i < prices.points().size(); i++) {
                assertTrue(prices.points().get(i - 1).date().compareTo(prices.points().get(i).date()) < 0);
            }
            prices.points().forEach(p -> assertFalse(p.values().get(0).sources().isEmpty()));
            assertTrue(prices.chart(20).contains("555,000"));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void reingestAndReextract_leaveCountsUnchanged(String backend) throws Exception {
        String url = url(backend);
        Path data = tmp.resolve("data");
        Path corpus = Fixtures.corpus(tmp);
        ingest(data, url, corpus);
        Map<String, Long> first;
        try (FactStore store = open(data, url)) {
            first = store.counts();
        }
        assertEquals(21L, first.get("articles"));
        assertTrue(first.get("facts") > 50, first.toString());
        assertTrue(first.get("claims") <= first.get("facts"));
        ingest(data, url, corpus);
        List<String> args = new ArrayList<>(List.of("reextract", "--quiet", "--data", data.toString()));
        if (url != null) {
            args.addAll(List.of("--db", url));
        }
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        try (FactStore store = open(data, url)) {
            assertEquals(first, store.counts());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void entity_anyName_givesProfileWithFactsAndCoMentions(String backend) throws Exception {
        String url = url(backend);
        Path data = tmp.resolve("data");
        ingest(data, url, Fixtures.corpus(tmp));
        try (FactStore store = open(data, url)) {
            EntityProfile p = EntityProfile.of(store, dev.monazite.lexicon.Lexicon.bundled().lookup("Lynas").orElseThrow());
            assertTrue(p.articles() >= 2, String.valueOf(p.articles()));
            assertTrue(p.mentionedWith().containsKey("CN"), p.mentionedWith().toString());
            assertFalse(p.latest().isEmpty());
        }
    }
}
