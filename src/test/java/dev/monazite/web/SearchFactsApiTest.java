package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search and facts API's parameters for the pages: facet filters, story counts, and the facts' order. */
class SearchFactsApiTest {
    @TempDir
    static Path tmp;
    static WebFixture web;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        web = new WebFixture(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(web.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), path + " -> " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    private static List<Double> values(JsonNode facts) {
        List<Double> out = new ArrayList<>();
        facts.forEach(f -> out.add((f.has("value") ? f.get("value") : f.get("value_min")).asDouble()));
        return out;
    }

    @Test
    void facts_sortedOverTheWholeList_beforeThePage() throws Exception {
        List<Double> all = values(json("/api/facts?type=share&sort=value&limit=1000", 200));
        assertTrue(all.size() > 5);
        assertEquals(all.stream().sorted().toList(), all);
        List<Double> top = values(json("/api/facts?type=share&sort=-value&limit=3", 200));
        assertEquals(all.get(all.size() - 1), top.get(0));
        List<Double> second = values(json("/api/facts?type=share&sort=-value&limit=3&offset=3", 200));
        assertEquals(all.get(all.size() - 4), second.get(0));
    }

    @Test
    void facts_unknownSort_isRefusedNamingTheColumns() throws Exception {
        String message = json("/api/facts?sort=colour", 400).get("message").asText();
        assertTrue(message.contains("sort 'colour'") && message.contains("value") && message.contains("'-'"), message);
    }

    @Test
    void search_facetParameters_narrow_andBadValuesAreRefused() throws Exception {
        JsonNode all = json("/api/search?q=rare+earth&limit=2", 200);
        assertTrue(all.get("stories").asInt() > 2 && all.get("hits").get(0).has("url"), all.toString());
        assertTrue(all.get("facets_notice").isNull());
        int prices = all.get("facets").get("type").get("price").asInt();
        JsonNode narrowed = json("/api/search?q=rare+earth&limit=2&type=price", 200);
        assertEquals(prices, narrowed.get("total").asInt());
        assertTrue(json("/api/search?q=rare+earth&type=price&type=policy", 200).get("total").asInt() >= prices);
        assertTrue(json("/api/search?q=x&type=colour", 400).get("message").asText().contains("colour"));
        assertTrue(json("/api/search?q=x&month=Nov", 400).get("message").asText().contains("YYYY-MM"));
    }
}
