package dev.monazite.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the matcher over the three sample files; every expectation was checked by reading the file. */
class CorpusTest {
    private static final Lexicon LEX = Lexicon.bundled();

    private static String read(String name) throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Surface text per id: lets a test say both "found" and "found under this spelling". */
    private static Map<String, Set<String>> found(String text) {
        return LEX.find(text).stream().collect(Collectors.groupingBy(m -> m.entity().id(),
                Collectors.mapping(m -> m.text(text), Collectors.toSet())));
    }

    private static void assertFound(Map<String, Set<String>> found, String id, String surface) {
        assertTrue(found.getOrDefault(id, Set.of()).contains(surface), id + " as '" + surface + "'; got " + found.get(id));
    }

    @Test
    void find_vietnameseSample_findsCompaniesPlacesAndCommodities() throws IOException {
        Map<String, Set<String>> f = found(read("000_396e3865240c3ffd.txt"));
        assertFound(f, "Northern Rare Earth", "Bắc Phương Hiếm");
        assertFound(f, "CN", "Trung Quốc");
        assertFound(f, "PrNd-oxide", "oxit praseodymium-neodymium");
        assertFound(f, "PrNd-metal", "praseodymium-neodymium kim loại");
        assertFound(f, "NdFeB-magnet", "nam châm vĩnh cửu neodymium-iron-boron");
        assertFound(f, "EV", "xe năng lượng mới");
        assertFound(f, "humanoid_robot", "robot hình người");
        assertFound(f, "wind_turbine", "điện gió");
        assertFound(f, "HREE", "đất hiếm trung và nặng");
        assertFound(f, "JL Mag", "Jinli Permanent Magnet");
        assertFound(f, "Ningbo Yunsheng", "Ningbo Yunsheng");
        assertFound(f, "Baotou Steel", "Baogang Steel");
        assertFound(f, "Huayuan Securities", "Chứng khoán Huayuan");
        assertFound(f, "Tesla", "Tesla");
        assertFound(f, "BYD", "BYD");
        assertFound(f, "critical-minerals", "khoáng sản quan trọng");
        assertFound(f, "Dy", "dysprosium");
    }

    @Test
    void find_englishSample_findsCompaniesPlacesAndCommodities() throws IOException {
        Map<String, Set<String>> f = found(read("001_b695fc786c29298c.txt"));
        assertFound(f, "Lynas", "Lynas");
        assertFound(f, "EE", "Estonia");
        assertFound(f, "EU", "European Union");
        assertFound(f, "US", "U.S.");
        assertFound(f, "KZ", "Kazakhstan");
        assertFound(f, "AU", "Australia");
        assertFound(f, "CA", "Canada");
        assertFound(f, "JP", "Japan");
        assertFound(f, "PrNd-oxide", "praseodymium and neodymium oxide");
        assertFound(f, "Northern Rare Earth", "北方稀土");
        assertFound(f, "graphite", "graphite");
        assertFound(f, "REE-magnet", "rare earth magnets");
        assertFound(f, "Tb", "terbium");
        assertFound(f, "C5+1", "C5+1");
    }

    @Test
    void find_chineseSample_findsCompaniesPlacesProgrammes() throws IOException {
        Map<String, Set<String>> f = found(read("002_5bd94ffeb5eaeb4d.txt"));
        assertFound(f, "Project Vault", "金库计划");
        assertFound(f, "Project Vault", "保险库计划");
        assertFound(f, "UN", "联合国");
        assertFound(f, "MM", "缅甸");
        assertFound(f, "Shenghe Resources", "盛和资源");
        assertFound(f, "China Rare Earth Resources and Technology", "中国稀土");
        assertFound(f, "Yunlu Advanced Materials", "云路股份");
        assertFound(f, "PrNd-oxide", "氧化镨钕");
        assertFound(f, "F-35", "F-35战机");
        assertFound(f, "nuclear_submarine", "核潜艇");
        assertFound(f, "CD", "刚果(金)");
        assertFound(f, "CN", "我国");
        assertFound(f, "US", "美");
        for (String id : List.of("JP", "EU", "AU", "MY", "RU", "UA", "TH", "TW", "Lynas", "MSP", "MFA")) {
            assertTrue(f.containsKey(id), id);
        }
    }

    @Test
    void find_chineseSample_singleCharsOnlyInsideCompounds() throws IOException {
        String text = read("002_5bd94ffeb5eaeb4d.txt");
        for (Mention m : LEX.find(text)) {
            if (m.text(text).length() == 1 && Set.of("中", "美", "日", "华", "欧").contains(m.text(text))) {
                String around = text.substring(Math.max(0, m.start() - 1), Math.min(text.length(), m.end() + 1));
                assertTrue(around.matches(".*(中美|美欧|欧美|中日|日韩|对华|访华|对美).*"), around);
            }
        }
    }
}
