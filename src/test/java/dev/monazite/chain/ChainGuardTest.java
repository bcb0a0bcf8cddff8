package dev.monazite.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.article.Json;
import dev.monazite.facts.Fact;
import dev.monazite.store.FactRow;
import dev.monazite.store.Review;
import dev.monazite.views.Views;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 19: one doubtful corpus share must never become the chain's headline. */
class ChainGuardTest {
    private static final String ARTICLE = "0123456789abcdef0123456789abcdef";
    private static int articles;

    /** A share fact from its own article of the outlet (null = outlet not named), published on the date given. */
    private static FactRow share(String subject, String metric, double value, String date, String outlet) {
        return row(subject, metric, "WORLD", value, date, outlet, null);
    }

    private static FactRow row(String subject, String metric, String scope, double value, String date, String outlet,
                               Review.Verdict verdict) {
        String article = String.format("%032x", ++articles);
        Fact f = new Fact("share", Map.of("subject", subject, "metric", metric, "commodity", "REE", "scope", scope), value,
                null, null, null, date, new Fact.Evidence(article, 2, 0, 40, subject + " has " + value + "% of " + metric),
                "test", 0.6);
        Review review = verdict == null ? null : new Review(verdict, f, "analyst", Instant.EPOCH, "checked");
        return new FactRow(f, outlet, LocalDateTime.parse(date.length() == 4 ? date + "-03-01T09:00" : date + "T09:00"),
                List.of("/clips/" + article + ".txt"), review);
    }

    private static FactRow confirmed(String subject, String metric, double value, String date, String outlet) {
        return row(subject, metric, "WORLD", value, date, outlet, Review.Verdict.CONFIRMED);
    }

    private static ChainModel build(String commodity, FactRow... facts) {
        return ChainBuilder.build(commodity, List.of(facts), id -> "Title of article " + id.hashCode());
    }

    private static ChainModel.Concentration concentration(ChainModel m, Stage s) {
        return m.concentration().stream().filter(c -> c.stage() == s).findFirst().orElseThrow();
    }

    private static double share(ChainModel m, Stage s, String place) {
        return m.stage(s).stream().filter(n -> n.place().equals(place)).findFirst().orElseThrow().share().value();
    }

    @Test
    void singleDoubtfulShare_cannotChangeTheMiningLeader() {
        ChainModel m = build("REE", share("US", "mining", 70, "2026-04-01", "Asia Times"));
        ChainModel.Concentration mining = concentration(m, Stage.MINING);
        assertEquals("CN", mining.top());
        assertEquals(69.4, mining.top1Share(), 0.05);
        assertEquals(13.1, share(m, Stage.MINING, "US"), 0.05);
        for (String kept : List.of("AU", "MM", "TH")) {
            assertTrue(share(m, Stage.MINING, kept) > 1, kept);
        }
        ChainModel.Candidate us = m.candidates().get(0);
        assertEquals(List.of("US", "one outlet, not confirmed"), List.of(us.place(), us.why()));
        assertEquals(70, us.value(), 1e-9);
        assertEquals(13.1, us.reference().value(), 0.05);
        assertTrue(m.rescalings().isEmpty());
    }

    @Test
    void oneOutletUnderItsChineseNameAndItsPinyin_countsOnce() {
        ChainModel m = build("REE", share("US", "mining", 70, "2026-04-01", "搜狐财经"),
                share("US", "mining", 70, "2026-04-02", "Sou Hu Cai Jing"), share("US", "mining", 70.5, "2026-04-03", "搜狐"));
        assertEquals("CN", concentration(m, Stage.MINING).top());
        assertEquals("one outlet, not confirmed", m.candidates().get(0).why());
    }

    @Test
    void oneOutletInSeveralArticles_countsOnce() {
        ChainModel m = build("REE", share("US", "mining", 70, "2026-04-01", "Asia Times"),
                share("US", "mining", 70, "2026-04-02", " asia times "));
        assertEquals("CN", concentration(m, Stage.MINING).top());
        assertEquals("one outlet, not confirmed", m.candidates().get(0).why());
        assertEquals(2, m.candidates().get(0).citations().size());
    }

    @Test
    void twoOutletsAgreeingWithinTwoPoints_replaceTheShareAndCanChangeTheLeader() {
        ChainModel m = build("REE", share("US", "mining", 70, "2026-04-01", "Asia Times"),
                share("US", "mining", 72, "2026-04-03", "Reuters"));
        ChainModel.Concentration mining = concentration(m, Stage.MINING);
        assertEquals("US", mining.top());
        assertEquals(71, mining.top1Share(), 1e-9);
        ChainModel.Node us = m.stage(Stage.MINING).get(0);
        assertEquals("fact", us.share().provenance().kind());
        assertTrue(us.share().provenance().citation().contains("Asia Times, 2026-04-01")
                && us.share().provenance().citation().contains("Reuters, 2026-04-03"), us.share().provenance().citation());
        assertTrue(m.candidates().isEmpty(), m.candidates().toString());
    }

