package dev.monazite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An input's declared language decides only where the text cannot: too little of it, or which Chinese script. */
class LanguageHintTest {
    private static String lang(String hint, String... paragraphs) {
        return ArticleBuilder.build(new RawArticle("t", "s", null, null, List.of(paragraphs), hint)).lang();
    }

    @Test
    void chineseTextWithFewScriptMarks_takesTheDeclaredScript() {
        // 中国稀土 is the same in both scripts: the text alone cannot tell
        assertEquals("zh-Hant", lang("zh-Hant", "中国稀土出口"));
        assertEquals("zh-Hans", lang("zh-Hans", "中国稀土出口"));
    }

    @Test
    void textInAnotherLanguage_beatsTheHint() {
        // a Vietnamese outlet running an English wire story: the story is English
        assertEquals("en", lang("vi", "China raised its quota for heavy rare earths by a fifth this year."));
        assertEquals("vi", lang("en", "Trung Quốc tăng hạn ngạch đất hiếm nặng thêm một phần năm trong năm nay."));
    }

    @Test
    void noHint_leavesTheTextToDecide() {
        assertEquals("en", lang(null, "China raised its quota for heavy rare earths by a fifth this year."));
        assertEquals("other", ArticleBuilder.withHint("other", null));
        assertEquals("vi", ArticleBuilder.withHint("other", "vi"));
    }

    @Test
    void jsonLinesLangField_isTheHint() throws Exception {
        List<String> problems = new java.util.ArrayList<>();
        RawArticle a = JsonLinesReader.read(List.of("{\"title\":\"稀土\",\"text\":\"中国稀土出口\",\"lang\":\"zh-Hant\"}"),
                problems).get(0);
        assertEquals(List.of(), problems);
        assertEquals("zh-Hant", a.langHint());
        assertEquals("zh-Hant", ArticleBuilder.build(a).lang());
    }
}
