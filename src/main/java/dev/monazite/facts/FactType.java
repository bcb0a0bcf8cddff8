package dev.monazite.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of fact FACTS.md defines; a fact's {@code type} is one of their ids. */
public enum FactType {
    PRICE, TRADE, SHARE, QUANTITY, INTENSITY, MONEY, CHANGE, POLICY;

    /** The id written in facts and accepted by filters: the name in lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every id, in FACTS.md order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(FactType::id).toList();
    }

    /**
     * The type with this id (case-insensitive).
     *
     * @throws IllegalArgumentException naming the id and the ones accepted
     */
    public static FactType of(String id) {
        for (FactType t : values()) {
            if (t.id().equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown fact type '" + id + "'; use one of " + String.join(", ", ids()));
    }
}
