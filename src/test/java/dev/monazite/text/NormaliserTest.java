package dev.monazite.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormaliserTest {
    @Test
    void fold_traditionalDysprosium_becomesSimplified() {
        assertEquals("镝", Normaliser.fold("鏑"));
        assertEquals("稀土永磁", Normaliser.fold("稀土永磁"));
        assertEquals("台湾发展", Normaliser.fold("臺灣發展"));
    }

    @Test
    void fold_fullWidthLatinAndDigits_becomeHalfWidthLowerCase() {
        assertEquals("abc123%", Normaliser.fold("ＡＢＣ１２３％"));
    }

    @Test
    void fold_vietnameseCapitals_keepDiacritics() {
        assertEquals("đất hiếm", Normaliser.fold("ĐẤT HIẾM"));
    }

    @Test
    void foldPreservingLength_keepsOffsets() {
        String s = "鏑 ＥＵ ﬁ Đất";
        String f = Normaliser.foldPreservingLength(s);
        assertEquals(s.length(), f.length());
        assertEquals('镝', f.charAt(0));
        assertEquals("eu", f.substring(2, 4));
    }

    @Test
    void isTraditionalOnly_distinguishesScripts() {
        assertTrue(Normaliser.isTraditionalOnly('鏑'));
        assertTrue(!Normaliser.isTraditionalOnly('镝'));
    }
}