    @Test
    void twoUnnamedOutlets_countAsTwoArticles() {
        ChainModel m = build("REE", share("AU", "mining", 10, "2026-03-02", null), share("AU", "mining", 11, "2026-03-05", null));
        assertEquals(10.5, share(m, Stage.MINING, "AU"), 1e-9);
        assertTrue(m.stage(Stage.MINING).stream().filter(n -> n.place().equals("AU")).findFirst().orElseThrow().share()
                .provenance().citation().contains("outlet not named"));
    }

    @Test
    void twoDisagreeingOutlets_changeNothingAndShowAsCandidates() {
        ChainModel m = build("REE", share("US", "mining", 60, "2026-04-01", "Asia Times"),
                share("US", "mining", 70, "2026-04-03", "Reuters"));
        assertEquals("CN", concentration(m, Stage.MINING).top());
        assertEquals(13.1, share(m, Stage.MINING, "US"), 0.05);
        assertEquals(2, m.candidates().size());
        m.candidates().forEach(c -> assertEquals("outlets disagree: 60 vs 70", c.why()));
        assertEquals(List.of(60.0, 70.0), m.candidates().stream().map(ChainModel.Candidate::value).toList());
    }

    @Test
    void oneOutletContradictingItself_changesNothingAndSaysSo() {
        ChainModel m = build("REE", share("US", "mining", 50, "2026-04-01", "Asia Times"),
                confirmed("US", "mining", 70, "2026-04-02", "Asia Times"));
        assertEquals("CN", concentration(m, Stage.MINING).top());
        m.candidates().forEach(c -> assertEquals("one outlet, its articles disagree: 50 vs 70", c.why()));
    }

    @Test
    void twoAgreeingOutletsAgainstOne_applyAndLeaveTheDissentAsCandidate() {
        ChainModel m = build("REE", share("CN", "mining", 60, "2026-04-01", "Asia Times"),
                share("CN", "mining", 61, "2026-04-03", "Reuters"), share("CN", "mining", 50, "2026-01-20", "Sohu"));
        assertEquals(60.5, share(m, Stage.MINING, "CN"), 1e-9);
        ChainModel.Candidate dissent = m.candidates().get(0);
        assertEquals(50, dissent.value(), 1e-9);
        assertEquals("outlets disagree: 50 vs 60.5; 2 outlets agree on 60.5", dissent.why());
    }

    @Test
    void oneConfirmedFact_replacesTheShare() {
        ChainModel m = build("REE", confirmed("US", "mining", 70, "2026-04-01", "Asia Times"));
        assertEquals("US", concentration(m, Stage.MINING).top());
        assertTrue(m.stage(Stage.MINING).get(0).share().provenance().how().contains("confirmed by an analyst"));
    }

    @Test
    void rejectedFact_countsForNothing() {
        FactRow rejected = row("US", "mining", "WORLD", 71, "2026-04-03", "Reuters", Review.Verdict.REJECTED);
        ChainModel m = build("REE", share("US", "mining", 70, "2026-04-01", "Asia Times"), rejected);
        assertEquals("CN", concentration(m, Stage.MINING).top());
        assertEquals(1, m.candidates().get(0).citations().size());
    }

    @Test
    void olderDatedFacts_neverReplaceNorShowAsCandidates() {
        ChainModel m = build("REE", confirmed("US", "mining", 70, "2025", "Asia Times"), share("US", "mining", 70, "2024",
                "Reuters"), share("CN", "refining", 50, "2024-05-01", "Nikkei"), share("CN", "refining", 50, "2024-06-01", "Kyodo"));
        assertEquals("CN", concentration(m, Stage.MINING).top());
        assertEquals(91.3, share(m, Stage.REFINING, "CN"), 0.05);
        assertTrue(m.candidates().isEmpty() && m.rescalings().isEmpty());
    }

    @Test
    void laterYearWithoutAgreement_fallsBackToAnEarlierNewerYearThatAgrees() {
        ChainModel m = build("REE", share("AU", "mining", 9, "2026-02-01", "Reuters"), share("AU", "mining", 9.5, "2026-03-01",
                "Nikkei"), share("AU", "mining", 20, "2027-01-10", "Sohu"));
        assertEquals(9.25, share(m, Stage.MINING, "AU"), 1e-9);
        assertEquals(List.of(2027), m.candidates().stream().map(ChainModel.Candidate::year).toList());
    }

    @Test
    void appliedUpdate_rescalesTheOthersAndSaysByHowMuch() {
        ChainModel m = build("REE", confirmed("US", "mining", 70, "2026-04-01", "Asia Times"));
        ChainModel.Rescaling r = m.rescalings().get(0);
        assertEquals(Stage.MINING, r.stage());
        double usReference = 13.1;
        assertEquals((100 - 70) / (100 - usReference), r.factor(), 0.002);
        assertTrue(r.why().contains("US was set to 70% (reference 13.1%) by one confirmed outlet"), r.why());
        assertTrue(r.why().startsWith("the other 12 rows ×0.345"), r.why());
        assertEquals(69.35 * r.factor(), share(m, Stage.MINING, "CN"), 0.01);
        assertEquals(100, m.stage(Stage.MINING).stream().mapToDouble(n -> n.share().value()).sum(), 1e-9);
    }

