package dev.monazite.alert;

import dev.monazite.article.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends an alert as a JSON POST; any 2xx answer is delivery. */
final class Webhook {
    // HTTP/1.1: receivers are small servers, and the HTTP/2 upgrade a plain-http POST offers is one
    // more way for them to fail. No redirects: a POST must not be re-sent elsewhere.
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    private Webhook() {}

    /** The JSON an alert is sent as; its id stays the same on a retry, so a receiver can drop repeats. */
    static Map<String, Object> body(Alert a, String link) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "monazite-alert-" + a.num());
        m.put("watch", a.watch());
        m.put("matched", a.matched());
        m.put("title", a.title());
        m.put("source", a.source());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("article", a.articleId());
        m.put("fact", a.factId());
        m.put("evidence", a.evidence());
        m.put("link", link + a.articlePath());
        m.put("raised", a.raised().toString());
        return m;
    }

    /**
     * Posts the alert.
     *
     * @throws IOException saying what the receiver answered, when it was not 2xx or did not answer
     */
    static void send(URI url, Alert a, String link) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", "monazite-alert-" + a.num())
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body(a, link)))).build();
        try {
            HttpResponse<Void> res = CLIENT.send(req, HttpResponse.BodyHandlers.discarding());
            if (res.statusCode() / 100 != 2) {
                throw new IOException(url + " answered HTTP " + res.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting to " + url, e);
        }
    }
}
