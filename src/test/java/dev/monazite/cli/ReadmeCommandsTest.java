package dev.monazite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands README.md shows, so it cannot drift from the program: every {@code bin/monazite}
 * command and option in its code blocks exists, and the cheap read-only ones run on the samples.
 */
class ReadmeCommandsTest {
    // Views that read a data directory in seconds; ingest, bench, serve and demo are run by their own tests.
    private static final Set<String> CHEAP = Set.of("facts", "conflicts", "timeline", "series", "search", "entity", "chain");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*)");

    @TempDir
    Path tmp;

    /** The lines of README's fenced code blocks that run bin/monazite, without a "$ " prompt or a comment. */
    static List<String> commandLines() throws Exception {
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        for (String line : Files.readAllLines(Paths.get("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock) {
                String l = line.strip().replaceFirst("^\\$ ", "");
                if (l.startsWith("bin/monazite")) {
                    out.add(l.replaceFirst("\\s+#.*$", "").strip());
                }
            }
        }
        return out;
    }

    @Test
    void readme_showsCommands() throws Exception {
        assertTrue(commandLines().size() > 20, commandLines().toString());
    }

    @Test
    void everyCommandAndOptionShown_existsInTheProgram() throws Exception {
        CommandSpec root = new CommandLine(new Main()).getCommandSpec();
        List<String> wrong = new ArrayList<>();
        for (String line : commandLines()) {
            CommandSpec parent = root;
            // "conflicts | timeline | series COMMODITY", "fact confirm|correct|reject ID | show ID": alternatives
            // "(--workflow NAME | --query Q)" is one command's choice of options, not two commands
            String flat = line.replaceAll("\\(([^)]*)\\)", "$1").replaceAll("(--\\S+ \\S+) \\| (--)", "$1 $2");
            for (String segment : flat.replaceFirst("^bin/monazite\\s*", "").split(" \\| ")) {
                String[] words = segment.strip().split("\\s+");
                if (words[0].isEmpty() || words[0].startsWith("-")) {
                    check(root, segment, line, wrong);
                    continue;
                }
                CommandSpec base = parent.subcommands().containsKey(words[0].split("\\|")[0]) && parent != root
                        ? parent : root;
                for (String name : words[0].split("\\|")) {
                    CommandLine sub = base.subcommands().get(name);
                    if (sub == null) {
                        wrong.add(line + ": no command '" + name + "'");
                        continue;
                    }
                    CommandSpec spec = sub.getCommandSpec();
                    if (words.length > 1 && spec.subcommands().containsKey(words[1].split("\\|")[0])) {
                        for (String second : words[1].split("\\|")) {
                            CommandLine s2 = spec.subcommands().get(second);
                            if (s2 == null) {
                                wrong.add(line + ": no command '" + name + " " + second + "'");
                            } else {
                                check(s2.getCommandSpec(), segment, line, wrong);
                            }
                        }
                    } else {
                        check(spec, segment, line, wrong);
                    }
                    if (base == root) {
                        parent = spec;
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "README commands the program does not have");
    }

    private static void check(CommandSpec spec, String segment, String line, List<String> wrong) {
        Matcher m = OPTION.matcher(segment);
        while (m.find()) {
            if (spec.findOption(m.group(1)) == null) {
                wrong.add(line + ": '" + spec.qualifiedName() + "' has no option " + m.group(1));
            }
        }
    }

    @Test
    void cheapReadOnlyCommands_runOnTheSamples() throws Exception {
        Path data = tmp.resolve("data");
        CliEndToEndTest.Run ingest = CliEndToEndTest.run("ingest", "--quiet", "--data", data.toString(), "samples");
        assertEquals(0, ingest.exit(), ingest.toString());
        int ran = 0;
        for (String line : commandLines()) {
            List<String> args = words(line.replaceFirst("\\s[12]?>.*$", ""));
            args.remove(0);
            boolean placeholder = args.stream().anyMatch(a -> a.matches("[A-Z_]{1,12}|\\[.*|.*\\]|\\|"));
            if (args.isEmpty() || !CHEAP.contains(args.get(0)) || placeholder) {
                continue;
            }
            int at = args.indexOf("--data");
            if (at >= 0) {
                args.set(at + 1, data.toString());
            } else {
                args.add("--data=" + data);
            }
            if (args.contains("--output")) {
                args.set(args.indexOf("--output") + 1, tmp.resolve("out-" + ran).toString());
            }
            CliEndToEndTest.Run r = CliEndToEndTest.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), line + "\n" + r);
            assertFalse(r.err().contains("internal error"), line + "\n" + r);
            ran++;
        }
        assertTrue(ran >= 8, "ran " + ran + " README commands");
    }

    // Words as a POSIX shell splits them, for the quoting README uses: '...' and "..." (no escapes).
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || !w.isEmpty()) {
                    out.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
            }
        }
        if (any || !w.isEmpty()) {
            out.add(w.toString());
        }
        return out;
    }
}
