package dev.monazite.bench;

import com.ibm.icu.text.Transliterator;

/** Simplified to Traditional conversion for generated text (ICU's transform). */
final class Traditional {
    private static final Transliterator S2T = Transliterator.getInstance("Simplified-Traditional");

    private Traditional() {}

    static synchronized String convert(String s) {
        return S2T.transliterate(s);
    }
}
