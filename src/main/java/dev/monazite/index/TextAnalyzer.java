package dev.monazite.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The one analyser for article text in every language: NFKC case folding and Traditional-to-
 * Simplified folding, character by character, before tokenising (so 鏑 and 镝 are one term), Unicode word
 * segmentation (ICU's dictionary for Chinese and Japanese; for text only in Latin script, syllables
 * for Vietnamese and words for English, the faster StandardTokenizer: {@link ScriptRoutingTokenizer}), and Porter
 * stemming for plain ASCII words only so Vietnamese and Chinese tokens are left as they are.
 */
public final class TextAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ScriptRoutingTokenizer();
        TokenStream stream = new PorterStemFilter(new AsciiOnly(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    /**
     * Marks every token but plain ASCII words of three letters or more as a keyword, which the
     * Porter stemmer leaves as it is. (A ConditionalTokenFilter did the same at the price of
     * capturing and restoring every token's state.)
     */
    private static final class AsciiOnly extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        AsciiOnly(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            keyword.setKeyword(keyword.isKeyword() || !stemmable());
            return true;
        }

        private boolean stemmable() {
            char[] b = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                if (b[i] < 'a' || b[i] > 'z') {
                    return false;
                }
            }
            return term.length() > 2;
        }
    }
}
