package dev.monazite.quantity;

import java.util.Set;

/**
 * Where a match of a date rule can begin: at one of some characters, or, for rules that open with a
 * word such as a month name, at the start of one of those words. Folded text only (lower case).
 */
record DateStart(String initials, Set<String> words) {

    static DateStart chars(String initials) {
        return new DateStart(initials, Set.of());
    }

    /** Words of ASCII letters; a rule given them matches only where one of them is a whole letter run. */
    static DateStart words(Set<String> words) {
        return new DateStart(PrefixWords.initials(words), Set.copyOf(words));
    }

    boolean at(CharSequence s, int i) {
        if (initials.indexOf(s.charAt(i)) < 0) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        if (i > 0 && isAsciiLetter(s.charAt(i - 1))) {
            return false;
        }
        int end = i;
        while (end < s.length() && isAsciiLetter(s.charAt(end))) {
            end++;
        }
        for (String w : words) {
            if (w.length() == end - i && same(s, i, w)) {
                return true;
            }
        }
        return false;
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

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
