package dev.monazite.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static final String ASTRAL = "\uD83D\uDE00\uD840\uDC00"; // an emoji and a CJK Extension B character

    @Test
    void cut_seededRandomBounds_neverSplitsAPairNorThrows() {
        Random random = new Random(18);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(random.nextBoolean() ? ASTRAL : "a稀");
            }
            String s = sb.toString();
            int b = random.nextInt(s.length() + 10) - 5, e = random.nextInt(s.length() + 10) - 5;
            String cut = Texts.cut(s, b, e);
            assertEquals(0, Texts.loneSurrogates(cut), s + " [" + b + ", " + e + ")");
            assertTrue(s.contains(cut));
            assertEquals(0, Texts.loneSurrogates(Texts.window(s, b, random.nextInt(20))));
            assertEquals(0, Texts.loneSurrogates(Texts.before(s, e, random.nextInt(20))));
            assertEquals(0, Texts.loneSurrogates(Texts.tail(s, random.nextInt(20))));
        }
    }

    @Test
    void withoutLoneSurrogates_replacesOnlyLoneHalves() {
        assertEquals("a\uFFFDb" + ASTRAL + "\uFFFD", Texts.withoutLoneSurrogates("a\uD800b" + ASTRAL + "\uDC00"));
    }

    @Test
    void escape_ansiOscC1AndBidi_becomeVisibleEscapes() {
        assertEquals("x\\u001B]0;t\\u0007 \\u009B31m \\u202Ey\\u000A", Texts.escape("x\u001B]0;t\u0007 \u009B31m \u202Ey\n"));
        assertEquals("a\nb\tc", Texts.escape("a\nb\tc", true));
        assertEquals("稀土 " + ASTRAL, Texts.escape("稀土 " + ASTRAL));
    }
}
