package dev.monazite.quantity;

/**
 * A date found in text: {@code value} is "YYYY", "YYYY-MM", "YYYY-MM-DD" or a period "A/B" of two such values.
 * {@code explicitYear} is false when the year was taken from the reference date. {@code role} says how the
 * sentence uses the date: only an {@link Role#AT} date can be the date of a figure.
 */
public record DateMention(int start, int end, String value, boolean explicitYear, Role role) {

    /** What the date is to the figures of its sentence. */
    public enum Role {
        /** The figure's own date or period ("in October 2025", 今年前三季度, "since April" as a window). */
        AT,
        /** A comparison base ("compared with October 2024", 较上年同期, so với cùng kỳ năm trước). */
        BASE,
        /** A target or deadline ("by 2030", 到2030年, 2030年前, đến năm 2030). */
        TARGET,
        /** The end of a validity or suspension ("until November 2026", 有效期至, 暂停至, đến hết). */
        UNTIL
    }

    public DateMention {
        if (role == null) {
            throw new IllegalArgumentException("role must not be null (use Role.AT for a figure's own date)");
        }
    }

    /** A mention with role {@link Role#AT}. */
    public DateMention(int start, int end, String value, boolean explicitYear) {
        this(start, end, value, explicitYear, Role.AT);
    }

    /** This mention with another role; the span stays that of the date (cue words are not part of it). */
    DateMention as(Role newRole) {
        return new DateMention(start, end, value, explicitYear, newRole);
    }
}
