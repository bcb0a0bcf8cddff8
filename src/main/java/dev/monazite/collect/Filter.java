package dev.monazite.collect;

import java.util.List;
import java.util.Locale;

/**
 * A source's keyword filter: an article is kept when it names any include word (or there are
 * none) and no exclude word. Words are matched as text, ignoring case, so that they work in
 * Chinese, which has no spaces between words.
 */
record Filter(List<String> include, List<String> exclude) {
    static Filter of(Source s) {
        return new Filter(s.include(), s.exclude());
    }

    /** Why the text is filtered out, or null when it is kept. */
    String rejects(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        for (String w : exclude) {
            if (folded.contains(w.toLowerCase(Locale.ROOT))) {
                return "names '" + w + "' (--exclude)";
            }
        }
        if (include.isEmpty() || include.stream().anyMatch(w -> folded.contains(w.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        return "names none of " + include + " (--include)";
    }
}
