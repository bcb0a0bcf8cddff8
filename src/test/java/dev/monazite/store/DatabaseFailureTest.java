package dev.monazite.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.cli.Main;
import dev.monazite.index.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A locked or corrupt embedded database gets one clear message, and nothing stored is lost. */
class DatabaseFailureTest {
    @TempDir
    Path tmp;

    @Test
    void open_databaseHeldByAnotherProcess_isSharedThroughIt_orSaysInUseWithoutSharing() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, Main.run("ingest", "--quiet", "--data", data.toString(), Fixtures.corpus(tmp).toString()));
        Map<String, Long> before;
        try (FactStore store = FactStore.open(data, null)) {
            before = store.counts();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), data.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.equals("holding")) {
                line = out.readLine(); // skip anything a library logs first
            }
            assertEquals("holding", line);
            try (FactStore shared = FactStore.open(data, null)) {
                assertEquals(before, shared.counts(), "read through the process holding the database");
            }
            // A URL without the embedded database's sharing setting (another tool's, say) is told it is in use.
            String plain = "jdbc:h2:file:" + data.toAbsolutePath().resolve("db").resolve("monazite");
            StoreException e = assertThrows(StoreException.class, () -> FactStore.open(data, plain));
            assertTrue(e.getMessage().contains("in use by another Monazite process"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (FactStore store = FactStore.open(data, null)) {
            assertEquals(before, store.counts());
        }
    }

    @Test
    void open_corruptDatabaseFile_saysCorrupt_andLeavesTheFileAsItWas() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("db"));
        Path file = data.resolve("db").resolve("monazite.mv.db");
        byte[] junk = new byte[8192];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 + 7);
        }
        Files.write(file, junk);
        StoreException e = assertThrows(StoreException.class, () -> FactStore.open(data, null));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertTrue(e.getMessage().contains("monazite.mv.db"), e.getMessage());
        assertArrayEquals(junk, Files.readAllBytes(file));
    }

    @Test
    void cli_corruptDatabase_exitsWithOneLineMessage() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("db"));
        Files.write(data.resolve("db").resolve("monazite.mv.db"), "not a database".repeat(500).getBytes());
        assertEquals(2, Main.run("facts", "--data", data.toString()));
    }

    @Test
    void postgres_unreachableServer_saysCannotConnect() {
        StoreException e = assertThrows(StoreException.class,
                () -> FactStore.open(tmp, "jdbc:postgresql://127.0.0.1:1/none?user=x&password=y&connectTimeout=2"));
        assertTrue(e.getMessage().contains("cannot connect"), e.getMessage());
        assertTrue(!e.getMessage().contains("password=y"), "the password is not echoed: " + e.getMessage());
    }

    /** Child process: opens the store and holds it until its standard input closes. */
    public static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            try (FactStore store = FactStore.open(Path.of(args[0]), null)) {
                store.counts();
                System.out.println("holding");
                System.out.flush();
                System.in.read();
            }
        }
    }

}
