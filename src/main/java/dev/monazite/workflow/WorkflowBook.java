package dev.monazite.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.monazite.article.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The workflows of one data directory, in DATA/workflows.json (written on first use from the shipped
 * defaults), and what each has shown, in DATA/workflows-shown.json. Every change is written at once,
 * through a temporary file, so a crash never leaves half a file.
 */
public final class WorkflowBook {
    static final String FILE = "workflows.json", SHOWN_FILE = "workflows-shown.json";
    private static final TypeReference<List<Workflow>> LIST = new TypeReference<>() {};
    private static final TypeReference<TreeMap<String, TreeSet<String>>> SHOWN = new TypeReference<>() {};
    private final Path dataDir;
    private final Map<String, Workflow> byName = new LinkedHashMap<>();

    private WorkflowBook(Path dataDir, List<Workflow> workflows) {
        this.dataDir = dataDir;
        workflows.forEach(w -> byName.put(w.name(), w));
    }

    /**
     * Opens the workflows of dataDir; the defaults when the directory has none yet.
     *
     * @throws IllegalArgumentException when workflows.json is not readable JSON (naming the file)
     */
    public static WorkflowBook open(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return new WorkflowBook(dataDir, defaults());
        }
        try {
            return new WorkflowBook(dataDir, Json.MAPPER.readValue(file.toFile(), LIST));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a list of workflows (" + e.getMessage().lines()
                    .findFirst().orElse("") + "): fix or delete it to get the defaults back", e);
        }
    }

    /** The workflows shipped in the jar. */
    static List<Workflow> defaults() {
        try (InputStream in = WorkflowBook.class.getResourceAsStream("/workflow/defaults.json")) {
            return Json.MAPPER.readValue(in, LIST);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled workflow/defaults.json is unreadable", e);
        }
    }

    public List<Workflow> list() {
        return List.copyOf(byName.values());
    }

    public Optional<Workflow> get(String name) {
        return Optional.ofNullable(byName.get(name.strip()));
    }

    /**
     * The workflow called name.
     *
     * @throws IllegalArgumentException when there is none, listing the names there are
     */
    public Workflow require(String name) {
        return get(name).orElseThrow(() -> new IllegalArgumentException("no workflow named '" + name
                + "': 'monazite workflow list' shows " + String.join(", ", byName.keySet())));
    }

    /**
     * Adds a workflow, or replaces one of the same name when replace is set.
     *
     * @throws IllegalArgumentException when the name is taken and replace is not set
     */
    public void add(Workflow w, boolean replace) {
        if (byName.containsKey(w.name()) && !replace) {
            throw new IllegalArgumentException("workflow '" + w.name() + "' exists: use --replace to overwrite it");
        }
        byName.put(w.name(), w);
        write(dataDir.resolve(FILE), new ArrayList<>(byName.values()));
    }

    /**
     * Removes a workflow and forgets what it has shown.
     *
     * @throws IllegalArgumentException when there is no such workflow
     */
    public void remove(String name) {
        Workflow w = require(name);
        byName.remove(w.name());
        write(dataDir.resolve(FILE), new ArrayList<>(byName.values()));
        TreeMap<String, TreeSet<String>> shown = readShown();
        if (shown.remove(w.name()) != null) {
            write(dataDir.resolve(SHOWN_FILE), shown);
        }
    }

    /** The story clusters a workflow's digests have shown so far. */
    public Set<String> shown(String name) {
        return Set.copyOf(readShown().getOrDefault(name, new TreeSet<>()));
    }

    /** Adds story clusters to what a workflow has shown. */
    public void remember(String name, Collection<String> clusters) {
        TreeMap<String, TreeSet<String>> shown = readShown();
        if (shown.computeIfAbsent(name, k -> new TreeSet<>()).addAll(clusters)) {
            write(dataDir.resolve(SHOWN_FILE), shown);
        }
    }

    private TreeMap<String, TreeSet<String>> readShown() {
        Path file = dataDir.resolve(SHOWN_FILE);
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), SHOWN);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not readable (" + e.getMessage().lines().findFirst()
                    .orElse("") + "): delete it and every story counts as new again", e);
        }
    }

    private static void write(Path file, Object value) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
