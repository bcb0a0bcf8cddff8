package dev.monazite.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.time.format.DateTimeParseException;

/** Reads and checks query parameters; a bad one is an IllegalArgumentException, which the server answers with 400. */
final class Params {
    private Params() {}

    static String string(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String required(Context ctx, String name) {
        String v = string(ctx, name);
        if (v == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is required");
        }
        return v;
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = string(ctx, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException("parameter '" + name + "' must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = string(ctx, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** A date prefix as facts use them: YYYY, YYYY-MM or YYYY-MM-DD. */
    static String datePrefix(Context ctx, String name) {
        String v = string(ctx, name);
        if (v != null && !v.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            throw new IllegalArgumentException("parameter '" + name + "' must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + v + "'");
        }
        return v;
    }

    /** Which slice of a list a client asked for: at most limit items from offset on. */
    record Page(int limit, int offset) {
        static final int DEFAULT = 100, MAX = 1000;

        <T> List<T> of(List<T> all) {
            int from = Math.min(offset, all.size());
            return all.subList(from, Math.min(all.size(), from + limit));
        }
    }

    /** The page parameters: limit (default 100, at most 1000) and offset (from 0). */
    static Page page(Context ctx) {
        return new Page(integer(ctx, "limit", Page.DEFAULT, 1, Page.MAX), integer(ctx, "offset", 0, 0, 1_000_000_000));
    }
}
