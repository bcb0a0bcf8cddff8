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
