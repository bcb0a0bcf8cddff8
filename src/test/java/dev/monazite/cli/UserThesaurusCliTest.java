package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A concept added in DATA/thesaurus.tsv bridges languages for ingest and search, without a rebuild. */
class UserThesaurusCliTest {
    @Test
    void aUserConcept_findsTheStoryInAnotherLanguage(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("zh.txt"), "内蒙古启动绿氢示范项目\n新华社· 2025-10-09 10:00\n\n"
                + "内蒙古宣布启动一批绿氢示范项目,配套建设电解槽工厂。\n");
        Files.writeString(in.resolve("en.txt"), "Port upgrades planned\nWire Alpha· 2025-10-10 09:00\n\n"
                + "The port authority announced new cranes and a longer quay.\n");
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        CliEndToEndTest.Run before = search(data, in, "green hydrogen");
        assertTrue(before.out().contains("no matches"), before.toString());

        Files.writeString(data.resolve("thesaurus.tsv"), "green_hydrogen\tgreen hydrogen\t绿氢\t綠氫\thydro xanh\tグリーン水素\n");
        assertEquals(0, CliEndToEndTest.run("ingest", "--quiet", "--data", data.toString(), in.toString()).exit());
        for (String query : new String[] {"green hydrogen", "hydro xanh", "グリーン水素"}) {
            CliEndToEndTest.Run after = CliEndToEndTest.run("search", query, "--data", data.toString());
            assertTrue(after.out().contains("内蒙古启动绿氢示范项目"), query + ": " + after);
        }
    }

    private static CliEndToEndTest.Run search(Path data, Path in, String query) {
        assertEquals(0, CliEndToEndTest.run("ingest", "--quiet", "--data", data.toString(), in.toString()).exit());
        return CliEndToEndTest.run("search", query, "--data", data.toString());
    }
}
