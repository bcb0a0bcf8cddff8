package dev.monazite.index;

import dev.monazite.text.Texts;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a query may be written with, and the one line that says what is wrong with one that breaks
 * it: an unclosed quote or bracket, an operator with nothing to join, an unknown field. Said in the
 * user's terms, before the query parser would say it in its own.
 */
public final class QuerySyntax {
    /** The fields a query may name as {@code field:value}, in the order the help lists them. */
    public static final List<String> FIELDS = List.of(ArticleIndex.TITLE, ArticleIndex.BODY, ArticleIndex.SOURCE,
            ArticleIndex.LANG, ArticleIndex.ENTITY, ArticleIndex.PLACE, ArticleIndex.CONCEPT);

    /** The short reminder of the syntax every message ends with. */
    public static final String HELP = "write words, \"quoted phrases\", +word, -word, AND, OR, NOT, (brackets) and "
            + "field:value with a field among " + String.join(", ", FIELDS);

    // field:value, outside quotes: a name of letters or _ starting a word, right before a colon (as
    // QueryRewriter reads it: "10:30" is a word)
    private static final Pattern FIELD = Pattern.compile("(?:^|[\\s(+-])([\\p{L}_]+):");
    private static final Pattern DANGLING = Pattern.compile("(?:^|\\s)(AND|OR|&&|\\|\\|)\\s*(?:\\)|$)|^\\s*(AND|OR|&&|\\|\\|)\\s"
            + "|(?:^|\\s)NOT\\s*$");

    private QuerySyntax() {}

    /**
     * Checks a query as the user wrote it.
     *
     * @throws IllegalArgumentException naming what is wrong and what is accepted
     */
    public static void check(String query) {
        String problem = problem(query);
        if (problem != null) {
            throw new IllegalArgumentException("cannot read the query '" + Texts.label(query, 80) + "': " + problem
                    + "; " + HELP);
        }
    }

    static String problem(String query) {
        String outside = outsideQuotes(query);
        if (outside == null) {
            return "a quote \" is not closed";
        }
        String brackets = brackets(outside);
        if (brackets != null) {
            return brackets;
        }
        Matcher d = DANGLING.matcher(outside);
        if (d.find()) {
            String op = d.group(1) != null ? d.group(1) : d.group(2) != null ? d.group(2) : "NOT";
            return op + " has nothing to join on one side";
        }
        Matcher f = FIELD.matcher(outside);
        while (f.find()) {
            String field = f.group(1);
            if (!FIELDS.contains(field)) {
                return "'" + field + ":' is not a field (put text with a colon in quotes)";
            }
            int after = f.end();
            if (after >= outside.length() || Character.isWhitespace(outside.charAt(after)) || outside.charAt(after) == ')') {
                return "'" + field + ":' has no value after it";
            }
        }
        return null;
    }

    // The query with quoted text blanked, so operators and colons inside a phrase are not read as such;
    // null when a quote is left open. A backslash escapes the next character.
    private static String outsideQuotes(String q) {
        StringBuilder sb = new StringBuilder(q.length());
        boolean quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\' && i + 1 < q.length()) {
                sb.append("  ");
                i++;
            } else if (c == '"') {
                quoted = !quoted;
                sb.append(quoted ? '"' : ' ');
            } else {
                sb.append(quoted ? ' ' : c);
            }
        }
        return quoted ? null : sb.toString();
    }

    private static String brackets(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return "a bracket ')' has no '(' before it";
            }
        }
        return depth > 0 ? "a bracket '(' is not closed" : null;
    }
}
