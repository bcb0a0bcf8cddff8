package dev.monazite.store;

import dev.monazite.text.Texts;

/**
 * The period a stated level is compared in; two facts are compared only when their periods are equal.
 * A date is read as FACTS.md writes it (a year, a month, a range "2025-01/2025-10") with a day taken
 * as its month, except a price's day: a quote is of its day, and a price moves within a month. An
 * undated fact is compared only with undated facts published in the same year, since what it states
 * is current when written; an intensity, which FACTS.md never dates, with every other intensity.
 *
 * @param date      the period as FACTS.md writes dates; null when undated
 * @param published for an undated fact, the year its article was published; else null
 */
record Period(String date, String published) {

    static Period of(FactRow r) {
        String date = r.fact().date();
        if (date != null && !date.isBlank()) {
            return new Period(normalised(date, r.fact().type().equals("price")), null);
        }
        boolean timeless = r.fact().type().equals("intensity");
        return new Period(null, timeless || r.published() == null ? null : String.valueOf(r.published().getYear()));
    }

    // "2025-10-09" is "2025-10"; a range is normalised at both ends and one month long is that month.
    static String normalised(String date, boolean keepDay) {
        int slash = date.indexOf('/');
        if (slash < 0) {
            return keepDay ? date : month(date);
        }
        String from = month(Texts.cut(date, 0, slash));
        String to = month(Texts.cut(date, slash + 1, date.length()));
        return from.equals(to) ? from : from + "/" + to;
    }

    private static String month(String date) {
        return date.length() > 7 ? Texts.cut(date, 0, 7) : date;
    }

    /** The period in words, for a claim: "2025-10", "undated, published 2025", "undated". */
    String words() {
        return date != null ? date : published != null ? "undated, published " + published : "undated";
    }

    /** The period's end, which ranks a conflict's recency; null when undated. */
    String end() {
        int slash = date == null ? -1 : date.indexOf('/');
        return slash < 0 ? date : Texts.cut(date, slash + 1, date.length());
    }
}
