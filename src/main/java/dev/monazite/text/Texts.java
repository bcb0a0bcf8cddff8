package dev.monazite.text;

/**
 * Text safety in one place: cutting untrusted text without splitting a surrogate pair, replacing
 * lone surrogates, and escaping control characters before text reaches a terminal. Every stage
 * that cuts or prints news text goes through these instead of a raw {@code substring}.
 */
public final class Texts {
    /** What a lone surrogate or an undecodable byte becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private Texts() {}

    /**
     * The text between begin and end, both clamped to the text and moved inwards off the middle of
     * a surrogate pair: the result never starts with a low or ends with a high half of a pair that
     * the text holds whole. Never throws for any begin and end.
     */
    public static String cut(CharSequence s, int begin, int end) {
        int b = inward(s, Math.max(0, Math.min(begin, s.length())), true);
        int e = inward(s, Math.max(0, Math.min(end, s.length())), false);
        return e <= b ? "" : s.subSequence(b, e).toString();
    }

    /** At most max chars from begin on, cut as {@link #cut}. */
    public static String window(CharSequence s, int begin, int max) {
        return cut(s, begin, (int) Math.min(Integer.MAX_VALUE, (long) Math.max(0, begin) + Math.max(0, max)));
    }

    /**
     * The end of s, at most max chars, starting where a word does (ICU's word boundaries, which know
     * Chinese and Japanese words): after the last clause mark (, ， 、 ; — :) that leaves at least a
     * fifth of max, else after the first Chinese particle that ends a phrase (的 与 和 及 在 等 并: ICU's
     * dictionary splits terms it lacks, 钕铁硼, into characters), else at the first word start.
     */
    private static final String PARTICLES = "的与和及在等并";

    public static String lastWords(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int from = s.length() - max;
        for (int i = s.length() - Math.max(1, max / 5); i >= from; i--) {
            if (",，、;；—:：".indexOf(s.charAt(i)) >= 0) {
                return cut(s, i + 1, s.length()).strip();
            }
        }
        for (int i = Math.max(1, from); i < s.length() - Math.max(1, max / 5); i++) {
            if (PARTICLES.indexOf(s.charAt(i - 1)) >= 0 && Character.isIdeographic(s.charAt(i))) {
                return cut(s, i, s.length()).strip();
            }
        }
        com.ibm.icu.text.BreakIterator words = com.ibm.icu.text.BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.ROOT);
        words.setText(s);
        int start = words.isBoundary(from) ? from : words.following(from);
        return start == com.ibm.icu.text.BreakIterator.DONE ? "" : cut(s, start, s.length()).strip();
    }

    /** At most max chars before end, cut as {@link #cut}. */
    public static String before(CharSequence s, int end, int max) {
        return cut(s, end - Math.max(0, max), end);
    }

    /** The last max chars of s, cut as {@link #cut}. */
    public static String tail(CharSequence s, int max) {
        return before(s, s.length(), max);
    }

    /** The first max chars of s, cut as {@link #cut}. */
    public static String head(CharSequence s, int max) {
        return cut(s, 0, max);
    }

    /** A position moved off the middle of a surrogate pair: forwards for a start, backwards for an end. */
    public static int inward(CharSequence s, int i, boolean start) {
        if (i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i))) {
            return start ? i + 1 : i - 1;
        }
        return i;
    }

    /** For a one-line label: at most max chars, with an ellipsis when cut, control characters escaped. */
    public static String label(CharSequence s, int max) {
        String one = s == null ? "" : s.toString().strip();
        String cut = one.length() <= max ? one : head(one, Math.max(1, max - 1)).stripTrailing() + "…";
        return escape(cut);
    }

    /** How many lone surrogates s holds. */
    public static int loneSurrogates(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            }
        }
        return n;
    }

    /** s with each lone surrogate replaced by U+FFFD (s itself when it has none; null stays null). */
    public static String withoutLoneSurrogates(String s) {
        if (s == null || loneSurrogates(s) == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return sb.toString();
    }

    /**
     * Untrusted text made safe for a terminal on one line: C0 and C1 controls, DEL, and the
     * bidirectional overrides that reorder what is shown are written as visible escapes
     * ({@code \u001B}, {@code \u202E}; the same inside a JSON string), so no escape sequence in news
     * text or a file name can move the cursor, retitle the window or hide what follows. Lone
     * surrogates become U+FFFD.
     */
    public static String escape(CharSequence s) {
        return escape(s, false);
    }

    /** As {@link #escape(CharSequence)}, keeping newlines and tabs when multiline is set. */
    public static String escape(CharSequence s, boolean multiline) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = unsafe(c, multiline) || isLone(s, i);
            if (bad && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb == null) {
                continue;
            }
            if (!bad) {
                sb.append(c);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    sb.append(s.charAt(++i));
                }
            } else if (Character.isSurrogate(c)) {
                sb.append(REPLACEMENT);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb == null ? s.toString() : sb.toString();
    }

    private static boolean isLone(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** Whether a character is one that {@link #escape} writes as an escape (newline and tab aside). */
    public static boolean unsafe(int c) {
        return c != '\n' && c != '\t' && c < 0x10000 && unsafe((char) c, false);
    }

    private static boolean unsafe(char c, boolean multiline) {
        if (c == '\n' || c == '\t') {
            return !multiline;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x061C || c == 0x200E || c == 0x200F;
    }
}
