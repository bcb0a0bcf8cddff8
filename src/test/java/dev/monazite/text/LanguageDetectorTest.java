package dev.monazite.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    @Test
    void detect_simplifiedChinese() {
        assertEquals("zh-Hans", LanguageDetector.detect("中国在全球稀土供应链中占据近乎垄断地位，稀土储量占全球三分之一以上"));
    }

    @Test
    void detect_traditionalChinese() {
        assertEquals("zh-Hant", LanguageDetector.detect("中國在全球稀土供應鏈中佔據近乎壟斷地位，稀土儲量佔全球三分之一以上"));
    }

    @Test
    void detect_vietnamese() {
        assertEquals("vi", LanguageDetector.detect("Giá oxit praseodymium-neodymium vượt qua 76 vạn nhân dân tệ/tấn"));
    }

    @Test
    void detect_englishWithChineseNames_isEnglish() {
        assertEquals("en", LanguageDetector.detect("China exported 2,582 tons of rare earth magnets to the EU (欧盟) last month."));
    }

    @Test
    void detect_japanese() {
        assertEquals("ja", LanguageDetector.detect("日本政府は南鳥島沖のレアアース泥の試掘に成功したと発表した。"));
    }

    @Test
    void detect_digitsOnly_isOther() {
        assertEquals("other", LanguageDetector.detect("2025 2026 12.5 %"));
    }
}
