package dev.monazite.quantity;

/**
 * One numeric expression found in text. {@code value} is the point value (the lower end for a range);
 * {@code min}/{@code max} are set only for ranges. {@code unit} is "%" for percentages, an ISO 4217 code
 * (optionally "/t" or "/kg" for prices) for money, "t"/"kg"/"g"/... for mass, "units" for counts, null for
 * plain numbers. {@code start}/{@code end} are char offsets in the input (end exclusive).
 */
public record Quantity(Kind kind, double value, Double min, Double max, String unit, Bound bound, int start, int end) {

    /** What the number measures. */
    public enum Kind { NUMBER, PERCENT, MONEY, MASS, COUNT }
}
