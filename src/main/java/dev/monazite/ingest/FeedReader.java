package dev.monazite.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads RSS 2.0 and Atom feeds: one article per item or entry, its HTML content reduced to paragraphs. */
final class FeedReader {
    private FeedReader() {}

    static List<RawArticle> read(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        String feedTitle = childText(HtmlReader.firstNonNull(doc.selectFirst("channel"), doc.selectFirst("feed")), "title");
        List<RawArticle> out = new ArrayList<>();
        for (Element item : doc.select("item, entry")) {
            RawArticle a = entry(item, feedTitle);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static RawArticle entry(Element item, String feedTitle) {
        String title = childText(item, "title");
        String body = HtmlReader.firstNonNull(childText(item, "content|encoded"), childText(item, "content"),
                childText(item, "description"), childText(item, "summary"));
        List<String> paragraphs = body == null ? List.of() : HtmlReader.paragraphs(Jsoup.parse(body).body(), title);
        if (title == null && paragraphs.isEmpty()) {
            return null;
        }
        Element link = item.selectFirst("link");
        String url = link == null ? null : (link.hasAttr("href") ? link.attr("href") : link.text());
        String source = HtmlReader.firstNonNull(childText(item, "source"), feedTitle);
        String date = HtmlReader.firstNonNull(childText(item, "pubDate"), childText(item, "published"),
                childText(item, "updated"), childText(item, "dc|date"));
        return new RawArticle(title == null ? paragraphs.get(0) : title, source, DateTimes.parseLenient(date),
                url, paragraphs);
    }

    private static String childText(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        Element e = parent.selectFirst("> " + tag);
        if (e == null) {
            return null;
        }
        String text = e.text();
        if (text.isBlank()) {
            text = e.data();
        }
        return text.isBlank() ? null : text.strip();
    }

}
