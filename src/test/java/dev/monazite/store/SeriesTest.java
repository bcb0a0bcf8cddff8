package dev.monazite.store;

import static dev.monazite.store.Stated.article;
import static dev.monazite.store.Stated.price;
import static dev.monazite.store.Stated.trade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series points join only like with like, and never show a figure no source states unless marked as such. */
class SeriesTest {
    @TempDir
    Path tmp;

    @Test
    void twoMonths_areTwoPoints_neverOneConflictOrAverage() {
        try (FactStore store = FactStore.open(tmp, null)) {
            article(store, "sept", "Wire A", "2025-10-20", trade("REE", "CN", "US", 5774, "2025-09"));
            article(store, "oct", "Wire B", "2025-11-20", trade("REE", "CN", "US", 5473, "2025-10"));
            Series s = only(store, "REE");
            assertEquals(List.of("2025-09", "2025-10"), s.points().stream().map(Series.Point::date).toList());
            assertEquals(5774, s.points().get(0).value());
            assertEquals(5473, s.points().get(1).value());
            assertTrue(s.points().stream().noneMatch(Series.Point::disputed));
        }
    }

    @Test
    void magnets_andOtherRoutes_stayOutOfAnReeRoute() {
        try (FactStore store = FactStore.open(tmp, null)) {
            article(store, "magnets", "Wire A", "2025-11-20", trade("NdFeB-magnet", "CN", "JP", 226, "2025-10"));
            article(store, "semis", "Wire B", "2025-11-21", trade("REE", "CN", "WORLD", 538, "2025-10"));
            article(store, "japan", "Wire C", "2025-11-22", trade("REE", "CN", "JP", 400, "2025-10"));
            List<Series> ree = Series.of(store, "REE", null);
            assertEquals(Map.of("CN→WORLD", 538.0, "CN→JP", 400.0), Map.of(ree.get(0).route(), ree.get(0).points().get(0).value(),
                    ree.get(1).route(), ree.get(1).points().get(0).value()));
            assertEquals(226, only(store, "NdFeB-magnet").points().get(0).value());
        }
    }

    @Test
    void cumulativeRange_andYear_arePointsOfTheirOwn_spanningTheirPeriod() {
        try (FactStore store = FactStore.open(tmp, null)) {
            article(store, "ytd", "Wire A", "2025-11-20", trade("REE", "CN", "US", 50100, "2025-01/2025-10"),
                    trade("REE", "CN", "US", 5473, "2025-10"), trade("REE", "CN", "US", 58000, "2024"));
            List<Series.Point> points = only(store, "REE").points();
            assertEquals(3, points.size(), points.toString());
            Series.Point year = points.get(0), range = points.get(1), month = points.get(2);
            assertEquals(List.of("2024-01", "2024-12", true), List.of(year.start(), year.end(), year.cumulative()));
            assertEquals(List.of("2025-01", "2025-10", true), List.of(range.start(), range.end(), range.cumulative()));
            assertEquals(List.of("2025-10", "2025-10", false), List.of(month.start(), month.end(), month.cumulative()));
            assertEquals(50100, range.value());
            assertTrue(only(store, "REE").chart(20).contains("period total"));
        }
    }

    @Test
    void outletsThatDisagree_showEachValue_andAConsensusMarkedAsSuch() {
        try (FactStore store = FactStore.open(tmp, null)) {
            article(store, "low", "Wire A", "2025-11-20", trade("REE", "CN", "US", 5473, "2025-10"));
            article(store, "high", "Wire B", "2025-11-21", trade("REE", "CN", "US", 6100, "2025-10"));
            article(store, "high2", "Wire C", "2025-11-22", trade("REE", "CN", "US", 6105, "2025-10"));
            Series.Point p = only(store, "REE").points().get(0);
            assertTrue(p.disputed());
            assertNull(p.value());
            assertEquals(List.of(5473.0, 6100.0), p.values().stream().map(Series.Value::value).toList());
            assertEquals(2, p.values().get(1).sources().size());
            assertEquals(6100, p.consensus(), 1e-9); // median over outlets: 5473, 6100, 6105
            assertTrue(only(store, "REE").chart(20).contains("sources disagree"));
        }
    }

