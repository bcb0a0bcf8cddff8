package dev.monazite.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Another process is writing the data directory's index: one writer at a time. The message names
 * that process (its id, what it is doing, since when), read from a note every writer leaves beside
 * Lucene's lock while it holds it. Readers never meet this: they read the last commit.
 */
public final class WriterBusyException extends IOException {
    private static final String NOTE = "writer.txt";

    WriterBusyException(Path dataDir, String holder, Throwable cause) {
        super("the data directory " + dataDir + " is being written by another Monazite process ("
                + (holder == null ? "its id unknown" : holder) + "); wait for it to finish, or use another --data "
                + "directory", cause);
    }

    // What the note of the process holding the lock says; null when there is none to read.
    static String holder(Path indexDir) {
        try {
            return Files.readString(indexDir.resolve(NOTE)).strip();
        } catch (IOException e) {
            return null;
        }
    }

    // Written once the lock is ours: a stale note from a killed writer is simply overwritten.
    static void claim(Path indexDir, String task) {
        String since = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(Instant.now().atZone(ZoneId.systemDefault()));
        try {
            Files.writeString(indexDir.resolve(NOTE), "pid " + ProcessHandle.current().pid() + ", " + task
                    + ", since " + since + "\n");
        } catch (IOException e) {
            // the note only improves a message; writing goes on without it
        }
    }

    static void release(Path indexDir) {
        try {
            Files.deleteIfExists(indexDir.resolve(NOTE));
        } catch (IOException e) {
            // as for claim
        }
    }
}
