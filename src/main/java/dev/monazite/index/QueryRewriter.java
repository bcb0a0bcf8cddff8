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
        Matcher m = TOKEN.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(rewrite(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String rewrite(Matcher m) {
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
        return e.map(entity -> "(" + word + " OR entity:" + quote(entity.id()) + ")").orElse(word);
    }

    private static String quote(String id) {
        return id.matches("[\\p{L}\\p{N}_]+") ? id : "\"" + id + "\"";
    }
}
