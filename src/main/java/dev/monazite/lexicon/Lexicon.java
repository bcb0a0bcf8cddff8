package dev.monazite.lexicon;

import dev.monazite.lexicon.AhoCorasick.Hit;
import dev.monazite.lexicon.LexiconReader.CompoundRow;
import dev.monazite.lexicon.LexiconReader.Draft;
import dev.monazite.lexicon.Surface.Segment;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The multilingual name list and its matcher. Immutable and thread-safe once built.
 *
 * <p>{@link #find} folds the text with {@link Normaliser#foldPreservingLength} (so offsets stay
 * those of the original), runs one Aho-Corasick pass for all names, drops hits that break the
 * word-boundary or case rules, and keeps the leftmost-longest non-overlapping ones.
 */
public final class Lexicon {
    /** Bundled data files, read in this order; earlier entities win ties in {@link #lookup}. */
    static final List<String> ENTITY_FILES = List.of(
            "places.tsv", "commodities.tsv", "organisations.tsv", "programmes.tsv", "leaders.tsv", "applications.tsv");
    static final String COMPOUND_FILE = "compounds.tsv";
    static final String USER_FILE = "lexicon.tsv";
    /** A name written {@code =Name} in the data matches only with exactly that case. */
    static final char CASE_EXACT_MARK = '=';

    private static volatile Lexicon bundled;

    private final Map<String, Entity> byId;
    private final List<List<Surface>> patterns;
    private final AhoCorasick automaton;
    private final Map<String, Entity> byExactName = new HashMap<>();
    private final Map<String, Entity> byFoldedName = new HashMap<>();

    private Lexicon(Map<String, Draft> drafts, List<CompoundRow> compounds) {
        this.byId = freeze(drafts);
        Map<String, List<Surface>> byFolded = new LinkedHashMap<>();
        int order = 0;
        for (Draft d : drafts.values()) {
            for (String raw : d.names) {
                addSurface(byFolded, nameSurface(raw, byId.get(d.id), order++));
            }
        }
        for (CompoundRow row : compounds) {
            addSurface(byFolded, compoundSurface(row, order++));
        }
        this.patterns = List.copyOf(byFolded.values());
        this.automaton = new AhoCorasick(List.copyOf(byFolded.keySet()));
        indexNames();
    }

