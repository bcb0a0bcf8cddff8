package dev.monazite.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactIdentityTest {
    private static Fact fact(Map<String, String> fields, Double value, String date, int paragraph) {
        return new Fact("trade", fields, value, null, null, "t", date,
                new Fact.Evidence("a1", paragraph, 0, 10, "text " + paragraph), "facts-1", 0.8);
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void identity_sameClaimReadInTwoParagraphs_isEqual() {
        Fact a = fact(fields("reporter", "CN", "partner", "US"), 69.0, "2025-07", 1);
        Fact b = fact(fields("reporter", "CN", "partner", "US"), 69.0, "2025-07", 3);
        assertEquals(a.identity(), b.identity());
        assertEquals(a.identity().hashCode(), b.identity().hashCode());
    }

    @Test
    void identity_anyPartOfTheClaimDiffers_isNotEqual() {
        Fact a = fact(fields("reporter", "CN", "partner", "US"), 69.0, "2025-07", 1);
        assertNotEquals(a.identity(), fact(fields("reporter", "CN", "partner", "JP"), 69.0, "2025-07", 1).identity());
        assertNotEquals(a.identity(), fact(fields("reporter", "CN", "partner", "US"), 96.0, "2025-07", 1).identity());
        assertNotEquals(a.identity(), fact(fields("reporter", "CN", "partner", "US"), 69.0, "2025-08", 1).identity());
        assertNotEquals(a.identity(), fact(fields("reporter", "CN", "partner", "US"), null, "2025-07", 1).identity());
        assertNotEquals(a.identity(), fact(fields("reporter", "CN"), 69.0, "2025-07", 1).identity());
    }

    @Test
    void identity_sameFieldsInAnotherOrder_isNotEqual() {
        // as when the key was the fields' text: the rules write a type's fields in one order
        Fact a = fact(fields("reporter", "CN", "partner", "US"), 69.0, "2025-07", 1);
        Fact b = fact(fields("partner", "US", "reporter", "CN"), 69.0, "2025-07", 1);
        assertNotEquals(a.identity(), b.identity());
    }
}
