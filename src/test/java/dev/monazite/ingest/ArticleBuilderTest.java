package dev.monazite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArticleBuilderTest {
    /** The rule, written out plainly: white space runs (NBSP and ideographic space included) become one space, none at the ends. */
    private static String expected(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return String.join(" ", words);
    }

    @Test
    void tidy_randomMixesOfSpacesAndText_followTheRule() {
        char[] alphabet = {'a', '镝', ' ', ' ', '\t', '\n', '\u00A0', '\u3000', '\u2003', '\u0001', '\u001F', 'é', '.'};
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            char[] s = new char[random.nextInt(12)];
            for (int k = 0; k < s.length; k++) {
                s[k] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(s);
            assertEquals(expected(text), ArticleBuilder.tidy(text), () -> text.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void tidy_alreadyTidyText_isReturnedWithoutACopy() {
        String text = "Giá oxit đất hiếm tăng 5% — 稀土 价格";
        assertSame(text, ArticleBuilder.tidy(text));
    }
}
