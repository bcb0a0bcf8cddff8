package dev.monazite.alert;

import java.util.Locale;

/**
 * A named condition over what arrives.
 *
 * @param spec what the kind reads: the query, the workflow's name, the entity's id, the fact
 *             condition (see {@link FactCondition}), or for a scheduled digest "WORKFLOW daily|weekly"
 */
public record Watch(String name, Kind kind, String spec) {

    /** What a watch looks at. */
    public enum Kind {
        QUERY, WORKFLOW, ENTITY, FACT, DIGEST;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The kind named by its id.
         *
         * @throws IllegalArgumentException naming the kinds there are
         */
        public static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("watch kind '" + id + "' is not one of query, workflow, entity, fact, digest");
        }
    }

    /**
     * A checked watch.
     *
     * @throws IllegalArgumentException when the name or the spec cannot be used, saying why
     */
    public Watch {
        if (name == null || !name.strip().matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._ -]{0,99}")) {
            throw new IllegalArgumentException("watch name '" + name + "' is not usable: use 1-100 letters, digits, "
                    + "'.', '_', '-' or spaces, starting with a letter or digit");
        }
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("watch '" + name.strip() + "' needs a " + kind.id()
                    + " to look for");
        }
        name = name.strip();
        spec = spec.strip();
        if (kind == Kind.FACT) {
            FactCondition.parse(spec);
        }
        if (kind == Kind.DIGEST) {
            DigestSchedule.parse(spec);
        }
    }

    /** The watch in words, as lists print it: "fact: policy CN export_control". */
    public String describe() {
        return kind.id() + ": " + spec;
    }
}
