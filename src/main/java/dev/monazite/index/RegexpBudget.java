package dev.monazite.index;

import org.apache.lucene.util.automaton.RegExp;

/**
 * How big an automaton a query's /regular expression/ would build, bounded before Lucene builds it.
 * Lucene expands a counted repetition by copying its operand, so nested counts multiply:
 * ((.{99}x){99}){99} needs about two million states and ran a 900 MB heap out while the query was
 * still being parsed, before any limit of Lucene's own applies. The estimate walks the parsed
 * expression and counts states the way the expansion does.
 */
final class RegexpBudget {
    /** Most automaton states a query's regular expression may need. */
    static final long MAX_STATES = 20_000;

    private RegexpBudget() {}

    /**
     * @throws IllegalArgumentException when the expression is malformed or would need more than
     *     {@link #MAX_STATES} states
     */
    static void check(String regexp) {
        long states = states(new RegExp(regexp, RegExp.ALL));
        if (states > MAX_STATES) {
            throw new IllegalArgumentException("the regular expression /" + dev.monazite.text.Texts.label(regexp, 40)
                    + "/ in the query would build about " + states + " states, at most " + MAX_STATES
                    + " are allowed: use smaller counts {n,m} or fewer nested repetitions");
        }
    }

    // Saturating: a product past the budget need not be exact, and must not overflow to a small number.
    static long states(RegExp e) {
        return switch (e.kind) {
            case REGEXP_UNION, REGEXP_CONCATENATION -> add(states(e.exp1), states(e.exp2));
            case REGEXP_INTERSECTION -> times(states(e.exp1), states(e.exp2));
            case REGEXP_OPTIONAL, REGEXP_REPEAT, REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT ->
                add(states(e.exp1), 1);
            case REGEXP_REPEAT_MIN -> times(states(e.exp1), e.min + 1L);
            case REGEXP_REPEAT_MINMAX -> times(states(e.exp1), Math.max(e.max, e.min) + 1L);
            case REGEXP_STRING -> e.s.length() + 1L;
            case REGEXP_INTERVAL -> times(Math.max(e.digits, String.valueOf(e.max).length()), 10);
            default -> 2;
        };
    }

    private static long add(long a, long b) {
        return Math.min(a + b, Long.MAX_VALUE / 4);
    }

    private static long times(long a, long b) {
        return a > Long.MAX_VALUE / 4 / Math.max(b, 1) ? Long.MAX_VALUE / 4 : a * b;
    }
}
