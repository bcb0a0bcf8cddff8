package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.index.QuerySyntax;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every description `--help` shows, of every command, subcommand, option and argument, reads as a sentence. */
class HelpTextTest {
    @Test
    void everyDescription_startsWithACapitalAndEndsWithAFullStop() {
        List<String> bad = new ArrayList<>();
        walk(new CommandLine(new Main()).getCommandSpec(), bad);
        assertEquals(List.of(), bad, "descriptions that are not complete sentences");
    }

    // `monazite --help` lists each command with the first line of its header, else of its description:
    // that line must be a whole sentence, not a fragment cut at a line break of the source.
    @Test
    void commandList_showsEachCommandAsAWholeSentence() {
        List<String> bad = new ArrayList<>();
        CommandSpec main = new CommandLine(new Main()).getCommandSpec();
        main.subcommands().forEach((name, sub) -> {
            String[] header = sub.getCommandSpec().usageMessage().header();
            String[] description = sub.getCommandSpec().usageMessage().description();
            String[] shown = header.length > 0 ? header : description;
            check(name + " (in the command list)", shown.length == 0 ? new String[0] : new String[] {shown[0]}, bad);
        });
        assertEquals(List.of(), bad, "commands listed with a fragment");
    }

    @Test
    void searchHelp_listsEveryFieldTheQuerySyntaxAccepts() {
        CliEndToEndTest.Run r = CliEndToEndTest.run("search", "--help");
        assertEquals(0, r.exit(), r.toString());
        String help = r.out().replaceAll("\\s+", " ");
        for (String field : QuerySyntax.FIELDS) {
            assertTrue(help.contains(field + ":"), "search --help does not show " + field + ":\n" + r.out());
        }
    }

    private static void walk(CommandSpec spec, List<String> bad) {
        check(spec.qualifiedName(), spec.usageMessage().description(), bad);
        for (ArgSpec arg : spec.args()) {
            String name = arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
            check(spec.qualifiedName() + " " + name, arg.description(), bad);
        }
        spec.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct().forEach(s -> walk(s, bad));
    }

    private static void check(String where, String[] description, List<String> bad) {
        String text = String.join(" ", description).replace("%n", " ").strip();
        boolean sentence = !text.isEmpty() && !Character.isLowerCase(text.codePointAt(0))
                && text.matches("(?s).*[.!?]['\")]?");
        if (!sentence) {
            bad.add(where + ": " + text);
        }
    }
}
