package dev.monazite.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.facts.Fact;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline filters by actor, action, target and dates, and says where an unstated date came from. */
class TimelineTest {
    @TempDir
    Path tmp;

    private static Fact act(String actor, String action, String target, String date) {
        return target == null ? Stated.fact("policy", 0, null, date, "actor", actor, "action", action)
                : Stated.fact("policy", 0, null, date, "actor", actor, "action", action, "target", target);
    }

    @Test
    void filters_byActionTargetAndDates_combine() {
        try (FactStore store = FactStore.open(tmp, null)) {
            Stated.oneSentence(store, "a", "Wire A", "2025-10-10", "On 9 October 2025 the ministry tightened export controls.",
                    act("CN", "export_control", null, "2025-10-09"));
            Stated.oneSentence(store, "b", "Wire B", "2025-04-05", "In April 2025 Washington raised tariffs on Chinese goods.",
                    act("US", "tariff", "CN", "2025-04"));
            Stated.oneSentence(store, "c", "Wire C", "2025-11-02", "In November 2025 Tokyo signed a supply pact with Canberra.",
                    act("JP", "agreement", "AU", "2025-11"));
            assertEquals(List.of("CN"), actors(Timeline.build(store, new Timeline.Query(null, "export_control", null, null, null))));
            assertEquals(List.of("US"), actors(Timeline.build(store, new Timeline.Query(null, null, "CN", null, null))));
            assertEquals(List.of("CN", "JP"), actors(Timeline.build(store, new Timeline.Query(null, null, null, "2025-10", "2025-12"))));
            assertEquals(List.of(), actors(Timeline.build(store, new Timeline.Query("JP", "tariff", null, null, null))));
        }
    }

    @Test
    void aDateTheSentenceStates_needsNoExplanation() {
        try (FactStore store = FactStore.open(tmp, null)) {
            Stated.oneSentence(store, "en", "Wire A", "2025-10-10", "On 9 October 2025 the ministry tightened export controls.",
                    act("CN", "export_control", null, "2025-10-09"));
            Stated.oneSentence(store, "zh", "Wire B", "2025-10-10", "商务部于2025年10月9日宣布对钬实施出口管制。",
                    act("CN", "export_control", null, "2025-10-09"));
            List<TimelineEvent> events = Timeline.build(store, Timeline.Query.ALL);
            assertEquals(1, events.size(), "one act, two sources: " + events);
            assertEquals(2, events.get(0).sources().size());
            assertNull(events.get(0).datedFrom());
        }
    }

    @Test
    void aDateTheSentenceLacks_saysWhereItCameFrom() {
        try (FactStore store = FactStore.open(tmp, null)) {
            Stated.oneSentence(store, "dateline", "Wire A", "2025-10-20", "The ministry announced export controls on holmium.",
                    dated(act("CN", "export_control", null, "2025-10-20"), "dateline"));
            Stated.oneSentence(store, "relative", "Wire C", "2025-10-20", "Last month the ministry set a new quota.",
                    dated(act("CN", "quota", null, "2025-09"), "relative"));
            List<TimelineEvent> events = Timeline.build(store, Timeline.Query.ALL);
            assertEquals("stated without its year; resolved against the article's date (published 2025-10-20)",
                    events.get(0).datedFrom());
            assertEquals("not stated in the sentence; the article's date line (2025-10-20)", events.get(1).datedFrom());
        }
    }

    private static Fact dated(Fact f, String how) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(f.fields());
        fields.put("dated", how);
        return new Fact(f.type(), fields, f.value(), f.valueMin(), f.valueMax(), f.unit(), f.date(), f.evidence(),
                f.extractor(), f.confidence());
    }

    @Test
    void aConfirmedStatement_marksItsEventVouched() {
        try (FactStore store = FactStore.open(tmp, null)) {
            Stated.oneSentence(store, "a", "Wire A", "2025-10-10", "On 9 October 2025 the ministry tightened export controls.",
                    act("CN", "export_control", null, "2025-10-09"));
            assertEquals(false, Timeline.build(store, Timeline.Query.ALL).get(0).vouched());
            store.review(store.facts(FactFilter.ALL).get(0).id(), Review.Verdict.CONFIRMED, java.util.Map.of(), null, "ana");
            assertEquals(true, Timeline.build(store, Timeline.Query.ALL).get(0).vouched());
        }
    }

    private static List<String> actors(List<TimelineEvent> events) {
        return events.stream().map(TimelineEvent::actor).toList();
    }
}
