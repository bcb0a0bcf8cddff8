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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field's concepts (export control, licence, quota, stockpile, price, ...), each with its terms
 * in English, Simplified and Traditional Chinese, Vietnamese and Japanese: a query that names one
 * term of a concept can find stories that use another, in any language. Bundled in
 * lexicon/concepts.tsv; {@code DATA/thesaurus.tsv}, in the same format, adds concepts or terms
 * without a rebuild.
 */
public final class Thesaurus {
    /** The user's additions, in the data directory. */
    public static final String USER_FILE = "thesaurus.tsv";
    private static volatile Thesaurus bundled;
    private final Map<String, Concept> byId;
    private final Map<String, Concept> byTerm;
    private final AhoCorasick automaton;
    private final List<String> terms;

    /** One concept: its id and every term for it, in every language. */
    public record Concept(String id, List<String> terms) {
        public Concept {
            terms = List.copyOf(terms);
        }
    }

    /** A term of a concept found in a text: its span and the concept. */
    public record Hit(int start, int end, Concept concept) {}

    private Thesaurus(Map<String, List<String>> concepts) {
        this.byId = new LinkedHashMap<>();
        this.byTerm = new LinkedHashMap<>();
        concepts.forEach((id, t) -> byId.put(id, new Concept(id, t)));
        for (Concept c : byId.values()) {
            for (String t : c.terms()) {
                byTerm.putIfAbsent(Normaliser.fold(t), c);
            }
        }
        this.terms = List.copyOf(byTerm.keySet());
        this.automaton = new AhoCorasick(terms);
    }

    /** The thesaurus shipped in the jar. */
    public static Thesaurus bundled() {
        Thesaurus t = bundled;
        if (t == null) {
            synchronized (Thesaurus.class) {
                if (bundled == null) {
                    bundled = build(null);
                }
                t = bundled;
            }
        }
        return t;
    }

    /**
     * The bundled thesaurus plus {@code dataDir/thesaurus.tsv} when that file exists.
     *
     * @throws IllegalArgumentException for a malformed user line, naming the file and line
     */
    public static Thesaurus load(Path dataDir) {
        Path user = dataDir.resolve(USER_FILE);
        return Files.isRegularFile(user) ? build(user) : bundled();
    }

    /** The concepts' terms in the text: non-overlapping, leftmost first, longest at each position. */
    public List<Hit> find(String text) {
        String folded = Normaliser.foldPreservingLength(text);
        List<Hit> out = new ArrayList<>();
        int after = 0;
        List<AhoCorasick.Hit> hits = new ArrayList<>(automaton.search(folded));
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end() - b.start(), a.end() - a.start()));
        for (AhoCorasick.Hit h : hits) {
            if (h.start() >= after && wordBounded(folded, h.start(), h.end())) {
                out.add(new Hit(h.start(), h.end(), byTerm.get(terms.get(h.pattern()))));
                after = h.end();
            }
        }
        return out;
    }

    public java.util.Optional<Concept> concept(String id) {
        return java.util.Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    // Latin terms stand as whole words ("pause" is not in "pauses"... unless listed); CJK need no spaces.
    private static boolean wordBounded(String s, int start, int end) {
        boolean latinStart = Character.isLetterOrDigit(s.charAt(start)) && s.charAt(start) < 0x2E80;
        boolean latinEnd = Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) < 0x2E80;
        return !(latinStart && start > 0 && Character.isLetterOrDigit(s.charAt(start - 1)))
                && !(latinEnd && end < s.length() && Character.isLetterOrDigit(s.charAt(end)));
    }

    private static Thesaurus build(Path user) {
        Map<String, List<String>> concepts = new LinkedHashMap<>();
        try (InputStream in = Thesaurus.class.getResourceAsStream("/lexicon/concepts.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            read(r, "lexicon/concepts.tsv", concepts);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled thesaurus lexicon/concepts.tsv is unreadable", e);
        }
        if (user != null) {
            try (BufferedReader r = Files.newBufferedReader(user, StandardCharsets.UTF_8)) {
                read(r, user.toString(), concepts);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + user, e);
            }
        }
        return new Thesaurus(concepts);
    }

    private static void read(BufferedReader r, String name, Map<String, List<String>> concepts) throws IOException {
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException(name + ":" + n + ": a concept needs an id and at least one term, "
                        + "tab-separated");
            }
            List<String> terms = concepts.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>());
            for (int c = 1; c < cols.length; c++) {
                for (String t : cols[c].split("\\|")) {
                    if (!t.isBlank() && !t.strip().equals("-") && !terms.contains(t.strip())) {
                        terms.add(t.strip());
                    }
                }
            }
        }
    }
}
