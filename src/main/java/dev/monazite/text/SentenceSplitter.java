package dev.monazite.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences at terminal punctuation of any of the four languages.
 * Decimal points and abbreviations such as "U.S." do not end a sentence.
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
    // a single capital letter ("U.S.") or inside a number ("2.5").
    private static boolean endsLatinSentence(String s, int i) {
        int next = i + 1;
        // citation marks such as "[1][4]." and closing quotes belong to the sentence
        if (next < s.length() && !Character.isWhitespace(s.charAt(next)) && s.charAt(next) != '[') {
            return false;
        }
        if (s.charAt(i) == '.' && i >= 1 && Character.isUpperCase(s.charAt(i - 1))
                && (i < 2 || !Character.isLetter(s.charAt(i - 2)))) {
            return false;
        }
        return true;
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
