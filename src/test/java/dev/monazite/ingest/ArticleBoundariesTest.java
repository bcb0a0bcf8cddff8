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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where one article ends and the next begins, on files written for these tests (invented firms and
 * events, no news text): dated clipping files start an article only at a title and date-line pair;
 * files without date lines are split at their headlines.
 */
class ArticleBoundariesTest {
    private static List<Article> read(String name) throws IOException {
        try (InputStream in = ArticleBoundariesTest.class.getResourceAsStream("/boundaries/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Readers.articles(Path.of(name), text, new ArrayList<>());
        }
    }

    private static List<String> texts(Article a) {
        return a.paragraphs().stream().map(Article.Paragraph::text).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "dated_en.txt, 3", "dated_zh.txt, 2", "dated_vi.txt, 2",
            "undated7_en.txt, 7", "undated7_zh.txt, 7", "undated7_vi.txt, 7",
            "undated1_en.txt, 1", "undated1_zh.txt, 1", "undated1_vi.txt, 1"})
    void read_ownFile_yieldsItsStories(String file, int stories) throws IOException {
        assertEquals(stories, read(file).size(), file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dated_en.txt|In early March, the ministry said it would act.|Supply contracts",
            "dated_zh.txt|三月初,主管部门表示将采取行动。|产能规划",
            "dated_vi.txt|Đầu tháng Ba, bộ cho biết sẽ hành động.|Kế hoạch vận hành"})
    void clipping_shortParagraphsBetweenLongOnes_belongToTheirStory(String file, String sentence, String subhead)
            throws IOException {
        Article first = read(file).get(0);
        assertEquals(sentence, first.paragraph(2).text());
        assertEquals(subhead, first.paragraph(3).text());
        assertEquals(5, first.paragraphs().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dated_en.txt|BEIJING, Nov 20|Output will resume on Monday.",
            "dated_zh.txt|新华社北京11月20日电|到港量将逐步恢复。",
            "dated_vi.txt|Hà Nội, ngày 12/9|Giao dịch vẫn trầm lắng."})
    void clipping_datelineAndOneSentenceParagraph_stayInTheirStory(String file, String dateline, String shortSentence)
            throws IOException {
        Article second = read(file).get(1);
        assertEquals(dateline, second.paragraph(1).text());
        assertEquals(shortSentence, second.paragraph(3).text());
        assertTrue(second.published() != null, "the second item keeps its date line");
    }

    @Test
    void clipping_headlineLikeParagraphWithSentenceEnd_staysInItsStory() throws IOException {
        Article third = read("dated_en.txt").get(2);
        assertEquals("Quarry Lane Capital lifts its forecast for oxide demand", third.title());
        assertEquals("Motors lead.", third.paragraph(2).text());
        assertEquals(4, third.paragraphs().size());
    }

    @Test
    void clipping_itemWithoutBody_stillEndsAtTheNextTitleAndDatePair() {
        String text = "Harbor Metals delays its Ohio line\nPlant Gazette· 2025-03-04 09:15\n"
                + "Gorse Valley miners end their strike\nUpland Courier· 2025-04-18 17:40\nOutput will resume on Monday.\n";
        List<Article> articles = Readers.articles(Path.of("x.txt"), text, new ArrayList<>());
        assertEquals(List.of("Harbor Metals delays its Ohio line", "Gorse Valley miners end their strike"),
                articles.stream().map(Article::title).toList());
    }

    @Test
    void plainText_sevenUndatedEnglishStories_areSplitAtTheirHeadlines() throws IOException {
        List<Article> articles = read("undated7_en.txt");
        assertEquals(List.of("Harbor Metals starts a second separation line in Ohio",
                "Gorse Valley miners vote to end a three-week strike",
                "Quarry Lane Capital lifts its forecast for oxide demand",
                "Port of Selby clears a backlog of concentrate ships",
                "Tamsin Motors trims magnet use in its next compact van",
                "Recyclers ask for clearer rules on old hard drives",
                "Northmoor Minerals finishes a feasibility study for its clay project"),
                articles.stream().map(Article::title).toList());
        assertEquals("By Mara Quinn", articles.get(2).paragraph(1).text());
        assertEquals("SELBY, June 9", articles.get(3).paragraph(1).text());
        assertEquals("Output will resume on Monday.", articles.get(1).paragraph(2).text());
        assertEquals("In early March, the ministry said it would act.", articles.get(4).paragraph(2).text());
        assertNull(articles.get(0).published());
    }

