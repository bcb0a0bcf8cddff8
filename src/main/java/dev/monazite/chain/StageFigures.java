package dev.monazite.chain;

import java.util.LinkedHashMap;
import java.util.Map;

/** One stage's producer shares (percent, with provenance), its total volume and the year the shares describe. */
record StageFigures(Map<String, Figure> shares, Figure total, int year) {
    StageFigures {
        shares = new LinkedHashMap<>(shares);
    }

    StageFigures withTotal(Figure volume, String why) {
        return new StageFigures(shares, new Figure(volume.value(), volume.unit(), Provenance.derived(why, volume.provenance())),
                year);
    }

    StageFigures withShares(Map<String, Figure> replaced) {
        return new StageFigures(replaced, total, year);
    }
}
