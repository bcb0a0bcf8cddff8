package dev.monazite.facts;

import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.DateMention;
import dev.monazite.quantity.Lang;
import dev.monazite.quantity.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the recently read sentences contained, so that a sentence met again is not read again. The
 * same story arrives from many outlets, and a syndicated rewrite repeats most of its sentences word
 * for word; the entities, dates and quantities of a sentence depend only on its text, the article's
 * language and the day relative dates are resolved against, which together are the key.
 *
 * <p>Bounded by two generations: lookups try the current one, then the previous; when the current
 * one is full it becomes the previous and the old previous is dropped. So the most recent
 * {@code capacity} to {@code 2 * capacity} sentences are remembered, without per-entry bookkeeping,
 * and any number of threads may read and fill it at once.
 */
final class RecentSentences {
    /** A sentence's entities, dates and quantities, as the finders return them (immutable lists). */
    record Readings(List<Mention> mentions, List<DateMention> dates, List<Quantity> quantities) {}

    private record Key(String text, Lang lang, LocalDate reference) {}

    private final int capacity;
    private volatile Map<Key, Readings> current;
    private volatile Map<Key, Readings> previous = Map.of();

    RecentSentences(int capacity) {
        this.capacity = capacity;
        this.current = generation();
    }

    // Sized for a full generation, so that filling it never rehashes.
    private Map<Key, Readings> generation() {
        return new ConcurrentHashMap<>(capacity * 4 / 3 + 16);
    }

    /** The readings of this sentence: remembered ones when it was read recently, otherwise read() now. */
    Readings get(String text, Lang lang, LocalDate reference, Supplier<Readings> read) {
        Key key = new Key(text, lang, reference);
        Readings r = current.get(key);
        if (r == null) {
            r = previous.get(key);
            if (r == null) {
                r = read.get();
            }
            remember(key, r);
        }
        return r;
    }

    private void remember(Key key, Readings r) {
        Map<Key, Readings> map = current;
        map.put(key, r);
        if (map.size() >= capacity) {
            synchronized (this) {
                if (current == map) {
                    previous = map;
                    current = generation();
                }
            }
        }
    }
}
