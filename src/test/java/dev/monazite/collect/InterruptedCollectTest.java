package dev.monazite.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.monazite.article.Article;
import dev.monazite.store.FactStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: `collect --once` in a child JVM is held where the pipeline has committed the
 * fetched articles but their URLs are not yet recorded, and killed there with SIGKILL. The next
 * run must store each article once and fetch none of them again.
 */
class InterruptedCollectTest {
    private static final int ARTICLES = 6;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void collect_killedAfterIngestBeforeRecording_rerunStoresEachOnceAndFetchesNoneAgain() throws Exception {
        try (LocalSite site = new LocalSite()) {
            List<String> feed = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                site.page("/a" + i + ".html", "text/html", LocalSite.article("Separation plant report number " + i,
                        "Plant " + i + " separated " + (100 + i) + " tonnes of praseodymium oxide in March.",
                        "Its owner said line " + i + " would be expanded next year."));
                feed.add("Report " + i);
                feed.add("/a" + i + ".html");
            }
            site.page("/feed.xml", "application/rss+xml", site.rss(feed.toArray(String[]::new)));
            Path data = tmp.resolve("data"), marker = tmp.resolve("held-after-ingest"), log = tmp.resolve("child.log");
            assertEquals(0, dev.monazite.cli.Main.run("source", "add", "wire", site.url("/feed.xml"), "--data", data.toString(),
                    "--quiet"));

            Process child = new ProcessBuilder(java(), "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                    "-Dmonazite.crash.after-ingest=" + marker, "-cp", System.getProperty("java.class.path"),
                    "dev.monazite.cli.Main", "collect", "--once", "--data", data.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (!Files.exists(marker)) {
                    if (!child.isAlive() || System.nanoTime() > deadline) {
                        fail("the child never reached the point after ingest; log:\n" + Files.readString(log));
                    }
                    Thread.sleep(20);
                }
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
            } finally {
                if (child.isAlive()) {
                    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
            try (Sources s = Sources.open(data, null)) {
                assertTrue(s.collected(List.of(site.url("/a0.html"))).isEmpty(), "the kill came before recording");
            }
            assertEquals(ARTICLES, Collecting.articles(data).size(), "the pipeline had committed them");

            assertEquals(0, dev.monazite.cli.Main.run("collect", "--once", "--data", data.toString(), "--quiet"));
            List<Article> after = Collecting.articles(data);
            assertEquals(ARTICLES, after.size());
            assertEquals(ARTICLES, after.stream().map(Article::url).distinct().count());
            try (FactStore store = FactStore.open(data, null)) {
                assertEquals((long) ARTICLES, store.counts().get("articles"));
            }
            try (Sources s = Sources.open(data, null)) {
                List<String> urls = new ArrayList<>();
                for (int i = 0; i < ARTICLES; i++) {
                    urls.add(site.url("/a" + i + ".html"));
                    assertEquals(1, site.hits("/a" + i + ".html"), "fetched once: /a" + i + ".html");
                }
                assertEquals(ARTICLES, s.collected(urls).size(), "every URL recorded");
            }
            try (var spooled = Files.list(Spool.of(data))) {
                assertEquals(0, spooled.filter(f -> f.toString().endsWith(".jsonl")).count(), "the spool is empty");
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
