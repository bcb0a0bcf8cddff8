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

    @Test
    void split_countryAbbreviationBeforeProperNoun_doesNotEndSentence() {
        assertEquals(List.of("The U.S. Commerce Department said so."), sentences("The U.S. Commerce Department said so."));
        assertEquals(List.of("U.K. Treasury officials met on Friday.", "They agreed."),
                sentences("U.K. Treasury officials met on Friday. They agreed."));
        assertEquals(List.of("Imports into the U.S. fell sharply.", "Prices rose."),
                sentences("Imports into the U.S. fell sharply. Prices rose."));
    }

    @Test
    void split_abbreviationAtSentenceEnd_endsSentenceBeforeAnOpener() {
        assertEquals(List.of("Ore went to the U.S.", "The ministry said so."),
                sentences("Ore went to the U.S. The ministry said so."));
        assertEquals(List.of("It was sold to Acme Corp.", "The deal closed."),
                sentences("It was sold to Acme Corp. The deal closed."));
    }

    @Test
    void split_monthAbbreviations_doNotEndSentence() {
        assertEquals(List.of("On Nov. 3 the plant restarted."), sentences("On Nov. 3 the plant restarted."));
        assertEquals(List.of("Output from Jan. through March rose."), sentences("Output from Jan. through March rose."));
        assertEquals(List.of("Sept. figures were revised.", "Nothing else changed."),
                sentences("Sept. figures were revised. Nothing else changed."));
    }

    @Test
    void split_companySuffixes_doNotEndSentence() {
        assertEquals(List.of("Lynas Rare Earths Ltd. said output fell."), sentences("Lynas Rare Earths Ltd. said output fell."));
        assertEquals(List.of("Shin-Etsu Chemical Co. Ltd. expanded a plant."),
                sentences("Shin-Etsu Chemical Co. Ltd. expanded a plant."));
        assertEquals(List.of("MP Materials Corp. and Apple Inc. signed a deal."),
                sentences("MP Materials Corp. and Apple Inc. signed a deal."));
    }

    @Test
    void split_titlesAndLatinAbbreviations_doNotEndSentence() {
        assertEquals(List.of("Mr. Lee and Dr. Tran spoke."), sentences("Mr. Lee and Dr. Tran spoke."));
        assertEquals(List.of("Heavy oxides, e.g. dysprosium, cost approx. $300 per kg."),
                sentences("Heavy oxides, e.g. dysprosium, cost approx. $300 per kg."));
        assertEquals(List.of("It is the No. 2 producer.", "Prices rose."), sentences("It is the No. 2 producer. Prices rose."));
        assertEquals(List.of("The answer was no.", "Prices rose."), sentences("The answer was no. Prices rose."));
    }

    @Test
    void split_vietnameseAndChinese_unaffected() {
        assertEquals(List.of("Giá tăng mạnh.", "Xuất khẩu giảm."), sentences("Giá tăng mạnh. Xuất khẩu giảm."));
        assertEquals(List.of("美国商务部称。", "价格上涨。"), sentences("美国商务部称。价格上涨。"));
    }
}
