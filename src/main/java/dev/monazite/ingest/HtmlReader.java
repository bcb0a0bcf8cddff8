package dev.monazite.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's main text with jsoup: the {@code article} or {@code main} element when
 * there is one, else the body without navigation, headers, footers, scripts and asides.
 */
final class HtmlReader {
    private static final String DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template";

    private static final String BLOCKS = "p, li, blockquote, td";

    private HtmlReader() {}

    static List<RawArticle> read(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        String title = firstNonBlank(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
        String source = meta(doc, "og:site_name");
        String published = firstNonBlank(meta(doc, "article:published_time"),
                attr(doc.selectFirst("time[datetime]"), "datetime"), meta(doc, "date"));
        Element main = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"), doc.body());
        main.select(DROP).remove();
        List<String> paragraphs = paragraphs(main, title);
        if (title == null && paragraphs.isEmpty()) {
            return List.of();
        }
        return List.of(new RawArticle(title == null ? paragraphs.get(0) : title, source,
                DateTimes.parseLenient(published), firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"),
                meta(doc, "og:url")), paragraphs));
    }

    static List<String> paragraphs(Element root, String title) {
        List<String> out = new ArrayList<>();
        for (Element e : root.select("p, h2, h3, h4, li, blockquote, pre, td")) {
            if (e.select(BLOCKS).size() > (e.is(BLOCKS) ? 1 : 0)) {
                continue; // a container of other blocks: its children speak for it
            }
            String text = e.text().strip();
            if (!text.isEmpty() && !text.equals(title) && !Debris.isDebris(text)) {
                out.add(text);
            }
        }
        if (out.isEmpty()) {
            String text = root.text().strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
