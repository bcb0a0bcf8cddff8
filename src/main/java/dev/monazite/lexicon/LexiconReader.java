package dev.monazite.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the lexicon TSV formats. Entity files have the columns
 * {@code id kind en zh_hans zh_hant vi ja aliases} and may add {@code country}: the id of the place
 * a government body, programme or leader stands for. Compound files have {@code parts ids}.
 * Blank lines, {@code #} comments and a header line (first cell {@code id} or {@code parts}) are skipped.
 */
final class LexiconReader {
    static final List<String> COLUMNS = List.of("id", "kind", "en", "zh_hans", "zh_hant", "vi", "ja", "aliases");
    /** The optional column after {@link #COLUMNS}. */
    static final int COUNTRY = COLUMNS.size();

    /** An entity while files are still being read: user files may add names to it. */
    static final class Draft {
        final String id;
        final Kind kind;
        String en;
        String country;
        final Set<String> names = new LinkedHashSet<>();

        Draft(String id, Kind kind) {
            this.id = id;
            this.kind = kind;
        }
    }

    /** A compound row: the surface is the parts joined; ids[i] names parts[i], "-" for nothing. */
    record CompoundRow(List<String> parts, List<String> ids, String where) {}

    private LexiconReader() {}

    /**
     * Reads entity rows into {@code drafts}. In a bundled file a repeated id is an error (it is a
     * mistake in our data); in a user file it adds names to the existing entity.
     */
    static void readEntities(BufferedReader in, String source, Map<String, Draft> drafts, boolean user) {
        int lineNo = 0;
        for (String line : lines(in, source)) {
            lineNo++;
            if (skip(line, "id")) {
                continue;
            }
            try {
                readEntity(line, drafts, user);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
    }

    static List<CompoundRow> readCompounds(BufferedReader in, String source) {
        List<CompoundRow> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines(in, source)) {
            lineNo++;
            if (skip(line, "parts")) {
                continue;
            }
            String where = source + " line " + lineNo;
            String[] cells = line.split("\t", -1);
            if (cells.length != 2) {
                throw new IllegalArgumentException(where + ": expected 2 tab-separated columns (parts, ids), found " + cells.length);
            }
            List<String> parts = Arrays.asList(cells[0].split("\\|", -1));
            List<String> ids = Arrays.stream(cells[1].split("\\|", -1)).map(String::trim).toList();
            if (parts.size() != ids.size() || parts.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(where + ": need one id per non-empty part, got " + parts + " / " + ids);
            }
            rows.add(new CompoundRow(parts, ids, where));
        }
        return rows;
    }

    private static void readEntity(String line, Map<String, Draft> drafts, boolean user) {
        String[] cells = line.split("\t", -1);
        if (cells.length < COLUMNS.size() || hasExtraContent(cells)) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " tab-separated columns "
                    + COLUMNS + " and an optional country, found " + cells.length);
        }
        String id = cells[0].trim();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("empty id");
        }
        Kind kind = Kind.parse(cells[1]);
        if (kind == null) {
            throw new IllegalArgumentException("unknown kind '" + cells[1].trim() + "' for id " + id
                    + " (expected one of " + Arrays.toString(Kind.values()).toLowerCase(Locale.ROOT) + ")");
        }
        Draft draft = drafts.get(id);
        if (draft != null && (!user || draft.kind != kind)) {
            throw new IllegalArgumentException(user
                    ? "id " + id + " already exists with kind " + draft.kind.name().toLowerCase(Locale.ROOT)
                    : "duplicate id " + id);
        }
        List<String> names = names(cells);
        if (draft == null) {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("entity " + id + " has no names");
            }
            draft = new Draft(id, kind);
            drafts.put(id, draft);
        }
        if (draft.en == null && !cells[2].isBlank()) {
            draft.en = cells[2].trim();
        }
        draft.names.addAll(names);
        setCountry(draft, cells.length > COUNTRY ? cells[COUNTRY].trim() : "");
    }

    private static void setCountry(Draft draft, String country) {
        if (country.isEmpty() || country.equals(draft.country)) {
            return;
        }
        if (draft.country != null) {
            throw new IllegalArgumentException("id " + draft.id + " already stands for " + draft.country + ", not " + country);
        }
        draft.country = country;
    }

    /** Names from the language columns and the |-separated aliases, in column order. */
    private static List<String> names(String[] cells) {
        List<String> names = new ArrayList<>();
        for (int c = 2; c < COLUMNS.size(); c++) {
            for (String raw : cells[c].split("\\|")) {
                String name = raw.strip();
                if (name.equals("=")) {
                    throw new IllegalArgumentException("column " + COLUMNS.get(c) + " has a bare '=' with no name");
                }
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static boolean hasExtraContent(String[] cells) {
        for (int c = COUNTRY + 1; c < cells.length; c++) {
            if (!cells[c].isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean skip(String line, String headerCell) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#") || t.split("\t", 2)[0].equals(headerCell);
    }

    private static List<String> lines(BufferedReader in, String source) {
        try {
            return in.lines().toList();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + source, (IOException) e.getCause());
        }
    }
}
