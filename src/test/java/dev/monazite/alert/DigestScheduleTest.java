package dev.monazite.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.monazite.cli.Main;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.store.FactStore;
import dev.monazite.testing.AlertNews;
import dev.monazite.testing.WebhookReceiver;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A workflow's digest scheduled daily goes out once per day, by e-mail and webhook like any alert. */
class DigestScheduleTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path tmp;

    @Test
    void dailyDigest_sentOncePerDay_byMailAndWebhook() throws Exception {
        Path data = tmp.resolve("data");
        try (WebhookReceiver hook = new WebhookReceiver(0)) {
            AlertNews.deliverTo(data, hook.url(), MAIL.getSmtp().getPort());
            assertEquals(0, Main.run("ingest", "--quiet", "--data", data.toString(), AlertNews.first(tmp).toString(),
                    AlertNews.second(tmp).toString()));
            assertEquals(0, Main.run("workflow", "add", "oxide", "--query", "oxide", "--data", data.toString()));
            try (FactStore store = FactStore.open(data, null)) {
                Alerts.of(data, store).add(new Watch("morning", Watch.Kind.DIGEST, "oxide daily"));
            }
            Clock oct10 = Clock.fixed(Instant.parse("2025-10-10T06:00:00Z"), ZoneOffset.UTC);
            assertEquals(1, round(data, oct10));
            assertEquals(0, round(data, Clock.offset(oct10, java.time.Duration.ofHours(3))), "once a day");
            assertEquals(1, round(data, Clock.offset(oct10, java.time.Duration.ofDays(1))), "and again the next day");

            MimeMessage[] mails = MAIL.getReceivedMessages();
            assertEquals(2, mails.length);
            assertEquals("[Monazite] morning: Digest: oxide, 2025-10-10", mails[0].getSubject());
            assertTrue(GreenMailUtil.getBody(mails[0]).contains("Oxide prices jump again after the holiday"),
                    GreenMailUtil.getBody(mails[0]));
            assertEquals(2, hook.bodies().size());
            assertTrue(hook.bodies().get(0).contains("\"matched\":\"daily digest of workflow oxide: 1 story since 2025-10-09\""),
                    hook.bodies().get(0));
        }
    }

    @Test
    void parse_wantsAWorkflowAndDailyOrWeekly() {
        assertEquals(new DigestSchedule("稀土 产业链", true), DigestSchedule.parse("稀土 产业链 weekly"));
        assertEquals("2025-W41", DigestSchedule.parse("x weekly").period(LocalDate.of(2025, 10, 10)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DigestSchedule.parse("x monthly"));
        assertTrue(e.getMessage().contains("write 'WORKFLOW daily' or 'WORKFLOW weekly'"), e.getMessage());
    }

    // One server round: raise the digests due, then deliver; how many were raised.
    private static int round(Path data, Clock clock) throws Exception {
        try (FactStore store = FactStore.open(data, null); ArticleSearcher searcher = ArticleSearcher.open(data)) {
            Alerts alerts = Alerts.of(data, store, clock);
            DeliveryConfig config = DeliveryConfig.load(data, Map.of());
            int raised = alerts.digests(searcher, config.channels());
            alerts.deliver(config);
            return raised;
        }
    }
}
