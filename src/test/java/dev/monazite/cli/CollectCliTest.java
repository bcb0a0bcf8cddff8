package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.collect.LocalSite;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.StoredArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `monazite source` and `monazite collect` run end to end against a local site. */
class CollectCliTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private static synchronized Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void addTestCollectListShowRemove_endToEnd() throws Exception {
        try (LocalSite site = new LocalSite()) {
            site.page("/news/quota.html", "text/html", LocalSite.article("Quota raised for heavy rare earths",
                    "The second batch of heavy rare-earth quotas was raised by five percent.",
                    "Dysprosium prices fell on the news in Ganzhou."));
            site.page("/news/ban.html", "text/html", LocalSite.article("Export ban rumour denied",
                    "A rumour about a gallium export ban was denied by officials."));
            site.page("/feed.xml", "application/rss+xml", site.rss("Quota", "/news/quota.html", "Ban", "/news/ban.html"));
            String data = tmp.resolve("data").toString();

            Run added = run("source", "add", "wire", site.url("/feed.xml"), "--every", "2h", "--lang", "en",
                    "--exclude", "rumour", "--data", data);
            assertEquals(0, added.exit(), added.toString());
            assertTrue(added.out().contains("added feed 'wire'"), "kind detected: " + added);

            Run listing = run("source", "add", "page", site.url("/news/quota.html"), "--data", data);
            assertEquals(2, listing.exit(), listing.toString());
            assertTrue(listing.err().contains("give the CSS selector of its article links with --selector"), listing.toString());

            Run tooOften = run("source", "add", "x", site.url("/feed.xml"), "--every", "10s", "--data", data);
            assertEquals(2, tooOften.exit());
            assertTrue(tooOften.err().contains("--every '10s' is too short"), tooOften.toString());

            Run tested = run("source", "test", "wire", "--data", data);
            assertEquals(0, tested.exit(), tested.toString());
            assertTrue(tested.out().contains("feed 'wire': 2 link(s), 0 collected before"), tested.toString());
            assertTrue(tested.out().contains("would ingest          " + site.url("/news/quota.html")
                    + "  \"Quota raised for heavy rare earths\"  (en, 2 paragraph(s))"), tested.toString());
            assertTrue(tested.out().contains("filtered out          " + site.url("/news/ban.html")), tested.toString());
            assertTrue(tested.out().contains("1 article(s) would be ingested"), tested.toString());
            assertEquals(0, count(data), "test stores nothing");

            assertEquals(0, run("watch", "add", "heavy", "--entity", "Dy", "--data", data).exit());
            Run collected = run("collect", "--once", "--data", data);
            assertEquals(0, collected.exit(), collected.toString());
            // what collecting stores is checked against the watches, as what ingest stores is
            assertTrue(collected.out().contains("1 new alert(s)"), collected.toString());
            Run alerts = run("alerts", "--format", "jsonl", "--data", data);
            assertTrue(alerts.out().contains("\"heavy\"") && alerts.out().contains("Quota raised for heavy rare earths"),
                    alerts.toString());
            assertTrue(collected.out().contains("wire: 2 link(s), 1 new article(s) stored, 0 already known, 1 filtered out, 0 failed"),
                    collected.toString());
            assertEquals(1, count(data));

            Run list = run("source", "list", "--data", data);
            assertTrue(list.out().matches("(?s).*wire\\s+feed\\s+2h\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\s+1\\s+ok.*"), list.toString());

            Run show = run("source", "show", "wire", "--data", data);
            assertTrue(show.out().contains("exclude:     rumour"), show.toString());
            assertTrue(show.out().contains("language:    en"), show.toString());

            Run again = run("collect", "--once", "--data", data);
            assertTrue(again.out().contains("0 source(s) polled"), "not due for two hours: " + again);

            Run searched = run("search", "dysprosium", "--data", data);
            assertTrue(searched.out().contains("Quota raised for heavy rare earths"), searched.toString());

            assertEquals(0, run("source", "remove", "wire", "--data", data).exit());
            Run gone = run("source", "show", "wire", "--data", data);
            assertEquals(2, gone.exit());
            assertTrue(gone.err().contains("no source named 'wire'"), gone.toString());
        }
    }

    @Test
    void pausedSource_isListedAsPausedWithItsError_andResumeClearsIt() throws Exception {
        try (LocalSite site = new LocalSite()) {
            site.page("/feed.xml", "application/rss+xml", "<rss><channel><item>");
            String data = tmp.resolve("data").toString();
            assertEquals(0, run("source", "add", "bad", site.url("/feed.xml"), "--kind", "feed", "--data", data).exit());
            Run failed = run("collect", "--once", "--data", data);
            assertEquals(1, failed.exit(), failed.toString());
            assertTrue(failed.out().contains("bad: failed: " + site.url("/feed.xml") + ": not a readable RSS or Atom feed"),
                    failed.toString());
            Run list = run("source", "list", "--data", data);
            assertTrue(list.out().contains("failing (1 in a row, retried with backoff)"), list.toString());
            Run resumed = run("source", "resume", "bad", "--data", data);
            assertEquals(0, resumed.exit(), resumed.toString());
            Run show = run("source", "show", "bad", "--data", data);
            assertTrue(show.out().contains("next due:    now"), show.toString());
        }
    }

    private static int count(String data) throws Exception {
        if (!ArticleSearcher.exists(Path.of(data))) {
            return 0;
        }
        List<StoredArticle> all = new ArrayList<>();
        try (ArticleSearcher s = ArticleSearcher.open(Path.of(data))) {
            s.every().forEach(all::add);
        }
        return all.size();
    }
}
