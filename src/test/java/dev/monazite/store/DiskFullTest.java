package dev.monazite.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.monazite.facts.Fact;
import dev.monazite.index.StoredArticle;
import dev.monazite.article.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the embedded database: writing fails with a message that says so, and what
 * was committed before is still there once space is freed. The disk is a 4 MB tmpfs mounted for
 * the test (CI runs as root; elsewhere the test is skipped).
 */
class DiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void save_onFullDisk_saysDiskIsFull_andKeepsCommittedData() throws Exception {
        Path disk = tmp.resolve("small");
        Files.createDirectories(disk);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString()) == 0,
                "needs root to mount a small tmpfs");
        try {
            String url = "jdbc:h2:file:" + disk.resolve("monazite") + ";MAX_COMPACT_TIME=0";
            Map<String, Long> before;
            try (FactStore store = FactStore.open(tmp, url)) {
                store.save(article("a0", 3), List.of("CN"));
                store.commit();
                before = store.counts();
            }
            fill(disk.resolve("filler"));
            StoreException e = assertThrows(StoreException.class, () -> {
                try (FactStore store = FactStore.open(tmp, url)) {
                    for (int i = 1; i < 2000; i++) {
                        store.save(article("a" + i, 50), List.of("CN", "US"));
                        store.commit();
                    }
                }
            });
            assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
            Files.delete(disk.resolve("filler"));
            try (FactStore store = FactStore.open(tmp, url)) {
                assertTrue(store.counts().get("articles") >= before.get("articles"));
                assertEquals(1, store.facts(FactFilter.ALL).stream()
                        .filter(r -> r.fact().evidence().article().equals("a0")).map(r -> r.fact().evidence().article())
                        .distinct().count());
            }
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    private static StoredArticle article(String id, int facts) {
        Article a = new Article(id, "Title " + id, "src", null, null, "en",
                List.of(new Article.Paragraph(1, "China holds 90% of refining.", List.of())));
        List<Fact> list = new ArrayList<>();
        for (int i = 0; i < facts; i++) {
            list.add(new Fact("share", Map.of("subject", "CN", "metric", "refining", "scope", "WORLD"), 90.0 + i, null,
                    null, null, "2025", new Fact.Evidence(id, 1, 0, 28, "China holds 90% of refining. " + "x".repeat(400)),
                    "test", 0.5));
        }
        return new StoredArticle(a, List.of("/x/" + id + ".txt"), id, list);
    }

    // Leaves a few kilobytes free: the database's next writes hit the limit.
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is now full; that is the point
        }
    }

    private static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
