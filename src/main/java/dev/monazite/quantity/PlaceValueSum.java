package dev.monazite.quantity;

/**
 * Adds up a numeral read as digits and place-value words, the way 一亿五千万, two hundred thousand or
 * hai mươi mốt nghìn are built: small units (十/hundred/trăm) multiply the pending digit, large units
 * (万/亿/thousand/triệu) close a section and multiply either the section or, when the new unit is larger
 * than everything so far (万亿, thousand millions), the whole total.
 */
final class PlaceValueSum {
    private double total;
    private double section;
    private double pending;
    private boolean hasPending;
    private boolean pendingIsChineseDigit;
    private double lastUnit;
    private boolean zeroSinceUnit;
    private boolean lastWasUnit;
    private boolean any;

    void digit(double v, boolean chineseDigit) {
        pending = v;
        hasPending = true;
        pendingIsChineseDigit = chineseDigit;
        lastWasUnit = false;
        any = true;
    }

    /** 零 / lẻ / linh: a place is skipped, so a trailing digit is not abbreviated (一万零二 = 10002). */
    void zero() {
        zeroSinceUnit = true;
        lastWasUnit = false;
        any = true;
    }

    void small(double unit) {
        double m = hasPending ? pending : 1;
        section += m * unit;
        closeUnit(unit);
    }

    void large(double unit) {
        double part = section + (hasPending ? pending : 0);
        if (!any) {
            part = 1;
        }
        if (total > 0 && total < unit) {
            total = (total + part) * unit;
        } else {
            total += part * unit;
        }
        section = 0;
        closeUnit(unit);
    }

    private void closeUnit(double unit) {
        pending = 0;
        hasPending = false;
        lastUnit = unit;
        zeroSinceUnit = false;
        lastWasUnit = true;
        any = true;
    }

    /** True when a digit directly follows a unit, e.g. the 二 in 一万二. */
    boolean pendingAfterUnit() {
        return hasPending && lastUnit >= 10 && !zeroSinceUnit;
    }

    boolean lastWasUnit() {
        return lastWasUnit;
    }

    /**
     * @param colloquial when true a single Chinese digit right after a unit is read one place lower
     *                   (一万二 = 12000, 一千三 = 1300), as Chinese speakers do
     */
    double value(boolean colloquial) {
        double p = hasPending ? pending : 0;
        if (colloquial && pendingIsChineseDigit && pendingAfterUnit() && p < 10) {
            p = p * lastUnit / 10;
        }
        return total + section + p;
    }
}
