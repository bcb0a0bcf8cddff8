package dev.monazite.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one input file's bytes after checking it is a regular, non-empty, text-like file of sane size. */
final class SourceFile {
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private SourceFile() {}

    static byte[] read(Path file) throws InputException {
        try {
            if (!Files.isReadable(file)) {
                throw new InputException("not readable (check its permissions)");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new InputException("empty file");
            }
            if (size > MAX_BYTES) {
                throw new InputException("too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MB): split it into smaller files");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("cannot be read: " + e.getMessage());
        }
    }
}