    @Test
    void outletsThatAgreeWithinTwoPercent_giveTheValueMostOfThemState() {
        try (FactStore store = FactStore.open(tmp, null)) {
            article(store, "a", "Wire A", "2025-11-20", price("PrNd-oxide", 556000, "CNY/t", "2025-11-20"));
            article(store, "b", "Wire B", "2025-11-20", price("PrNd-oxide", 555000, "CNY/t", "2025-11-20"));
            article(store, "c", "Wire C", "2025-11-20", price("PrNd-oxide", 555000, "CNY/t", "2025-11-20"));
            Series.Point p = only(store, "PrNd-oxide").points().get(0);
            assertFalse(p.disputed());
            assertEquals(555000, p.value());
            assertNull(p.consensus());
        }
    }

    @Test
    void correctingTheOddValue_endsTheDispute_andRejectingItToo() {
        try (FactStore store = FactStore.open(tmp, null)) {
            article(store, "low", "Wire A", "2025-11-20", trade("REE", "CN", "US", 5473, "2025-10"));
            article(store, "typo", "Wire B", "2025-11-21", trade("REE", "CN", "US", 54730, "2025-10"));
            FactRow typo = store.facts(FactFilter.ALL).stream().filter(r -> r.fact().value() == 54730).findFirst().orElseThrow();
            assertTrue(only(store, "REE").points().get(0).disputed());
            store.review(typo.id(), Review.Verdict.CORRECTED, Map.of("value", "5473"), "extra zero", "ana");
            Series.Point p = only(store, "REE").points().get(0);
            assertEquals(5473, p.value());
            assertEquals(2, p.values().get(0).sources().size());
            store.review(typo.id(), Review.Verdict.REJECTED, Map.of(), null, "ana");
            assertEquals(1, only(store, "REE").points().get(0).values().get(0).sources().size());
        }
    }

    @Test
    void overSamplesAndDevSet_everyPointIsAFigureASourceStates_orAMarkedConsensus() throws Exception {
        Path in = tmp.resolve("in");
        assertEquals(0, dev.monazite.cli.Main.run("ingest", "--quiet", "--data", tmp.resolve("data").toString(),
                dev.monazite.index.Fixtures.corpus(in).toString(), dev.monazite.index.Fixtures.devSet(in).toString()));
        try (FactStore store = FactStore.open(tmp.resolve("data"), null)) {
            java.util.Set<String> commodities = new java.util.TreeSet<>();
            for (FactRow r : store.facts(FactFilter.ALL)) {
                if ((r.fact().type().equals("price") || r.fact().type().equals("trade")) && r.fact().date() != null) {
                    commodities.add(r.fact().fields().get("commodity"));
                }
            }
            int points = 0;
            for (String c : commodities) {
                for (Series s : Series.of(store, c, null)) {
                    for (Series.Point p : s.points()) {
                        points++;
                        List<Double> stated = p.values().stream().map(Series.Value::value).toList();
                        if (p.disputed()) {
                            assertTrue(stated.size() >= 2 && p.consensus() != null, p.toString());
                        } else {
                            assertEquals(1, stated.size(), p.toString());
                            assertTrue(p.values().get(0).sources().stream().count() >= 1);
                            assertNull(p.consensus(), "only a disputed point has a consensus: " + p);
                        }
                        for (Series.Value v : p.values()) {
                            assertFalse(v.sources().isEmpty(), "a value without a source: " + p);
                        }
                    }
                }
            }
            assertTrue(points >= 10, "the samples and the dev set give " + points + " series points");
        }
    }

    private static Series only(FactStore store, String commodity) {
        List<Series> all = Series.of(store, commodity, null);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }
}
