package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.monazite.article.Json;
import dev.monazite.testing.AlertNews;
import dev.monazite.testing.WebhookReceiver;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watches and alerts end to end through the command line, against a local webhook receiver and a
 * local SMTP server: each kind of watch fires once for what arrives after it, every alert is
 * posted and mailed once, and re-ingesting, reextracting and ingesting again raise and send nothing more.
 */
class AlertsCliTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path tmp;

    // Each command in a JVM of its own, as an analyst runs them. (Watches and delivery states that went
    // missing here now and then were H2 2.3.232 losing commits between reopens: EmbeddedReopenTest.)
    private static CliEndToEndTest.Run cli(String... args) {
        try {
            Path out = Files.createTempFile("monazite-cli", ".out"), err = Files.createTempFile("monazite-cli", ".err");
            List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                    "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    "dev.monazite.cli.Main"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int exit = p.waitFor();
            return new CliEndToEndTest.Run(exit, Files.readString(out), Files.readString(err));
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError("could not run the CLI", e);
        }
    }

    @Test
    void everyWatchKind_firesOnceForWhatArrives_andIsPostedAndMailedOnce() throws Exception {
        Path data = tmp.resolve("data");
        try (WebhookReceiver hook = new WebhookReceiver(0)) {
            AlertNews.deliverTo(data, hook.url(), MAIL.getSmtp().getPort());
            String d = data.toString();
            assertEquals(0, cli("ingest", "--quiet", "--data", d, AlertNews.first(tmp).toString()).exit());
            assertEquals(0, cli("workflow", "add", "magnet-flows", "--query", "magnets", "--data", d).exit());
            addWatches(d);

            CliEndToEndTest.Run second = cli("ingest", "--data", d, AlertNews.second(tmp).toString());
            assertTrue(second.out().contains("6 new alert(s), 12 delivered"), second.toString());
            CliEndToEndTest.Run third = cli("ingest", "--data", d, AlertNews.third(tmp).toString());
            assertTrue(third.out().contains("3 new alert(s), 6 delivered (see"), third.toString());
            Map<String, Integer> expected = new TreeMap<>(Map.of("query", 1, "flow", 1, "oxide", 2, "prices", 2,
                    "controls", 1, "magnets", 1, "disputes", 1));
            assertEquals(expected, perWatch(d));

            // again: the same files, a reextract that renumbers every article, and an ingest after it
            cli("ingest", "--quiet", "--data", d, tmp.resolve("batch1").toString(), tmp.resolve("batch2").toString(),
                    tmp.resolve("batch3").toString());
            assertEquals(0, cli("reextract", "--data", d).exit());
            cli("ingest", "--quiet", "--data", d, tmp.resolve("batch3").toString());
            assertEquals(expected, perWatch(d));

            int alerts = expected.values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(alerts, hook.bodies().size(), hook.bodies().toString());
            assertEquals(alerts, new HashSet<>(hook.keys()).size(), "each alert is posted once: " + hook.keys());
            MimeMessage[] mails = MAIL.getReceivedMessages();
            assertEquals(alerts, mails.length);
            assertTrue(List.of(mails).stream().anyMatch(m -> subject(m).contains("[Monazite] prices: Another desk")));
        }
    }

    private static void addWatches(String d) {
        String[][] watches = {{"query", "--query", "export controls"}, {"flow", "--workflow", "magnet-flows"},
                {"oxide", "--entity", "praseodymium-neodymium oxide"}, {"prices", "--fact", "price PrNd-oxide CNY/t moves 5%"},
                {"controls", "--fact", "policy CN export_control,export_license"},
                {"magnets", "--fact", "trade NdFeB-magnet CN>US below 1000t"}, {"disputes", "--fact", "conflict commodity=PrNd-oxide"}};
        for (String[] w : watches) {
            CliEndToEndTest.Run r = cli("watch", "add", w[0], w[1], w[2], "--data", d);
            assertEquals(0, r.exit(), r.toString());
        }
        String list = cli("watch", "list", "--data", d).out();
        assertTrue(list.contains("oxide\tentity: PrNd-oxide"), list);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"h2", "postgresql"})
    void alertsJsonl_carriesEvidenceOutletDateAndLink_onceOnEachDatabase(String backend) throws Exception {
        String url = null;
        if (backend.equals("postgresql")) {
            org.junit.jupiter.api.Assumptions.assumeTrue(dev.monazite.store.Backends.postgres() != null,
                    dev.monazite.store.Backends.PG_ENV + " is not set (.ci/run sets it)");
            url = dev.monazite.store.Backends.freshPostgres();
        }
        Path data = tmp.resolve("data");
        String d = data.toString();
        String[] db = url == null ? new String[0] : new String[] {"--db", url};
        cli(with(db, "ingest", "--quiet", "--data", d, AlertNews.first(tmp).toString()));
        cli(with(db, "watch", "add", "prices", "--fact", "price PrNd-oxide CNY/t rises 10%", "--data", d));
        cli(with(db, "ingest", "--quiet", "--data", d, AlertNews.second(tmp).toString()));
        cli(with(db, "ingest", "--quiet", "--data", d, AlertNews.second(tmp).toString(), AlertNews.first(tmp).toString()));
        List<Map<String, Object>> alerts = alerts(d, db);
        assertEquals(1, alerts.size(), alerts.toString());
        Map<String, Object> a = alerts.get(0);
        assertEquals("Baotou Market Letter", a.get("source"));
        assertEquals("2025-10-09T10:00", a.get("published"));
        assertTrue(((String) a.get("evidence")).contains("560,000 yuan per tonne"), a.toString());
        assertTrue(((String) a.get("matched")).contains("+12.0% against 500,000 (2025-10-02)"), a.toString());
        assertTrue(((String) a.get("fact")).matches("[0-9a-f]{12}-[0-9a-f]{8}"), a.toString());
        assertEquals("/articles/" + a.get("article"), a.get("link"));
        assertTrue(cli(with(db, "alerts", "--since", "2999-01-01", "--format", "jsonl", "--data", d)).out().isBlank());
    }

    @Test
    void badCondition_oneLineNamingThePart_andNothingAdded() throws Exception {
        Path data = tmp.resolve("data");
        String d = data.toString();
        cli("ingest", "--quiet", "--data", d, AlertNews.first(tmp).toString());
        CliEndToEndTest.Run r = cli("watch", "add", "w", "--fact", "policy CN embargo", "--data", d);
        assertTrue(r.exit() != 0, r.toString());
        assertTrue(r.err().contains("'embargo' is not a policy action"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(cli("watch", "list", "--data", d).out().contains("w\t"));
        CliEndToEndTest.Run removed = cli("watch", "remove", "nope", "--data", d);
        assertTrue(removed.exit() != 0 && removed.err().contains("no watch is named 'nope'"), removed.toString());
    }

    private static String[] with(String[] db, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of(db));
        return all.toArray(String[]::new);
    }

    private static List<Map<String, Object>> alerts(String d, String... db) throws Exception {
        String out = cli(with(db, "alerts", "--format", "jsonl", "--data", d)).out();
        return out.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return Json.MAPPER.readValue(l, new TypeReference<Map<String, Object>>() {});
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }

    private static Map<String, Integer> perWatch(String d) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        for (Map<String, Object> a : alerts(d)) {
            out.merge((String) a.get("watch"), 1, Integer::sum);
        }
        return out;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
