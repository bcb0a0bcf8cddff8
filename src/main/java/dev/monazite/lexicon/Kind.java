package dev.monazite.lexicon;

import java.util.Locale;

/** What sort of thing an entity is; the TSV column {@code kind} holds the lower-case name. */
public enum Kind {
    ELEMENT, MATERIAL, PLACE, COMPANY, BODY, PROGRAMME, APPLICATION;

    /** Parses the TSV spelling ({@code element}, {@code place}, ...); null when unknown. */
    static Kind parse(String cell) {
        for (Kind k : values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(cell.trim())) {
                return k;
            }
        }
        return null;
    }
}
