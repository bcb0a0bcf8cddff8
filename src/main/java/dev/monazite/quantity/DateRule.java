package dev.monazite.quantity;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One date pattern and how to turn its match into a date value. */
record DateRule(Pattern pattern, Resolver resolver) {

    /** Turns a match into a mention, or null when the match is no valid date. */
    interface Resolver {
        DateMention resolve(Matcher m, Lang lang, LocalDate reference);
    }

    DateMention resolve(Matcher m, Lang lang, LocalDate reference) {
        try {
            return resolver.resolve(m, lang, reference);
        } catch (RuntimeException e) {
            // Out-of-range numbers (month 13, day 32, year overflow) mean "not a date".
            return null;
        }
    }
}
