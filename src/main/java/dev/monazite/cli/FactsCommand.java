package dev.monazite.cli;

import dev.monazite.facts.FactType;
import dev.monazite.store.FactFilter;
import dev.monazite.store.FactRow;
import dev.monazite.store.FactStore;
import dev.monazite.views.Sheets;
import dev.monazite.views.Views;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite facts}: the normalised facts read from the ingested articles, with filters. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        header = "List the extracted facts, each with its evidence (table, jsonl, csv, xlsx).",
        description = "List extracted facts (price, trade, share, quantity, intensity, money, change, policy), "
                + "each with its evidence. The jsonl form follows ../shared/eval/FACTS.md (file = the source "
                + "file's base name).")
final class FactsCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    OutputFormat output;

    @Option(names = "--file", paramLabel = "NAME", description = "Only facts from this source file (base name).")
    String file;

    @Option(names = "--type", paramLabel = "T", description = "Only this type: price, trade, share, quantity, "
            + "intensity, money, change, policy.")
    String type;

    @Option(names = "--commodity", paramLabel = "C", description = "Only this commodity (id, e.g. PrNd-oxide, or any name).")
    String commodity;

    @Option(names = "--subject", paramLabel = "S", description = "Only this subject (place, company; id or any name).")
    String subject;

    @Option(names = "--place", paramLabel = "P", description = "Only facts involving this place as subject or party.")
    String place;

    @Option(names = "--from", paramLabel = "DATE", description = "Facts about dates from (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Facts about dates up to (YYYY, YYYY-MM or YYYY-MM-DD).")
    String to;

    @Option(names = "--source", paramLabel = "S", description = "Only articles from sources containing this text.")
    String source;

    @Override
    public Integer call() throws Exception {
        output.check();
        if (type != null && !FactType.ids().contains(type.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown --type '" + type + "'; use one of " + FactType.ids());
        }
        FactFilter filter = new FactFilter(type == null ? null : type.toLowerCase(Locale.ROOT),
                Components.entityId(main.dataDir(), commodity), Components.entityId(main.dataDir(), subject),
                Components.entityId(main.dataDir(), place), Components.date("--from", from), Components.date("--to", to),
                source, file);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<FactRow> facts;
        try (FactStore store = Components.readStore(main)) {
            facts = store.facts(filter);
            for (FactRow r : facts) {
                for (String f : r.files()) {
                    String base = Paths.get(f).getFileName().toString();
                    if (file == null || file.equals(base)) {
                        rows.add(row(base, r));
                    }
                }
            }
        }
        if (output.isXlsx()) {
            output.xlsx(Sheets.facts(facts));
            return 0;
        }
        output.print(rows, List.of("id", "file", "type", "subject", "commodity", "metric", "scope", "exporter", "importer",
                "application", "actor", "action", "target", "measure", "basis", "value", "value_min", "value_max",
                "unit", "date", "evidence", "source", "published", "article", "paragraph", "review"));
        return 0;
    }

    /** A fact as one FACTS.md object ({@link Views#fact}), led by the name of the file it is reported for. */
    static Map<String, Object> row(String file, FactRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.putAll(Views.fact(r));
        return m;
    }
}
