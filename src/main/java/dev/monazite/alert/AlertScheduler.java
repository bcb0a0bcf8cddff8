package dev.monazite.alert;

import dev.monazite.store.FactStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's background work for alerts: every interval it raises the scheduled digests whose
 * day or week has come, and sends the deliveries that are due (first tries of alerts raised
 * elsewhere, and retries of failed ones). One thread; a failing round
 * is reported on stderr and the next round tries again.
 */
public final class AlertScheduler implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "monazite-alerts");
        t.setDaemon(true);
        return t;
    });
    private final Path dataDir;
    private final String dbUrl;
    private final java.time.Clock clock;
    private String lastError;

    private AlertScheduler(Path dataDir, String dbUrl, java.time.Clock clock) {
        this.dataDir = dataDir;
        this.dbUrl = dbUrl;
        this.clock = clock;
    }

    /** Starts sending due deliveries for the data directory every interval, the first round at once. */
    public static AlertScheduler start(Path dataDir, String dbUrl, Duration every) {
        return start(dataDir, dbUrl, every, java.time.Clock.systemUTC());
    }

    static AlertScheduler start(Path dataDir, String dbUrl, Duration every, java.time.Clock clock) {
        AlertScheduler s = new AlertScheduler(dataDir, dbUrl, clock);
        s.timer.scheduleWithFixedDelay(s::round, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    // The store is opened for each round: between rounds the server holds no extra connection.
    private void round() {
        try (FactStore store = FactStore.open(dataDir, dbUrl)) {
            DeliveryConfig config = DeliveryConfig.load(dataDir, System.getenv());
            Alerts alerts = Alerts.of(dataDir, store, clock);
            if (alerts.watches().stream().anyMatch(w -> w.kind() == Watch.Kind.DIGEST)
                    && dev.monazite.index.ArticleSearcher.exists(dataDir)) {
                try (dev.monazite.index.ArticleSearcher searcher = dev.monazite.index.ArticleSearcher.open(dataDir,
                        new dev.monazite.index.QueryRewriter(dev.monazite.lexicon.Lexicon.load(dataDir),
                                dev.monazite.lexicon.Thesaurus.load(dataDir)))) {
                    alerts.digests(searcher, config.channels());
                }
            }
            alerts.deliver(config);
            lastError = null;
        } catch (RuntimeException | java.io.IOException e) {
            if (!String.valueOf(e.getMessage()).equals(lastError)) {
                System.err.println("warning: alert delivery: " + e.getMessage() + "; retried every round");
            }
            lastError = String.valueOf(e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
