package dev.monazite.cli;

import dev.monazite.article.Json;
import dev.monazite.store.Correction;
import dev.monazite.store.FactRow;
import dev.monazite.store.FactStore;
import dev.monazite.store.Review;
import dev.monazite.views.Views;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code monazite fact show|confirm|correct|reject|history|export|import}: an analyst's word on one
 * fact, kept in the store by the fact's id so it holds across reextract and re-ingest, and used by
 * every view.
 */
@Command(name = "fact", mixinStandardHelpOptions = true,
        description = "Confirm, correct or reject one fact by its id (the id column of `facts`). Every view then "
                + "uses the corrected facts. Corrections are kept in the store, survive reextract and re-"
                + "ingest, and export and import as JSONL.",
        subcommands = {FactCommand.Show.class, FactCommand.Confirm.class, FactCommand.Correct.class,
                FactCommand.Reject.class, FactCommand.History.class, FactCommand.Export.class, FactCommand.Import.class})
final class FactCommand implements Runnable {
    @ParentCommand
    Main main;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Who is making the correction: --by, else the OS user. */
    static String author(String by) {
        return by != null && !by.isBlank() ? by : System.getProperty("user.name", "unknown");
    }

    static void print(PrintStream out, FactRow r) throws Exception {
        out.println(Json.MAPPER.writeValueAsString(Views.fact(r)));
    }

    /** The options a verdict takes: the fact, a note and who says it. */
    abstract static class Verdict implements Callable<Integer> {
        @ParentCommand
        FactCommand parent;

        @Parameters(paramLabel = "ID", description = "The fact's id, as `monazite facts` lists it.")
        String id;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why, in a few words; kept with the correction.")
        String note;

        @Option(names = "--by", paramLabel = "NAME", description = "Who makes it (default: the OS user).")
        String by;

        abstract Review.Verdict verdict();

        Map<String, String> changes() {
            return Map.of();
        }

        @Override
        public Integer call() throws Exception {
            Map<String, String> changes = changes();
            try (FactStore store = Components.openStore(parent.main)) {
                FactRow r = store.review(id, verdict(), changes, note, author(by));
                System.err.println("fact " + id + " " + verdict().id() + " by " + r.review().author()
                        + "; every view now uses it");
                print(System.out, r);
            }
            return 0;
        }
    }

    /** {@code fact confirm ID}. */
    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Confirm that a fact reads its sentence right; a confirmed figure may update the chain model.")
    static final class Confirm extends Verdict {
        @Override
        Review.Verdict verdict() {
            return Review.Verdict.CONFIRMED;
        }
    }

    /** {@code fact reject ID}. */
    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject a fact that misreads its sentence; no view shows it again, the article page marks it.")
    static final class Reject extends Verdict {
        @Override
        Review.Verdict verdict() {
            return Review.Verdict.REJECTED;
        }
    }

    /** {@code fact correct ID --set field=value ...}. */
    @Command(name = "correct", mixinStandardHelpOptions = true,
            description = "Correct some fields of a fact; the extracted values are kept beside the corrected ones. "
                    + "Example: fact correct 3f9a0c1d2e4b-7c1e9a20 --set subject=CN --set value=70.")
    static final class Correct extends Verdict {
        @Option(names = "--set", paramLabel = "FIELD=VALUE", required = true,
                description = "A field and its right value (FACTS.md names: subject, metric, commodity, scope, exporter, "
                        + "importer, actor, action, target, value, value_min, value_max, unit, date, ...); "
                        + "FIELD= removes an optional field. Repeatable.")
        Map<String, String> set = new LinkedHashMap<>();

        @Override
        Review.Verdict verdict() {
            return Review.Verdict.CORRECTED;
        }

        @Override
        Map<String, String> changes() {
            return set;
        }
    }

    /** {@code fact show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print one fact as JSON, with its review if an analyst made one.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        FactCommand parent;

        @Parameters(paramLabel = "ID", description = "The fact's id, as `monazite facts` lists it.")
        String id;

        @Override
        public Integer call() throws Exception {
            try (FactStore store = Components.openStore(parent.main)) {
                FactRow r = store.fact(id).orElseThrow(() -> new IllegalArgumentException("no stored fact has the id '"
                        + id + "'; list ids with `monazite facts`"));
                print(System.out, r);
            }
            return 0;
        }
    }

    /** {@code fact history [ID]}. */
    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "List the corrections made, oldest first: all of them, or those of one fact.")
    static final class History implements Callable<Integer> {
        @ParentCommand
        FactCommand parent;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "Only this fact's corrections.")
        String id;

        @Mixin
        OutputFormat output;

        @Override
        public Integer call() throws Exception {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (FactStore store = Components.openStore(parent.main)) {
                for (Map.Entry<Correction, String> c : store.corrections()) {
                    if (id == null || id.equals(c.getKey().factId())) {
                        rows.add(Views.correction(c.getKey(), c.getValue()));
                    }
                }
            }
            if (output.isTable()) {
                rows.forEach(r -> System.out.println(r.get("at") + "  " + r.get("by") + "  " + r.get("verdict") + "  " + r.get("fact")
                        + " (" + r.get("type") + ")" + (r.containsKey("changes") ? "  " + r.get("changes") : "")
                        + (r.containsKey("note") ? "  — " + r.get("note") : "") + "\n    “" + r.get("evidence") + "”"));
                System.out.println(rows.size() + " correction(s)");
            } else {
                output.print(rows, List.of("fact", "type", "verdict", "changes", "note", "by", "at", "evidence"));
            }
            return 0;
        }
    }

    /** {@code fact export [--output FILE]}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write every correction as JSONL (to standard output, or a file), for a colleague to import.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        FactCommand parent;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
        Path output;

        @Override
        public Integer call() throws Exception {
            List<String> lines = new ArrayList<>();
            try (FactStore store = Components.openStore(parent.main)) {
                for (Map.Entry<Correction, String> c : store.corrections()) {
                    lines.add(Json.MAPPER.writeValueAsString(Views.correction(c.getKey(), c.getValue())));
                }
            }
            if (output == null) {
                lines.forEach(System.out::println);
            } else {
                Files.write(output, lines, StandardCharsets.UTF_8);
                System.err.println(lines.size() + " correction(s) written to " + output);
            }
            return 0;
        }
    }

    /** {@code fact import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the corrections of a JSONL file written by `fact export`; ones already held are "
                    + "skipped, and a bad line is reported by its number while the others are imported.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        FactCommand parent;

        @Parameters(paramLabel = "FILE", description = "A JSONL file of corrections.")
        Path file;

        @Override
        public Integer call() throws Exception {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new IllegalArgumentException(file + " is not UTF-8 text; export writes UTF-8 JSONL");
            }
            Views.CorrectionFile read = Views.readCorrections(lines);
            read.refused().forEach(r -> System.err.println(file + ":" + r.line() + ": skipped: " + r.reason()));
            int added;
            try (FactStore store = Components.openStore(parent.main)) {
                added = store.importCorrections(read.read());
            }
            int bad = read.refused().size();
            System.err.println(file + ": " + added + " correction(s) added, " + (read.read().size() - added)
                    + " already held" + (bad > 0 ? ", " + bad + " line(s) refused (see above)" : ""));
            return bad > 0 ? 1 : 0;
        }
    }
}
