package dev.monazite.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A correction moves a fact into and out of the filters that read the corrected field, and only those. */
class ReviewedFactsTest {
    @TempDir
    Path tmp;

    private static FactFilter subject(String s) {
        return new FactFilter(null, null, s, null, null, null, null, null);
    }

    @Test
    void correctingTheSubject_movesTheFactBetweenSubjectFilters() {
        try (FactStore store = FactStore.open(tmp, null)) {
            Stated.article(store, "a", "Wire A", "2026-01-20", Stated.share("US", "mining", "REE", "WORLD", 70, "2025"));
            String id = store.facts(FactFilter.ALL).get(0).id();
            store.review(id, Review.Verdict.CORRECTED, Map.of("subject", "CN"), "misread", "ana");
            assertEquals(List.of(id), ids(store, subject("CN")), "moved into CN");
            assertTrue(ids(store, subject("US")).isEmpty(), "moved out of US");
            assertEquals(List.of(id), ids(store, new FactFilter(null, null, null, "CN", null, null, null, null)));
            assertEquals(List.of(id), store.factsAbout("CN").stream().map(FactRow::id).toList());
        }
    }

    @Test
    void correctingTheDate_movesTheFactBetweenDateRanges_andAValueStaysPut() {
        try (FactStore store = FactStore.open(tmp, null)) {
            Stated.article(store, "a", "Wire A", "2026-01-20", Stated.trade("REE", "CN", "US", 5473, "2025-10"));
            String id = store.facts(FactFilter.ALL).get(0).id();
            store.review(id, Review.Verdict.CORRECTED, Map.of("date", "2025-09", "value", "5774"), null, "ana");
            FactFilter september = new FactFilter(null, null, null, null, "2025-09", "2025-09", null, null);
            FactFilter october = new FactFilter(null, null, null, null, "2025-10", "2025-10", null, null);
            assertEquals(List.of(id), ids(store, september));
            assertTrue(ids(store, october).isEmpty());
            assertEquals(5774, store.facts(september).get(0).fact().value());
            assertEquals(List.of(id), ids(store, subject(null).withType("trade")));
        }
    }

    private static List<String> ids(FactStore store, FactFilter f) {
        return store.facts(f).stream().map(FactRow::id).toList();
    }
}
