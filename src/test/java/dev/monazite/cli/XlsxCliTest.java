package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import dev.monazite.index.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format xlsx --output FILE} of each view, read back: typed cells, a frozen header and an autofilter. */
class XlsxCliTest {
    @TempDir
    static Path shared;

    private static Path data;

    @BeforeAll
    static void ingestSamples() throws Exception {
        data = shared.resolve("data");
        CliEndToEndTest.Run r = CliEndToEndTest.run("ingest", "--data", data.toString(), Fixtures.corpus(shared).toString());
        assertEquals(0, r.exit(), r.toString());
    }

    /** A workbook read back: per sheet, its header and its rows of cells by column name. */
    record Book(Map<String, List<String>> headers, Map<String, List<Map<String, Cell>>> rows, Map<String, String> xml) {
        List<Map<String, Cell>> sheet(String name) {
            assertTrue(rows.containsKey(name), "no sheet " + name + " in " + rows.keySet());
            return rows.get(name);
        }
    }

    static Book read(Path file) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        Map<String, List<Map<String, Cell>>> rows = new HashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (Sheet s : wb.getSheets().toList()) {
                List<Row> all = s.read();
                List<String> header = all.get(0).stream().map(Cell::getText).toList();
                List<Map<String, Cell>> body = new ArrayList<>();
                for (Row row : all.subList(1, all.size())) {
                    Map<String, Cell> m = new HashMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        row.getOptionalCell(c).filter(x -> x.getType() != CellType.EMPTY).ifPresent(
                                cell -> m.put(header.get(cell.getColumnIndex()), cell));
                    }
                    body.add(m);
                }
                headers.put(s.getName(), header);
                rows.put(s.getName(), body);
            }
        }
        return new Book(headers, rows, sheetXml(file));
    }

    private static Map<String, String> sheetXml(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return out;
    }

    private static Book export(String... view) throws IOException {
        Path file = shared.resolve(String.join("-", view) + ".xlsx");
        List<String> args = new ArrayList<>(List.of(view));
        args.addAll(List.of("--data", data.toString(), "--format", "xlsx", "--output", file.toString()));
        CliEndToEndTest.Run r = CliEndToEndTest.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("to " + file), r.toString());
        Book book = read(file);
        for (String xml : book.xml().values()) {
            assertTrue(xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""), "header row frozen: " + xml);
            assertTrue(xml.contains("<autoFilter ref=\"A1:"), "autofilter on the header: " + xml);
        }
        assertEquals(book.headers().size(), book.xml().size());
        return book;
    }

    private static void assertNumber(Cell c, String what) {
        assertEquals(CellType.NUMBER, c.getType(), what + " is a number: " + c);
        assertFalse(c.getDataFormatString() != null && c.getDataFormatString().contains("yy"), what + ": " + c);
    }

    private static void assertDate(Cell c, String format, String what) {
        assertEquals(CellType.NUMBER, c.getType(), what + " is a date cell: " + c);
        assertEquals(format, c.getDataFormatString(), what);
    }

    @Test
    void facts_xlsx_holdsEveryFactWithNumbersAndDatesTyped() throws Exception {
        Book book = export("facts");
        List<Map<String, Cell>> rows = book.sheet("facts");
        assertEquals("id", book.headers().get("facts").get(0));
        CliEndToEndTest.Run jsonl = CliEndToEndTest.run("facts", "--data", data.toString(), "--format", "jsonl");
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : jsonl.out().strip().split("\n")) {
            JsonNode n = Json.MAPPER.readTree(line);
            byId.put(n.get("id").asText(), n);
        }
        assertEquals(byId.size(), rows.size(), "one row per fact");
        int values = 0, dates = 0;
        for (Map<String, Cell> row : rows) {
            JsonNode fact = byId.get(row.get("id").getText());
            assertEquals(fact.get("type").asText(), row.get("type").getText());
            if (fact.has("value")) {
                assertNumber(row.get("value"), "value");
                assertEquals(0, new BigDecimal(fact.get("value").asText()).compareTo(row.get("value").asNumber()), fact.toString());
                values++;
            }
            if (fact.hasNonNull("published")) {
                assertDate(row.get("published"), "yyyy-mm-dd hh:mm", "published");
                assertEquals(fact.get("published").asText().substring(0, 16),
                        row.get("published").asDate().toString().substring(0, 16));
            }
            String date = fact.path("date").asText("");
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                assertDate(row.get("date"), "yyyy-mm-dd", "date " + date);
                assertEquals(date, row.get("date").asDate().toLocalDate().toString());
                dates++;
            } else if (date.matches("\\d{4}-\\d{2}")) {
                assertDate(row.get("date"), "yyyy-mm", "date " + date);
                assertEquals(date + "-01", row.get("date").asDate().toLocalDate().toString());
                dates++;
            }
            assertNumber(row.get("paragraph"), "paragraph");
        }
        assertTrue(values > 10 && dates > 3, values + " values, " + dates + " dates");
    }

    @Test
    void conflicts_xlsx_oneRowPerStatementWithTypedNumbers() throws Exception {
        List<Map<String, Cell>> rows = export("conflicts").sheet("conflicts");
        assertFalse(rows.isEmpty(), "the samples hold conflicting shares");
        for (Map<String, Cell> row : rows) {
            assertNumber(row.get("consensus"), "consensus");
            assertNumber(row.get("spread_percent"), "spread_percent");
            assertNumber(row.get("outlets"), "outlets");
            assertTrue(row.containsKey("value") || row.containsKey("value_min"), row.toString());
            assertTrue(row.get("fact").getText().matches("[0-9a-f]{12}-[0-9a-f]{8}"), row.toString());
        }
    }

    @Test
    void series_xlsx_pointsHaveDatesAndValues() throws Exception {
        List<Map<String, Cell>> rows = export("series", "PrNd-oxide").sheet("series");
        assertFalse(rows.isEmpty());
        for (Map<String, Cell> row : rows) {
            assertEquals("PrNd-oxide", row.get("commodity").getText());
            assertEquals(CellType.NUMBER, row.get("date").getType(), row.toString());
            assertTrue(row.get("date").getDataFormatString().startsWith("yyyy"), row.toString());
            assertNumber(row.containsKey("value") ? row.get("value") : row.get("consensus"), "value");
            assertEquals(CellType.BOOLEAN, row.get("disputed").getType());
        }
    }

    @Test
    void timeline_xlsx_datedActsAreDatesAndUndatedStayEmpty() throws Exception {
        List<Map<String, Cell>> rows = export("timeline").sheet("timeline");
        assertFalse(rows.isEmpty());
        int dated = 0;
        for (Map<String, Cell> row : rows) {
            assertNumber(row.get("sources"), "sources");
            if (row.containsKey("date")) {
                assertTrue(row.get("date").getDataFormatString().startsWith("yyyy"), row.toString());
                dated++;
            }
        }
        assertTrue(dated > 0, "some acts are dated");
    }

    @Test
    void chain_xlsx_hasASheetPerTableWithNumericShares() throws Exception {
        Book book = export("chain");
        assertTrue(book.headers().keySet().containsAll(List.of("shares", "concentration", "dependence", "flows",
                "candidates")), book.headers().keySet().toString());
        double mining = 0;
        for (Map<String, Cell> row : book.sheet("shares")) {
            assertNumber(row.get("share_pct"), "share_pct");
            if (row.get("stage").getText().equals("mining")) {
                mining += row.get("share_pct").asNumber().doubleValue();
            }
        }
        assertEquals(100, mining, 0.5, "mining shares add up to the world");
        book.sheet("concentration").forEach(row -> assertNumber(row.get("hhi"), "hhi"));
    }

    @Test
    void facts_csvWithOutput_writesTheFileNotTheTerminal() throws Exception {
        Path file = shared.resolve("facts-by-file.csv");
        CliEndToEndTest.Run r = CliEndToEndTest.run("facts", "--data", data.toString(), "--format", "csv", "--output",
                file.toString());
        assertEquals(0, r.exit(), r.toString());
        try (InputStream in = Files.newInputStream(file)) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("id,file,type,"), csv.substring(0, Math.min(200, csv.length())));
        }
    }
}
