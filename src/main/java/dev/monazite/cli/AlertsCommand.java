package dev.monazite.cli;

import dev.monazite.alert.Alert;
import dev.monazite.alert.Alerts;
import dev.monazite.store.FactStore;
import dev.monazite.text.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite alerts}: what the watches found, newest first. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        header = "List the alerts the watches raised, newest first.",
        description = "List the alerts the watches raised, newest first, each with what matched, its evidence and"
                + " its article. Watches are evaluated after each ingest (see 'monazite watch').")
final class AlertsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--since", paramLabel = "DATE", description = "Only alerts raised on or after this day (YYYY-MM-DD, UTC).")
    String since;

    @Option(names = "--limit", defaultValue = "200", description = "At most this many alerts (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Instant from = since == null ? null : day(since);
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
        }
        List<Alert> alerts;
        try (FactStore store = Components.openStore(main)) {
            alerts = Alerts.of(main.dataDir(), store).alerts(from, 0, limit);
        }
        if (format.isTable()) {
            alerts.forEach(AlertsCommand::print);
        } else {
            format.print(alerts.stream().map(Alert::json).toList(), List.of("num", "watch", "raised", "matched",
                    "title", "source", "published", "article", "fact", "evidence", "link"));
        }
        if (alerts.isEmpty() && format.isTable() && !main.quiet) {
            System.err.println("no alerts" + (since == null ? "" : " since " + since)
                    + " (add a watch with 'monazite watch add'; it looks at what is ingested after it)");
        }
        return 0;
    }

    // Two lines an alert: when, which watch and what matched; then the article, its outlet and date.
    private static void print(Alert a) {
        System.out.printf("#%-5d %s  %-16s %s%n", a.num(), Texts.cut(a.raised().toString(), 0, 16).replace('T', ' '),
                a.watch(), dev.monazite.text.Texts.label(a.matched(), 100));
        System.out.printf("       %s · %s%s · article %s%n", dev.monazite.text.Texts.label(a.title(), 80),
                a.source() == null ? "unknown outlet" : a.source(),
                a.published() == null ? "" : " · " + a.published().toLocalDate(), a.articleId());
    }

    private static Instant day(String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("--since '" + value + "' is not a day: write YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("--since '" + value + "' is not a day of the calendar: write YYYY-MM-DD");
        }
    }
}
