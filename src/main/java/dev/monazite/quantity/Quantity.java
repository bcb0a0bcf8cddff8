package dev.monazite.quantity;

/**
 * One numeric expression found in text. {@code value} is the point value (the lower end for a range);
 * {@code min}/{@code max} are set only for ranges. {@code start}/{@code end} are char offsets in the input
 * (end exclusive). {@code unit} is:
 * <ul>
 *   <li>"%" for percentages (七八成 is the range 70-80);</li>
 *   <li>an ISO 4217 code for money, with "/t", "/kg" or "/g" for a price ("CNY/t", "USD/kg"), whether the
 *       denominator comes after the amount (/吨, per tonne, mỗi tấn) or before it (每吨60万元); both amounts
 *       of "1,620 yuan ($225) per kg" take it;</li>
 *   <li>"t", "kg", "g", ... for a mass, "units" for a count; a mass or count that is a rate carries a rate
 *       suffix: "/yr" per year ("t/yr", "kg/yr", "units/yr": "a year", "t/yr", tpa, 年产, 每年, mỗi năm,
 *       "annual capacity of"), "/day" per day ("t/day": "per day", 每天, 日产, mỗi ngày) and "/month" per
 *       month ("t/month": "a month", 每月, mỗi tháng). A rate phrase written after the unit is not part of
 *       the span, which ends with the unit;</li>
 *   <li>null for plain numbers.</li>
 * </ul>
 */
public record Quantity(Kind kind, double value, Double min, Double max, String unit, Bound bound, int start, int end) {

    /** What the number measures. */
    public enum Kind { NUMBER, PERCENT, MONEY, MASS, COUNT }
}
