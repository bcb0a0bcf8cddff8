package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** format=csv and format=xlsx on the view endpoints: attachments holding the same rows as the JSON, read back. */
class DownloadApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    static Path tmp;
    static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = new WebFixture(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> download(String path, String type, String file) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), path + " " + r.headers());
        assertEquals("attachment; filename=\"" + file + "\"", r.headers().firstValue("Content-Disposition").orElse(""), path);
        return r;
    }

    private static List<List<String>> csv(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    private static List<Row> sheet(byte[] body, String name) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body), new ReadingOptions(true, false))) {
            return wb.findSheet(name).orElseThrow(() -> new AssertionError("no sheet " + name)).read();
        }
    }

    private static int column(List<Row> rows, String name) {
        List<String> header = rows.get(0).stream().map(Cell::getText).toList();
        assertTrue(header.contains(name), header.toString());
        return header.indexOf(name);
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode());
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void facts_csv_holdsEveryFactTheJsonListsWithTheSameFilter() throws Exception {
        List<List<String>> rows = csv(download("/api/facts?type=share&format=csv", "text/csv", "facts.csv").body());
        assertEquals("id", rows.get(0).get(0));
        int type = rows.get(0).indexOf("type");
        Set<String> ids = new HashSet<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            assertEquals(rows.get(0).size(), r.size(), r.toString());
            assertEquals("share", r.get(type));
            ids.add(r.get(0));
        }
        Set<String> expected = new HashSet<>();
        json("/api/facts?type=share&limit=1000").forEach(f -> expected.add(f.get("id").asText()));
        assertFalse(expected.isEmpty());
        assertEquals(expected, ids);
    }

    @Test
    void facts_xlsx_typedCellsMatchTheJson() throws Exception {
        List<Row> rows = sheet(download("/api/facts?format=xlsx", XLSX, "facts.xlsx").body(), "facts");
        JsonNode all = json("/api/facts?limit=1000");
        assertEquals(all.size(), rows.size() - 1, "every fact, not one page");
        int id = column(rows, "id"), value = column(rows, "value"), published = column(rows, "published");
        int checked = 0;
        for (Row r : rows.subList(1, rows.size())) {
            JsonNode fact = null;
            for (JsonNode f : all) {
                if (f.get("id").asText().equals(r.getCellText(id))) {
                    fact = f;
                }
            }
            assertTrue(fact != null, r.toString());
            if (fact.has("value")) {
                assertEquals(CellType.NUMBER, r.getCell(value).getType());
                assertEquals(fact.get("value").asDouble(), r.getCell(value).asNumber().doubleValue(), 1e-9);
                checked++;
            }
            if (fact.hasNonNull("published")) {
                assertEquals("yyyy-mm-dd hh:mm", r.getCell(published).getDataFormatString());
                assertEquals(fact.get("published").asText().substring(0, 16),
                        r.getCell(published).asDate().toString().substring(0, 16));
            }
        }
        assertTrue(checked > 10, checked + " values");
    }

    @Test
    void conflictsTimelineSeriesChain_downloadAsXlsxAndCsv() throws Exception {
        assertFalse(sheet(download("/api/conflicts?format=xlsx", XLSX, "conflicts.xlsx").body(), "conflicts").size() < 2);
        List<Row> timeline = sheet(download("/api/timeline?format=xlsx", XLSX, "timeline.xlsx").body(), "timeline");
        assertEquals(json("/api/timeline?limit=1000").size(), timeline.size() - 1);
        List<Row> series = sheet(download("/api/series?commodity=PrNd-oxide&format=xlsx", XLSX, "series-PrNd-oxide.xlsx")
                .body(), "series");
        assertTrue(series.size() > 1);
        assertEquals(CellType.NUMBER, series.get(1).getCell(column(series, "date")).getType());
        download("/api/series/PrNd-oxide?format=csv", "text/csv", "series-PrNd-oxide.csv");
        List<Row> shares = sheet(download("/api/chain?format=xlsx", XLSX, "chain-REE.xlsx").body(), "shares");
        assertEquals(CellType.NUMBER, shares.get(1).getCell(column(shares, "share_pct")).getType());
        List<List<String>> csv = csv(download("/api/chain?commodity=magnet-REE&format=csv", "text/csv",
                "chain-magnet-REE.csv").body());
        assertEquals(List.of("stage", "place", "share_pct"), csv.get(0).subList(0, 3));
        List<List<String>> conflicts = csv(download("/api/conflicts?format=csv", "text/csv", "conflicts.csv").body());
        assertEquals("type", conflicts.get(0).get(0));
    }

    @Test
    void openapi_describesTheFormatParameterOnEveryDownload() throws Exception {
        JsonNode api = json("/api/openapi.json");
        for (String path : List.of("/api/facts", "/api/conflicts", "/api/timeline", "/api/series", "/api/series/{commodity}",
                "/api/chain")) {
            JsonNode get = api.get("paths").get(path).get("get");
            JsonNode format = null;
            for (JsonNode p : get.get("parameters")) {
                format = p.path("name").asText().equals("format") ? p : format;
            }
            assertTrue(format != null && !format.get("required").asBoolean(), path);
            assertEquals(List.of("json", "csv", "xlsx"), Json.MAPPER.convertValue(format.at("/schema/enum"), List.class), path);
            assertTrue(get.at("/responses/200/content").has(XLSX), path);
            assertTrue(get.at("/responses/200/content").has("text/csv"), path);
        }
    }

    @Test
    void unknownFormat_isRefusedNamingTheFormatsAccepted() throws Exception {
        HttpResponse<byte[]> r = get("/api/facts?format=pdf");
        assertEquals(400, r.statusCode());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("'pdf'") && body.contains("json, csv or xlsx"), body);
    }
}
