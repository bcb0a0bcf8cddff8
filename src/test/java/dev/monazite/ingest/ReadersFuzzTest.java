package dev.monazite.ingest;

import dev.monazite.article.Article;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets for the readers of untrusted files. In a plain build they replay the seeds and past
 * crash inputs under src/test/resources/dev/monazite/ingest/ReadersFuzzTestInputs/METHOD; with
 * JAZZER_FUZZ=1 (bin/fuzz) they fuzz. Anything but an InputException is a finding, and every
 * article that comes out must be well-formed text.
 */
class ReadersFuzzTest {
    private static String text(byte[] bytes) {
        try {
            return TextDecoder.decode(bytes);
        } catch (InputException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void clipping(byte[] input) {
        built(ClippingFileReader.read(text(input).lines().toList()));
    }

    @FuzzTest(maxDuration = "20s")
    void html(byte[] input) {
        built(HtmlReader.read(text(input), ""));
    }

    @FuzzTest(maxDuration = "20s")
    void feed(byte[] input) {
        built(FeedReader.read(text(input)));
    }

    @FuzzTest(maxDuration = "20s")
    void jsonLines(byte[] input) {
        built(JsonLinesReader.read(text(input).lines().toList(), new ArrayList<>()));
    }

    /** The whole read path of one file: decoding, format detection, reading and building. */
    @FuzzTest(maxDuration = "20s")
    void anyFile(byte[] input) {
        String decoded;
        try {
            decoded = TextDecoder.decode(input);
        } catch (InputException e) {
            return; // reported per file, as intended
        }
        for (Article a : Readers.articles(Path.of("fuzz.txt"), decoded, new ArrayList<>())) {
            check(a);
        }
    }

    private static void built(List<RawArticle> raws) {
        for (RawArticle raw : raws) {
            Article a = ArticleBuilder.build(raw);
            if (a != null) {
                check(a);
            }
        }
    }

    private static void check(Article a) {
        if (dev.monazite.text.Texts.loneSurrogates(a.title()) > 0) {
            throw new IllegalStateException("a lone surrogate in a title");
        }
        for (Article.Paragraph p : a.paragraphs()) {
            if (dev.monazite.text.Texts.loneSurrogates(p.text()) > 0) {
                throw new IllegalStateException("a lone surrogate in paragraph " + p.n());
            }
        }
    }
}
