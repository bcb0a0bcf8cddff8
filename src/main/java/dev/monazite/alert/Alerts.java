package dev.monazite.alert;

import dev.monazite.index.ArticleSearcher;
import dev.monazite.store.FactStore;
import dev.monazite.store.StoreException;
import dev.monazite.workflow.WorkflowBook;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The analyst's watches and the alerts they raised, kept in the fact store's database. After each
 * batch of stored articles, {@link #afterIngest} looks at what arrived since each watch last looked,
 * raises an alert for each match (never twice: see V8), queues it for the webhook and e-mail, and
 * sends what is due.
 */
public final class Alerts {
    private final Path dataDir;
    private final FactStore store;
    private final AlertTables tables;
    private final Clock clock;

    private Alerts(Path dataDir, FactStore store, Clock clock) {
        this.dataDir = dataDir;
        this.store = store;
        this.tables = new AlertTables(store.connection());
        this.clock = clock;
    }

    /** The alerts of the store opened on dataDir. */
    public static Alerts of(Path dataDir, FactStore store) {
        return new Alerts(dataDir, store, Clock.systemUTC());
    }

    /** The same, on a given clock (tests). */
    public static Alerts of(Path dataDir, FactStore store, Clock clock) {
        return new Alerts(dataDir, store, clock);
    }

    /** What one run after an ingest did: alerts raised, deliveries sent and failed (to be retried). */
    public record Run(int raised, int sent, int failed) {}

    /**
     * The one entry point after a batch of newly stored (and committed) articles: the CLI's ingest,
     * the web upload and the collector call it. Deliveries go where DATA/alerts.properties and the
     * MONAZITE_* variables say.
     *
     * @param searcher a searcher that sees the batch's commit, or null when there is no index (query
     *                 and workflow watches then wait for the next run)
     * @throws IllegalArgumentException when the delivery settings cannot be used
     * @throws StoreException when the database fails
     */
    public static Run afterIngest(Path dataDir, FactStore store, ArticleSearcher searcher) {
        return of(dataDir, store).run(searcher, DeliveryConfig.load(dataDir, System.getenv()));
    }

    /** Raises the alerts of what arrived, then sends what is due; see {@link #afterIngest}. */
    public Run run(ArticleSearcher searcher, DeliveryConfig config) {
        int raised = evaluate(searcher, config.channels());
        Delivered d = deliver(config);
        return new Run(raised, d.sent(), d.failed());
    }

    /**
     * Adds a watch that looks at what arrives from now on.
     *
     * @throws IllegalArgumentException when a watch has the name, or the workflow it names does not exist
     */
    public void add(Watch w) {
        if (w.kind() == Watch.Kind.WORKFLOW) {
            WorkflowBook.open(dataDir).require(w.spec());
        }
        if (w.kind() == Watch.Kind.DIGEST) {
            WorkflowBook.open(dataDir).require(DigestSchedule.parse(w.spec()).workflow());
        }
        sql(() -> {
            if (tables.watch(w.name()).isPresent()) {
                throw new IllegalArgumentException("a watch named '" + w.name() + "' exists: remove it first "
                        + "(monazite watch remove) or pick another name");
            }
            tables.addWatch(w, clock.instant());
            return null;
        });
        store.commit();
    }

    public List<Watch> watches() {
        return sql(() -> tables.watches().stream().map(AlertTables.Marked::watch).toList());
    }

    public Optional<Watch> watch(String name) {
        return sql(() -> tables.watch(name).map(AlertTables.Marked::watch));
    }

    /**
     * Removes a watch with its alerts.
     *
     * @throws IllegalArgumentException when there is no such watch
     */
    public void remove(String name) {
        boolean removed = sql(() -> tables.removeWatch(name.strip()));
        store.commit();
        if (!removed) {
            throw new IllegalArgumentException("no watch is named '" + name.strip() + "'; see 'monazite watch list'");
        }
    }

    /** Alerts raised since the instant (all when null) and numbered after afterNum, newest first, at most limit. */
    public List<Alert> alerts(Instant since, long afterNum, int limit) {
        return sql(() -> tables.alerts(since, afterNum, limit));
    }

    /** How many alerts are numbered after afterNum. */
    public long count(long afterNum) {
        return sql(() -> tables.count(afterNum));
    }

    /** Delivery states by channel and state ("webhook sent" → 3). */
    public Map<String, Long> deliveries() {
        return sql(tables::deliveryCounts);
    }

    /**
     * Evaluates every watch over the articles saved since it last looked, records new alerts and
     * queues them for the channels; commits per watch, so a crash repeats no alert.
     *
     * @return how many alerts were raised
     */
    public int evaluate(ArticleSearcher searcher, List<String> channels) {
        Evaluator evaluator = new Evaluator(dataDir, store, searcher, clock.instant());
        int raised = 0;
        for (AlertTables.Marked m : sql(tables::watches)) {
            raised += evaluate(evaluator, m, searcher, channels);
        }
        return raised;
    }

    private int evaluate(Evaluator evaluator, AlertTables.Marked m, ArticleSearcher searcher, List<String> channels) {
        boolean needsIndex = m.watch().kind() == Watch.Kind.QUERY || m.watch().kind() == Watch.Kind.WORKFLOW;
        if (needsIndex && searcher == null) {
            return 0;
        }
        List<AlertTables.NewArticle> arrived = sql(() -> tables.articlesAfter(m.mark()));
        if (arrived.isEmpty()) {
            return 0;
        }
        Map<String, Set<String>> mentions = sql(() -> tables.mentionsAfter(m.mark()));
        List<Alert> found;
        try {
            found = evaluator.evaluate(m.watch(), arrived, mentions);
        } catch (IOException e) {
            throw new IllegalStateException("the index could not be searched for watch " + m.watch().name() + ": "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // the workflow went away or its query cannot run: the watch says so and the others go on
            System.err.println("warning: watch " + m.watch().name() + ": " + e.getMessage());
            return 0;
        }
        long last = arrived.get(arrived.size() - 1).num();
        int raised = sql(() -> record(found, channels, m.watch().name(), last));
        store.commit();
        return raised;
    }

    private int record(List<Alert> found, List<String> channels, String watch, long last) throws SQLException {
        int raised = 0;
        for (Alert a : found) {
            long num = tables.raise(a);
            if (num >= 0) {
                raised++;
                for (String c : channels) {
                    tables.queue(num, c, clock.instant());
                }
            }
        }
        tables.mark(watch, last);
        return raised;
    }

    /**
     * Raises the scheduled digests whose period has come (once per day or ISO week each) and queues
     * them for the channels. The server calls it every round; a digest whose workflow went away is
     * reported and skipped.
     *
     * @return how many digests were raised
     */
    public int digests(ArticleSearcher searcher, List<String> channels) {
        int raised = 0;
        for (AlertTables.Marked m : sql(tables::watches)) {
            if (m.watch().kind() != Watch.Kind.DIGEST) {
                continue;
            }
            DigestSchedule schedule = DigestSchedule.parse(m.watch().spec());
            String key = "digest:" + schedule.period(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
            if (sql(() -> tables.has(m.watch().name(), key))) {
                continue;
            }
            try {
                Alert a = schedule.digest(m.watch(), dataDir, searcher, store, clock);
                raised += sql(() -> record(List.of(a), channels, m.watch().name(), m.mark()));
                store.commit();
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("warning: digest watch " + m.watch().name() + ": " + e.getMessage());
            }
        }
        return raised;
    }

    /** What a delivery run did: deliveries sent, and failed (retried later or given up). */
    public record Delivered(int sent, int failed) {}

    /** Sends the deliveries that are due by the config's channels; see {@link Outbox}. */
    public Delivered deliver(DeliveryConfig config) {
        Outbox.Sent s = sql(() -> Outbox.run(tables, store::commit, (a, channel) -> send(config, a, channel), clock));
        return new Delivered(s.sent(), s.failed());
    }

    private static void send(DeliveryConfig config, Alert a, String channel) throws Exception {
        switch (channel) {
            case "webhook" -> {
                if (!config.webhookOn()) {
                    throw new IllegalStateException("no webhook.url is set any more");
                }
                Webhook.send(config.webhook(), a, config.link());
            }
            case "email" -> {
                if (!config.mailOn()) {
                    throw new IllegalStateException("no smtp.host and mail.to are set any more");
                }
                Mailer.send(config, a);
            }
            default -> throw new IllegalStateException("unknown channel " + channel);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("the alert tables could not be used: " + e.getMessage()
                    + " (check the database with 'monazite doctor')", e);
        }
    }

    private void rollback() {
        try {
            Connection c = store.connection();
            c.rollback();
        } catch (SQLException ignored) {
            // the first error is the one to report
        }
    }
}
