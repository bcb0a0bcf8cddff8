package dev.monazite.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How dates are printed in tables. */
final class Dates {
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {}

    static String show(LocalDateTime t) {
        return t == null ? "undated" : SHOW.format(t);
    }
}
