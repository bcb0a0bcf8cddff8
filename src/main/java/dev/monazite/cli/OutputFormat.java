package dev.monazite.cli;

import dev.monazite.article.Json;
import dev.monazite.views.Spreadsheet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --format table|jsonl|csv|xlsx} and {@code --output FILE} options every view shares, and how rows are printed in each. */
final class OutputFormat {
    enum Format { table, jsonl, csv, xlsx }

    @Option(names = "--format", defaultValue = "table",
            description = "Print as table, jsonl, csv or xlsx (an Excel workbook; needs --output); default ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the jsonl, csv or xlsx rows to FILE instead of the terminal.")
    Path output;

    /**
     * Refuses a format and output that do not go together, before any work is done.
     *
     * @throws IllegalArgumentException saying what to add
     */
    void check() {
        check(format == Format.xlsx, format == Format.table, output);
    }

    static void check(boolean xlsx, boolean table, Path output) {
        if (xlsx && output == null) {
            throw new IllegalArgumentException("--format xlsx writes an Excel workbook, not text for the terminal: "
                    + "add --output FILE.xlsx");
        }
        if (table && output != null) {
            throw new IllegalArgumentException("--output writes jsonl, csv or xlsx: add --format csv, jsonl or xlsx");
        }
    }

    void print(List<Map<String, Object>> rows, List<String> csvColumns) throws Exception {
        check();
        if (format == Format.xlsx) {
            String name = output.getFileName().toString().replaceFirst("\\.xlsx$", "");
            xlsx(new Spreadsheet(name, List.of(new Spreadsheet.Sheet("rows", csvColumns, rows))));
            return;
        }
        if (output == null) {
            print(System.out, rows, csvColumns);
            return;
        }
        write(output, out -> {
            PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
            print(p, rows, csvColumns);
            p.flush();
        });
        System.out.println("wrote " + rows.size() + " row(s) to " + output);
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
            case xlsx -> throw new IllegalStateException("an xlsx view is written by xlsx(Spreadsheet)");
        }
    }

    /** Writes the view as an Excel workbook to the --output file. */
    void xlsx(Spreadsheet sheet) throws IOException {
        write(sheet, Spreadsheet.Format.xlsx, output);
    }

    static void write(Spreadsheet sheet, Spreadsheet.Format format, Path file) throws IOException {
        write(file, out -> sheet.write(format, out));
        int rows = sheet.sheets().stream().mapToInt(s -> s.rows().size()).sum();
        System.out.println("wrote " + rows + " row(s) in " + sheet.sheets().size() + " sheet(s) to " + file);
    }

    /** What writes a file's content. */
    interface Content {
        void to(OutputStream out) throws Exception;
    }

    // Written beside the target and moved over it when complete, so a failed run never leaves half a file.
    static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.to(out);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    boolean isTable() {
        return format == Format.table;
    }

    boolean isJsonl() {
        return format == Format.jsonl;
    }

    boolean isXlsx() {
        return format == Format.xlsx;
    }

    static void putValue(Map<String, Object> m, Double value, Double min, Double max) {
        dev.monazite.views.Views.putValue(m, value, min, max);
    }

    static Number round(double v) {
        return dev.monazite.views.Views.round(v);
    }
}
