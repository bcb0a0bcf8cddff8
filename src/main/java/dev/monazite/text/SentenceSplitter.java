package dev.monazite.text;

import dev.monazite.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at terminal punctuation of any of the four languages.
 * Decimal points and abbreviations such as "U.S.", "Corp." or "Nov." do not end a sentence when more of
 * it follows (a lower-case word, a number, or a capitalised word that does not open sentences).
 */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    public static List<Span> split(String paragraph) {
        List<Span> spans = new ArrayList<>();
        int start = skipSpace(paragraph, 0);
        int i = start;
        while (i < paragraph.length()) {
            char c = paragraph.charAt(i);
            if (isCjkTerminal(c) || (isLatinTerminal(c) && endsLatinSentence(paragraph, i))) {
                int end = consumeClosers(paragraph, i + 1);
                addSpan(spans, paragraph, start, end);
                start = skipSpace(paragraph, end);
                i = start;
            } else {
                i++;
            }
        }
        addSpan(spans, paragraph, start, paragraph.length());
        return spans;
    }

    private static boolean isCjkTerminal(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '…';
    }

    private static boolean isLatinTerminal(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    // A Latin full stop ends a sentence only when followed by space (or the end) and not after
    // a single capital letter ("U.S.") or inside a number ("2.5"), nor after a known abbreviation
    // that more of the sentence follows.
    private static boolean endsLatinSentence(String s, int i) {
        int next = i + 1;
        // citation marks such as "[1][4]." and closing quotes belong to the sentence
        if (next < s.length() && !Character.isWhitespace(s.charAt(next)) && s.charAt(next) != '[') {
            return false;
        }
        if (s.charAt(i) != '.') {
            return true;
        }
        String word = wordBefore(s, i);
        if (word.equals("no") || word.equals("nos")) {
            return !numberFollows(s, next); // "No. 2 producer", but "the answer was no."
        }
        if (ABBREVIATIONS.contains(word)) {
            return !continues(s, next);
        }
        // an initial ("J. Smith") or another dotted capital
        return !(i >= 1 && Character.isUpperCase(s.charAt(i - 1)) && (i < 2 || !Character.isLetter(s.charAt(i - 2))));
    }

    /** Abbreviations, lower case without their final full stop, that news writes mid-sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "corp", "inc", "co", "ltd", "approx", "e.g", "i.e",
            "mr", "mrs", "ms", "dr", "prof", "vs", "gov", "sen", "rep", "jr", "sr");

    /** Words that open a new sentence after an abbreviation ("… to the U.S. The ministry said"). */
    private static final Set<String> OPENERS = Set.of("The", "This", "That", "These", "Those", "It", "Its", "He",
            "She", "They", "We", "I", "In", "On", "At", "But", "And", "However", "Meanwhile", "A", "An", "Analysts",
            "Shares", "There", "Some", "Such", "As", "For", "If", "While", "After", "Before", "Since", "Last", "Earlier");

    // The letters and inner dots right before the stop at i ("U.S", "Corp", "e.g"), lower case.
    private static String wordBefore(String s, int i) {
        int a = i;
        while (a > 0 && (Character.isLetter(s.charAt(a - 1)) || s.charAt(a - 1) == '.' && a - 1 > 0
                && Character.isLetter(s.charAt(a - 2)))) {
            a--;
        }
        return s.substring(a, i).toLowerCase(Locale.ROOT);
    }

    private static boolean numberFollows(String s, int next) {
        int w = skipSpace(s, next);
        return w < s.length() && Character.isDigit(s.charAt(w));
    }

    // Whether the text after an abbreviation's stop is more of the same sentence: a lower-case word, a
    // number, a bracket, or a capitalised word that does not open sentences ("U.S. Commerce Department").
    private static boolean continues(String s, int next) {
        int w = skipSpace(s, next);
        if (w >= s.length()) {
            return false;
        }
        char c = s.charAt(w);
        if (!Character.isUpperCase(c)) {
            return Character.isLetterOrDigit(c) || c == '(' || c == '$' || c == '"' || c == '“';
        }
        int e = w;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        return !OPENERS.contains(s.substring(w, e));
    }

    private static int consumeClosers(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '”' || c == '"' || c == '’' || c == '）' || c == ')' || c == '」' || c == '』') {
                i++;
            } else if (c == '[' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                int close = s.indexOf(']', i);
                if (close < 0 || close - i > 6) {
                    break;
                }
                i = close + 1;
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addSpan(List<Span> spans, String s, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            spans.add(new Span(start, e));
        }
    }
}
