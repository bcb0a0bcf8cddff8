package dev.monazite.cli;

import dev.monazite.article.Json;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --format table|jsonl|csv} option every view shares, and how rows are printed in each. */
final class OutputFormat {
    enum Format { table, jsonl, csv }

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default ${DEFAULT-VALUE}).")
    Format format;

    void print(List<Map<String, Object>> rows, List<String> csvColumns) throws Exception {
        print(System.out, rows, csvColumns);
    }

    void print(PrintStream out, List<Map<String, Object>> rows, List<String> csvColumns) throws Exception {
        switch (format) {
            case jsonl -> {
                for (Map<String, Object> r : rows) {
                    out.println(Json.MAPPER.writeValueAsString(r));
                }
            }
            case csv -> Tables.csv(out, rows, csvColumns);
            case table -> Tables.table(out, rows);
        }
    }

    boolean isTable() {
        return format == Format.table;
    }

    boolean isJsonl() {
        return format == Format.jsonl;
    }

    static void putValue(Map<String, Object> m, Double value, Double min, Double max) {
        dev.monazite.views.Views.putValue(m, value, min, max);
    }

    static Number round(double v) {
        return dev.monazite.views.Views.round(v);
    }
}
