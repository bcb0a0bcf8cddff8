package dev.monazite.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.article.Article;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.text.SentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueBookTest {
    @Test
    void inflections_regularIrregularAndDoubled() {
        assertTrue(Inflections.forms("increase").containsAll(List.of("increases", "increased", "increasing")));
        assertTrue(Inflections.forms("rise").containsAll(List.of("rises", "rose", "risen", "rising")));
        assertTrue(Inflections.forms("slip").containsAll(List.of("slipped", "slipping")));
        assertTrue(Inflections.forms("supply").containsAll(List.of("supplies", "supplied")));
        assertTrue(Inflections.forms("rely on").containsAll(List.of("relies on", "relied on", "relying on")));
        assertEquals(List.of("q3"), List.copyOf(Inflections.forms("q3")));
    }

    @Test
    void matcher_wholeWordsOnly_unlessAStem() {
        CueMatcher direction = CueBook.bundled().matcher("change", "direction");
        assertNull(direction.first("an enterprise of growers"), "rise is not in enterprise, grow not in growers");
        assertEquals("rise", direction.first("exports rose sharply"));
        assertEquals("refining", CueBook.bundled().matcher("share", "metric").first("a new refinery"));
    }

    @Test
    void matcher_chineseCuesMatchInsideHanText_butNotAYearBeforeNian() {
        CueMatcher perYear = CueBook.bundled().matcher("quantity", "per_year");
        assertTrue(perYear.in("新建年产2万吨项目"));
        assertFalse(perYear.in("2024年产量27万吨"), "2024年 is a year, 产量 is output");
    }

    @Test
    void userCueFile_addsCuesWithoutRebuild(@TempDir Path data) throws Exception {
        Files.createDirectories(data.resolve("cues"));
        Files.writeString(data.resolve("cues/change.en.tsv"), "# house style\ndirection\trise\tballoon\n");
        FactExtractor extractor = new FactExtractor(Lexicon.bundled(), CueBook.load(data));
        String text = "Oxide prices ballooned 14% from a year earlier.";
        Article a = new Article("u1", "t", "s", LocalDateTime.of(2025, 1, 5, 0, 0), null, "en",
                List.of(new Article.Paragraph(1, text, SentenceSplitter.split(text))));
        assertEquals(14, extractor.extract(a).stream().filter(f -> f.type().equals("change")).findFirst()
                .orElseThrow().value(), 1e-9);
        assertTrue(new FactExtractor(Lexicon.bundled()).extract(a).stream().noneMatch(f -> f.type().equals("change")),
                "the bundled cues do not know the word");
    }

    @Test
    void userCueFile_malformedLine_namesFileAndLine(@TempDir Path data) throws Exception {
        Files.createDirectories(data.resolve("cues"));
        Files.writeString(data.resolve("cues/share.zh.tsv"), "cue\tshare\t占\nmetric only-two-cells\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CueBook.load(data));
        assertTrue(e.getMessage().contains("share.zh.tsv:2"), e.getMessage());
    }

    @Test
    void userCueFile_badName_saysHowToNameIt(@TempDir Path data) throws Exception {
        Files.createDirectories(data.resolve("cues"));
        Files.writeString(data.resolve("cues/changes.tsv"), "direction\trise\tballoon\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CueBook.load(data));
        assertTrue(e.getMessage().contains("TYPE.LANG.tsv"), e.getMessage());
    }
}
