package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.monazite.article.Json;
import dev.monazite.text.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Free text in the facts table (a change's measure, a policy's object) is whole words, never cut inside one. */
class FactsTableTest {
    // A clause of well over 80 characters before its figure, in Chinese (no spaces) and in English.
    private static final String ZH = "今年前三季度国内高性能钕铁硼永磁材料生产企业在下游新能源汽车与风力发电机组持续扩产以及海外订单明显回暖"
            + "等多重因素共同推动下的平均开工率与主要稀土氧化物产品的市场成交价格均较去年同期上涨12%。";
    private static final String EN = "The average operating rate of the domestic high-performance sintered magnet "
            + "producers in the eastern coastal provinces and the inland refining districts rose 9% in the third quarter.";

    @TempDir
    Path tmp;

    @Test
    void lastWords_longChineseClause_startsAtAWordBoundary() {
        String clause = ZH.substring(0, ZH.indexOf("12%"));
        String tail = Texts.lastWords(clause, 80);
        assertTrue(tail.length() <= 80 && tail.length() >= 40, tail);
        assertTrue(clause.endsWith(tail), tail);
        assertTrue(boundary(clause, clause.length() - tail.length()), "cut inside a word: " + tail);
    }

    @Test
    void factsTable_measuresAreWholeWordsAndPrintedWhole() throws Exception {
        Path news = Files.writeString(tmp.resolve("rates.txt"), "开工率与价格双双回升\n示例财经 · 2026-10-08 09:30\n" + ZH
                + "\n\nMagnet makers run hotter\nExample Wire · 2026-10-09 10:00\n" + EN + "\n", StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        assertEquals(0, CliEndToEndTest.run("ingest", "--quiet", "--data", data.toString(), news.toString()).exit());
        CliEndToEndTest.Run jsonl = CliEndToEndTest.run("facts", "--data", data.toString(), "--type", "change",
                "--format", "jsonl");
        CliEndToEndTest.Run table = CliEndToEndTest.run("facts", "--data", data.toString(), "--type", "change");
        List<String> measures = new ArrayList<>();
        for (String line : jsonl.out().strip().split("\n")) {
            JsonNode f = Json.MAPPER.readTree(line);
            String measure = f.path("measure").asText("");
            String evidence = f.get("evidence").asText();
            int at = evidence.indexOf(measure);
            assertTrue(at >= 0 && boundary(evidence, at), "measure starts inside a word: " + measure);
            assertTrue(table.out().contains("measure=" + measure + "  "), "printed whole: " + measure + "\n" + table);
            measures.add(measure);
        }
        assertTrue(measures.stream().anyMatch(m -> m.length() > 40), "a long measure was kept: " + measures);
    }

    // A word starts at the text's start, after a space or a mark, or in Chinese after a particle that
    // ends a phrase: never after a character of the same term (钕|铁硼).
    private static boolean boundary(String text, int at) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        if (!words.isBoundary(at)) {
            return false;
        }
        char before = at == 0 ? ' ' : text.charAt(at - 1);
        return !Character.isLetterOrDigit(before) || "的与和及在等并".indexOf(before) >= 0;
    }
}
