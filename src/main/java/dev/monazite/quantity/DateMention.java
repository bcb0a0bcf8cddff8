package dev.monazite.quantity;

/**
 * A date found in text: {@code value} is "YYYY", "YYYY-MM", "YYYY-MM-DD" or a period "A/B" of two such values.
 * {@code explicitYear} is false when the year was taken from the reference date.
 */
public record DateMention(int start, int end, String value, boolean explicitYear) {}
