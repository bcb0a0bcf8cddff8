package dev.monazite.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chain's firms and bodies outside China, heads of government, and the country a body stands
 * for: every script's name, the longest match over a city or country alias, and the traps of
 * short names. Sentences are written for these tests.
 */
class ChainEntitiesTest {
    private static final Lexicon LEX = Lexicon.bundled();

    private static List<String> ids(String text) {
        return LEX.find(text).stream().map(m -> m.entity().id()).toList();
    }

    // ---- names in every script

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', value = {
            "Shin-Etsu|Shin-Etsu", "Shin-Etsu|信越化学", "Shin-Etsu|信越化學", "Shin-Etsu|信越化学工業",
            "Proterial|Proterial", "Proterial|Hitachi Metals", "Proterial|日立金属", "Proterial|プロテリアル",
            "TDK|TDK",
            "Tokyo Electron|Tokyo Electron", "Tokyo Electron|东京电子", "Tokyo Electron|東京威力科創",
            "Tokyo Electron|東京エレクトロン",
            "Iluka|Iluka Resources", "Iluka|伊卢卡", "Iluka|伊盧卡",
            "Arafura|Arafura Rare Earths", "Arafura|阿拉弗拉",
            "Neo Performance|Neo Performance Materials",
            "Solvay|Solvay", "Solvay|索尔维", "Solvay|索爾維", "Solvay|ソルベイ",
            "USA Rare Earth|USA Rare Earth", "USA Rare Earth|美国稀土公司", "USA Rare Earth|美國稀土公司",
            "USA Rare Earth|USAレアアース",
            "Energy Fuels|Energy Fuels", "Energy Fuels|能源燃料公司", "Energy Fuels|エナジー・フュエルズ",
            "Vulcan Elements|Vulcan Elements", "Noveon|Noveon Magnetics",
            "Vietnam Rare Earth|VTRE", "Vietnam Rare Earth|Công ty Cổ phần Đất hiếm Việt Nam",
            "Vinacomin|Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", "Vinacomin|TKV", "Vinacomin|Vinacomin",
            "Daido Steel|大同特殊鋼", "Resonac|昭和電工", "Resonac|レゾナック", "Toyota Tsusho|豊田通商",
            "Nidec|ニデック", "Honda|ホンダ", "Nissan|日产汽车", "Hyundai|现代汽车", "SK Hynix|SK海力士",
            "Micron|美光", "Infineon|英飞凌", "Siemens Gamesa|西门子歌美飒", "Vestas|维斯塔斯",
            "Volkswagen|福斯汽車", "POSCO|浦项制铁", "KEXIM|韩国进出口银行", "JBIC|国際協力銀行",
            "MOTIE|産業通商資源部", "MOIT|Bộ Công Thương", "ERMA|European Raw Materials Alliance",
            "Ucore|Ucore Rare Metals", "Carester|Carester", "Less Common Metals|Less Common Metals",
            "Hastings|Hastings Technology Metals", "Ionic Rare Earths|Ionic Rare Earths"})
    void find_chainFirmInAnyScript_isThatFirm(String id, String surface) {
        assertEquals(List.of(id), ids(surface), surface);
    }

    // ---- the longest match beats a place alias

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Tokyo Electron shares rose 4% on Monday.|Tokyo Electron",
            "東京エレクトロンは新工場を発表した。|Tokyo Electron",
            "东京电子宣布扩产。|Tokyo Electron",
            "東京威力科創擴大在台投資。|Tokyo Electron",
            "Cổ phiếu Tokyo Electron tăng mạnh.|Tokyo Electron",
            "USA Rare Earth opened its magnet plant.|USA Rare Earth",
            "美国稀土公司宣布融资。|USA Rare Earth",
            "Energy Fuels shipped its first oxide.|Energy Fuels",
            "Australian Strategic Materials raised funds.|Australian Strategic Materials",
            "Toyota Tsusho signed a supply deal.|Toyota Tsusho",
            "丰田通商签署协议。|Toyota Tsusho",
            "POSCO International bought a stake.|POSCO International"})
    void find_companyNamedAfterAPlace_isTheCompany(String text, String id) {
        assertEquals(List.of(id), ids(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Prices in Tokyo fell.|JP", "东京的价格下跌。|JP", "東京の価格が下落した。|JP",
            "The USA imports magnets.|US", "Energy prices rose.|''", "Australian buyers paid more.|AU"})
    void find_placeAlone_isThePlace(String text, String id) {
        assertEquals(id.isEmpty() ? List.of() : List.of(id), ids(text), text);
    }

    @Test
    void find_placeAndCompanyInOneSentence_areBothFound() {
        assertEquals(List.of("JP", "Tokyo Electron"), ids("In Tokyo, Tokyo Electron said orders rose."));
        assertEquals(List.of("US", "REE", "USA Rare Earth"), ids("美国稀土进口增加,美国稀土公司受益。"));
        assertEquals(List.of("KEXIM", "EXIM"), ids("the Export-Import Bank of Korea and the Export-Import Bank"));
    }

    // ---- heads of government

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Trump signed the order on Wednesday.|Trump", "President Donald Trump signed the order.|Trump",
            "Trump's tariffs rose.|Trump", "特朗普表示将加征关税。|Trump", "川普宣布加徵關稅。|Trump",
            "Tổng thống Trump cho biết sẽ áp thuế.|Trump", "トランプ大統領は関税を発表した。|Trump",
            "Xi met the delegation.|Xi Jinping", "President Xi Jinping spoke.|Xi Jinping",
            "习近平会见代表团。|Xi Jinping", "習近平會見代表團。|Xi Jinping", "Chủ tịch Tập Cận Bình phát biểu.|Xi Jinping",
            "Takaichi said Japan would act.|Takaichi", "Prime Minister Sanae Takaichi said so.|Takaichi",
            "高市早苗表示。|Takaichi", "高市表示将采取措施。|Takaichi", "高市首相は述べた。|Takaichi",
            "Albanese announced a reserve.|Albanese", "阿尔巴尼斯宣布。|Albanese", "艾班尼斯宣布。|Albanese",
            "von der Leyen said the bloc would act.|von der Leyen", "冯德莱恩表示。|von der Leyen",
            "范德賴恩表示。|von der Leyen",
            "Li Qiang chaired the meeting.|Li Qiang", "李强主持会议。|Li Qiang",
            "Lee Jae-myung visited Washington's rival.|Lee Jae-myung",
            "Modi approved the plan.|Modi", "莫迪批准计划。|Modi",
            "Putin spoke.|Putin", "普京表示。|Putin", "Biden signed the act.|Biden", "拜登签署法案。|Biden",
            "Ishiba met the delegation.|Ishiba", "石破茂表示。|Ishiba"})
    void find_headOfGovernment_isALeaderBody(String text, String id) {
        Entity e = LEX.find(text).get(0).entity();
        assertEquals(id, e.id(), text);
        assertEquals(Kind.BODY, e.kind(), text);
        assertTrue(e.country() != null, text);
    }

    @Test
    void find_xiTrumpDeal_isTwoLeaders() {
        assertEquals(List.of("Xi Jinping", "Trump"), ids("after the Xi-Trump deal"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Xi măng và thép đều tăng giá.", "Giá xi măng tăng.", "Plants near Xi'an reopened.", "Chapter XI of the code",
            "Xiamen Tungsten is in Xiamen.", "He played his trump card.", "trumped-up charges",
            "Các modi khác nhau", "该公司拥有较高市场份额。", "高市盈率的股票", "提高市民收入", "高市长出席会议。"})
    void find_shortLeaderNameInsideOtherWords_isNoLeader(String text) {
        for (Mention m : LEX.find(text)) {
            assertTrue(m.entity().country() == null, text + " -> " + m.entity().id());
        }
    }

    // ---- country

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "JOGMEC, JP", "METI, JP", "JBIC, JP", "KEXIM, KR", "KOMIR, KR", "MOTIE, KR", "Export Finance Australia, AU",
            "EXIM, US", "DFC, US", "DoD, US", "DOE, US", "Congress, US", "European Commission, EU", "ERMA, EU",
            "MOFCOM, CN", "GACC, CN", "MOIT, VN", "Project Vault, US", "CRMA, EU", "IRA, US",
            "Trump, US", "Biden, US", "Xi Jinping, CN", "Li Qiang, CN", "Takaichi, JP", "Ishiba, JP", "Albanese, AU",
            "von der Leyen, EU", "Lee Jae-myung, KR", "Modi, IN", "Putin, RU"})
    void country_governmentBodyProgrammeOrLeader_isItsCountry(String id, String country) {
        assertEquals(country, LEX.byId(id).orElseThrow().country());
    }

    @ParameterizedTest
    @CsvSource({"Lynas", "Tokyo Electron", "Goldman Sachs", "UN", "WTO", "JP", "US", "Dy", "REE"})
    void country_companyPlaceOrThing_isNull(String id) {
        assertNull(LEX.byId(id).orElseThrow().country());
    }

    @Test
    void entity_fourArgumentConstructor_standsForNoCountry() {
        Entity e = new Entity("Acme", Kind.COMPANY, "Acme", List.of("Acme"));
        assertNull(e.country());
        assertEquals("JP", new Entity("X", Kind.BODY, "X", List.of("X"), "JP").country());
        assertNull(new Entity("X", Kind.BODY, "X", List.of("X"), " ").country());
    }

    @Test
    void load_userLineWithCountry_setsIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lexicon.tsv"), String.join("\n",
                "id\tkind\ten\tzh_hans\tzh_hant\tvi\tja\taliases\tcountry",
                "Acme Agency\tbody\tAcme Agency\t\t\t\t\tAcme Agency\tAU",
                "Acme Magnets\tcompany\tAcme Magnets\t\t\t\t\t"), StandardCharsets.UTF_8);
        Lexicon lex = Lexicon.load(dir);
        assertEquals("AU", lex.byId("Acme Agency").orElseThrow().country());
        assertNull(lex.byId("Acme Magnets").orElseThrow().country());
    }

    @Test
    void load_countryThatIsNoPlace_isRejectedNamingIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lexicon.tsv"), "Acme Agency\tbody\tAcme Agency\t\t\t\t\t\tLynas\n",
                StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains("Acme Agency") && e.getMessage().contains("country Lynas"), e.getMessage());
    }

    @Test
    void load_userLineChangingCountry_isRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lexicon.tsv"), "JOGMEC\tbody\t\t\t\t\t\tJOGMEC Tokyo\tKR\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("already stands for JP"), e.getMessage());
    }

    @Test
    void load_tenthColumn_isRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lexicon.tsv"), "Acme\tcompany\tAcme\t\t\t\t\t\t\textra\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains("optional country"), e.getMessage());
    }
}
