package dev.monazite.quantity;

import dev.monazite.text.Normaliser;
import java.util.OptionalDouble;

/** Parses one numeral expression: "1,234.5", "75,25" (VI), "三千五百", "一万二", "12.5万", "3.2 million", "hai mươi", "1.5 tỷ". */
public final class Numbers {
    private Numbers() {}

    /** The value of the whole string as one numeral, or empty when it is not exactly one numeral. */
    public static OptionalDouble parse(String numeral, Lang lang) {
        if (numeral == null) {
            return OptionalDouble.empty();
        }
        Lang l = lang == null ? Lang.OTHER : lang;
        String s = Normaliser.foldPreservingLength(numeral.strip());
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        Numeral n = NumeralScanner.scan(s, 0, l, true);
        if (n == null || !n.usable() || n.end() != s.length()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n.value());
    }
}
