package dev.monazite.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the committed sample corpus, or the development set's news files, into a test's temporary directory. */
public final class Fixtures {
    public static final String VI = "000_396e3865240c3ffd.txt", EN = "001_b695fc786c29298c.txt",
            ZH = "002_5bd94ffeb5eaeb4d.txt";

    private Fixtures() {}

    public static Path corpus(Path dir) throws IOException {
        Path out = dir.resolve("corpus");
        Files.createDirectories(out);
        for (String name : new String[] {VI, EN, ZH}) {
            try (InputStream in = Fixtures.class.getResourceAsStream("/corpus/" + name)) {
                Files.copy(in, out.resolve(name));
            }
        }
        return out;
    }

    /** The development set's four news files (../shared/eval/dev, copied into test resources /eval-dev). */
    public static final java.util.List<String> DEV = java.util.List.of("d01_en.txt", "d02_zh_hans.txt",
            "d03_zh_hant.txt", "d04_vi.txt");

    /** Copies the development set's news files into dir/dev and returns that folder. */
    public static Path devSet(Path dir) throws IOException {
        Path out = dir.resolve("dev");
        Files.createDirectories(out);
        for (String name : DEV) {
            try (InputStream in = Fixtures.class.getResourceAsStream("/eval-dev/" + name)) {
                Files.copy(in, out.resolve(name));
            }
        }
        return out;
    }
}
