package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.bench.CorpusGenerator;
import dev.monazite.testing.ProjectTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The quantity finder passes over Han characters and Latin words no expression can begin with. That
 * shortcut must change nothing: over every text the project has, in every language, and over random
 * strings made of the characters and words expressions begin with (and near misses), it finds exactly
 * what trying every position finds.
 */
class IdleSkipTest {
    private static int checked;

    private static void same(String text) {
        for (Lang lang : Lang.values()) {
            List<Quantity> everywhere = QuantityFinder.find(text, lang, null, false);
            assertEquals(everywhere, QuantityFinder.find(text, lang, null, true), () -> lang + ": " + text);
            checked += everywhere.size();
        }
    }

    @Test
    void everyText_sameQuantitiesAsTryingEveryPosition() throws Exception {
        List<String> texts = new ArrayList<>(ProjectTexts.corpusLines());
        texts.addAll(ProjectTexts.peerSuiteTexts());
        for (CorpusGenerator.Item item : new CorpusGenerator(3).generate(300)) {
            texts.addAll(item.paragraphs());
        }
        checked = 0;
        texts.forEach(IdleSkipTest::same);
        assertTrue(checked > 10_000, "quantities compared: " + checked);
    }

    @Test
    void randomStringsOfStartCharacters_sameQuantities() {
        String[] pieces = {"上", "百", "千", "万", "半", "对", "负", "超过", "近", "约", "人民币", "美元", "一半", "两", "成", "折",
            "%", "5", "0.5", "12", "亿", "元", "吨", "稀土", "价格", " ", "，", "打", "之", "分", "$", "USD", "percent of "};
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(1, 9); k > 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            List<Quantity> everywhere = QuantityFinder.find(s.toString(), Lang.ZH, null, false);
            assertEquals(everywhere, QuantityFinder.find(s.toString(), Lang.ZH, null, true), s::toString);
        }
    }

    @Test
    void randomStringsOfStartWords_sameQuantities() {
        String[] pieces = {"a ", "an ", "about ", "over ", "more than ", "up to ", "nearly ", "half ", "half of ", "quarter ",
            "percent of ", "minus ", "negative ", "one", "twenty", "-", "three ", "hundred ", "million ", "usd", "us$", "rm",
            "eur ", "yuan ", "tons ", "kg ", "dozen ", "the ", "thermal ", "hal", "abo", "oven ", "%", "5", "12", "2.5", " ",
            ", ", "một ", "nửa ", "hai ", "mươi ", "tỷ ", "đồng ", "âm ", "năm ", "trăm ", "mười ", "Over ", "USD", "Half "};
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(1, 9); k > 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            for (Lang lang : List.of(Lang.EN, Lang.VI, Lang.OTHER)) {
                List<Quantity> everywhere = QuantityFinder.find(s.toString(), lang, null, false);
                assertEquals(everywhere, QuantityFinder.find(s.toString(), lang, null, true), () -> lang + ": " + s);
            }
        }
    }
}
