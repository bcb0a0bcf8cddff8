package dev.monazite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.bench.CorpusGenerator;
import dev.monazite.testing.ProjectTexts;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The routing tokenizer must change nothing but speed: over every text the project has (the three
 * sample files line by line, the 4,500 peer-suite texts, generated news in four scripts, and hand-made
 * edge cases), it gives exactly the terms, positions and offsets of the ICU tokenizer alone.
 */
class ScriptRoutingTokenizerTest {
    /** The text analyser as it was with ICU for every script: the reference. */
    private static final Analyzer ICU_ONLY = folding(ICUTokenizer::new);
    private static final Analyzer ROUTED = folding(ScriptRoutingTokenizer::new);

    private static Analyzer folding(java.util.function.Supplier<Tokenizer> tokenizer) {
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return new FoldingCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = tokenizer.get();
                return new TokenStreamComponents(t, t);
            }
        };
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + off.startOffset() + "-" + off.endOffset() + "+" + pos.getPositionIncrement());
            }
            ts.end();
            out.add("end@" + off.endOffset() + "+" + pos.getPositionIncrement());
        }
        return out;
    }

    private static List<String> texts() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>(List.of("U.S. exports rose 12.5% to 2,582 tons; MP Materials' NdFeB output",
                "Giá oxit đất hiếm tăng 75,25 vạn nhân dân tệ/tấn — theo Bộ Công Thương.", "don't e-mail info@example.com",
                "https://example.com/a?b=c #hashtag @user 3.5kg 10-K", "naïve café Œuvre ﬁ ＡＢＣ１２３", "a" + "b".repeat(300),
                "", "   ", "稀土永磁 price 62.3万元/吨", "鏑 dysprosium ジスプロシウム", "ราคาแร่หายาก", "Редкоземельные металлы",
                "x\u0301y\u0308", "2025-10-09 08:00", "…", "US$1.2bn", "\u200b\u200dzero width"));
        texts.addAll(ProjectTexts.corpusLines());
        texts.addAll(ProjectTexts.peerSuiteTexts());
        for (CorpusGenerator.Item item : new CorpusGenerator(7).generate(600)) {
            texts.add(item.title());
            texts.addAll(item.paragraphs());
        }
        return texts;
    }

    @Test
    void everyText_sameTokensAsIcuAlone() throws Exception {
        int latin = 0;
        List<String> texts = texts();
        for (String text : texts) {
            assertEquals(tokens(ICU_ONLY, text), tokens(ROUTED, text), text);
            if (ScriptRoutingTokenizer.latinOnly(text.toCharArray(), text.length())) {
                latin++;
            }
        }
        // both paths were taken, each many times
        assertTrue(latin > 1000, "latin texts: " + latin);
        assertTrue(texts.size() - latin > 1000, "other texts: " + (texts.size() - latin));
    }

    @Test
    void latinOnly_vietnameseYes_hanNo() {
        assertTrue(ScriptRoutingTokenizer.latinOnly("Nam châm đất hiếm – 2,5%".toCharArray(), 24));
        assertFalse(ScriptRoutingTokenizer.latinOnly("镝 Dy".toCharArray(), 4));
        assertFalse(ScriptRoutingTokenizer.latinOnly("Редкие".toCharArray(), 6));
    }
}
