package dev.monazite.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One outlet is one outlet however its name is written; different outlets stay apart. */
class OutletsTest {
    @ParameterizedTest(name = "{0} is one outlet")
    @ValueSource(strings = {
        "搜狐财经|Sou Hu Cai Jing|搜狐財經|搜狐|Sohu|sohu.com|SOHU Finance",
        "新浪财经|Xin Lang Cai Jing|新浪財經|新浪|Sina Finance|Sina.com.cn",
        "每日经济新闻|Mei Ri Jing Ji Xin Wen|每日經濟新聞|每经网|National Business Daily",
        "路透社|Reuters|Hãng tin Reuters|路透",
        "VnExpress|VnExpress.net|Báo VnExpress|www.vnexpress.net",
        "日经中文网|Ri Jing Zhong Wen Wang|Nikkei|日本経済新聞|Nikkei Asia",
        "联合早报|聯合早報|Lian He Zao Bao|Zaobao",
    })
    void namesOfOneOutlet_shareOneKey(String names) {
        Set<String> keys = new HashSet<>();
        for (String n : names.split("\\|")) {
            keys.add(Outlets.key(n));
        }
        assertEquals(1, keys.size(), names + " → " + keys);
    }

    @Test
    void differentOutlets_stayApart_evenWhenTheyShareAChannelWord() {
        List<String> outlets = List.of("搜狐财经", "新浪财经", "金融界", "财经", "第一财经", "中国新闻网", "中国日报网",
                "券商中国", "上海证券报", "Tuổi Trẻ", "Thanh Niên", "Asia Times", "The Japan Times");
        Set<String> keys = new HashSet<>();
        outlets.forEach(o -> keys.add(Outlets.key(o)));
        assertEquals(outlets.size(), keys.size(), keys.toString());
        assertNotEquals(Outlets.key("Bloomberg"), Outlets.key("Bloomberg Law News Wire Asia"));
    }

    @Test
    void oneOutletWrittenTwoWays_disagreesWithinItself_notBetweenOutlets(@TempDir Path tmp) {
        try (FactStore store = FactStore.open(tmp, null)) {
            Stated.article(store, "zh", "搜狐财经", "2026-01-20", Stated.share("CN", "mining", "REE", "WORLD", 60, "2025"));
            Stated.article(store, "en", "Sou Hu Cai Jing", "2026-01-21", Stated.share("CN", "mining", "REE", "WORLD", 70, "2025"));
            assertEquals(List.of(Conflict.Kind.WITHIN_OUTLET), kinds(store));
            Stated.article(store, "wire", "Reuters", "2026-01-22", Stated.share("CN", "mining", "REE", "WORLD", 69, "2025"));
            assertEquals(List.of(Conflict.Kind.BETWEEN_OUTLETS), kinds(store));
        }
    }

    private static List<Conflict.Kind> kinds(FactStore store) {
        return ConflictFinder.find(store, FactFilter.ALL).stream().map(Conflict::kind).toList();
    }

    @Test
    void noName_isNoOutlet_andTheArticleCountsAsItsOwn() {
        assertNull(Outlets.key(null));
        assertNull(Outlets.key("  "));
        FactRow unnamed = new FactRow(Stated.trade("REE", "CN", "US", 1, "2025-10"), " ", null, List.of());
        assertEquals("article ", unnamed.outlet());
    }
}
