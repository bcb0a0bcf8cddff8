package dev.monazite.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.monazite.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items an ingest or a store sync set aside because a step failed on them, kept with the
 * reason in DATA/quarantine.jsonl. A quarantined item is skipped by later runs instead of failing
 * them again (one poison article never blocks the rest, nor retries in a loop); {@code monazite
 * doctor} lists them and {@code doctor --retry} tries them again, e.g. after an upgrade.
 */
public final class Quarantine {
    /** The file, under the data directory, that holds the items. */
    public static final String FILE = "quarantine.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where an item failed, which decides how a retry redoes it. */
    public enum Stage {
        /** A reader failed on the whole file: a retry ingests the file again. */
        READ,
        /** Building one article of the file failed: a retry ingests the file again. */
        BUILD,
        /** Extraction, analysis or indexing of one article failed: a retry ingests the file again. */
        INDEX,
        /** The indexed article could not be saved in the fact store: a retry saves it again. */
        STORE
    }

    /**
     * One quarantined item: its key (an article id, or a file's content hash for what failed before
     * the article had an id), the stage, the file it came from, a label for the item, why it failed
     * and when.
     */
    public record Item(String key, Stage stage, String file, String item, String reason, String at) {}

    private final Path path;
    private final Clock clock;
    private final Map<String, Item> items = new LinkedHashMap<>();

    private Quarantine(Path path, Clock clock) {
        this.path = path;
        this.clock = clock;
    }

    /**
     * The quarantine of a data directory (empty when none was ever written).
     *
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public static Quarantine open(Path dataDir, Clock clock) {
        Quarantine q = new Quarantine(dataDir.resolve(FILE), clock);
        q.load();
        return q;
    }

    /** A quarantine that lives only as long as this run (benchmarks and tests with no data directory). */
    public static Quarantine inMemory() {
        return new Quarantine(null, Clock.systemUTC());
    }

    /** The quarantine of a data directory, with the system clock. */
    public static Quarantine open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** How a user finds an item in its file: its position there and its title. */
    public static String itemLabel(int position, String title) {
        return "article " + (position + 1) + " \"" + Texts.label(title, 60) + "\"";
    }

    /** How a user finds an indexed article: its title and id. */
    public static String articleLabel(String title, String id) {
        return "article \"" + Texts.label(title, 60) + "\" (id " + Texts.head(id, 16) + ")";
    }

    /** The key for an article. */
    public static String articleKey(String articleId) {
        return "article:" + articleId;
    }

    /** The key for a whole file's content, or for the n-th item of it when n >= 0. */
    static String fileKey(byte[] content, int n) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
            return "file:" + hash + (n >= 0 ? "#" + n : "");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether an item with this key is quarantined. */
    public synchronized boolean contains(String key) {
        return items.containsKey(key);
    }

    /** Whether any item of a file's content (the file or one of its items) is quarantined. */
    synchronized boolean holdsFileKeys() {
        return items.keySet().stream().anyMatch(k -> k.startsWith("file:"));
    }

    /**
     * Quarantines an item (replacing one with the same key) and saves the list at once.
     *
     * @throws UncheckedIOException when the list cannot be written
     */
    public synchronized Item add(String key, Stage stage, String file, String item, String reason) {
        Item it = new Item(key, stage, file, item, reason, Instant.now(clock).toString());
        items.put(key, it);
        save();
        return it;
    }

    /**
     * Takes items out of quarantine (to retry them) and saves the list.
     *
     * @throws UncheckedIOException when the list cannot be written
     */
    public synchronized void remove(List<String> keys) {
        keys.forEach(items::remove);
        save();
    }

    /** The items, oldest first. */
    public synchronized List<Item> items() {
        return List.copyOf(items.values());
    }

    private void load() {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    Item it = JSON.readValue(line, Item.class);
                    items.put(it.key(), it);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage()
                    + " (move it away to start with an empty quarantine)", e);
        }
    }

    // Written whole to a temporary file and moved over the old one: a crash leaves the old or the new list.
    private void save() {
        if (path == null) {
            return;
        }
        try {
            List<String> lines = new ArrayList<>();
            for (Item it : items.values()) {
                lines.add(JSON.writeValueAsString(it));
            }
            Files.createDirectories(path.getParent());
            Path tmp = path.resolveSibling(FILE + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
