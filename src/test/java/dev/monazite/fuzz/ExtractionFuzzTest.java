package dev.monazite.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.monazite.facts.Annotations;
import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.facts.Fact;
import dev.monazite.article.Article;
import dev.monazite.ingest.ArticleBuilder;
import dev.monazite.ingest.RawArticle;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.text.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Fuzz target for fact extraction over one article built from any text (first line the title, the
 * rest paragraphs). Seeds: src/test/resources/dev/monazite/fuzz/ExtractionFuzzTestInputs/extract.
 * Any exception is a finding, and so is a fact whose fields hold a lone surrogate (it cannot be
 * stored: the Rules.measure cut that split an emoji).
 */
class ExtractionFuzzTest {
    private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(Lexicon.load(Path.of("target/no-such-data")));

    @FuzzTest(maxDuration = "20s")
    void extract(byte[] input) {
        String[] lines = new String(input, StandardCharsets.UTF_8).split("\n");
        Article a = ArticleBuilder.build(new RawArticle(lines[0], null, null, null,
                Arrays.asList(lines).subList(Math.min(1, lines.length), lines.length)));
        if (a == null) {
            return;
        }
        Annotations notes = ANNOTATOR.apply(a);
        for (Fact f : notes.facts()) {
            for (String v : f.fields().values()) {
                if (v != null && Texts.loneSurrogates(v) > 0) {
                    throw new IllegalStateException("a fact field holds a lone surrogate: " + f.type() + " " + f.fields());
                }
            }
        }
    }
}
