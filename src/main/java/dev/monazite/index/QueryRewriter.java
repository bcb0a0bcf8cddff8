package dev.monazite.index;

import dev.monazite.lexicon.Entity;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.lexicon.Thesaurus;
import dev.monazite.text.Texts;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes search entity-aware: a bare word that names an entity in any language also matches
 * articles that name that entity in another ("dysprosium" finds 镝 and 鏑), and
 * {@code entity:NAME} / {@code place:NAME} accept any name of the entity, not only its id.
 */
public final class QueryRewriter implements UnaryOperator<String> {
    private static final Pattern TOKEN = Pattern.compile("(\"[^\"]*\")|((?:entity|place):)?([^\\s()\"]+)");
    private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT", "TO");
    // What makes a query explicit: +word, -word, AND/OR/NOT, a quoted phrase, brackets, field:value, a
    // wildcard or a fuzzy/proximity mark. Anything else is read as best-match words.
    private static final Pattern EXPLICIT = Pattern.compile(
            "(?:^|\\s)[+-]\\S|\\b(?:AND|OR|NOT)\\b|[\"()\\[\\]{}~*?^]|(?:^|\\s)[\\p{L}_]+:\\S|&&|\\|\\|");
    private final Lexicon lexicon;
    private final Thesaurus thesaurus;

    public QueryRewriter(Lexicon lexicon) {
        this(lexicon, Thesaurus.bundled());
    }

    public QueryRewriter(Lexicon lexicon, Thesaurus thesaurus) {
        this.lexicon = lexicon;
        this.thesaurus = thesaurus;
    }

    /**
     * A part of a best-match query: a word the user typed, an entity it names (its id, so every
     * article naming the entity in any language matches), or a concept's term with the concept's
     * terms in every other language.
     */
    public record Unit(String text, String entity, String concept, java.util.List<String> synonyms,
                       java.util.List<String> added) {
        public Unit {
            synonyms = java.util.List.copyOf(synonyms);
            added = java.util.List.copyOf(added);
        }

        Unit(String text, String entity, String concept, java.util.List<String> synonyms) {
            this(text, entity, concept, synonyms, java.util.List.of());
        }
    }

    /** Whether the query uses operators, phrases or fields, and is then read as written (require-all only there). */
    public static boolean explicit(String query) {
        return EXPLICIT.matcher(query).find();
    }

    /**
     * The best-match units of a query without operators: entity names and concept terms found in it
     * (longest first, an entity before a concept of the same span), and the words between them.
     */
    public java.util.List<Unit> units(String query) {
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        java.util.List<Unit> found = new java.util.ArrayList<>();
        for (dev.monazite.lexicon.Mention m : lexicon.find(query)) {
            spans.add(new int[] {m.start(), m.end(), found.size()});
            found.add(new Unit(Texts.cut(query, m.start(), m.end()), m.entity().id(), null, java.util.List.of()));
        }
        for (Thesaurus.Hit h : thesaurus.find(query)) {
            String surface = Texts.cut(query, h.start(), h.end());
            spans.add(new int[] {h.start(), h.end(), found.size()});
            found.add(new Unit(surface, null, h.concept().id(), h.concept().terms().stream()
                    .filter(t -> !t.equalsIgnoreCase(surface)).toList(), thesaurus.addedTerms(h.concept().id())));
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : a[1] != b[1] ? Integer.compare(b[1], a[1])
                : Integer.compare(a[2], b[2]));
        java.util.List<Unit> out = new java.util.ArrayList<>();
        int at = 0;
        for (int[] sp : spans) {
            if (sp[0] < at) {
                continue;
            }
            words(Texts.cut(query, at, sp[0]), out);
            out.add(found.get(sp[2]));
            at = sp[1];
        }
        words(Texts.cut(query, at, query.length()), out);
        return out;
    }

    /** The units of a query read without a lexicon: its words. */
    public static java.util.List<Unit> plain(String query) {
        java.util.List<Unit> out = new java.util.ArrayList<>();
        words(query, out);
        return out;
    }

    private static void words(String text, java.util.List<Unit> out) {
        for (String w : text.split("[\\s,;，；、。]+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(new Unit(w, null, null, java.util.List.of()));
            }
        }
    }

    @Override
    public String apply(String query) {
        return rewrite(query, false);
    }

    /**
     * The query the highlighter uses: entity names in every language are added, so the snippet can
     * show the paragraph naming the entity in the article's own language. Searching with all those
     * names would cost a phrase query per name; the entity field already finds the articles.
     */
    public String forHighlighting(String query) {
        return rewrite(query, true);
    }

    private String rewrite(String query, boolean names) {
        Matcher m = TOKEN.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(rewrite(m, names)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String rewrite(Matcher m, boolean names) {
        if (m.group(1) != null) {
            return m.group(1);
        }
        String field = m.group(2);
        String word = m.group(3);
        if (field != null) {
            return field + lexicon.lookup(word).map(Entity::id).map(QueryRewriter::quote).orElse(word);
        }
        if (OPERATORS.contains(word) || word.contains(":") || (word.length() < 2 && word.charAt(0) < 0x2E80)) {
            return word;
        }
        Optional<Entity> e = lexicon.lookup(word);
        return e.map(entity -> names ? expansion(word, entity) : "(" + word + " OR entity:" + quote(entity.id()) + ")")
                .orElse(word);
    }

    // The entity field finds every article that names the entity; its names in other languages are
    // added too, so the snippet can show the paragraph that names it, in whatever language.
    private static String expansion(String word, Entity entity) {
        StringBuilder sb = new StringBuilder("(").append(word).append(" OR entity:").append(quote(entity.id()));
        for (String name : entity.names()) {
            if ((name.length() >= 2 || name.charAt(0) >= 0x2E80) && !name.equalsIgnoreCase(word) && sb.length() < 600) {
                sb.append(" OR \"").append(name.replace("\"", "")).append('"');
            }
        }
        return sb.append(')').toString();
    }

    private static String quote(String id) {
        return id.matches("[\\p{L}\\p{N}_]+") ? id : "\"" + id + "\"";
    }
}