    @Test
    void magnetUpdate_rescalesMetalTooAndSaysSo() {
        ChainModel m = build("REE", share("CN", "magnet_production", 90, "2025-05-01", "Reuters"),
                share("CN", "magnet_production", 90, "2025-06-01", "Nikkei"));
        assertEquals(90, share(m, Stage.METAL, "CN"), 1e-9);
        assertEquals(List.of(Stage.MAGNET, Stage.METAL), m.rescalings().stream().map(ChainModel.Rescaling::stage).toList());
    }

    @Test
    void confirmedSharesAddingPast100_keepTheWeakerAsCandidate() {
        ChainModel m = build("REE", share("CN", "mining", 80, "2026-04-01", "Reuters"),
                share("CN", "mining", 80, "2026-04-01", "Nikkei"), confirmed("US", "mining", 30, "2026-04-01", "Asia Times"));
        assertEquals(80, share(m, Stage.MINING, "CN"), 1e-9);
        assertTrue(m.candidates().get(0).why().startsWith("would take the shares past 100% once CN was set to 80%"),
                m.candidates().toString());
    }

    @Test
    void everyStageOfEveryCommodity_sumsToAtMost100_withAndWithoutUpdates() {
        List<List<FactRow>> cases = List.of(List.of(),
                List.of(confirmed("US", "mining", 70, "2026-04-01", "Asia Times")),
                List.of(confirmed("CN", "refining", 99, "2026-04-01", "Reuters"), confirmed("US", "refining", 40, "2026", "Nikkei")),
                List.of(share("CN", "magnet_production", 97, "2026", "Reuters"), share("CN", "magnet_production", 98, "2026", "Kyodo"),
                        confirmed("JP", "magnet_production", 5, "2026", "Nikkei")),
                List.of(share("AU", "mining", 10, "2026", "Reuters"), share("AU", "mining", 11, "2026", "Kyodo"),
                        row("CN", "supply_to", "JP", 90, "2026", "Nikkei", Review.Verdict.CORRECTED)));
        for (String commodity : ChainBuilder.commodities()) {
            for (List<FactRow> facts : cases) {
                ChainModel m = build(commodity, facts.toArray(FactRow[]::new));
                for (Stage s : Stage.values()) {
                    double sum = m.stage(s).stream().mapToDouble(n -> n.share().value()).sum();
                    double shown = m.stage(s).stream().mapToDouble(n -> Math.round(n.share().value() * 10) / 10.0).sum();
                    assertTrue(sum <= 100 + 1e-9 && shown <= 100 + 0.05 * m.stage(s).size(), commodity + " " + s + " " + sum);
                }
                for (String importer : List.of("US", "JP", "EU")) {
                    double sum = m.importMix(importer, "REE").stream().mapToDouble(d -> d.share().value()).sum();
                    assertTrue(sum <= 100 + 1e-9, commodity + " " + importer + " " + sum);
                }
            }
        }
    }

    @Test
    void hhi_isAWholeNumberInModelAndJson() {
        ChainModel m = build("REE", confirmed("US", "mining", 70, "2026-04-01", "Asia Times"));
        List<Object> hhis = new ArrayList<>();
        for (Map<String, Object> c : castList(Views.chain(m).get("concentration"))) {
            hhis.add(c.get("hhi"));
        }
        hhis.forEach(h -> assertInstanceOf(Integer.class, h));
        assertEquals(m.concentration().stream().map(ChainModel.Concentration::hhi).toList(), hhis);
    }

    @Test
    void json_hasNoArticleIdAndExplainsEveryCode() throws Exception {
        FactRow withHexId = new FactRow(new Fact("share", Map.of("subject", "US", "metric", "mining", "commodity", "REE",
                "scope", "WORLD"), 70.0, null, null, null, "2026", new Fact.Evidence(ARTICLE, 1, 0, 10, "US 70%"), "test", 0.6),
                null, null, List.of());
        ChainModel m = ChainBuilder.build("REE", List.of(withHexId), id -> null);
        String json = Json.MAPPER.writeValueAsString(Views.chain(m));
        assertFalse(json.matches("(?s).*[0-9a-f]{32}.*"), "an article id leaked");
        assertTrue(json.contains("outlet not named, undated, “untitled article”"), json);
        Map<String, String> legend = m.legend();
        for (String code : List.of("HHI", "mining", "metal_alloy", "end_use", "CN", "US", "XO", "XR", "EV", "REE")) {
            assertTrue(legend.containsKey(code), code);
        }
        assertEquals("Myanmar (Burma)", legend.get("MM"));
        m.nodes().forEach(n -> assertTrue(legend.containsKey(n.place()), n.place()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
