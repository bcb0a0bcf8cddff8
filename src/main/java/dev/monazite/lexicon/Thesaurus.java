package dev.monazite.lexicon;

import dev.monazite.text.Normaliser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The field's concepts (export control, licence, quota, stockpile, price, ...), each with its terms
 * in English, Simplified and Traditional Chinese, Vietnamese and Japanese: a query that names one
 * term of a concept can find stories that use another, in any language. Bundled in
 * lexicon/concepts.tsv; {@code DATA/thesaurus.tsv}, in the same format, adds concepts or terms
 * without a rebuild. Immutable and thread-safe once built.
 *
 * <p>A term names one concept: the same term (after folding case, width and Traditional to
 * Simplified) in two concepts is an error in either file, so {@link #find} never has to choose.
 * Chemical elements, compounds, places, companies and end uses are not concepts but entities of
 * the {@link Lexicon}, and no concept term is an entity's name.
 */
public final class Thesaurus {
    /** The user's additions, in the data directory. */
    public static final String USER_FILE = "thesaurus.tsv";
    static final String BUNDLED_FILE = "lexicon/concepts.tsv";
    /** The term columns after the id, in file order. */
    static final List<String> LANGUAGES = List.of("en", "zh_hans", "zh_hant", "vi", "ja");
    /** A column with no term is written so. */
    static final String EMPTY = "-";

    private static final Comparator<AhoCorasick.Hit> LEFTMOST_LONGEST = Comparator
            .comparingInt(AhoCorasick.Hit::start)
            .thenComparing(Comparator.comparingInt((AhoCorasick.Hit h) -> h.end() - h.start()).reversed());

    private final Map<String, Concept> byId;
    private final List<Concept> byPattern;
    private final AhoCorasick automaton;

    /** One concept: its id and every term for it, in every language. */
    public record Concept(String id, List<String> terms) {
        public Concept {
            terms = List.copyOf(terms);
        }
    }

    /** A term of a concept found in a text: its span and the concept. */
    public record Hit(int start, int end, Concept concept) {}

    /** One line of a thesaurus file: the concept's id, the terms of each language column, where it was read. */
    record Row(String id, List<List<String>> columns, String where) {
        List<String> terms() {
            return columns.stream().flatMap(List::stream).toList();
        }
    }

    private static final class Bundled {
        static final Thesaurus INSTANCE = build(null);
    }

    private Thesaurus(Map<String, Set<String>> terms) {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Map<String, Concept> byFolded = new LinkedHashMap<>();
        terms.forEach((id, t) -> concepts.put(id, new Concept(id, List.copyOf(t))));
        for (Concept c : concepts.values()) {
            for (String t : c.terms()) {
                byFolded.putIfAbsent(Normaliser.foldPreservingLength(t), c);
            }
        }
        this.byId = Collections.unmodifiableMap(concepts);
        this.byPattern = List.copyOf(byFolded.values());
        this.automaton = new AhoCorasick(List.copyOf(byFolded.keySet()));
    }

    /** The thesaurus shipped in the jar. */
    public static Thesaurus bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The bundled thesaurus plus {@code dataDir/thesaurus.tsv} when that file exists. A user line with
     * a new id adds a concept; one with an existing id adds terms to it.
     *
     * @throws IllegalArgumentException for a malformed user line, naming the file and line
     */
    public static Thesaurus load(Path dataDir) {
        Path user = dataDir.resolve(USER_FILE);
        return Files.isRegularFile(user) ? build(user) : bundled();
    }

    /** The concepts' terms in the text: non-overlapping, leftmost first, longest at each position. */
    public List<Hit> find(String text) {
        return find(text, Normaliser.foldPreservingLength(text));
    }

    /** Like {@link #find(String)}, for a caller that already holds {@link Normaliser#foldPreservingLength}(text). */
    public List<Hit> find(String text, String folded) {
        List<AhoCorasick.Hit> candidates = new ArrayList<>();
        automaton.forEachHit(folded, (start, end, pattern) -> {
            if (wordBounded(folded, start, end)) {
                candidates.add(new AhoCorasick.Hit(start, end, pattern));
            }
        });
        candidates.sort(LEFTMOST_LONGEST);
        List<Hit> out = new ArrayList<>();
        int taken = 0;
        for (AhoCorasick.Hit h : candidates) {
            if (h.start() >= taken) {
                out.add(new Hit(h.start(), h.end(), byPattern.get(h.pattern())));
                taken = h.end();
            }
        }
        return List.copyOf(out);
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /**
     * The concept's terms that the user file added to the bundled ones (all its terms when the
     * concept is the user's own): stories indexed before the addition know them only as words.
     */
    public List<String> addedTerms(String id) {
        Concept mine = byId.get(id);
        if (mine == null || this == bundled()) {
            return List.of();
        }
        List<String> shipped = bundled().concept(id).map(Concept::terms).orElse(List.of());
        return mine.terms().stream().filter(t -> !shipped.contains(t)).toList();
    }

    Collection<Concept> concepts() {
        return byId.values();
    }

    // A term that begins or ends with a letter or digit of an alphabetic script stands as whole words
    // there ("pause" is not in "pauses"); Han and kana put no spaces between words, so need no boundary.
    private static boolean wordBounded(String folded, int start, int end) {
        boolean startOk = !Chars.isWordChar(folded.charAt(start)) || start == 0
                || !Chars.isWordChar(folded.charAt(start - 1));
        boolean endOk = !Chars.isWordChar(folded.charAt(end - 1)) || end == folded.length()
                || !Chars.isWordChar(folded.charAt(end));
        return startOk && endOk;
    }

    // ---- building ----

    private static Thesaurus build(Path userFile) {
        Map<String, Set<String>> terms = new LinkedHashMap<>();
        Map<String, Owner> owners = new HashMap<>();
        for (Row row : bundledRows()) {
            if (terms.containsKey(row.id())) {
                throw new IllegalArgumentException(row.where() + ": duplicate id " + row.id());
            }
            add(row, terms, owners);
        }
        if (userFile != null) {
            for (Row row : userRows(userFile)) {
                add(row, terms, owners);
            }
        }
        return new Thesaurus(terms);
    }

    /** Where a folded term was first read, and for which concept. */
    private record Owner(String id, String where) {}

    private static void add(Row row, Map<String, Set<String>> terms, Map<String, Owner> owners) {
        for (String t : row.terms()) {
            Owner owner = owners.putIfAbsent(Normaliser.foldPreservingLength(t), new Owner(row.id(), row.where()));
            if (owner != null && !owner.id().equals(row.id())) {
                throw new IllegalArgumentException(row.where() + ": term '" + t + "' already names concept "
                        + owner.id() + " (" + owner.where() + "); a term names one concept, so add it there or not at all");
            }
        }
        terms.computeIfAbsent(row.id(), k -> new LinkedHashSet<>()).addAll(row.terms());
    }

    /** The rows of the bundled file. */
    static List<Row> bundledRows() {
        InputStream in = Thesaurus.class.getResourceAsStream("/" + BUNDLED_FILE);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + BUNDLED_FILE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(r, BUNDLED_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled thesaurus " + BUNDLED_FILE + " is unreadable", e);
        }
    }

    private static List<Row> userRows(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The rows of a thesaurus file; blank lines, {@code #} comments and a header line (first cell
     * {@code id}) are skipped.
     *
     * @throws IllegalArgumentException for a malformed line, naming the source and line
     */
    static List<Row> read(BufferedReader in, String source) throws IOException {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line; (line = in.readLine()) != null; ) {
            n++;
            String text = n == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (!text.isBlank() && !text.strip().startsWith("#") && !text.split("\t", 2)[0].strip().equals("id")) {
                rows.add(row(text, source + ":" + n));
            }
        }
        return rows;
    }

    private static Row row(String line, String where) {
        String[] cells = line.split("\t", -1);
        int used = cells.length;
        while (used > 1 && cells[used - 1].isBlank()) {
            used--;
        }
        if (used < 2 || used > 1 + LANGUAGES.size()) {
            throw new IllegalArgumentException(where + ": expected an id and 1 to " + LANGUAGES.size()
                    + " tab-separated term columns " + LANGUAGES + ", found " + (used - 1)
                    + (used < 2 ? " (are the columns separated by spaces instead of tabs?)" : ""));
        }
        String id = id(cells[0], where);
        List<List<String>> columns = new ArrayList<>();
        for (int c = 1; c < used; c++) {
            columns.add(terms(cells[c], LANGUAGES.get(c - 1), where));
        }
        if (columns.stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException(where + ": concept " + id + " has no terms; write at least one");
        }
        return new Row(id, List.copyOf(columns), where);
    }

    private static String id(String cell, String where) {
        String id = cell.strip();
        if (id.isEmpty() || id.equals(EMPTY) || id.chars().anyMatch(ch -> Character.isWhitespace(ch) || ch == '|')) {
            throw new IllegalArgumentException(where + ": '" + id + "' is not an id; the first column names the"
                    + " concept in one word, such as export_control");
        }
        return id;
    }

    private static List<String> terms(String cell, String language, String where) {
        if (cell.isBlank() || cell.strip().equals(EMPTY)) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        for (String raw : cell.split("\\|", -1)) {
            String t = raw.strip();
            if (t.isEmpty() || t.equals(EMPTY) || t.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException(where + ": column " + language + " has an empty or"
                        + " letterless term '" + t + "' in '" + cell.strip() + "'; separate terms with a single |"
                        + " and write " + EMPTY + " for a column with none");
            }
            terms.add(t);
        }
        return List.copyOf(terms);
    }
}
