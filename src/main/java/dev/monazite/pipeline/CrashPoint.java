package dev.monazite.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A place in the pipeline where a crash is hardest to recover from, which a crash test can hold a
 * run at: when the system property {@code monazite.crash.<name>} names a file, a run reaching the
 * point the second time writes that file and waits there, so the test can kill the process exactly
 * there. Unset (always, outside such tests), reaching it does nothing.
 */
enum CrashPoint {
    /** The index has committed a batch; the store has written it but not yet committed. */
    BEFORE_STORE_COMMIT;

    private final String property = "monazite.crash." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    private int reached;

    void reach() {
        String marker = System.getProperty(property);
        if (marker == null || ++reached < 2) {
            return;
        }
        try {
            Files.writeString(Path.of(marker), "reached\n");
            Thread.sleep(120_000);
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
