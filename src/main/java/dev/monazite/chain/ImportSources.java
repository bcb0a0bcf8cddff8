package dev.monazite.chain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Importing regions' sources by product from the reference table, updated by newer corpus facts of
 * metric {@code supply_to} (subject = supplier, scope = recipient).
 */
final class ImportSources {
    private ImportSources() {}

    static List<ChainModel.Dependence> dependence(CorpusFigures corpus) {
        Map<String, Map<String, Figure>> mixes = new LinkedHashMap<>();
        Map<String, Integer> years = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.resource("ree_import_sources.csv")) {
            String key = r.get("recipient_iso2") + "/" + r.get("product");
            String note = r.get("note").isBlank() ? "" : " (" + r.get("note") + ")";
            mixes.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.get("supplier_iso2"), new Figure(
                    Double.parseDouble(r.get("share_pct")), "%", Provenance.reference(r.get("basis") + ", " + r.get("year")
                    + ": " + r.get("source") + note)));
            years.merge(key, Integer.parseInt(r.get("year")), Math::max);
        }
        List<ChainModel.Dependence> out = new ArrayList<>();
        mixes.forEach((key, mix) -> {
            String recipient = key.substring(0, key.indexOf('/'));
            String product = key.substring(key.indexOf('/') + 1);
            Map<String, Figure> newer = corpus.newer("supply_to", recipient, Set.of(product), years.get(key));
            Map<String, Figure> shares = newer.isEmpty() ? mix : CorpusFigures.rescale(mix, newer);
            shares.forEach((supplier, f) -> out.add(new ChainModel.Dependence(recipient, product,
                    Products.stage(product), supplier, f)));
        });
        return out;
    }
}
