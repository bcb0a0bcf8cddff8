package dev.monazite.web;

import dev.monazite.cli.Main;
import dev.monazite.index.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;

/** A data directory with the samples and one hostile article, and a server on a free loopback port. */
final class WebFixture implements AutoCloseable {
    static final String HOSTILE_TITLE = "Hostile <script>alert('x')</script> title";
    final WebServer server;
    final String base;

    WebFixture(Path tmp) throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Files.writeString(corpus.resolve("hostile.html"), "<html><head><title>" + HOSTILE_TITLE.replace("<", "&lt;")
                + "</title></head><body><article><p>Prices rose 5% &lt;img src=x onerror=alert(1)&gt; "
                + "&lt;script&gt;document.title='pwned'&lt;/script&gt; for dysprosium oxide.</p></article></body></html>");
        Path data = tmp.resolve("data");
        if (Main.run("ingest", "--quiet", "--data", data.toString(), corpus.toString()) != 0) {
            throw new IllegalStateException("ingest of the fixture failed");
        }
        server = WebServer.start(data, null, "127.0.0.1", 0, null);
        base = "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
