package dev.monazite.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
    private static final Lexicon LEX = Lexicon.bundled();

    /** Ids found in the text, in order. */
    private static List<String> ids(String text) {
        return LEX.find(text).stream().map(m -> m.entity().id()).toList();
    }

    private static Set<String> idSet(Lexicon lex, String text) {
        return lex.find(text).stream().map(m -> m.entity().id()).collect(Collectors.toSet());
    }

    // ---- cross-script and languages

    @Test
    void find_traditionalName_matchesSameEntity() {
        assertEquals(List.of("Dy"), ids("鏑"));
        assertEquals(List.of("Dy"), ids("镝"));
        assertEquals(List.of("NdFeB-magnet"), ids("釹鐵硼"));
        assertEquals(List.of("EU"), ids("歐盟"));
    }

    @Test
    void find_everyLanguage_sameEntity() {
        for (String s : List.of("Japan", "日本", "Nhật Bản", "ジャパン")) {
            assertEquals(List.of("JP"), ids(s), s);
        }
        for (String s : List.of("dysprosium", "镝", "鏑", "dysprosi", "ジスプロシウム", "Dy")) {
            assertEquals(List.of("Dy"), ids(s), s);
        }
        for (String s : List.of("Northern Rare Earth", "北方稀土", "Bắc Phương Hiếm", "600111")) {
            assertEquals(List.of("Northern Rare Earth"), ids(s), s);
        }
        for (String s : List.of("rare earths", "稀土", "đất hiếm", "レアアース", "rare-earth")) {
            assertEquals(List.of("REE"), ids(s), s);
        }
    }

    @Test
    void find_vietnameseCountries_mapToIsoCodes() {
        assertEquals(List.of("CN", "US", "JP"), ids("Trung Quốc, Mỹ và Nhật Bản"));
        assertEquals(List.of("US"), ids("Hoa Kỳ"));
    }

    // ---- longest match

    @Test
    void find_prndOxide_longestWinsOverElements() {
        assertEquals(List.of("PrNd-oxide"), ids("氧化镨钕价格上涨"));
        assertEquals(List.of("PrNd-oxide"), ids("giá oxit praseodymium-neodymium"));
        assertEquals(List.of("PrNd-metal"), ids("praseodymium-neodymium kim loại"));
    }

    @Test
    void find_reeMagnet_longestWinsOverRee() {
        assertEquals(List.of("REE-magnet"), ids("稀土永磁"));
        assertEquals(List.of("REE-magnet"), ids("rare earth magnets"));
        assertEquals(List.of("HREE"), ids("中重稀土"));
    }

    @Test
    void find_chinaRareEarthGroup_beatsChinaAndCompany() {
        assertEquals(List.of("China Rare Earth Group"), ids("中国稀土集团"));
    }

    // ---- boundaries and case

    @Test
    void find_usInsideWord_noMatch() {
        assertEquals(List.of(), ids("a bonus for us"));
        assertEquals(List.of("US"), ids("the US and"));
        assertEquals(List.of("US"), ids("the U.S. said"));
    }

    @Test
    void find_lowercaseUs_noMatch() {
        assertEquals(List.of(), ids("tell us more"));
    }

    @Test
    void find_symbolInsideWord_noMatch() {
        assertEquals(List.of(), ids("Coordinate the Latin text, Gas and Gadgets"));
    }

    @Test
    void find_elementSymbol_onlyCaseExact() {
        assertEquals(List.of("Dy", "Tb"), ids("Dy and Tb prices"));
        assertEquals(List.of(), ids("DY TB nd"));
    }

    @Test
    void find_chemicalCombo_matchesWhole() {
        assertEquals(List.of("NdFeB-magnet"), ids("NdFeB"));
        assertEquals(List.of("PrNd"), ids("PrNd"));
    }

    @Test
    void find_englishPlural_extendsMention() {
        String t = "rare earths and magnets";
        List<Mention> m = LEX.find(t);
        assertEquals("rare earths", m.get(0).text(t));
    }

    @Test
    void find_vietnameseMyInsideWord_noMatch() {
        assertEquals(List.of(), ids("thẩm mỹ và mỹ phẩm"));
        assertEquals(List.of(), ids("khách du lịch Nam Mỹ"));
    }

    // ---- CJK traps

    @Test
    void find_singleMei_isNotUs() {
        assertEquals(List.of(), ids("美丽的风景"));
        assertEquals(List.of("US"), ids("美国"));
    }

    @Test
    void find_zhongMei_isTwoMentions() {
        String t = "中美关系";
        List<Mention> m = LEX.find(t);
        assertEquals(2, m.size());
        assertEquals("CN", m.get(0).entity().id());
        assertEquals("中", m.get(0).text(t));
        assertEquals("US", m.get(1).entity().id());
        assertEquals("美", m.get(1).text(t));
    }

    @Test
    void find_zhongOuAndZhongRi_areTwoMentions() {
        assertEquals(List.of("CN", "EU"), ids("中欧合作"));
        assertEquals(List.of("CN", "JP"), ids("中日关系"));
    }

    @Test
    void find_singleRi_isNotJapan() {
        assertEquals(List.of(), ids("今日新闻，日益增长"));
        assertEquals(List.of("JP"), ids("赴日旅游"));
    }

    @Test
    void find_zhongEndingPhrase_isNotChina() {
        assertEquals(List.of("US"), ids("在贸易战中美国损失惨重"));
        assertEquals(List.of("JP"), ids("其中日本占比"));
    }

    @Test
    void find_centralAmerica_isNotChinaUs() {
        assertEquals(List.of(), ids("中美洲国家"));
    }

    @Test
    void find_woGuo_isChina() {
        assertEquals(List.of("CN", "REE"), ids("我国稀土出口"));
    }

    @Test
    void find_zhongguoXitu_companyInListButChinaPlusReeInPhrase() {
        assertEquals(List.of("Northern Rare Earth", "China Rare Earth Resources and Technology"),
                ids("北方稀土、中国稀土涨幅超过5%"));
        assertEquals(List.of("CN", "REE"), ids("中国稀土产业链"));
    }

    @Test
    void find_visitChina_marksHuaAsChina() {
        String t = "特朗普访华";
        List<Mention> m = LEX.find(t);
        assertEquals(List.of("Trump", "CN"), m.stream().map(x -> x.entity().id()).toList());
        assertEquals("华", m.get(1).text(t));
    }

    @Test
    void find_inWashington_isUsNotChina() {
        assertEquals(List.of("US"), ids("在华盛顿召开"));
    }

    // ---- offsets

    @Test
    void find_fullWidthText_offsetsPointAtOriginal() {
        String t = "欧洲和ＥＵ以及Ｄｙ";
        List<Mention> m = LEX.find(t);
        assertEquals(List.of("EU", "EU", "Dy"), m.stream().map(x -> x.entity().id()).toList());
        assertEquals("ＥＵ", m.get(1).text(t));
        assertEquals("Ｄｙ", m.get(2).text(t));
    }

    @Test
    void find_mixedText_offsetsPointAtOriginal() {
        String t = "Lynas (莱纳斯) ships to Estonia.";
        for (Mention m : LEX.find(t)) {
            assertEquals(m.entity(), LEX.lookup(m.text(t)).orElseThrow(), m.text(t));
        }
        assertEquals(List.of("Lynas", "Lynas", "EE"), ids(t));
    }

    // ---- lookup and byId

    @Test
    void lookup_anyNameAnyCase_findsEntity() {
        assertEquals("US", LEX.lookup("Hoa Kỳ").orElseThrow().id());
        assertEquals("US", LEX.lookup("united states").orElseThrow().id());
        assertEquals("Dy", LEX.lookup("鏑").orElseThrow().id());
        assertEquals("Project Vault", LEX.lookup("金库计划").orElseThrow().id());
        assertEquals("Y", LEX.lookup("Y").orElseThrow().id());
        assertEquals("EU", LEX.lookup("EU").orElseThrow().id());
        assertEquals("Eu", LEX.lookup("Eu").orElseThrow().id());
        assertTrue(LEX.lookup("no such thing").isEmpty());
    }

    @Test
    void byId_canonicalIds_resolve() {
        for (String id : List.of("CN", "US", "EU", "G7", "WORLD", "PrNd-oxide", "NdFeB-magnet", "REE-magnet",
                "critical-minerals", "MOFCOM", "DoD", "Project Vault", "CRMA", "humanoid_robot", "Lynas",
                "China Rare Earth Resources and Technology", "JL Mag", "eVAC")) {
            assertTrue(LEX.byId(id).isPresent(), id);
        }
        assertEquals(Kind.PLACE, LEX.byId("G7").orElseThrow().kind());
    }

    @Test
    void entities_allSeventeenRareEarthElements_present() {
        for (String s : "La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Y Sc".split(" ")) {
            assertEquals(Kind.ELEMENT, LEX.byId(s).orElseThrow().kind(), s);
        }
        assertTrue(LEX.entities().size() > 150);
    }

    // ---- user file

    @Test
    void load_userFile_addsEntityAndNames(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lexicon.tsv"), String.join("\n",
                "id\tkind\ten\tzh_hans\tzh_hant\tvi\tja\taliases",
                "# a comment",
                "Acme Magnets\tcompany\tAcme Magnets\t顶点磁材\t\t\t\tAcme",
                "Lynas\tcompany\t\t\t\t\t\tLynas Malaysia|LAMP"), StandardCharsets.UTF_8);
        Lexicon lex = Lexicon.load(dir);
        assertEquals(Set.of("Acme Magnets", "Lynas"), idSet(lex, "顶点磁材 and LAMP"));
        assertTrue(lex.byId("Lynas").orElseThrow().names().contains("LAMP"));
        assertTrue(lex.byId("Lynas").orElseThrow().names().contains("莱纳斯"));
    }

    @Test
    void load_noUserFile_isBundled(@TempDir Path dir) {
        assertEquals(LEX.entities().size(), Lexicon.load(dir).entities().size());
    }

    @Test
    void load_malformedUserLine_namesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("lexicon.tsv");
        Files.writeString(f, "id\tkind\ten\tzh_hans\tzh_hant\tvi\tja\taliases\nAcme\tcompany\tAcme\t\t\t\t\t\n"
                + "Bad\tcountry\tBad\t\t\t\t\t\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown kind 'country'"), e.getMessage());
    }

    @Test
    void load_userLineWithTooFewColumns_isRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lexicon.tsv"), "Acme\tcompany\tAcme\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains("line 1: expected 8"), e.getMessage());
    }

    @Test
    void load_userLineChangingKind_isRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lexicon.tsv"), "CN\tcompany\t\t\t\t\t\tChina Inc\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains("already exists with kind place"), e.getMessage());
    }

    @Test
    void entity_names_areImmutable() {
        Entity e = LEX.byId("CN").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> e.names().add("x"));
        assertFalse(e.names().isEmpty());
    }
}
