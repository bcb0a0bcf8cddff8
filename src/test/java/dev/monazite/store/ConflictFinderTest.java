package dev.monazite.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.article.Article;
import dev.monazite.cli.Main;
import dev.monazite.facts.Fact;
import dev.monazite.index.Fixtures;
import dev.monazite.index.StoredArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which stated levels the conflict finder compares, how it tells disagreements between outlets from
 * those within one, and how it ranks them. Articles and their facts are written to a real H2 store on
 * disk and read back through {@link FactStore#facts}, as the views read them.
 */
class ConflictFinderTest {
    @TempDir
    Path data;

    private final List<StoredArticle> articles = new ArrayList<>();

    /** One sentence (one evidence span) stating one or more facts. */
    private record Said(List<Fact> facts) {}

    private static Said said(Fact... facts) {
        return new Said(List.of(facts));
    }

    // An article of an outlet, published on a day, whose sentences are paragraphs 1, 2, ... of it.
    private void story(String id, String outlet, String published, Said... sentences) {
        List<Fact> facts = new ArrayList<>();
        for (int n = 0; n < sentences.length; n++) {
            Fact.Evidence e = new Fact.Evidence(id, n + 1, 0, 40, "sentence " + (n + 1) + " of " + id);
            for (Fact f : sentences[n].facts()) {
                facts.add(new Fact(f.type(), f.fields(), f.value(), f.valueMin(), f.valueMax(), f.unit(), f.date(), e,
                        "test", 0.7));
            }
        }
        LocalDateTime at = published == null ? null : LocalDateTime.parse(published + "T09:00");
        Article a = new Article(id, "Title " + id, outlet, at, null, "en", List.of(new Article.Paragraph(1, "text", List.of())));
        articles.add(new StoredArticle(a, List.of("/in/" + id + ".txt"), id, facts));
    }

    private List<Conflict> conflicts() {
        try (FactStore store = FactStore.open(data, null)) {
            for (StoredArticle a : articles) {
                store.save(a, List.of("CN"));
            }
            store.commit();
            return ConflictFinder.find(store, FactFilter.ALL);
        }
    }

    private static Fact exports(double tonnes, String date) {
        return fact("trade", Map.of("commodity", "REE", "exporter", "CN", "importer", "WORLD"), tonnes, "t", date);
    }

    private static Fact share(String metric, double percent, String date) {
        return fact("share", fields("subject", "CN", "metric", metric, "commodity", "REE", "scope", "WORLD"), percent, null,
                date);
    }

    private static Fact price(double cnyPerTonne, String date) {
        return fact("price", Map.of("commodity", "PrNd-oxide"), cnyPerTonne, "CNY/t", date);
    }

    private static Fact withRole(Fact f, String role) {
        Map<String, String> fields = new LinkedHashMap<>(f.fields());
        fields.put("role", role);
        return fact(f.type(), fields, f.value(), f.unit(), f.date());
    }

    private static Fact fact(String type, Map<String, String> fields, double value, String unit, String date) {
        return new Fact(type, fields, value, null, null, unit, date, null, "test", 0.7);
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static List<Double> values(Conflict c) {
        return c.values().stream().map(Conflict.Value::value).toList();
    }

    // ---- which levels are compared

    @Test
    void months_doNotConflictWithOtherMonths() {
        story("sep", "Customs Wire", "2025-10-20", said(exports(5774, "2025-09")));
        story("oct", "Metals Daily", "2025-11-20", said(exports(5473, "2025-10")));
        assertEquals(List.of(), conflicts());
    }

    @Test
    void dayDate_isComparedWithItsMonth() {
        story("a", "Customs Wire", "2025-11-09", said(exports(5473, "2025-10-09")));
        story("b", "Metals Daily", "2025-11-20", said(exports(6100, "2025-10")));
        Conflict c = conflicts().get(0);
        assertEquals("2025-10", c.period());
        assertEquals(List.of(5473.0, 6100.0), values(c));
        assertEquals("2025-10-09", c.values().get(0).sources().get(0).date(), "the statement keeps its own date");
    }

    @Test
    void cumulativePeriod_isComparedOnlyWithTheSamePeriod() {
        story("ytd", "Customs Wire", "2025-11-20", said(exports(45100, "2025-01/2025-10")));
        story("oct", "Metals Daily", "2025-11-20", said(exports(5473, "2025-10")));
        story("ytd9", "Trade Desk", "2025-10-20", said(exports(39600, "2025-01/2025-09")));
        story("ytd2", "Trade Desk", "2025-11-21", said(exports(48000, "2025-01/2025-10")));
        List<Conflict> all = conflicts();
        assertEquals(1, all.size(), all.toString());
        assertEquals("2025-01/2025-10", all.get(0).period());
        assertEquals(List.of(45100.0, 48000.0), values(all.get(0)));
    }

    @Test
    void year_isComparedOnlyWithTheSameYear() {
        story("y24", "Mining Weekly", "2025-02-01", said(share("mining", 70, "2024")));
        story("m25", "Asia Desk", "2025-07-01", said(share("mining", 61, "2025-06")));
        story("y25a", "Metals Daily", "2025-12-01", said(share("mining", 60, "2025")));
        story("y25b", "Customs Wire", "2025-12-02", said(share("mining", 66, "2025")));
        List<Conflict> all = conflicts();
        assertEquals(1, all.size(), all.toString());
        assertEquals("2025", all.get(0).period());
        assertEquals(List.of(60.0, 66.0), values(all.get(0)));
    }

    @Test
    void undated_isLeftOutOfDatedGroups_andComparedWithUndatedOfItsPublicationYear() {
        story("dated", "Metals Daily", "2025-03-01", said(share("refining", 90, "2025")));
        story("u25a", "Asia Desk", "2025-04-01", said(share("refining", 80, null)));
        story("u25b", "Customs Wire", "2025-09-01", said(share("refining", 91, null)));
        story("u26", "Mining Weekly", "2026-01-10", said(share("refining", 60, null)));
        List<Conflict> all = conflicts();
        assertEquals(1, all.size(), all.toString());
        assertNull(all.get(0).period());
        assertEquals(List.of(80.0, 91.0), values(all.get(0)));
    }

    @Test
    void priceQuotes_areComparedOnlyOnTheSameDay() {
        story("d3", "Metals Daily", "2025-11-03", said(price(540000, "2025-11-03")));
        story("d20", "Asia Desk", "2025-11-20", said(price(555000, "2025-11-20")));
        story("d20b", "Customs Wire", "2025-11-20", said(price(600000, "2025-11-20")));
        List<Conflict> all = conflicts();
        assertEquals(1, all.size(), all.toString());
        assertEquals("2025-11-20", all.get(0).period());
    }

    @Test
    void oneSentencesTwoMetrics_neverConflict() {
        // "69% of extraction and 92% of refining", both read as refining: one statement, not a disagreement
        story("one", "Metals Daily", "2025-11-20", said(share("refining", 69, "2025"), share("refining", 92, "2025")));
        story("agrees", "Asia Desk", "2025-11-21", said(share("refining", 92, "2025")));
        assertEquals(List.of(), conflicts());
    }

    @Test
    void oneSentencesFigures_stillDisagreeWithAnotherOutletThatSharesNone() {
        story("one", "Metals Daily", "2025-11-20", said(share("refining", 69, "2025"), share("refining", 92, "2025")));
        story("other", "Asia Desk", "2025-11-21", said(share("refining", 80, "2025")));
        List<Conflict> all = conflicts();
        assertEquals(1, all.size(), all.toString());
        assertEquals(Conflict.Kind.BETWEEN_OUTLETS, all.get(0).kind());
    }

    @Test
    void targetAndThreshold_areKeptOutOfLevels() {
        story("level", "Metals Daily", "2025-11-20", said(share("mining", 70, null)));
        story("rule", "Asia Desk", "2025-11-21", said(withRole(share("mining", 0.1, null), "threshold")));
        story("goal", "Customs Wire", "2025-11-22", said(withRole(share("mining", 60, null), "target")));
        assertEquals(List.of(), conflicts());
    }

    @Test
    void targetAndThreshold_doNotJoinAConflictOfLevels() {
        story("level", "Metals Daily", "2025-11-20", said(share("mining", 70, null)));
        story("level2", "Mining Weekly", "2025-11-23", said(share("mining", 60, null)));
        story("rule", "Asia Desk", "2025-11-21", said(withRole(share("mining", 0.1, null), "threshold")));
        story("goal", "Customs Wire", "2025-11-22", said(withRole(share("mining", 37, null), "target")));
        List<Conflict> all = conflicts();
        assertEquals(1, all.size(), all.toString());
        assertEquals(List.of(60.0, 70.0), values(all.get(0)));
        assertEquals(2, all.get(0).outlets());
    }

    // ---- between outlets and within one

    @Test
    void withinOutlet_isToldApartFromBetweenOutlets_andListedAfter() {
        story("x1", "Metals Daily", "2025-11-20", said(exports(5000, "2025-10")));
        story("x2", "Metals Daily", "2025-11-21", said(exports(9000, "2025-10")));
        story("y", "Asia Desk", "2025-12-20", said(share("refining", 85, "2025")));
        story("z", "Customs Wire", "2025-12-21", said(share("refining", 90, "2025")));
        List<Conflict> all = conflicts();
        assertEquals(List.of(Conflict.Kind.BETWEEN_OUTLETS, Conflict.Kind.WITHIN_OUTLET),
                all.stream().map(Conflict::kind).toList());
        assertEquals("share", all.get(0).type());
        assertEquals(1, all.get(1).outlets(), "two articles of one outlet are one outlet");
    }

    // ---- ranking

    @Test
    void ranking_moreOutletsFirst_thenSpread_thenRecency() {
        story("a1", "A", "2025-11-01", said(exports(1000, "2025-09")));
        story("a2", "B", "2025-11-01", said(exports(1050, "2025-09")));
        story("a3", "C", "2025-11-01", said(exports(1100, "2025-09")));
        story("b1", "A", "2025-11-01", said(share("mining", 50, "2025")));
        story("b2", "B", "2025-11-01", said(share("mining", 80, "2025")));
        story("c1", "A", "2025-11-01", said(share("refining", 80, "2025-10")));
        story("c2", "B", "2025-11-01", said(share("refining", 90, "2025-10")));
        story("d1", "A", "2025-11-01", said(share("refining", 80, "2024-10")));
        story("d2", "B", "2025-11-01", said(share("refining", 90, "2024-10")));
        story("w1", "A", "2025-11-01", said(share("reserves", 10, "2025")), said(share("reserves", 90, "2025")));
        List<String> order = conflicts().stream().map(c -> c.type() + " " + c.key().get("metric") + " " + c.period()).toList();
        assertEquals(List.of("trade null 2025-09", // three outlets, though the smallest spread
                "share mining 2025", // two outlets, spread 46% of the consensus 65
                "share refining 2025-10", // two outlets, 12%: the later period first
                "share refining 2024-10",
                "share reserves 2025"), order); // within one outlet, whatever its spread
    }

    // ---- what a conflict shows

    @Test
    void claimWords_showThePeriod_soOneKeyNeverRepeatsWithoutSayingWhy() {
        story("s1", "A", "2025-10-20", said(exports(5774, "2025-09")));
        story("s2", "B", "2025-10-21", said(exports(6900, "2025-09")));
        story("o1", "A", "2025-11-20", said(exports(5473, "2025-10")));
        story("o2", "B", "2025-11-21", said(exports(4400, "2025-10")));
        story("u1", "A", "2025-11-20", said(share("mining", 60, null)));
        story("u2", "B", "2025-11-21", said(share("mining", 70, null)));
        List<String> claims = conflicts().stream().map(Conflict::claim).sorted().toList();
        assertEquals(List.of("CN's mining share of REE in WORLD, undated, published 2025",
                "REE exports from CN to WORLD, 2025-09", "REE exports from CN to WORLD, 2025-10"), claims);
    }

    @Test
    void eachStatement_carriesItsFactId_outlet_publicationAndEvidence() {
        story("p", "Metals Daily", "2025-11-20", said(exports(5473, "2025-10")));
        story("q", "Asia Desk", "2025-11-21", said(exports(6100, "2025-10")));
        List<Conflict> all = conflicts();
        Map<String, FactRow> rows = new LinkedHashMap<>();
        try (FactStore store = FactStore.open(data, null)) {
            store.facts(FactFilter.ALL).forEach(r -> rows.put(r.id(), r));
        }
        Conflict.Value low = all.get(0).values().get(0);
        assertEquals("t", low.unit());
        assertEquals("2025-10", low.date());
        Conflict.Statement s = low.sources().get(0);
        FactRow row = rows.get(s.id());
        assertEquals(FactId.of(row.fact()), s.id());
        assertEquals("p", s.article());
        assertEquals("Metals Daily", s.source());
        assertEquals(LocalDateTime.parse("2025-11-20T09:00"), s.published());
        assertEquals("sentence 1 of p", s.evidence());
        assertFalse(s.vouched());
        assertTrue(all.get(0).spreadPercent() > 2);
    }

    // ---- over real extraction: the samples and the development set's four files

    @Test
    void conflicts_overSamplesAndDevSet_neverMixMetricsPeriodsOrRoles() throws IOException {
        Path in = data.resolve("in");
        assertEquals(0, Main.run("ingest", "--quiet", "--data", data.toString(), Fixtures.corpus(in).toString(),
                Fixtures.devSet(in).toString()));
        Map<String, FactRow> rows = new LinkedHashMap<>();
        List<Conflict> all;
        try (FactStore store = FactStore.open(data, null)) {
            store.facts(FactFilter.ALL).forEach(r -> rows.put(r.id(), r));
            all = ConflictFinder.find(store, FactFilter.ALL);
        }
        assertTrue(all.stream().anyMatch(c -> c.kind() == Conflict.Kind.BETWEEN_OUTLETS), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.kind() == Conflict.Kind.WITHIN_OUTLET), all.toString());
        for (Conflict c : all) {
            List<FactRow> stated = c.values().stream().flatMap(v -> v.sources().stream()).map(s -> rows.get(s.id())).toList();
            assertEquals(1, stated.stream().map(r -> Claims.key(r.fact())).distinct().count(), "one key: " + c);
            assertEquals(Set.of(c.key().getOrDefault("metric", "")), stated.stream()
                    .map(r -> r.fact().fields().getOrDefault("metric", "")).collect(Collectors.toSet()), "one metric: " + c);
            assertEquals(1, stated.stream().map(Period::of).distinct().count(), "one period: " + c);
            assertTrue(stated.stream().noneMatch(r -> r.fact().fields().containsKey("role")), "levels only: " + c);
            assertTrue(stated.stream().map(ConflictFinder::statement).distinct().count() >= 2, "two statements: " + c);
            assertTrue(c.kind() == Conflict.Kind.WITHIN_OUTLET || c.outlets() >= 2, c.toString());
        }
        assertEquals(all.size(), all.stream().map(Conflict::claim).distinct().count(), "a claim names its period");
    }
}
