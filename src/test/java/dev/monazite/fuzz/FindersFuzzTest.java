package dev.monazite.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.monazite.quantity.DateFinder;
import dev.monazite.quantity.DateMention;
import dev.monazite.quantity.Lang;
import dev.monazite.quantity.Quantity;
import dev.monazite.quantity.QuantityFinder;
import java.time.LocalDate;

/**
 * Fuzz targets for the quantity and date finders over any text in any of the languages. Seeds:
 * src/test/resources/dev/monazite/fuzz/FindersFuzzTestInputs/METHOD (first byte: the language).
 * A span outside the text is a finding, as is any exception. (In this package, not quantity/, while
 * that package is being rewritten: the finders are public.)
 */
class FindersFuzzTest {
    private static final Lang[] LANGS = Lang.values();

    @FuzzTest(maxDuration = "20s")
    void quantities(FuzzedDataProvider data) {
        Lang lang = LANGS[Math.floorMod(data.consumeByte(), LANGS.length)];
        String text = data.consumeRemainingAsString();
        for (Quantity q : QuantityFinder.find(text, lang)) {
            if (q.start() < 0 || q.end() > text.length() || q.start() > q.end()) {
                throw new IllegalStateException("quantity span " + q.start() + ".." + q.end() + " of " + text.length());
            }
        }
    }

    @FuzzTest(maxDuration = "20s")
    void dates(FuzzedDataProvider data) {
        Lang lang = LANGS[Math.floorMod(data.consumeByte(), LANGS.length)];
        String text = data.consumeRemainingAsString();
        for (DateMention d : DateFinder.find(text, lang, LocalDate.of(2026, 1, 15))) {
            if (d.start() < 0 || d.end() > text.length() || d.start() > d.end()) {
                throw new IllegalStateException("date span " + d.start() + ".." + d.end() + " of " + text.length());
            }
        }
    }
}
