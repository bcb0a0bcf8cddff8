package dev.monazite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Tells a user's or the machine's error from a bug. A bad argument, a missing or unreadable file,
 * a full disk, a locked index or database is said in one line with what to do next; anything
 * else is a bug, and keeps its stack trace for the report.
 */
final class Failures {
    private Failures() {}

    /** The one line for an error the user can act on, or null when it is a bug. */
    static String explain(Throwable e) {
        // the file and the system's reason, wherever they are in the chain, say more than a wrapper's message
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof FileSystemException f) {
                return file(f);
            }
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String line = line(t);
            if (line != null) {
                return line;
            }
        }
        return null;
    }

    private static String line(Throwable t) {
        if (t instanceof IllegalArgumentException || t instanceof dev.monazite.store.StoreException
                || t instanceof dev.monazite.index.WriterBusyException) {
            return t.getMessage();
        }
        if (t instanceof UncheckedIOException) {
            return null; // its cause says it
        }
        if (t instanceof LockObtainFailedException) {
            return "the index is locked by another program (" + t.getMessage() + "): wait for it to finish, "
                    + "or use another --data directory";
        }
        if (t instanceof IndexFormatTooOldException || t instanceof IndexFormatTooNewException) {
            return "the index was written by another version of Monazite (" + firstLine(t) + "): ingest again into "
                    + "a new --data directory";
        }
        if (t instanceof CorruptIndexException) {
            return "the index is damaged (" + firstLine(t) + "): ingest again into a new --data directory";
        }
        if (t instanceof IOException) {
            return t.getMessage() == null ? null : diskFull(firstLine(t));
        }
        return null;
    }

    // Java names the file and leaves the reason out for the commonest cases.
    private static String file(FileSystemException f) {
        String path = f.getFile() == null ? "a file" : f.getFile();
        if (f instanceof NoSuchFileException) {
            return path + ": no such file or directory";
        }
        if (f instanceof AccessDeniedException) {
            return path + ": permission denied: check its owner and mode (ls -l), or use another --data directory";
        }
        if (f instanceof NotDirectoryException) {
            return path + ": not a directory";
        }
        String reason = f.getReason() == null ? "cannot be used" : f.getReason();
        return diskFull(path + ": " + reason.strip());
    }

    private static String diskFull(String line) {
        return line.contains("No space left on device") || line.contains("Disk quota exceeded")
                ? line + ": free some space (df -h shows where), then run the command again" : line;
    }

    private static String firstLine(Throwable t) {
        String m = String.valueOf(t.getMessage());
        return m.lines().findFirst().orElse(m);
    }
}
