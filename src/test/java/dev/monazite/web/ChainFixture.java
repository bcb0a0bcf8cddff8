package dev.monazite.web;

import dev.monazite.cli.Main;
import dev.monazite.index.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The samples plus three 2026 articles, and a server on a free loopback port: two outlets agree that
 * Australia mined 10-11% of the world's rare earths (applied, so mining is rescaled) and one says the
 * United States mined 70% (a candidate only).
 */
final class ChainFixture implements AutoCloseable {
    final WebServer server;
    final String base;
    final Path data;

    ChainFixture(Path tmp) throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        article(corpus, "au-1.html", "Australian output climbs as Lynas expands Mt Weld", "Mining Weekly", "2026-03-02",
                "Lynas said on Monday that its Mt Weld concentrator ran at record rates through the first quarter.",
                "In 2026, Australia accounted for 10% of global rare earth mine production, according to the company.");
        article(corpus, "au-2.html", "Rare earth miners outside China gain ground", "Reuters", "2026-03-05",
                "Analysts at a Sydney brokerage expect prices for NdPr oxide to stay firm into the summer.",
                "Australia accounted for 11% of global rare earth mine production in 2026, up from the year before.");
        article(corpus, "us.html", "Washington bets on domestic supply", "Asia Times", "2026-04-01",
                "Officials met industry executives in Washington on Tuesday.",
                "In 2026 the United States mined 70% of the world's rare earths, the report said.");
        data = tmp.resolve("data");
        if (Main.run("ingest", "--quiet", "--data", data.toString(), corpus.toString()) != 0) {
            throw new IllegalStateException("ingest of the chain fixture failed");
        }
        server = WebServer.start(data, null, "127.0.0.1", 0, null);
        base = "http://127.0.0.1:" + server.port();
    }

    private static void article(Path dir, String file, String title, String outlet, String date, String... paragraphs)
            throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>" + title + "</title><meta property=\"og:site_name\" "
                + "content=\"" + outlet + "\"><meta property=\"article:published_time\" content=\"" + date
                + "T09:00\"></head><body><article>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        Files.writeString(dir.resolve(file), html.append("</article></body></html>"));
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
