package dev.monazite.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.monazite.article.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A client for an OpenAI-compatible chat endpoint (POST {url}/chat/completions), configured from
 * MONAZITE_LLM_URL, MONAZITE_LLM_MODEL, MONAZITE_LLM_KEY (optional) and MONAZITE_LLM_TIMEOUT
 * (seconds, default 60).
 */
public final class LlmClient {
    private final URI endpoint;
    private final String model;
    private final String key;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * A client for the endpoint.
     *
     * @throws IllegalArgumentException when the URL is not http(s) or the model is missing
     */
    public LlmClient(String url, String model, String key, Duration timeout) {
        if (url == null || !url.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("MONAZITE_LLM_URL '" + url + "' is not an http(s) URL");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("MONAZITE_LLM_URL is set but MONAZITE_LLM_MODEL is not: name the model");
        }
        String base = url.replaceAll("/+$", "");
        this.endpoint = URI.create(base.endsWith("/chat/completions") ? base : base + "/chat/completions");
        this.model = model;
        this.key = key == null || key.isBlank() ? null : key;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * The client the environment configures, or none when MONAZITE_LLM_URL is unset.
     *
     * @throws IllegalArgumentException when the variables are set but unusable
     */
    public static Optional<LlmClient> fromEnv(Map<String, String> env) {
        String url = env.get("MONAZITE_LLM_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String t = env.getOrDefault("MONAZITE_LLM_TIMEOUT", "60");
        if (!t.matches("\\d{1,4}") || Integer.parseInt(t) == 0) {
            throw new IllegalArgumentException("MONAZITE_LLM_TIMEOUT '" + t + "' is not a number of seconds");
        }
        return Optional.of(new LlmClient(url.strip(), env.get("MONAZITE_LLM_MODEL"), env.get("MONAZITE_LLM_KEY"),
                Duration.ofSeconds(Integer.parseInt(t))));
    }

    String endpoint() {
        return endpoint.toString();
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * The model's answer to one system and one user message, at temperature 0.
     *
     * @throws IOException when the endpoint is unreachable, times out, fails or answers in another shape
     */
    String complete(String system, String user) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(system, user), StandardCharsets.UTF_8));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + endpoint, e);
        }
        if (r.statusCode() / 100 != 2) {
            throw new IOException(endpoint + " answered HTTP " + r.statusCode());
        }
        JsonNode content = Json.MAPPER.readTree(r.body()).path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw new IOException(endpoint + " answered without choices[0].message.content");
        }
        return content.asText();
    }

    private String body(String system, String user) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("model", model);
        root.put("temperature", 0);
        var messages = root.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        return Json.MAPPER.writeValueAsString(root);
    }

    /** Makes a client from explicit settings, for tests and callers that do not read the environment. */
    static LlmClient of(String url, String model, Duration timeout) {
        return new LlmClient(url, model, null, timeout);
    }
}
