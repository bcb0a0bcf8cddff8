package dev.monazite.collect;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import dev.monazite.text.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * The article links of a fetched source page, by its kind: a feed's entries (Rome), a sitemap's
 * URLs (crawler-commons; a sitemap index's sitemaps are fetched, one level down), or the links a
 * listing page's CSS selector picks (jsoup). Only http and https links, each once, in page order.
 */
final class Links {
    /** The most sitemaps of an index read in one poll: the newest come first in news sitemap indexes. */
    private static final int SITEMAPS_PER_INDEX = 20;

    private Links() {}

    /**
     * The links of page, read as source's kind.
     *
     * @throws FetchException when the page is not what its kind expects (bad XML, no match)
     */
    static List<Link> find(Source source, Fetcher.Page page, Fetcher fetcher) throws FetchException {
        List<Link> found = switch (source.kind()) {
            case FEED -> feed(page);
            case SITEMAP -> sitemap(page, fetcher);
            case LISTING -> listing(page, source.selector());
        };
        Map<URI, Link> distinct = new LinkedHashMap<>();
        for (Link l : found) {
            if (l.uri() != null && ("http".equals(l.uri().getScheme()) || "https".equals(l.uri().getScheme()))) {
                distinct.putIfAbsent(l.uri(), l);
            }
        }
        return List.copyOf(distinct.values());
    }

    private static List<Link> feed(Fetcher.Page page) throws FetchException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(page.body())));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException(page.uri() + ": not a readable RSS or Atom feed (" + firstLine(e) + ")");
        }
        List<Link> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink() != null ? e.getLink() : e.getLinks().isEmpty() ? null : e.getLinks().get(0).getHref();
            out.add(new Link(resolve(page.uri(), link), e.getTitle(),
                    Link.utc(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate())));
        }
        return out;
    }

    private static List<Link> sitemap(Fetcher.Page page, Fetcher fetcher) throws FetchException {
        AbstractSiteMap map = parseSitemap(page);
        List<Link> out = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            int read = 0;
            for (AbstractSiteMap child : index.getSitemaps()) {
                if (read++ == SITEMAPS_PER_INDEX) {
                    break;
                }
                URI uri = URI.create(child.getUrl().toString());
                if (fetcher.allowed(uri)) {
                    Fetcher.Page p = fetcher.get(uri, null, null);
                    if (p.ok() && parseSitemap(p) instanceof SiteMap sm) {
                        urls(sm, out);
                    }
                }
            }
        } else {
            urls((SiteMap) map, out);
        }
        return out;
    }

    private static void urls(SiteMap map, List<Link> out) {
        for (SiteMapURL u : map.getSiteMapUrls()) {
            out.add(new Link(resolve(null, u.getUrl().toString()), null, Link.utc(u.getLastModified())));
        }
    }

    private static AbstractSiteMap parseSitemap(Fetcher.Page page) throws FetchException {
        try {
            SiteMapParser parser = new SiteMapParser(false);
            parser.enableExtensions();
            return parser.parseSiteMap(page.contentType(), page.body(), page.uri().toURL());
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new FetchException(page.uri() + ": not a readable sitemap (" + firstLine(e) + ")");
        }
    }

    private static List<Link> listing(Fetcher.Page page, String selector) throws FetchException {
        Document doc;
        try {
            // jsoup tells the charset from a byte order mark or the page's meta tag, else reads UTF-8
            doc = Jsoup.parse(new ByteArrayInputStream(page.body()), null, page.uri().toString());
        } catch (IOException e) {
            throw new FetchException(page.uri() + ": cannot be read as HTML (" + firstLine(e) + ")");
        }
        List<Link> out = new ArrayList<>();
        try {
            for (Element e : doc.select(selector)) {
                Element a = e.is("a[href]") ? e : e.selectFirst("a[href]");
                if (a != null) {
                    out.add(new Link(resolve(null, a.absUrl("href")), a.text().isBlank() ? null : a.text().strip()));
                }
            }
        } catch (Selector.SelectorParseException e) {
            throw new FetchException("the selector '" + selector + "' is not valid CSS: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new FetchException(page.uri() + ": the selector '" + selector + "' picks no link on the page; "
                    + "check it against the page (e.g. 'article h2 a')");
        }
        return out;
    }

    // An address as the page wrote it, made absolute and without its fragment; null when it is not one.
    private static URI resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            String u = (base == null ? new URI(link.strip()) : base.resolve(link.strip())).toString();
            int hash = u.indexOf('#');
            return new URI(hash < 0 ? u : Texts.cut(u, 0, hash));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return dev.monazite.text.Texts.label(nl > 0 ? Texts.cut(m, 0, nl) : m, 200);
    }
}
