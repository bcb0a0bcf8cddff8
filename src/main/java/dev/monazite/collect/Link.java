package dev.monazite.collect;

import java.net.URI;
import java.time.LocalDateTime;

/**
 * An article address a source lists, with the title and publication time (UTC) it gives; either
 * may be null. The time stands in for a page that carries no date of its own.
 */
record Link(URI uri, String title, LocalDateTime published) {
    Link(URI uri, String title) {
        this(uri, title, null);
    }

    static LocalDateTime utc(java.util.Date d) {
        return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), java.time.ZoneOffset.UTC);
    }
}