    @Test
    void plainText_sevenUndatedChineseStories_keepDatelineAndBylineInsideStories() throws IOException {
        List<Article> articles = read("undated7_zh.txt");
        assertEquals("白鹭港口稀土矿砂到港量回落", articles.get(1).title());
        assertEquals("新华社北京11月20日电", articles.get(1).paragraph(1).text());
        assertEquals(List.of("西岭矿业宣布将年度开采计划上调一成,主要原因是新矿区的剥离工作进展快于预期。", "记者 林晓",
                "公司同时表示,将加大对尾矿综合利用项目的投入。"), texts(articles.get(4)));
        assertEquals("北山稀土研究院发布分离新工艺", articles.get(6).title());
    }

    @Test
    void plainText_sevenUndatedVietnameseStories_withBlankLinesBetweenParagraphs() throws IOException {
        List<Article> articles = read("undated7_vi.txt");
        assertEquals("Giá oxit trong nước đi ngang trong tuần qua", articles.get(1).title());
        assertEquals(List.of("Hà Nội, ngày 12/9", "Giá các loại oxit đất hiếm trên thị trường trong nước gần như không thay đổi trong tuần qua.",
                "Giao dịch vẫn trầm lắng."), texts(articles.get(1)));
        assertEquals("Mỏ Núi Pháo mở rộng khu khai thác phía đông", articles.get(6).title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"undated1_en.txt, 4", "undated1_zh.txt, 4", "undated1_vi.txt, 4"})
    void plainText_singleUndatedStory_isOneArticleWithItsTitle(String file, int paragraphs) throws IOException {
        Article a = read(file).get(0);
        assertEquals(paragraphs, a.paragraphs().size(), file);
        assertFalse(Headline.isBody(a.title()), a.title());
    }

    @Test
    void plainText_toolHeader_isNotATitle() throws IOException {
        for (Article a : read("undated7_en.txt")) {
            assertFalse(a.title().equals("magnet supply") || texts(a).contains("magnet supply"), a.title());
        }
    }

    @Test
    void plainText_hardWrappedParagraphs_areJoined() {
        String text = "Harbor Metals adds a line\n\nThe company said on Tuesday that its\nsecond line had started, two months\n"
                + "later than planned.\n\nIt expects full output\nby the autumn.\n";
        Article a = Readers.articles(Path.of("mail.txt"), text, new ArrayList<>()).get(0);
        assertEquals(List.of("The company said on Tuesday that its second line had started, two months later than planned.",
                "It expects full output by the autumn."), texts(a));
    }

    @Test
    void plainText_numberedSectionsAndCredits_doNotSplitTheStory() {
        String text = String.join("\n", "Ore prices and what drives them: a long read on the quarter",
                "01 Supply stays tight",
                "Mines in the south produced less than planned in the quarter, and stocks at the smelters fell.",
                "*Data from the company reports",
                "Buyers paid more for spot cargoes than for contract volumes during most of the period.",
                "02 Demand from motor makers",
                "Motor makers ordered more material than a year earlier, mostly for industrial drives.");
        assertEquals(1, Readers.articles(Path.of("long.txt"), text, new ArrayList<>()).size());
    }

    @Test
    void headline_shape_acrossScripts() {
        assertTrue(Headline.isShaped("Gorse Valley miners vote to end a three-week strike"));
        assertTrue(Headline.isShaped("南岭冶炼厂完成环保改造"));
        assertTrue(Headline.isShaped("Nhà máy động cơ Sông Lam giảm dùng đất hiếm nặng"));
        assertFalse(Headline.isShaped("Motors lead."));
        assertFalse(Headline.isShaped("到港量将逐步恢复。"));
        assertFalse(Headline.isShaped("Giao dịch vẫn trầm lắng."));
        assertFalse(Headline.isShaped("Will prices rise?"));
        assertFalse(Headline.isShaped("\"Prices will rise,\" she said.\""));
        assertFalse(Headline.isShaped("Exports rose 5% [2][3]."));
        assertFalse(Headline.isShaped("Exports rose 5%. [2]"));
        assertFalse(Headline.isShaped("BEIJING, Nov 20"));
        assertFalse(Headline.isShaped("LONDON, June 12 (Reuters) -"));
        assertFalse(Headline.isShaped("新华社北京11月20日电"));
        assertFalse(Headline.isShaped("Hà Nội, ngày 12 tháng 9"));
        assertFalse(Headline.isShaped("01 Giá tăng"));
        assertFalse(Headline.isShaped("一、市场回顾"));
        assertFalse(Headline.isShaped("By Mara Quinn"));
        assertFalse(Headline.isShaped("(Reuters)"));
    }
}