    /** The lexicon shipped in the jar's resources. */
    public static Lexicon bundled() {
        Lexicon l = bundled;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (bundled == null) {
                    bundled = build(null);
                }
                l = bundled;
            }
        }
        return l;
    }

    /**
     * The bundled lexicon plus {@code dataDir/lexicon.tsv} when that file exists. A user line
     * with a new id adds an entity; one with an existing id (and the same kind) adds names to it.
     *
     * @throws IllegalArgumentException for a malformed user line, naming the file and line
     */
    public static Lexicon load(Path dataDir) {
        return build(dataDir.resolve(USER_FILE));
    }

    /** All non-overlapping mentions, leftmost first, longest at each position. */
    public List<Mention> find(String text) {
        return find(text, Normaliser.foldPreservingLength(text));
    }

    /** Like {@link #find(String)}, for a caller that already holds {@link Normaliser#foldPreservingLength}(text). */
    public List<Mention> find(String text, String folded) {
        List<Candidate> candidates = new ArrayList<>();
        for (Hit hit : automaton.search(folded)) {
            for (Surface s : patterns.get(hit.pattern())) {
                int end = acceptedEnd(text, folded, hit, s);
                if (end > 0) {
                    candidates.add(new Candidate(hit.start(), end, s));
                }
            }
        }
        return select(candidates);
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Any name in any language, script or case (exact spelling preferred), or an id. */
    public Optional<Entity> lookup(String anyName) {
        String name = anyName.strip();
        Entity e = byExactName.get(name);
        if (e == null) {
            e = byId.get(name);
        }
        if (e == null) {
            e = byFoldedName.get(Normaliser.fold(name));
        }
        return Optional.ofNullable(e);
    }

    public Collection<Entity> entities() {
        return Collections.unmodifiableCollection(byId.values());
    }

    // ---- building ----

    private static Lexicon build(Path userFile) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (String f : ENTITY_FILES) {
            try (BufferedReader in = resource(f)) {
                LexiconReader.readEntities(in, "lexicon/" + f, drafts, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<CompoundRow> compounds;
        try (BufferedReader in = resource(COMPOUND_FILE)) {
            compounds = LexiconReader.readCompounds(in, "lexicon/" + COMPOUND_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (userFile != null && Files.isRegularFile(userFile)) {
            try (BufferedReader in = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
                LexiconReader.readEntities(in, userFile.toString(), drafts, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + userFile, e);
            }
        }
        return new Lexicon(drafts, compounds);
    }

    private static BufferedReader resource(String file) {
        InputStream s = Lexicon.class.getResourceAsStream("/lexicon/" + file);
        if (s == null) {
            throw new IllegalStateException("missing bundled resource lexicon/" + file);
        }
        return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
    }

    private static Map<String, Entity> freeze(Map<String, Draft> drafts) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Draft d : drafts.values()) {
            List<String> names = d.names.stream().map(Lexicon::stripMark).distinct().toList();
            out.put(d.id, new Entity(d.id, d.kind, d.en != null ? stripMark(d.en) : d.id, names, d.country));
        }
        for (Entity e : out.values()) {
            Entity place = e.country() == null ? null : out.get(e.country());
            if (e.country() != null && (place == null || place.kind() != Kind.PLACE)) {
                throw new IllegalArgumentException("lexicon entity " + e.id() + ": country " + e.country()
                        + " is not the id of a place (use an id from places.tsv, such as JP or EU)");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static Surface nameSurface(String raw, Entity entity, int order) {
        boolean forced = raw.charAt(0) == CASE_EXACT_MARK;
        String written = stripMark(raw);
        return Surface.name(written, forced || isShortCapitalised(written), entity, order);
    }

    private Surface compoundSurface(CompoundRow row, int order) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < row.parts().size(); i++) {
            String id = row.ids().get(i);
            Entity e = id.equals("-") ? null : byId.get(id);
            if (e == null && !id.equals("-")) {
                throw new IllegalArgumentException(row.where() + ": unknown id " + id);
            }
            segments.add(new Segment(written.length(), row.parts().get(i).length(), e));
            written.append(row.parts().get(i));
        }
        return new Surface(written.toString(), false, segments, order);
    }

    private static void addSurface(Map<String, List<Surface>> byFolded, Surface s) {
        byFolded.computeIfAbsent(Normaliser.foldPreservingLength(s.written()), k -> new ArrayList<>()).add(s);
    }

    /**
     * Short alphabetic names with a capital (US, EU, UN, Dy, Nd, Mỹ, Nga) are words or symbols
     * only in that case; in lower case they are parts of ordinary words ("us", "un", "nga").
     */
    static boolean isShortCapitalised(String name) {
        if (!Chars.isAlphabetic(name)) {
            return false;
        }
        long letters = name.chars().filter(Character::isLetter).count();
        return letters <= 3 && name.chars().anyMatch(Character::isUpperCase);
    }

    private static String stripMark(String raw) {
        return raw.charAt(0) == CASE_EXACT_MARK ? raw.substring(1) : raw;
    }

    private void indexNames() {
        for (Entity e : byId.values()) {
            for (String n : e.names()) {
                byExactName.putIfAbsent(n, e);
                byFoldedName.putIfAbsent(Normaliser.fold(n), e);
            }
            byFoldedName.putIfAbsent(Normaliser.fold(e.id()), e);
        }
    }

    // ---- matching ----

    private record Candidate(int start, int end, Surface surface) {}

    /**
     * End offset of an accepted hit, or -1. A case-insensitive alphabetic name may take an English
     * plural "s" ("rare earths", "magnets"); case-exact ones may not, so "Gas" is not gallium.
     */
    private static int acceptedEnd(String text, String folded, Hit hit, Surface s) {
        if (s.caseExact() && !sameCase(text, hit.start(), s.written())) {
            return -1;
        }
        if (s.needsStartBoundary() && hit.start() > 0 && Chars.isWordChar(folded.charAt(hit.start() - 1))) {
            return -1;
        }
        if (!s.needsEndBoundary() || atBoundary(folded, hit.end())) {
            return hit.end();
        }
        boolean plural = !s.caseExact() && s.single() && folded.charAt(hit.end()) == 's'
                && atBoundary(folded, hit.end() + 1);
        return plural ? hit.end() + 1 : -1;
    }

    private static boolean atBoundary(String folded, int i) {
        return i >= folded.length() || !Chars.isWordChar(folded.charAt(i));
    }

    private static boolean sameCase(String text, int start, String written) {
        for (int i = 0; i < written.length(); i++) {
            if (Chars.compatible(text.charAt(start + i)) != Chars.compatible(written.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Leftmost-longest: earliest start first, then the longest, then the earliest-listed name. */
    private static List<Mention> select(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
                .thenComparingInt(c -> c.surface().order()));
        List<Mention> out = new ArrayList<>();
        int taken = 0;
        for (Candidate c : candidates) {
            if (c.start() >= taken) {
                emit(c, out);
                taken = c.end();
            }
        }
        return List.copyOf(out);
    }

    private static void emit(Candidate c, List<Mention> out) {
        for (Segment seg : c.surface().segments()) {
            if (seg.entity() != null) {
                int start = c.start() + seg.offset();
                int end = c.surface().single() ? c.end() : start + seg.length();
                out.add(new Mention(start, end, seg.entity()));
            }
        }
    }
}
