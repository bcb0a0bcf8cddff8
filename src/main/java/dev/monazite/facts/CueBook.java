package dev.monazite.facts;

import dev.monazite.text.Normaliser;
import dev.monazite.text.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cue words of every fact type, read from data files: {@code cues/TYPE.LANG.tsv} in the jar
 * (LANG is en, zh or vi; Traditional Chinese is folded to Simplified before matching, so one zh file
 * serves both) and, in a data directory, {@code DATA/cues/TYPE.LANG.tsv} in the same format, whose
 * lines add cues without a rebuild.
 *
 * <p>A line is {@code group TAB key TAB cue|cue|...}. English cues are lemmas and also match their
 * inflections; a cue written {@code =word} matches only as written, and {@code stem*} matches any
 * word starting with the stem.
 */
public final class CueBook {
    static final List<String> TYPES = List.of("change", "share", "trade", "quantity", "intensity", "money", "price",
            "policy", "frame");
    static final List<String> LANGS = List.of("en", "zh", "vi");
    private static volatile CueBook bundled;

    // type → group → matcher: two lookups and no string built, since rules ask for a matcher per figure
    private final Map<String, Map<String, CueMatcher>> matchers = new java.util.HashMap<>();
    private final Map<String, List<String>> keyOrder = new LinkedHashMap<>();

    private CueBook(Map<String, List<Row>> rows) {
        rows.forEach((typeAndGroup, list) -> {
            int slash = typeAndGroup.indexOf('/');
            matchers.computeIfAbsent(Texts.cut(typeAndGroup, 0, slash), t -> new java.util.HashMap<>())
                    .put(Texts.cut(typeAndGroup, slash + 1, typeAndGroup.length()), matcher(list));
            keyOrder.put(typeAndGroup, list.stream().map(Row::key).distinct().toList());
        });
    }

    /** The cues shipped in the jar. */
    public static CueBook bundled() {
        CueBook b = bundled;
        if (b == null) {
            synchronized (CueBook.class) {
                if (bundled == null) {
                    bundled = new CueBook(read(null));
                }
                b = bundled;
            }
        }
        return b;
    }

    /**
     * The bundled cues plus the lines of {@code dataDir/cues/*.tsv}.
     *
     * @throws IllegalArgumentException for a malformed user line or file name, naming the file and line
     */
    public static CueBook load(Path dataDir) {
        Path dir = dataDir.resolve("cues");
        return Files.isDirectory(dir) ? new CueBook(read(dir)) : bundled();
    }

    /** The matcher of one group of one type, e.g. ("change", "direction"). */
    CueMatcher matcher(String type, String group) {
        CueMatcher m = matchers.getOrDefault(type, Map.of()).get(group);
        if (m == null) {
            throw new IllegalStateException("no cue group " + group + " in cues/" + type + ".*.tsv");
        }
        return m;
    }

    /** The keys of a group in file order. */
    List<String> keys(String type, String group) {
        return keyOrder.getOrDefault(type + "/" + group, List.of());
    }

    private record Row(String key, String cue, boolean openEnd) {}

    private static Map<String, List<Row>> read(Path userDir) {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (String type : TYPES) {
            for (String lang : LANGS) {
                String name = type + "." + lang + ".tsv";
                try (InputStream in = CueBook.class.getResourceAsStream("/cues/" + name)) {
                    if (in != null) {
                        parse(in, "cues/" + name, type, lang, rows);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (userDir != null) {
            readUser(userDir, rows);
        }
        return rows;
    }

    private static void readUser(Path dir, Map<String, List<Row>> rows) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                String[] parts = f.getFileName().toString().split("\\.");
                if (parts.length != 3 || !TYPES.contains(parts[0]) || !LANGS.contains(parts[1])) {
                    throw new IllegalArgumentException(f + ": a cue file is named TYPE.LANG.tsv, TYPE one of " + TYPES
                            + " and LANG one of " + LANGS);
                }
                try (InputStream in = Files.newInputStream(f)) {
                    parse(in, f.toString(), parts[0], parts[1], rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cue files in " + dir, e);
        }
    }

    private static void parse(InputStream in, String file, String type, String lang, Map<String, List<Row>> rows)
            throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank() || cells[2].isBlank()) {
                throw new IllegalArgumentException(file + ":" + n + ": expected 'group<TAB>key<TAB>cue|cue|...'");
            }
            List<Row> list = rows.computeIfAbsent(type + "/" + cells[0].strip(), g -> new ArrayList<>());
            for (String cue : cells[2].split("\\|")) {
                addCue(list, cells[1].strip(), cue.strip(), lang);
            }
        }
    }

    private static void addCue(List<Row> list, String key, String written, String lang) {
        if (written.isEmpty()) {
            return;
        }
        boolean exact = written.startsWith("=");
        boolean stem = written.endsWith("*");
        String cue = Normaliser.fold(Texts.cut(written, exact ? 1 : 0, written.length() - (stem ? 1 : 0)));
        if (lang.equals("en") && !exact && !stem) {
            Inflections.forms(cue).forEach(f -> list.add(new Row(key, f, false)));
        } else {
            list.add(new Row(key, cue, stem));
        }
    }

    // Cues grouped by key in first-seen key order, so "the first key" is the first listed.
    private static CueMatcher matcher(List<Row> rows) {
        List<String> order = rows.stream().map(Row::key).distinct().toList();
        List<String> cues = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<Boolean> open = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            for (Row row : rows) {
                if (row.key().equals(order.get(k)) && !cues.contains(row.cue())) {
                    cues.add(row.cue());
                    keys.add(row.key());
                    ranks.add(k);
                    open.add(row.openEnd());
                }
            }
        }
        return new CueMatcher(cues, keys, ranks, open);
    }
}
