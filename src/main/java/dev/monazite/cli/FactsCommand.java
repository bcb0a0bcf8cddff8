package dev.monazite.cli;

import dev.monazite.facts.Fact;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.Json;
import dev.monazite.index.StoredArticle;
import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite facts}: the normalised facts read from the ingested articles. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"List extracted facts (prices, trade, shares, quantities, intensity, money, change, policy),",
                "each with its evidence. jsonl follows ../shared/eval/FACTS.md (file = source file's base name)."})
final class FactsCommand implements Callable<Integer> {
    static final Set<String> TYPES = Set.of("price", "trade", "share", "quantity", "intensity", "money", "change",
            "policy");

    enum Format { jsonl, table, csv }

    @ParentCommand
    Main main;

    @Option(names = "--file", paramLabel = "NAME", description = "Only facts from this source file (base name).")
    String file;

    @Option(names = "--type", paramLabel = "T", description = "Only this type: ${COMPLETION-CANDIDATES}",
            completionCandidates = TypeNames.class)
    String type;

    @Option(names = "--format", defaultValue = "table", description = "jsonl, table or csv (default ${DEFAULT-VALUE}).")
    Format format;

    static final class TypeNames extends ArrayList<String> {
        TypeNames() {
            super(List.of("price", "trade", "share", "quantity", "intensity", "money", "change", "policy"));
        }
    }

    @Override
    public Integer call() throws Exception {
        if (type != null && !TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown --type '" + type + "'; use one of " + new TypeNames());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ArticleSearcher searcher = Components.openSearcher(main.dataDir())) {
            for (StoredArticle a : searcher.all()) {
                for (String f : a.files()) {
                    String base = Paths.get(f).getFileName().toString();
                    if (file != null && !file.equals(base)) {
                        continue;
                    }
                    for (Fact fact : a.facts()) {
                        if (type == null || fact.type().equalsIgnoreCase(type)) {
                            rows.add(row(base, fact));
                        }
                    }
                }
            }
        }
        print(System.out, rows);
        return 0;
    }

    /** A fact as one FACTS.md object: common fields, type fields, value, unit, date, evidence, provenance. */
    static Map<String, Object> row(String file, Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("type", f.type());
        m.putAll(f.fields());
        if (f.value() != null) {
            m.put("value", round(f.value()));
        } else if (f.valueMin() != null) {
            m.put("value_min", round(f.valueMin()));
            m.put("value_max", round(f.valueMax()));
        }
        if (f.unit() != null) {
            m.put("unit", f.unit());
        }
        if (f.date() != null) {
            m.put("date", f.date());
        }
        m.put("evidence", f.evidence().text());
        m.put("article", f.evidence().article());
        m.put("paragraph", f.evidence().paragraph());
        m.put("span", List.of(f.evidence().start(), f.evidence().end()));
        m.put("version", f.extractor());
        m.put("confidence", f.confidence());
        return m;
    }

    // Values are printed as the numbers they are: 555000, not 555000.0000000001.
    private static Number round(double v) {
        if (Math.abs(v) >= 1e9) {
            return Math.abs(v) < 9e18 && v == Math.rint(v) ? (Number) (long) v : (Number) v;
        }
        double r = Math.round(v * 1e6) / 1e6;
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? (Number) (long) r : (Number) r;
    }

    private void print(PrintStream out, List<Map<String, Object>> rows) throws Exception {
        switch (format) {
            case jsonl -> {
                for (Map<String, Object> r : rows) {
                    out.println(Json.MAPPER.writeValueAsString(r));
                }
            }
            case csv -> Tables.csv(out, rows, List.of("file", "type", "subject", "commodity", "metric", "scope",
                    "exporter", "importer", "application", "actor", "action", "target", "measure", "basis", "value",
                    "value_min", "value_max", "unit", "date", "evidence", "article", "paragraph"));
            case table -> Tables.table(out, rows);
        }
    }
}
