package dev.monazite.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One claim one sentence makes, normalised: its type, the descriptive fields of that type
 * (FACTS.md names), the value or range, unit and date, and the evidence it was read from.
 */
public record Fact(
        String type,
        Map<String, String> fields,
        Double value,
        Double valueMin,
        Double valueMax,
        String unit,
        String date,
        Evidence evidence,
        String extractor,
        double confidence) {

    public Fact {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Where a fact was read: article, paragraph (0 = title), sentence span in that paragraph, verbatim text. */
    public record Evidence(String article, int paragraph, int start, int end, String text) {}

    /** A key for de-duplicating facts read twice from the same article. */
    Identity identity() {
        return new Identity(this);
    }

    /**
     * The claim of a fact without its evidence: type, fields (in their order), value, range, unit
     * and date. Compared in place; a key string built for every fact of every sentence was a
     * thirtieth of extraction's time.
     */
    static final class Identity {
        private final Fact f;
        private final int hash;

        private Identity(Fact f) {
            this.f = f;
            int h = f.type.hashCode();
            for (Object part : new Object[] {f.fields, f.value, f.valueMin, f.valueMax, f.unit, f.date}) {
                h = 31 * h + java.util.Objects.hashCode(part);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Identity other)) {
                return false;
            }
            Fact g = other.f;
            return hash == other.hash && f.type.equals(g.type) && java.util.Objects.equals(f.value, g.value)
                    && java.util.Objects.equals(f.valueMin, g.valueMin) && java.util.Objects.equals(f.valueMax, g.valueMax)
                    && java.util.Objects.equals(f.unit, g.unit) && java.util.Objects.equals(f.date, g.date)
                    && sameInOrder(f.fields, g.fields);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        private static boolean sameInOrder(Map<String, String> a, Map<String, String> b) {
            if (a.size() != b.size()) {
                return false;
            }
            var i = a.entrySet().iterator();
            var j = b.entrySet().iterator();
            while (i.hasNext()) {
                if (!i.next().equals(j.next())) {
                    return false;
                }
            }
            return true;
        }
    }
}
