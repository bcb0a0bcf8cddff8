package dev.monazite.cli;

import static dev.monazite.cli.CliEndToEndTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's cue words in DATA/cues change what ingest and reextract read, through the command line. */
class UserCuesCliTest {
    @Test
    void userCueFile_reextract_readsTheNewWord(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("note.txt"), "Oxide prices ballooned 14% from a year earlier, traders said.\n");
        Path data = tmp.resolve("data");
        assertEquals(0, run("ingest", "--quiet", "--data", data.toString(), in.toString()).exit());
        assertFalse(run("facts", "--data", data.toString(), "--format", "jsonl").out().contains("\"change\""));

        Files.createDirectories(data.resolve("cues"));
        Files.writeString(data.resolve("cues/change.en.tsv"), "direction\trise\tballoon\n");
        CliEndToEndTest.Run re = run("reextract", "--data", data.toString());
        assertEquals(0, re.exit(), re.toString());
        CliEndToEndTest.Run facts = run("facts", "--data", data.toString(), "--format", "jsonl");
        assertTrue(facts.out().contains("\"type\":\"change\"") && facts.out().contains("14"), facts.toString());
    }

    @Test
    void malformedUserCueFile_oneLineNamingFileAndLine(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.createDirectories(data.resolve("cues"));
        Files.writeString(data.resolve("cues/change.en.tsv"), "direction only\n");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("note.txt"), "Prices rose 3% from a year earlier.\n");
        CliEndToEndTest.Run r = run("ingest", "--quiet", "--data", data.toString(), in.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("change.en.tsv:1"), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());
    }
}
