package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;

/**
 * Which errors are the user's or the machine's (one line) and which are bugs (a trace). Tests run as
 * root here, where file modes deny nothing, so the operating errors are made as the JDK throws them.
 */
class FailuresTest {
    @Test
    void permissionDenied_namesTheFileAndWhatToCheck() {
        String line = Failures.explain(new UncheckedIOException(new AccessDeniedException("/srv/news/db")));
        assertEquals("/srv/news/db: permission denied: check its owner and mode (ls -l), or use another --data "
                + "directory", line);
    }

    @Test
    void diskFull_saysToFreeSpace() {
        String line = Failures.explain(new IOException("writing failed",
                new FileSystemException("/srv/news/index/_3.cfs", null, "No space left on device")));
        assertEquals("/srv/news/index/_3.cfs: No space left on device: free some space (df -h shows where), then run "
                + "the command again", line);
    }

    @Test
    void missingFile_saysSoWithItsName() {
        assertEquals("/srv/news/x.txt: no such file or directory",
                Failures.explain(new NoSuchFileException("/srv/news/x.txt")));
    }

    @Test
    void lockedIndex_saysAnotherProgramHoldsIt() {
        String line = Failures.explain(new LockObtainFailedException("Lock held by another program: /srv/news/index/write.lock"));
        assertTrue(line.startsWith("the index is locked by another program"), line);
        assertTrue(line.contains("/srv/news/index/write.lock"), line);
    }

    @Test
    void programmingError_isABug() {
        assertNull(Failures.explain(new NullPointerException("x")));
        assertNull(Failures.explain(new IllegalStateException("unreachable", new ArithmeticException())));
    }
}
