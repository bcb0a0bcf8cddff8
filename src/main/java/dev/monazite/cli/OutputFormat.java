package dev.monazite.cli;

import dev.monazite.index.Json;
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

    /** Puts value, or value_min and value_max, as the numbers they are (555000, not 555000.0000000001). */
    static void putValue(Map<String, Object> m, Double value, Double min, Double max) {
        if (value != null) {
            m.put("value", round(value));
        } else if (min != null) {
            m.put("value_min", round(min));
            m.put("value_max", round(max));
        }
    }

    static Number round(double v) {
        if (Math.abs(v) >= 1e9) {
            return Math.abs(v) < 9e18 && v == Math.rint(v) ? (Number) (long) v : (Number) v;
        }
        double r = Math.round(v * 1e6) / 1e6;
        return r == Math.rint(r) ? (Number) (long) r : (Number) r;
    }
}
