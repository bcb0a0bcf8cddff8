package dev.monazite.collect;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source to collect from: its name, address, kind (with the CSS selector of a listing page), how
 * often to poll it, a language hint, and the words an article must hold (any of include) or must
 * not hold (any of exclude) to be ingested.
 */
public record Source(String name, String url, Kind kind, String selector, Duration every, String lang,
                     List<String> include, List<String> exclude) {
    /** The shortest polling interval a source may have: a good citizen does not hammer a site. */
    public static final Duration SHORTEST = Duration.ofMinutes(1);
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");
    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,6})\\s*([smhd])");

    public Source {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        if (lang != null && !lang.isBlank()) {
            dev.monazite.article.Language l = dev.monazite.article.Language.of(lang);
            if (l == dev.monazite.article.Language.OTHER) {
                throw new IllegalArgumentException("language '" + lang + "' is not one Monazite reads: use en, vi, "
                        + "zh-Hans, zh-Hant or ja (or leave it out and the text decides)");
            }
            lang = l.tag();
        } else {
            lang = null;
        }
    }

    /** Where a source is in its polling: when it was last fetched, when it is due, and why it failed. */
    public record Status(Source source, Instant lastFetch, Instant nextDue, int failures, boolean paused,
                         String lastError, int collected, String etag, String lastModified) {
        /** Whether the source is to be polled at now. */
        boolean due(Instant now) {
            return !paused && (nextDue == null || !nextDue.isAfter(now));
        }
    }

    /**
     * A source name as typed, checked.
     *
     * @throws IllegalArgumentException naming the value and what a name may hold
     */
    public static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("source name '" + name + "' is not accepted: use up to 100 letters, "
                    + "digits, '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    /**
     * An interval as typed: a number and a unit (s, m, h, d), e.g. 30m or 2h.
     *
     * @throws IllegalArgumentException naming the value, the form accepted and the shortest interval
     */
    public static Duration interval(String text) {
        Matcher m = INTERVAL.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--every '" + text + "' is not an interval: write a number and "
                    + "s, m, h or d, e.g. 30m or 2h");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (d.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("--every '" + text + "' is too short: poll a source at most once a minute (1m)");
        }
        return d;
    }

    /** Comma-separated words as a list, blanks dropped. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** An interval as users write it: 30m, 2h, 1d. */
    public static String label(Duration d) {
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
