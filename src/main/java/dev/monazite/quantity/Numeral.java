package dev.monazite.quantity;

/**
 * A numeral found at [start, end) of the folded text. {@code vague} marks forms such as 二三十 or 数百 that
 * state no single value; {@code invalid} marks malformed digit runs that must produce no result at all.
 * {@code singleChineseDigit} flags a lone 一/二… which is usually a word, not a number (一切, 一看).
 */
record Numeral(int start, int end, double value, boolean vague, boolean invalid, boolean singleChineseDigit,
               boolean over) {

    static Numeral invalid(int start, int end) {
        return new Numeral(start, end, Double.NaN, false, true, false, false);
    }

    boolean usable() {
        return !vague && !invalid && Double.isFinite(value);
    }

    Numeral withStart(int newStart, double newValue) {
        return new Numeral(newStart, end, newValue, vague, invalid, singleChineseDigit, over);
    }

    Numeral withEnd(int newEnd, double newValue) {
        return new Numeral(start, newEnd, newValue, vague, invalid, false, over);
    }
}
