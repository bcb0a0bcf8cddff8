package dev.monazite.quantity;

import java.util.Set;

/**
 * Where a match of a date rule can begin: at one of some characters, or, for rules that open with a
 * word such as a month name, at the start of one of those words (a whole run of letters), or either.
 * Folded text only (lower case).
 */
record DateStart(String initials, Set<String> words, String chars, String[][] byLength) {
    private static final int LONGEST = 16;

    DateStart(String initials, Set<String> words, String chars) {
        this(initials, words, chars, byLength(words));
    }

    // The words by length: a candidate is compared with the few words as long as its letter run.
    private static String[][] byLength(Set<String> words) {
        String[][] out = new String[LONGEST + 1][0];
        for (String w : words) {
            if (w.length() > LONGEST) {
                throw new IllegalArgumentException("date start word longer than " + LONGEST + ": " + w);
            }
            out[w.length()] = java.util.Arrays.copyOf(out[w.length()], out[w.length()].length + 1);
            out[w.length()][out[w.length()].length - 1] = w;
        }
        return out;
    }

    static DateStart chars(String initials) {
        return new DateStart(initials, Set.of(), initials);
    }

    /** Words (letters only); a rule given them matches only where one of them is a whole letter run. */
    static DateStart words(Set<String> words) {
        return new DateStart(PrefixWords.initials(words), Set.copyOf(words), "");
    }

    /** At one of chars, or at the start of one of words ("12 tháng 3", "ngày 12 tháng 3"). */
    static DateStart charsOrWords(String chars, Set<String> words) {
        return new DateStart(chars + PrefixWords.initials(words), Set.copyOf(words), chars);
    }

    boolean at(CharSequence s, int i) {
        return at(s, i, wordEnd(s, i));
    }

    /**
     * Like {@link #at(CharSequence, int)}, given {@link #wordEnd}(s, i), which every word start
     * tried at i shares.
     */
    boolean at(CharSequence s, int i, int wordEnd) {
        char c = s.charAt(i);
        if (initials.indexOf(c) < 0) {
            return false;
        }
        if (words.isEmpty() || chars.indexOf(c) >= 0) {
            return true;
        }
        if (wordEnd < 0 || wordEnd - i > LONGEST) {
            return false;
        }
        for (String w : byLength[wordEnd - i]) {
            if (same(s, i, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the run of letters that starts at i ends, looking no further than one past the longest
     * word; -1 when i is inside a run (a letter comes before it).
     */
    static int wordEnd(CharSequence s, int i) {
        if (i > 0 && isLetter(s.charAt(i - 1))) {
            return -1;
        }
        int end = i;
        while (end < s.length() && end - i <= LONGEST && isLetter(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 && Character.isLetter(c);
    }

    // Compared in place: this runs at every candidate position of every sentence.
    private static boolean same(CharSequence s, int at, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (s.charAt(at + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
