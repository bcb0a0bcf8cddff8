package dev.monazite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    private static final Set<String> RELEVANT = Set.of("A", "B");

    private static JudgedSet.Query query(String lang) {
        return new JudgedSet.Query("q " + lang, lang, "", List.of("A"), 1);
    }

    @Test
    void firstRelevant_relevantLeadAtThird_isThree() {
        assertEquals(3, Scorecard.firstRelevant(List.of(Set.of("x"), Set.of("y"), Set.of("B"), Set.of("A")), RELEVANT));
    }

    @Test
    void firstRelevant_relevantArticleFoldedIntoAStory_countsForTheStory() {
        assertEquals(2, Scorecard.firstRelevant(List.of(Set.of("x"), Set.of("y", "A")), RELEVANT));
    }

    @Test
    void firstRelevant_nothingRelevantOrOnlyBeyondTheTenth_isZero() {
        assertEquals(0, Scorecard.firstRelevant(List.of(), RELEVANT));
        List<Set<String>> eleven = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            eleven.add(Set.of("x" + i));
        }
        eleven.add(Set.of("A"));
        assertEquals(0, Scorecard.firstRelevant(eleven, RELEVANT));
        assertEquals(10, Scorecard.firstRelevant(eleven.subList(1, 11), RELEVANT));
    }

    @Test
    void successAt_ranksOneToK_countAndZeroDoesNot() {
        List<Integer> ranks = List.of(1, 3, 4, 0);
        assertEquals(0.25, Scorecard.successAt(1, ranks));
        assertEquals(0.5, Scorecard.successAt(3, ranks));
        assertEquals(0.75, Scorecard.successAt(10, ranks));
        assertEquals(0.0, Scorecard.successAt(3, List.of()));
    }

    @Test
    void meanReciprocalRank_handMadeRanks_averagesOneOverRankWithMissesAsZero() {
        assertEquals((1 + 0.5 + 0.25 + 0) / 4, Scorecard.meanReciprocalRank(List.of(1, 2, 4, 0)), 1e-12);
        assertEquals(0.1, Scorecard.meanReciprocalRank(List.of(10)), 1e-12);
        assertEquals(0.0, Scorecard.meanReciprocalRank(List.of(11)));
        assertEquals(0.0, Scorecard.meanReciprocalRank(List.of()));
    }

    @Test
    void rows_groupByQueryLanguageAndCrossLanguage() {
        Scorecard card = new Scorecard(List.of(
                new Scorecard.Outcome(query("en"), false, 1, List.of("A"), null),
                new Scorecard.Outcome(query("en"), true, 0, List.of(), null),
                new Scorecard.Outcome(query("ja"), true, 2, List.of("x", "A"), null),
                new Scorecard.Outcome(query("vi"), true, 5, List.of("x", "y", "z"), null)), 7);
        List<Scorecard.Row> expected = List.of(
                new Scorecard.Row("all", 4, 0.5, (1 + 0.5 + 0.2) / 4),
                new Scorecard.Row("en", 2, 0.5, 0.5),
                new Scorecard.Row("vi", 1, 0.0, 0.2),
                new Scorecard.Row("ja", 1, 1.0, 0.5),
                new Scorecard.Row("cross-language", 3, 1 / 3.0, (0.5 + 0.2) / 3),
                new Scorecard.Row("same-language", 1, 1.0, 1.0));
        List<Scorecard.Row> rows = card.rows();
        assertEquals(expected.size(), rows.size(), rows.toString());
        for (int i = 0; i < expected.size(); i++) {
            Scorecard.Row e = expected.get(i), r = rows.get(i);
            assertEquals(e.group() + " " + e.queries(), r.group() + " " + r.queries());
            assertEquals(e.successAt3(), r.successAt3(), 1e-12, r.toString());
            assertEquals(e.mrr(), r.mrr(), 1e-12, r.toString());
        }
    }

    @Test
    void print_verbose_listsEachMissWithItsTopThree() {
        Scorecard card = new Scorecard(List.of(
                new Scorecard.Outcome(query("en"), false, 1, List.of("A"), null),
                new Scorecard.Outcome(query("vi"), true, 5, List.of("x", "y", "z"), null),
                new Scorecard.Outcome(query("ja"), true, 0, List.of(), "bad query")), 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        card.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("judged set: 3 queries (en 1, vi 1, ja 1), 2 answered only in other languages"), out);
        assertTrue(out.contains("all                    3      0.333   0.400"), out);
        assertTrue(out.contains("no relevant story in the top 3: 2 queries"), out);
        assertTrue(out.contains("[vi] q vi  (first relevant at 5, cross-language)\n      1. x\n      2. y\n      3. z"), out);
        assertTrue(out.contains("[ja] q ja  (none in the top 10, cross-language)\n      refused: bad query"), out);
        assertFalse(out.contains("[en] q en"), out);
    }
}
