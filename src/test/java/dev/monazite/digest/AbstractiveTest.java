package dev.monazite.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.monazite.article.Json;
import dev.monazite.article.Article;
import dev.monazite.workflow.Workflow;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model path against a local HTTP server that plays an OpenAI-compatible model: an honest one, one
 * that invents a figure or a company, one that answers nonsense and one that never answers in time.
 */
class AbstractiveTest {
    private static final Pattern ITEM = Pattern.compile("(?m)^\\d+\\. \\([^)]*\\) (.*)$");
    private static final Workflow CHAIN = DigestRequest.adHoc("稀土产业链");

    @TempDir
    static Path dir;

    static SampleIndex index;
    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<String> authorizations = new ArrayList<>();

    @BeforeAll
    static void ingest() throws IOException {
        index = SampleIndex.build(dir);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Starts a fake model on port 0 that answers each prompt's items with model(items). */
    private LlmClient model(UnaryOperator<List<String>> model, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", ex -> answer(ex, model, delayMillis));
        server.start();
        return LlmClient.of("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "fake",
                Duration.ofMillis(delayMillis > 0 ? 300 : 10_000));
    }

    private void answer(HttpExchange ex, UnaryOperator<List<String>> model, long delayMillis) throws IOException {
        calls.incrementAndGet();
        authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
        JsonNode req = Json.MAPPER.readTree(ex.getRequestBody());
        String prompt = req.get("messages").get(1).get("content").asText();
        List<String> items = new ArrayList<>();
        Matcher m = ITEM.matcher(prompt);
        while (m.find()) {
            items.add(m.group(1));
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String content = Json.MAPPER.writeValueAsString(model.apply(items));
        byte[] body = Json.MAPPER.writeValueAsBytes(Map.of("choices",
                List.of(Map.of("message", Map.of("role", "assistant", "content", "```json\n" + content + "\n```")))));
        ex.getResponseHeaders().add("Content-Type", "application/json");
        try {
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException gone) {
            // the client gave up waiting, as the timeout test wants
        }
    }

    private static Digest run(LlmClient llm, String lang) throws IOException {
        return index.digester(llm).run(new DigestRequest(null, CHAIN, null, 5, Set.of(), lang)).digest();
    }

    private static int bullets(Digest d) {
        return d.stories().stream().mapToInt(s -> s.sections().stream().mapToInt(x -> x.bullets().size()).sum()).sum();
    }

    @Test
    void rewrite_honestModel_keepsEveryBulletAndCitation() throws IOException {
        Digest extractive = run(null, null);
        Digest d = run(model(items -> items.stream().map(t -> "• " + t).toList(), 0), "en");
        assertEquals("abstractive", d.overview().mode());
        assertEquals(0, d.overview().dropped());
        assertEquals(bullets(extractive), bullets(d));
        assertEquals(extractive.stories().size(), calls.get(), "one call per story");
        assertTrue(d.stories().get(0).sections().get(0).bullets().get(0).text().startsWith("• "));
        assertEquals("null", authorizations.get(0), "no key, no Authorization header");
    }

    @Test
    void rewrite_inventedNumber_dropsThatBulletAndCountsIt() throws IOException {
        Digest extractive = run(null, null);
        Digest d = run(model(items -> {
            List<String> out = new ArrayList<>(items);
            out.set(0, "Rare earth output rose 987654 tonnes this year.");
            return out;
        }, 0), null);
        assertEquals(extractive.stories().size(), d.overview().dropped(), "one invented bullet per story");
        assertEquals(bullets(extractive) - d.overview().dropped(), bullets(d));
        d.stories().forEach(s -> s.sections().forEach(sec -> sec.bullets().forEach(b ->
                assertFalse(b.text().contains("987654"), b.text()))));
        assertTrue(DigestFormat.md.render(d).contains(d.overview().dropped() + " model bullets dropped"));
    }

    @Test
    void rewrite_inventedCompany_dropsThatBullet() throws IOException {
        Digest d = run(model(items -> {
            List<String> out = new ArrayList<>(items);
            out.set(out.size() - 1, "Lynas and MP Materials signed a supply deal.");
            return out;
        }, 0), null);
        assertTrue(d.overview().dropped() >= 1, "Lynas named in no cited paragraph");
        d.stories().forEach(s -> s.sections().forEach(sec -> sec.bullets().forEach(b ->
                assertFalse(b.text().contains("MP Materials"), b.text()))));
    }

    @Test
    void rewrite_keptBullets_numbersAndCitationsAreGrounded() throws IOException {
        Digest d = run(model(items -> items.stream().map(t -> t + " (2,582 tonnes)").toList(), 0), null);
        Grounding g = new Grounding(index.lexicon);
        for (Digest.Story s : d.stories()) {
            Article a = index.article(s.article());
            s.sections().forEach(sec -> sec.bullets().forEach(b -> {
                b.cites().forEach(n -> assertTrue(n >= 1 && n <= a.paragraphs().size()));
                assertEquals(null, g.problem(b.text(), b.cites().stream().map(n -> a.paragraph(n).text()).toList(),
                        Grounding.lang(a.lang())), b.text());
            }));
        }
    }

    @Test
    void rewrite_timeout_fallsBackToExtractiveWithNotice() throws IOException {
        Digest extractive = run(null, null);
        Digest d = run(model(items -> items, 2_000), "en");
        assertEquals("extractive", d.overview().mode());
        assertEquals(1, calls.get(), "after one failure the model is not asked again");
        assertTrue(d.overview().notices().get(0).contains("extractive bullets shown"), d.overview().notices().toString());
        assertEquals(DigestFormat.json.render(extractive).replace("\"notices\" : [ ]", ""),
                DigestFormat.json.render(d).replaceAll("(?s)\"notices\" : \\[.*?\\]", ""));
    }

    @Test
    void rewrite_wrongNumberOfBullets_keepsExtractiveWithNotice() throws IOException {
        Digest extractive = run(null, null);
        Digest d = run(model(items -> List.of("just one"), 0), null);
        assertEquals(bullets(extractive), bullets(d));
        assertEquals(0, d.overview().dropped());
        assertTrue(d.overview().notices().stream().allMatch(n -> n.contains("not a list of")));
    }

    @Test
    void fromEnv_withoutUrl_isExtractiveWithoutError() {
        assertTrue(LlmClient.fromEnv(Map.of()).isEmpty());
        assertTrue(LlmClient.fromEnv(Map.of("MONAZITE_LLM_MODEL", "m")).isEmpty());
    }

    @Test
    void fromEnv_urlWithoutModel_namesTheMissingVariable() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LlmClient.fromEnv(Map.of("MONAZITE_LLM_URL", "http://localhost:1/v1")));
        assertTrue(e.getMessage().contains("MONAZITE_LLM_MODEL"));
    }
}
