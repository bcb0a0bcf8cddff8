package dev.monazite.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.monazite.cli.Main;
import dev.monazite.store.FactStore;
import dev.monazite.testing.AlertNews;
import dev.monazite.testing.WebhookReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook that fails is retried after its wait, from a store opened anew (as after a restart), and
 * once it answers, the alert is never posted again.
 */
class DeliveryRetryTest {
    @TempDir
    Path tmp;

    @Test
    void failedWebhook_retriedAfterBackoff_fromAReopenedStore_thenSentOnce() throws Exception {
        Path data = tmp.resolve("data");
        try (WebhookReceiver hook = new WebhookReceiver(1)) {
            Files.createDirectories(data);
            Files.writeString(data.resolve(DeliveryConfig.FILE), "webhook.url=" + hook.url() + "\n");
            ingest(data, AlertNews.first(tmp));
            try (FactStore store = FactStore.open(data, null)) {
                Alerts.of(data, store).add(new Watch("controls", Watch.Kind.FACT, "policy CN"));
            }
            ingest(data, AlertNews.second(tmp)); // raises the alert; the first post is refused
            assertEquals(1, hook.bodies().size());
            DeliveryConfig config = DeliveryConfig.load(data, Map.of());

            assertEquals(new Alerts.Delivered(0, 0), deliver(data, config, Duration.ZERO), "not due before its wait");
            assertEquals(new Alerts.Delivered(1, 0), deliver(data, config, Duration.ofSeconds(31)));
            assertEquals(new Alerts.Delivered(0, 0), deliver(data, config, Duration.ofHours(12)));
            assertEquals(2, hook.bodies().size());
            assertEquals(1, hook.keys().stream().distinct().count(), "a retry carries the same id: " + hook.keys());
            try (FactStore store = FactStore.open(data, null)) {
                assertEquals(Map.of("webhook sent", 1L), Alerts.of(data, store).deliveries());
            }
        }
    }

    @Test
    void serveScheduler_sendsTheDueRetry_andStopsOnClose() throws Exception {
        Path data = tmp.resolve("data");
        try (WebhookReceiver hook = new WebhookReceiver(1)) {
            Files.createDirectories(data);
            Files.writeString(data.resolve(DeliveryConfig.FILE), "webhook.url=" + hook.url() + "\n");
            ingest(data, AlertNews.first(tmp));
            try (FactStore store = FactStore.open(data, null)) {
                Alerts.of(data, store).add(new Watch("magnets", Watch.Kind.FACT, "trade NdFeB-magnet CN>US below 1000t"));
            }
            ingest(data, AlertNews.second(tmp));
            assertEquals(1, hook.bodies().size(), "the ingest's own try, refused");
            Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
            try (AlertScheduler s = AlertScheduler.start(data, null, Duration.ofMillis(50), later)) {
                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (hook.bodies().size() < 2 && System.nanoTime() < until) {
                    Thread.sleep(50);
                }
            }
            try (FactStore store = FactStore.open(data, null)) {
                assertEquals(Map.of("webhook sent", 1L), Alerts.of(data, store).deliveries());
            }
            assertEquals(2, hook.bodies().size(), "sent once after the refusal, never again: " + hook.bodies());
        }
    }

    @Test
    void backoff_doublesFromThirtySeconds_upToSixHours() {
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofHours(6)),
                List.of(Outbox.wait(1), Outbox.wait(2), Outbox.wait(3), Outbox.wait(15)));
    }

    private static Alerts.Delivered deliver(Path data, DeliveryConfig config, Duration later) {
        try (FactStore store = FactStore.open(data, null)) {
            return Alerts.of(data, store, Clock.offset(Clock.systemUTC(), later)).deliver(config);
        }
    }

    private static void ingest(Path data, Path folder) {
        assertEquals(0, Main.run("ingest", "--quiet", "--data", data.toString(), folder.toString()));
    }
}
