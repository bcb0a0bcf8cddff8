package dev.monazite.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries an analyst would type, each with the titles of the articles that answer it: the yardstick
 * of {@code bench search --quality}. The format is described in the header of the bundled
 * {@code bench/judged.tsv}: QUERY, LANG, NOTE, then one TITLE or more, separated by tabs.
 */
public final class JudgedSet {
    /** The query languages, in the order reports list them. */
    public static final List<String> LANGUAGES = List.of("en", "zh-Hans", "zh-Hant", "vi", "ja");
    static final String RESOURCE = "/bench/judged.tsv";

    /** One judged query: its text as typed, its language, a note, and the titles that answer it. */
    public record Query(String text, String lang, String note, List<String> relevant, int line) {
        public Query {
            relevant = List.copyOf(relevant);
        }
    }

    private final String source;
    private final List<Query> queries;

    private JudgedSet(String source, List<Query> queries) {
        this.source = source;
        this.queries = List.copyOf(queries);
    }

    /** The set shipped in the jar (the one {@code bench search --quality} measures by default). */
    public static JudgedSet bundled() {
        try (InputStream in = JudgedSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE);
            }
            return parse("judged.tsv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A set of one's own, in the bundled set's format.
     *
     * @throws IllegalArgumentException for a malformed line, naming the file and line
     */
    public static JudgedSet read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads the text of a judged set; source names it in error messages.
     *
     * @throws IllegalArgumentException for a malformed line, naming source and line
     */
    static JudgedSet parse(String source, String text) {
        List<Query> queries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Query q = query(source, i + 1, line.split("\t", -1));
            Integer earlier = seen.putIfAbsent(q.lang() + "\t" + q.text(), q.line());
            if (earlier != null) {
                throw new IllegalArgumentException(where(source, q.line()) + "repeats the query of line " + earlier
                        + " ('" + q.text() + "'): put all its titles on one line");
            }
            queries.add(q);
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException(source + ": no queries (every line is blank or a # comment)");
        }
        return new JudgedSet(source, queries);
    }

    private static Query query(String source, int line, String[] fields) {
        if (fields.length < 4) {
            throw new IllegalArgumentException(where(source, line) + "expected QUERY, LANG, NOTE and at least one "
                    + "TITLE separated by tabs, found " + fields.length + " field(s)");
        }
        String text = fields[0].strip(), lang = fields[1].strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(where(source, line) + "the query is empty");
        }
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException(where(source, line) + "unknown query language '" + lang
                    + "': use one of " + String.join(", ", LANGUAGES));
        }
        List<String> titles = new ArrayList<>();
        for (int f = 3; f < fields.length; f++) {
            if (!fields[f].isBlank()) {
                titles.add(fields[f].strip());
            }
        }
        if (titles.isEmpty()) {
            throw new IllegalArgumentException(where(source, line) + "no relevant title after the note");
        }
        return new Query(text, lang, fields[2].strip(), titles, line);
    }

    private static String where(String source, int line) {
        return source + " line " + line + ": ";
    }

    /** Where the set was read from (a file name), for messages. */
    public String source() {
        return source;
    }

    public List<Query> queries() {
        return queries;
    }
}
