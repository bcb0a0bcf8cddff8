package dev.monazite.index;

import dev.monazite.lexicon.Entity;
import dev.monazite.lexicon.Lexicon;
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
    private final Lexicon lexicon;

    public QueryRewriter(Lexicon lexicon) {
        this.lexicon = lexicon;
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
