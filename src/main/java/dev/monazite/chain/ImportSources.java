package dev.monazite.chain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Importing regions' sources by product from the reference table, updated by newer corpus facts of
 * metric {@code supply_to} (subject = supplier, scope = recipient) under the same rule as the stages.
 */
final class ImportSources {
    /** The import mixes as dependence rows, and what the corpus did to each mix. */
    record Mixes(List<ChainModel.Dependence> dependence, List<Update> updates) {}

    private ImportSources() {}

    static Mixes read(CorpusFigures corpus) {
        Map<String, Map<String, Figure>> mixes = new LinkedHashMap<>();
        Map<String, Integer> years = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.resource("ree_import_sources.csv")) {
            String key = r.get("recipient_iso2") + "/" + r.get("product");
            String note = r.get("note").isBlank() ? "" : " (" + r.get("note") + ")";
            mixes.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.get("supplier_iso2"), new Figure(
                    Double.parseDouble(r.get("share_pct")), "%", Provenance.reference(r.get("basis") + ", " + r.get("year")
                    + note, r.get("source"))));
            years.merge(key, Integer.parseInt(r.get("year")), Math::max);
        }
        List<ChainModel.Dependence> dependence = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        mixes.forEach((key, mix) -> {
            String recipient = key.substring(0, key.indexOf('/'));
            String product = key.substring(key.indexOf('/') + 1);
            Update u = Update.of(Products.stage(product), recipient + " imports of " + product, mix,
                    corpus.newer("supply_to", recipient, Set.of(product), years.get(key)));
            updates.add(u);
            u.shares().forEach((supplier, f) -> dependence.add(new ChainModel.Dependence(recipient, product,
                    Products.stage(product), supplier, f)));
        });
        return new Mixes(dependence, updates);
    }
}
