package dev.monazite.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.monazite.quantity.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentSentencesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 10, 9);

    private static RecentSentences.Readings read(AtomicInteger reads) {
        reads.incrementAndGet();
        return new RecentSentences.Readings(List.of(), List.of(), List.of());
    }

    @Test
    void sentenceReadAgain_isNotReadTwice() {
        RecentSentences recent = new RecentSentences(100);
        AtomicInteger reads = new AtomicInteger();
        RecentSentences.Readings first = recent.get("a", Lang.EN, DAY, () -> read(reads));
        RecentSentences.Readings again = recent.get("a", Lang.EN, DAY, () -> read(reads));
        assertSame(first, again);
        assertEquals(1, reads.get());
    }

    @Test
    void otherLanguageOrReferenceDay_isReadAfresh() {
        RecentSentences recent = new RecentSentences(100);
        AtomicInteger reads = new AtomicInteger();
        recent.get("5月", Lang.ZH, DAY, () -> read(reads));
        recent.get("5月", Lang.ZH, DAY.plusYears(1), () -> read(reads));
        recent.get("5月", Lang.ZH, null, () -> read(reads));
        recent.get("5月", Lang.EN, DAY, () -> read(reads));
        assertEquals(4, reads.get());
    }

    @Test
    void full_keepsOnlyTheLastTwoGenerations() {
        RecentSentences recent = new RecentSentences(2);
        AtomicInteger reads = new AtomicInteger();
        for (String s : List.of("a", "b", "c", "d")) { // a, b fill one generation; c, d the next
            recent.get(s, Lang.EN, DAY, () -> read(reads));
        }
        recent.get("c", Lang.EN, DAY, () -> read(reads)); // in the previous generation: remembered
        assertEquals(4, reads.get());
        recent.get("a", Lang.EN, DAY, () -> read(reads)); // two generations back: forgotten
        assertEquals(5, reads.get());
    }
}
