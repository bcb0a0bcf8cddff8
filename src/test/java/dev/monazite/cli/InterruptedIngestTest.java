package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.monazite.bench.CorpusGenerator;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.StoredArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: an ingest running in a child JVM is killed with SIGKILL after its first commits,
 * then ingest runs again on the same data directory. The result must equal a clean run: nothing
 * lost, nothing half-written, nothing doubled.
 */
class InterruptedIngestTest {
    // A full run takes several seconds (7-16 s on a busy two-core machine, with fact extraction).
    private static final int ARTICLES = 500, PER_FILE = 20;
    private static final long START_DEADLINE_SECONDS = 40;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void ingest_killedMidRunThenRerun_equalsCleanIngest() throws Exception {
        Path corpus = tmp.resolve("corpus");
        List<Path> files = new CorpusGenerator(20260211L).writeClippingFiles(ARTICLES, corpus, PER_FILE);
        assertEquals(ARTICLES / PER_FILE, files.size());
        Path d1 = tmp.resolve("d1"), d2 = tmp.resolve("d2");
        Path log = tmp.resolve("child.log");

        // Commits every 0.1 s: with the default 2 s, a fast machine ingests the corpus in one commit
        // and the kill comes after the run has ended (seen in CI: the whole suite took 3.5 minutes).
        Process child = new ProcessBuilder(java(), "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-Dmonazite.commit-every=PT0.1S", "-cp", System.getProperty("java.class.path"),
                "dev.monazite.cli.Main", "ingest", "--data", d1.toString(), "--quiet", corpus.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int seenBeforeKill;
        try {
            seenBeforeKill = waitForFirstCommit(child, d1.resolve("index"), log);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        assertNotEquals(0, child.exitValue(),
                "the child finished before it was killed; log:\n" + Files.readString(log));

        // What the crash left: a committed prefix of the run, readable, each article whole.
        Map<String, StoredArticle> killed = byId(d1);
        assertTrue(killed.size() >= seenBeforeKill, killed.size() + " < " + seenBeforeKill);

        assertEquals(0, Main.run("ingest", "--data", d1.toString(), "--quiet", corpus.toString()),
                "re-run after the crash");
        assertEquals(0, Main.run("ingest", "--data", d2.toString(), "--quiet", corpus.toString()),
                "clean run");

        List<String> resumed = snapshot(d1), clean = snapshot(d2);
        assertTrue(clean.size() > ARTICLES / 2, "the generator repeats about 5% verbatim: " + clean.size());
        assertTrue(killed.size() < clean.size(),
                "the kill came too late: " + killed.size() + " of " + clean.size() + " articles were committed");
        assertEquals(clean.size(), resumed.size(), "article count after crash and re-run");
        assertEquals(clean, resumed);

        // The crash kept a consistent prefix: every article it kept is in the final index with the same
        // cluster, and the files it had recorded are a prefix of the final list.
        Map<String, StoredArticle> fin = byId(d1);
        for (StoredArticle k : killed.values()) {
            StoredArticle f = fin.get(k.article().id());
            assertTrue(f != null, "lost " + k.article().id());
            assertEquals(k.cluster(), f.cluster(), k.article().id());
            assertEquals(k.article(), f.article(), k.article().id());
            assertEquals(k.facts(), f.facts(), k.article().id());
            assertTrue(f.files().size() >= k.files().size(), k.article().id() + ": " + k.files() + " -> " + f.files());
            assertEquals(k.files(), f.files().subList(0, k.files().size()), k.article().id());
        }
    }

    /**
     * The hardest crash: the index has committed a batch and the store has written it but not yet
     * committed. The child is held exactly there (a crash point) and killed with SIGKILL. The re-run
     * must save that batch again, and only it, from the list the index commit carries; index and
     * store then equal a clean run's.
     */
    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void ingest_killedBetweenIndexAndStoreCommits_rerunRepairsThatBatchOnly() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(20260212L).writeClippingFiles(ARTICLES, corpus, PER_FILE);
        Path d1 = tmp.resolve("d1"), d2 = tmp.resolve("d2");
        Path log = tmp.resolve("child.log"), marker = tmp.resolve("held-before-store-commit");
        Process child = new ProcessBuilder(java(), "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-Dmonazite.crash.before-store-commit=" + marker, "-Dmonazite.commit-every=PT0.1S",
                "-cp", System.getProperty("java.class.path"),
                "dev.monazite.cli.Main", "ingest", "--data", d1.toString(), "--quiet", corpus.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(marker)) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    fail("the child never reached the point between the commits; log:\n" + Files.readString(log));
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
        int indexed = byId(d1).size();
        int stored = storedArticles(d1);
        assertTrue(stored < indexed, "the kill left the store behind the index: " + stored + " of " + indexed);

        String rerun = runCapturing("ingest", "--data", d1.toString(), corpus.toString());
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(\\d+) article\\(s\\) an interrupted run left unsaved were saved").matcher(rerun);
        assertTrue(m.find(), "the re-run reports its repair: " + rerun);
        int repaired = Integer.parseInt(m.group(1));
        // The batch holds the articles the store lacks, and any it held before and the batch merged into.
        assertTrue(repaired >= indexed - stored, repaired + " repaired, the store lacked " + (indexed - stored));
        assertTrue(repaired < indexed, "the repair redid one batch, not the corpus: " + repaired + " of " + indexed);
        assertEquals(0, Main.run("ingest", "--data", d2.toString(), "--quiet", corpus.toString()), "clean run");
        assertEquals(snapshot(d2), snapshot(d1), "index after repair");
        assertEquals(storeSnapshot(d2), storeSnapshot(d1), "store after repair");
    }

    private static String runCapturing(String... args) {
        java.io.PrintStream old = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream p = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8)) {
            System.setOut(p);
            assertEquals(0, Main.run(args), "re-run after the crash");
        } finally {
            System.setOut(old);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int storedArticles(Path data) {
        try (dev.monazite.store.FactStore store = dev.monazite.store.FactStore.open(data, null)) {
            return store.counts().get("articles").intValue();
        }
    }

    /** Every article, file, mention and fact row of the store, as sorted lines (ids and order left out). */
    private static List<String> storeSnapshot(Path data) {
        List<String> lines = new ArrayList<>();
        try (dev.monazite.store.FactStore store = dev.monazite.store.FactStore.open(data, null)) {
            for (dev.monazite.store.FactRow r : store.facts(dev.monazite.store.FactFilter.ALL)) {
                lines.add("fact " + r.fact() + " " + r.files());
            }
            lines.add("counts " + store.counts());
        }
        lines.sort(null);
        return lines;
    }

    // Polls the child's index until commits hold more than one file's articles (so the kill comes after
    // at least two commits) while the child is still running.
    private static int waitForFirstCommit(Process child, Path index, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_DEADLINE_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the child ended (exit " + child.exitValue() + ") before a commit was seen; log:\n"
                        + Files.readString(log));
            }
            int docs = committedDocs(index);
            if (docs > PER_FILE && child.isAlive()) {
                return docs;
            }
            Thread.sleep(20);
        }
        fail("no commit within " + START_DEADLINE_SECONDS + " s; log:\n" + Files.readString(log));
        return -1;
    }

    private static int committedDocs(Path index) {
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (Directory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            return 0; // a commit in progress replaced files under us: look again
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this test"));
    }

    private static Map<String, StoredArticle> byId(Path data) throws IOException {
        Map<String, StoredArticle> out = new HashMap<>();
        try (ArticleSearcher s = ArticleSearcher.open(data)) {
            for (StoredArticle a : s.all()) {
                StoredArticle before = out.put(a.article().id(), a);
                assertEquals(null, before, "article stored twice: " + a.article().id());
            }
        }
        return out;
    }

    /** One line per stored article: id, its files sorted, its cluster, its facts; lines sorted, duplicates kept. */
    private static List<String> snapshot(Path data) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ArticleSearcher s = ArticleSearcher.open(data)) {
            for (StoredArticle a : s.all()) {
                lines.add(a.article().id() + " " + a.files().stream().sorted().toList() + " " + a.cluster()
                        + " " + a.facts());
            }
        }
        lines.sort(null);
        return lines;
    }
}
