package dev.monazite.ingest;

import dev.monazite.article.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadersTest {
    static String corpus(String name) throws IOException {
        try (InputStream in = ReadersTest.class.getResourceAsStream("/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Article> read(String name, String text) {
        return Readers.articles(Path.of(name), text, new ArrayList<>());
    }

    @Test
    void clipping_englishSummaries_readsTenItemsWithSourcesAndDates() throws IOException {
        List<Article> articles = read("001_b695fc786c29298c.txt", corpus("001_b695fc786c29298c.txt"));
        assertEquals(10, articles.size());
        Article first = articles.get(0);
        assertEquals("欧盟急筑矿产防线?中国手里牌更硬", first.title());
        assertEquals("Sou Hu Cai Jing", first.source());
        assertEquals(LocalDateTime.of(2025, 11, 22, 17, 12), first.published());
        assertEquals("en", first.lang());
        assertEquals("日经中文网", articles.get(5).source());
    }

    @Test
    void clipping_summaryLine_isSplitIntoHeadingAndBulletParagraphs() throws IOException {
        Article first = read("001_b695fc786c29298c.txt", corpus("001_b695fc786c29298c.txt")).get(0);
        assertEquals("Core Insights", first.paragraph(1).text());
        assertTrue(first.paragraph(2).text().startsWith("The European Union (EU) plans to establish a central agency"));
        assertEquals("Group 1: EU's Internal Challenges", first.paragraph(3).text());
        assertTrue(first.paragraph(4).text().startsWith("The EU faces internal challenges"));
    }

    @Test
    void clipping_debrisLinesAreNotArticleText() throws IOException {
        for (Article a : read("002_5bd94ffeb5eaeb4d.txt", corpus("002_5bd94ffeb5eaeb4d.txt"))) {
            assertFalse(a.title().equals("Workflow") || a.title().equals("搜索文档") || a.title().equals("icon"));
            for (Article.Paragraph p : a.paragraphs()) {
                assertFalse(p.text().equals("搜索文档") || p.text().equals("icon"), p.text());
            }
        }
    }

    @Test
    void clipping_chineseFile_readsTenItems() throws IOException {
        List<Article> articles = read("002_5bd94ffeb5eaeb4d.txt", corpus("002_5bd94ffeb5eaeb4d.txt"));
        assertEquals(10, articles.size());
        assertEquals("搜狐财经", articles.get(0).source());
        assertEquals("zh-Hans", articles.get(0).lang());
        assertEquals("中美贸易与农业影响", articles.get(0).paragraph(6).text());
    }

    @Test
    void clipping_titleWithoutDateLine_staysInThePreviousItem() {
        String longBody = "Core Insights - " + "China dominates refining of rare earths with about 90% of capacity. ".repeat(5);
        String text = "Workflow\n稀土\nicon\nSearch documents\nFirst title\nSome Outlet· 2025-11-22 10:00\n" + longBody
                + "\nSecond title without date\n" + longBody.replace("China", "Beijing") + "\n";
        List<Article> articles = read("x.txt", text);
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).paragraphs().stream().anyMatch(p -> p.text().equals("Second title without date")));
    }

    @Test
    void plainText_articlePrintedTwice_becomesTwoIdenticalArticles() throws IOException {
        List<Article> articles = read("000_396e3865240c3ffd.txt", corpus("000_396e3865240c3ffd.txt"));
        assertEquals(2, articles.size());
        assertEquals(articles.get(0).id(), articles.get(1).id());
        Article a = articles.get(0);
        assertEquals("vi", a.lang());
        assertNull(a.published());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.text().startsWith("Xem bản gốc")
                || p.text().startsWith("Trang này có thể chứa")));
    }

    @Test
    void plainText_repeatedPassageInsideArticle_isKeptOnce() {
        String text = "Title\n\nPrices rose sharply.\n\nDemand is strong.\n\nPrices rose sharply.\n";
        Article a = read("x.txt", text).get(0);
        assertEquals(2, a.paragraphs().size());
        assertEquals("Demand is strong.", a.paragraph(2).text());
    }

    @Test
    void markdown_stripsMarkup() {
        Article a = read("note.md", "# Magnet exports\n\nChina's **NdFeB** exports rose [link](http://x).\n").get(0);
        assertEquals("Magnet exports", a.title());
        assertEquals("China's NdFeB exports rose link.", a.paragraph(1).text());
    }

    @Test
    void html_mainTextOnly() {
        String html = "<html><head><title>Lynas ramps up</title><meta property='og:site_name' content='Mining Weekly'>"
                + "<meta property='article:published_time' content='2025-11-20T08:00:00Z'></head><body>"
                + "<nav>Home | News</nav><article><h1>Lynas ramps up</h1><p>Lynas produced dysprosium oxide in Malaysia.</p>"
                + "<p>It plans terbium next.</p><script>alert(1)</script></article><footer>© 2025</footer></body></html>";
        Article a = read("page.html", html).get(0);
        assertEquals("Lynas ramps up", a.title());
        assertEquals("Mining Weekly", a.source());
        assertEquals(LocalDateTime.of(2025, 11, 20, 8, 0), a.published());
        assertEquals(List.of("Lynas produced dysprosium oxide in Malaysia.", "It plans terbium next."),
                a.paragraphs().stream().map(Article.Paragraph::text).toList());
    }

    @Test
    void rss_oneArticlePerItem() {
        String rss = "<?xml version='1.0'?><rss version='2.0'><channel><title>RE Feed</title>"
                + "<item><title>Prices up</title><link>http://a/1</link><pubDate>Sat, 22 Nov 2025 09:42:00 +0800</pubDate>"
                + "<description><![CDATA[<p>PrNd oxide rose to 555,000 yuan per ton.</p>]]></description></item>"
                + "<item><title>Exports down</title><description>Magnet exports fell 5%.</description></item>"
                + "</channel></rss>";
        List<Article> articles = read("feed.xml", rss);
        assertEquals(2, articles.size());
        assertEquals("RE Feed", articles.get(0).source());
        assertEquals(LocalDateTime.of(2025, 11, 22, 9, 42), articles.get(0).published());
        assertEquals("PrNd oxide rose to 555,000 yuan per ton.", articles.get(0).paragraph(1).text());
        assertEquals("http://a/1", articles.get(0).url());
    }

    @Test
    void html_canonicalLink_isTheArticlesUrl_overOgUrl() {
        String html = "<html><head><title>Quota notice</title><link rel='canonical' href='https://news.example/q/7'>"
                + "<meta property='og:url' content='https://news.example/amp/q/7'></head>"
                + "<body><article><p>The ministry set the first quota batch at 100,000 tonnes.</p></article></body></html>";
        assertEquals("https://news.example/q/7", read("page.html", html).get(0).url());
        String ogOnly = html.replace("<link rel='canonical' href='https://news.example/q/7'>", "");
        assertEquals("https://news.example/amp/q/7", read("page.html", ogOnly).get(0).url());
    }

    @Test
    void atom_oneArticlePerEntry() {
        String atom = "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Atom RE</title>"
                + "<entry><title>Quota cut</title><link href='http://b/2'/><updated>2025-10-09T10:00:00Z</updated>"
                + "<content type='html'>&lt;p&gt;MOFCOM tightened export controls.&lt;/p&gt;</content></entry></feed>";
        Article a = read("feed.atom", atom).get(0);
        assertEquals("Quota cut", a.title());
        assertEquals("MOFCOM tightened export controls.", a.paragraph(1).text());
        assertEquals("http://b/2", a.url());
    }

    @Test
    void jsonLines_badLineIsReportedOthersRead() {
        String jsonl = "{\"title\":\"A\",\"source\":\"S\",\"published\":\"2025-11-01\",\"url\":\"u\",\"text\":\"Para one.\\n\\nPara two.\"}\n"
                + "{not json}\n"
                + "{\"title\":\"B\",\"text\":\"Only text.\"}\n";
        List<String> problems = new ArrayList<>();
        List<Article> articles = Readers.articles(Path.of("x.jsonl"), jsonl, problems);
        assertEquals(2, articles.size());
        assertEquals(2, articles.get(0).paragraphs().size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("line 2"), problems.get(0));
    }

    @Test
    void id_isStableAcrossScriptsAndWidths() {
        Article a = read("a.txt", "T\n\n稀土價格上漲ＡＢＣ\n").get(0);
        Article b = read("b.txt", "T\n\n稀土价格上涨abc\n").get(0);
        assertEquals(a.id(), b.id());
        assertEquals("稀土價格上漲ＡＢＣ", a.paragraph(1).text());
    }
}
