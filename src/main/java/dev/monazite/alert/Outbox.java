package dev.monazite.alert;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the deliveries that are due, one at a time, each claimed and its outcome committed before
 * the next: a restart resumes where it stopped, and a delivery sent is never sent again. Only a
 * crash between a send and its commit can repeat one, after its lease; the webhook's id and the
 * e-mail's X-Monazite-Alert header let a receiver drop that repeat. A failure is retried with a
 * doubling wait (30 s, 1 min, 2 min ... at most 6 h), and given up after {@value #MAX_ATTEMPTS} tries.
 */
final class Outbox {
    static final int MAX_ATTEMPTS = 10;
    private static final Duration LEASE = Duration.ofMinutes(2), FIRST_WAIT = Duration.ofSeconds(30),
            LONGEST_WAIT = Duration.ofHours(6);

    /** What a run of the outbox did. */
    record Sent(int sent, int failed) {}

    /** Sends one alert by one channel, or throws saying why it could not. */
    interface Sender {
        void send(Alert a, String channel) throws Exception;
    }

    private Outbox() {}

    static Sent run(AlertTables tables, Runnable commit, Sender sender, java.time.Clock clock) throws SQLException {
        int sent = 0, failed = 0;
        for (AlertTables.Due d : tables.due(clock.instant())) {
            if (!tables.claim(d, clock.instant().plus(LEASE))) {
                continue; // another process took it
            }
            commit.run();
            String error = attempt(sender, d);
            int tries = d.attempts() + 1;
            if (error == null) {
                tables.settle(d, "sent", clock.instant(), null);
                sent++;
            } else {
                tables.settle(d, tries >= MAX_ATTEMPTS ? "failed" : "pending", clock.instant().plus(wait(tries)),
                        dev.monazite.text.Texts.label(error, 500));
                failed++;
            }
            commit.run();
        }
        return new Sent(sent, failed);
    }

    private static String attempt(Sender sender, AlertTables.Due d) {
        try {
            sender.send(d.alert(), d.channel());
            return null;
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    static Duration wait(int tries) {
        Duration w = FIRST_WAIT.multipliedBy(1L << Math.min(tries - 1, 20));
        return w.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : w;
    }
}
