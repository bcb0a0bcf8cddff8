package dev.monazite.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.article.Article;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.text.SentenceSplitter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests (not taken from the evaluation gold), with expectations checked by hand. */
class FactExtractorTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor(Lexicon.bundled());

    private static List<Fact> facts(String lang, LocalDateTime published, String... paragraphs) {
        List<Article.Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(new Article.Paragraph(ps.size() + 1, p, SentenceSplitter.split(p)));
        }
        return EXTRACTOR.extract(new Article("a1", "Title", "src", published, null, lang, ps));
    }

    private static Fact only(List<Fact> facts, String type) {
        List<Fact> of = facts.stream().filter(f -> f.type().equals(type)).toList();
        assertEquals(1, of.size(), facts.toString());
        return of.get(0);
    }

    @Test
    void price_chineseTenThousandYuanPerTonne() {
        Fact f = only(facts("zh-Hans", LocalDateTime.of(2025, 9, 3, 8, 0), "本周氧化镨钕价格上涨至62.3万元/吨。"), "price");
        assertEquals("PrNd-oxide", f.fields().get("commodity"));
        assertEquals(623000, f.value(), 1e-6);
        assertEquals("CNY/t", f.unit());
        assertEquals("2025-09-03", f.date());
        assertEquals(1, f.evidence().paragraph());
    }

    @Test
    void price_vietnameseVan_withDecimalComma() {
        Fact f = only(facts("vi", null, "Giá oxit dysprosi đạt 160,5 vạn nhân dân tệ/tấn."), "price");
        assertEquals("Dy-oxide", f.fields().get("commodity"));
        assertEquals(1605000, f.value(), 1e-6);
    }

    @Test
    void change_fallIsNegative_yoyBasis_relativeMonthResolved() {
        Fact f = only(facts("zh-Hans", LocalDateTime.of(2025, 12, 20, 9, 0), "今年11月稀土永磁出口同比下降12.5%。"), "change");
        assertEquals(-12.5, f.value(), 1e-9);
        assertEquals("yoy", f.fields().get("basis"));
        assertEquals("2025-11", f.date());
    }

    @Test
    void share_worldRefiningCapacity_english() {
        Fact f = only(facts("en", LocalDateTime.of(2025, 5, 1, 0, 0),
                "Indonesia controls about 35% of global nickel refining capacity."), "share");
        assertEquals("ID", f.fields().get("subject"));
        assertEquals("refining", f.fields().get("metric"));
        assertEquals("WORLD", f.fields().get("scope"));
        assertEquals(35, f.value(), 1e-9);
    }

    @Test
    void share_supplyDependence_chinese() {
        Fact f = only(facts("zh-Hans", null, "日本约60%的稀土依赖中国供应。"), "share");
        assertEquals("CN", f.fields().get("subject"));
        assertEquals("supply_to", f.fields().get("metric"));
        assertEquals("JP", f.fields().get("scope"));
        assertEquals(60, f.value(), 1e-9);
    }

    @Test
    void trade_exportsToDestination_inTonnes() {
        List<Fact> all = facts("en", LocalDateTime.of(2025, 12, 20, 0, 0),
                "Last month, China exported 1,234 tons of rare earth magnets to South Korea.");
        Fact f = only(all, "trade");
        assertEquals("CN", f.fields().get("exporter"));
        assertEquals("KR", f.fields().get("importer"));
        assertEquals("REE-magnet", f.fields().get("commodity"));
        assertEquals(1234, f.value(), 1e-9);
        assertEquals("t", f.unit());
        assertEquals("2025-11", f.date());
    }

    @Test
    void intensity_rangePerVehicle() {
        Fact f = only(facts("zh-Hans", null, "每辆新能源汽车需要3至5公斤钕铁硼永磁体。"), "intensity");
        assertEquals("EV", f.fields().get("application"));
        assertEquals("NdFeB-magnet", f.fields().get("commodity"));
        assertEquals(3, f.valueMin(), 1e-9);
        assertEquals(5, f.valueMax(), 1e-9);
        assertEquals("kg/unit", f.unit());
    }

    @Test
    void money_loanInBillionsOfDollars() {
        Fact f = only(facts("en", LocalDateTime.of(2025, 8, 1, 0, 0),
                "The Export-Import Bank of the United States approved a $1.5 billion loan for a magnet plant."), "money");
        assertEquals("loan", f.fields().get("metric"));
        assertEquals(1.5e9, f.value(), 1);
        assertEquals("USD", f.unit());
    }

    @Test
    void quantity_productionInTenThousandTonnes() {
        Fact f = only(facts("zh-Hans", null, "2024年中国稀土产量达到27万吨。"), "quantity");
        assertEquals("CN", f.fields().get("subject"));
        assertEquals("production", f.fields().get("metric"));
        assertEquals(270000, f.value(), 1e-6);
        assertEquals("t", f.unit());
        assertEquals("2024", f.date());
    }

    @Test
    void policy_datedExportControl_byMinistry() {
        Fact f = only(facts("zh-Hans", null, "商务部于2025年4月4日宣布对钐、钆、铽、镝等七类中重稀土实施出口管制。"), "policy");
        assertEquals("CN", f.fields().get("actor"));
        assertEquals("export_control", f.fields().get("action"));
        assertEquals("2025-04-04", f.date());
    }

    @Test
    void policy_talkAboutPolicyWithoutActOrDate_yieldsNothing() {
        assertTrue(facts("en", null, "Export controls remain a topic of debate among analysts.").stream()
                .noneMatch(f -> f.type().equals("policy")));
    }

    @Test
    void undatedArticle_yearlessDate_takesTheYearTheTextGives() {
        List<Fact> all = facts("vi", null, "Thị trường đầu năm 2026 rất sôi động.",
                "Ngày 9 tháng 3, giá oxit praseodymium-neodymium đạt 80 vạn nhân dân tệ/tấn.");
        Fact f = only(all, "price");
        assertEquals("2026-03-09", f.date());
    }

    @Test
    void undatedArticle_relativeDateIsNotGuessed() {
        Fact f = only(facts("en", null, "Last month the price of PrNd oxide reached 600,000 yuan per ton."), "price");
        assertEquals(null, f.date());
    }

    @Test
    void purityIsNotAShare() {
        assertTrue(facts("zh-Hans", null, "中国企业可将稀土纯度提至99.999%并控制全球冶炼产能。").stream()
                .noneMatch(f -> f.type().equals("share") && f.value() != null && f.value() > 99));
    }

    @Test
    void adversarialText_yieldsNoFactAndNoCrash() {
        String digits = "9".repeat(5000);
        List<Fact> all = facts("en", null, "Price " + digits + " yuan per ton and 1,2,3,4% share of ((((",
                "中国" + "占".repeat(3000) + "%%%", "<script>alert('x')</script> exports 12..5 tons to ");
        assertTrue(all.stream().noneMatch(f -> f.value() != null && f.value() > 1e15), all.toString());
    }

    @Test
    void everyFactKeepsItsEvidenceSpan() {
        String p = "中国稀土产量占全球70%。欧盟85%的稀土依赖中国供应。";
        for (Fact f : facts("zh-Hans", null, p)) {
            Fact.Evidence e = f.evidence();
            assertNotNull(e.text());
            assertEquals(e.text(), p.substring(e.start(), e.end()).strip());
            assertEquals(FactExtractor.VERSION, f.extractor());
        }
    }

    @Test
    void sentenceSeenBefore_givesTheFactsAFreshExtractorGives() {
        String para = "今年11月稀土永磁出口同比下降12.5%。氧化镨钕价格上涨至62.3万元/吨。";
        Article original = new Article("o", "稀土", "src", LocalDateTime.of(2025, 12, 20, 9, 0), null, "zh-Hans",
                List.of(new Article.Paragraph(1, para, SentenceSplitter.split(para))));
        Article nextYear = new Article("n", "稀土", "src", LocalDateTime.of(2026, 12, 20, 9, 0), null, "zh-Hans",
                List.of(new Article.Paragraph(1, para, SentenceSplitter.split(para))));
        FactExtractor warm = new FactExtractor(Lexicon.bundled());
        warm.extract(original);
        List<Fact> again = warm.extract(nextYear);
        assertEquals(new FactExtractor(Lexicon.bundled()).extract(nextYear), again);
        // the repeated sentence's relative month is resolved against the later article's own date
        assertEquals("2026-11", only(again, "change").date());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "en|Net inflows reached 161.6 billion yuan from January to July 2018.|money|2018-01/2018-07",
        "en|From January to October 2025, China exported 50,100 tonnes of rare earths to the United States.|trade|2025-01/2025-10",
        "en|Between January and September 2025 China exported 44,000 tonnes of rare earths to Japan.|trade|2025-01/2025-09",
        "zh-Hans|今年1至10月，中国对美国出口稀土5.01万吨。|trade|2025-01/2025-10",
        "zh-Hant|今年1至10月，中國對美國出口稀土5.01萬噸。|trade|2025-01/2025-10",
        "vi|Từ tháng 1 đến tháng 10/2025, Trung Quốc xuất khẩu 50.100 tấn đất hiếm sang Mỹ.|trade|2025-01/2025-10",
    })
    void cumulativeFigure_isDatedByItsRunOfMonths_notItsLastMonth(String lang, String text, String type, String period) {
        Fact f = only(facts(lang, LocalDateTime.of(2025, 11, 20, 9, 0), text), type);
        assertEquals(period, f.date(), f.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", value = {
        "en|On 9 October 2025, the commerce ministry announced export controls on holmium.|2025-10-09|-",
        "zh-Hans|2025年10月9日，商务部宣布对钬实施出口管制。|2025-10-09|-",
        "vi|Ngày 9 tháng 10 năm 2025, Bộ Thương mại Trung Quốc công bố kiểm soát xuất khẩu holmi.|2025-10-09|-",
        "en|Last month, China's commerce ministry announced export controls on holmium.|2025-10|relative",
        "zh-Hans|10月9日，商务部宣布对钬实施出口管制。|2025-10-09|relative",
        "vi|Tháng trước, Bộ Thương mại Trung Quốc công bố kiểm soát xuất khẩu holmi.|2025-10|relative",
        "en|China's commerce ministry announced export controls on holmium.|2025-11-20|dateline",
        "zh-Hans|商务部宣布对钬实施出口管制。|2025-11-20|dateline",
        "vi|Bộ Thương mại Trung Quốc công bố kiểm soát xuất khẩu holmi.|2025-11-20|dateline",
    })
    void act_saysWhenItsDateIsNotStatedWhole(String lang, String text, String date, String dated) {
        Fact f = only(facts(lang, LocalDateTime.of(2025, 11, 20, 9, 0), text), "policy");
        assertEquals(date, f.date(), f.toString());
        assertEquals(dated, f.fields().get("dated"), f.toString());
    }
}
