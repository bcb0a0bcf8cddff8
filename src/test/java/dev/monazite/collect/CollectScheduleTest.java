package dev.monazite.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The schedule `serve` runs: passes of the real collector until closed. */
class CollectScheduleTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void schedule_collectsADueSource_andStopsWhenClosed() throws Exception {
        try (LocalSite site = new LocalSite(); Collecting c = new Collecting(tmp.resolve("data"))) {
            site.page("/a.html", "text/html", LocalSite.article("Terbium stocks drawn down",
                    "State reserves released terbium metal to magnet makers in May."));
            site.page("/feed.xml", "application/rss+xml", site.rss("Terbium", "/a.html"));
            c.add("wire", site.url("/feed.xml"), Kind.FEED);
            CollectSchedule schedule = new CollectSchedule(c.collector::collectDue, Duration.ofMillis(100), c.log::add);
            try {
                while (c.batches.isEmpty()) {
                    Thread.sleep(50);
                }
            } finally {
                schedule.close();
            }
            int feedHits = site.hits("/feed.xml");
            Thread.sleep(300);
            assertEquals(feedHits, site.hits("/feed.xml"), "no pass after close");
            assertEquals(1, Collecting.articles(c.data).size());
            assertTrue(feedHits >= 1);
        }
    }
}
