package dev.monazite.collect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a source's address serves, and so how its article links are found. */
public enum Kind {
    /** An RSS or Atom feed: each entry's link. */
    FEED,
    /** A sitemap, news sitemap or sitemap index: each URL listed. */
    SITEMAP,
    /** An HTML page of links: those its CSS selector picks. */
    LISTING;

    /**
     * The kind a fetched body looks like: XML with a feed root, XML with a sitemap root, else HTML.
     */
    static Kind detect(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return SITEMAP;
        }
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            return FEED;
        }
        return LISTING;
    }

    /**
     * The kind named by a user, in any case.
     *
     * @throws IllegalArgumentException naming the value and the kinds accepted
     */
    public static Kind parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--kind '" + name + "' is not a kind of source: use feed, sitemap or listing");
        }
    }

    /** The kind as users write it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
