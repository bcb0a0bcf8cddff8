package dev.monazite.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A place in collection where a crash is hardest to recover from, which a crash test can hold a
 * run at: when the system property {@code monazite.crash.<name>} names a file, a run reaching the
 * point writes that file and waits there, so the test can kill the process exactly there. Unset
 * (always, outside such tests), reaching it does nothing.
 */
enum Hold {
    /** The pipeline has committed a batch of spooled articles; their URLs are not yet recorded. */
    AFTER_INGEST;

    private final String property = "monazite.crash." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

    void reach() {
        String marker = System.getProperty(property);
        if (marker == null) {
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
