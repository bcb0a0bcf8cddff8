package dev.monazite.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String p) {
        return SentenceSplitter.split(p).stream().map(s -> p.substring(s.start(), s.end())).toList();
    }

    @Test
    void split_chineseFullStops() {
        assertEquals(List.of("稀土价格上涨。", "需求强劲！", "未来如何？"), sentences("稀土价格上涨。需求强劲！未来如何？"));
    }

    @Test
    void split_decimalAndAbbreviation_doNotEndSentence() {
        assertEquals(List.of("The U.S. paid $2.5 billion.", "Prices rose."),
                sentences("The U.S. paid $2.5 billion. Prices rose."));
    }

    @Test
    void split_citationMarksStayWithTheirSentence() {
        assertEquals(List.of("China leads [1][4].", "EU lags [5]."), sentences("China leads [1][4]. EU lags [5]."));
    }

    @Test
    void split_noTerminalPunctuation_isOneSentence() {
        assertEquals(List.of("市场表现 稀土板块领涨"), sentences("市场表现 稀土板块领涨"));
    }
}
