package dev.monazite.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook receiver on a free loopback port: records every POST body, and can refuse the first ones. */
public final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<String> bodies = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final AtomicInteger refuse;

    /** A receiver that answers 500 to the first refuseFirst requests, then 200. */
    public WebhookReceiver(int refuseFirst) throws IOException {
        this.refuse = new AtomicInteger(refuseFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = refuse.getAndDecrement() > 0 ? 500 : 200;
            synchronized (this) {
                bodies.add(body);
                keys.add(ex.getRequestHeaders().getFirst("Idempotency-Key"));
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Every body received, refused ones too, in order. */
    public synchronized List<String> bodies() {
        return List.copyOf(bodies);
    }

    /** The Idempotency-Key header of every request, in order. */
    public synchronized List<String> keys() {
        return List.copyOf(keys);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
