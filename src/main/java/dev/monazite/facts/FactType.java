package dev.monazite.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of fact FACTS.md defines; a fact's {@code type} is one of their ids. */
public enum FactType {
    PRICE("commodity"),
    TRADE("commodity", "exporter", "importer"),
    SHARE("subject", "metric", "commodity", "scope"),
    QUANTITY("subject", "metric", "commodity"),
    INTENSITY("application", "commodity"),
    MONEY("subject", "metric"),
    CHANGE("subject", "measure", "basis"),
    POLICY("actor", "action", "target", "object");

    /** The fields every type has besides its own: the figure, its unit and the date it is about. */
    public static final List<String> COMMON = List.of("value", "value_min", "value_max", "unit", "date");

    private final List<String> fields;

    FactType(String... fields) {
        this.fields = List.of(fields);
    }

    /** The descriptive fields FACTS.md gives this type, in its order. */
    public List<String> fields() {
        return fields;
    }

    /**
     * The values FACTS.md allows for a field of this type, or an empty list when it is open
     * (places, companies, commodities, free text).
     */
    public List<String> allowed(String field) {
        return switch (field) {
            case "metric" -> switch (this) {
                case SHARE -> List.of("reserves", "mining", "refining", "magnet_production", "patents", "supply_to",
                        "quota", "market_share", "capacity", "other");
                case QUANTITY -> List.of("production", "capacity", "reserves", "stockpile", "demand", "other");
                case MONEY -> List.of("investment", "loan", "fund", "order", "loss", "revenue", "profit", "debt", "other");
                default -> List.of();
            };
            case "action" -> List.of("export_control", "export_license", "suspension", "quota", "stockpile", "agreement",
                    "alliance", "tariff", "law", "subsidy", "investment", "other");
            case "basis" -> List.of("yoy", "mom", "ytd", "period");
            default -> List.of();
        };
    }

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
