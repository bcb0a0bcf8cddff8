package dev.monazite.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources and collected URLs in the store: embedded H2, and PostgreSQL shared by two data directories. */
class SourcesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path tmp;

    private static Source source(String name) {
        return new Source(name, "https://example.com/" + name + ".xml", Kind.FEED, null, Duration.ofMinutes(30), "vi",
                List.of("đất hiếm", "稀土"), List.of("quảng cáo"));
    }

    private static void roundTrip(Sources a, Sources b) {
        a.add(source("tin"), T0);
        Source.Status s = b.find("tin").orElseThrow();
        assertEquals(source("tin"), s.source(), "settings as added, seen by the other handle");
        assertTrue(s.due(T0));
        assertThrows(IllegalArgumentException.class, () -> b.add(source("tin"), T0));
        a.polled(s.source(), T0, "\"v1\"", "Sun, 01 Mar 2026 07:00:00 GMT", 3);
        Source.Status polled = b.find("tin").orElseThrow();
        assertEquals("\"v1\"", polled.etag());
        assertEquals(T0, polled.lastFetch());
        assertEquals(T0.plus(Duration.ofMinutes(30)), polled.nextDue());
        assertEquals(3, polled.collected());
        assertFalse(polled.due(T0));
        b.record(List.of(new Sources.Taken("https://example.com/a", "tin", "abc", Sources.Outcome.STORED),
                new Sources.Taken("https://example.com/b", "tin", null, Sources.Outcome.GONE)));
        b.record(List.of(new Sources.Taken("https://example.com/a", "tin", "abc", Sources.Outcome.STORED)));
        assertEquals(Set.of("https://example.com/a", "https://example.com/b"),
                a.collected(List.of("https://example.com/a", "https://example.com/b", "https://example.com/c")));
        for (int i = 0; i < Collector.PAUSE_AFTER; i++) {
            a.failed(a.find("tin").orElseThrow(), T0, "HTTP 503 after 3 attempt(s)", Collector.PAUSE_AFTER);
        }
        Source.Status paused = b.find("tin").orElseThrow();
        assertTrue(paused.paused());
        assertEquals("HTTP 503 after 3 attempt(s)", paused.lastError());
        assertTrue(b.resume("tin"));
        assertTrue(a.find("tin").orElseThrow().due(T0));
        assertTrue(b.remove("tin"));
        assertTrue(a.all().isEmpty());
    }

    @Test
    void h2_keepsSourcesAndCollectedUrls() {
        Path data = tmp.resolve("data");
        try (Sources a = Sources.open(data, null)) {
            roundTrip(a, a);
        }
    }

    @Test
    void postgres_twoDataDirectoriesOnOneDatabase_shareTheSources() throws Exception {
        String base = System.getenv("MONAZITE_TEST_PG");
        assumeTrue(base != null, "MONAZITE_TEST_PG is not set (.ci/run sets it)");
        String name = "monazite_c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        int q = base.indexOf('?');
        String url = base.substring(0, base.lastIndexOf('/', q < 0 ? base.length() : q) + 1) + name
                + (q < 0 ? "" : base.substring(q));
        try (Sources a = Sources.open(tmp.resolve("ana"), url); Sources b = Sources.open(tmp.resolve("ben"), url)) {
            roundTrip(a, b);
        }
    }
}
