package dev.monazite.cli;

import dev.monazite.article.Json;
import dev.monazite.workflow.Workflow;
import dev.monazite.workflow.WorkflowBook;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code monazite workflow add|list|show|remove}: named saved searches that digests run. */
@Command(name = "workflow", mixinStandardHelpOptions = true,
        description = "Named saved searches (query, entities, languages, sources, window) kept in "
                + "DATA/workflows.json. Shipped defaults: 稀土, 稀土产业链, 钕铁硼永磁体, 出口管制.",
        subcommands = {WorkflowCommand.Add.class, WorkflowCommand.List_.class, WorkflowCommand.Show.class,
                WorkflowCommand.Remove.class})
final class WorkflowCommand implements Runnable {
    @ParentCommand
    Main main;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    WorkflowBook book() {
        return WorkflowBook.open(main.dataDir());
    }

    /** {@code workflow add NAME --query Q ...}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Save a workflow.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        WorkflowCommand parent;

        @Parameters(paramLabel = "NAME", description = "The workflow's name.")
        String name;

        @Option(names = "--query", paramLabel = "Q", description = "Search query, as 'monazite search' reads it.")
        String query;

        @Option(names = "--entity", paramLabel = "E", description = "An entity (id or any name) every article must name; repeatable.")
        List<String> entities = new ArrayList<>();

        @Option(names = "--lang", paramLabel = "L", description = "Keep only articles in this language (zh-Hans, en, vi, ...); repeatable.")
        List<String> langs = new ArrayList<>();

        @Option(names = "--source", paramLabel = "S", description = "Keep only stories carried by an outlet whose name contains S; repeatable.")
        List<String> sources = new ArrayList<>();

        @Option(names = "--days", paramLabel = "N", description = "Window: only the last N days (default: all time).")
        Integer days;

        @Option(names = "--replace", description = "Overwrite a workflow of the same name.")
        boolean replace;

        @Override
        public Integer call() {
            for (String lang : langs) {
                if (dev.monazite.index.SearchRequest.LANGUAGES.stream().noneMatch(lang::equalsIgnoreCase)) {
                    throw new IllegalArgumentException("unknown --lang '" + lang + "': use one of "
                            + String.join(", ", dev.monazite.index.SearchRequest.LANGUAGES));
                }
            }
            if (query != null) {
                dev.monazite.index.QuerySyntax.check(query);
            }
            List<String> ids = entities.stream().map(e -> Components.entityId(parent.main.dataDir(), e)).toList();
            Workflow w = new Workflow(name, query, ids, langs, sources, days);
            parent.book().add(w, replace);
            System.out.println("saved workflow " + w.name());
            return 0;
        }
    }

    /** {@code workflow list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the workflows.")
    static final class List_ implements Callable<Integer> {
        @ParentCommand
        WorkflowCommand parent;

        @Override
        public Integer call() {
            for (Workflow w : parent.book().list()) {
                System.out.println(w.name() + "\t" + describe(w));
            }
            return 0;
        }
    }

    /** {@code workflow show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print one workflow as JSON.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        WorkflowCommand parent;

        @Parameters(paramLabel = "NAME", description = "The workflow's name.")
        String name;

        @Override
        public Integer call() throws Exception {
            Workflow w = parent.book().require(name);
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    dev.monazite.views.Views.workflow(w)));
            return 0;
        }
    }

    /** {@code workflow remove NAME}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete a workflow and what it has shown.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        WorkflowCommand parent;

        @Parameters(paramLabel = "NAME", description = "The workflow's name.")
        String name;

        @Override
        public Integer call() {
            parent.book().remove(name);
            System.out.println("removed workflow " + name.strip());
            return 0;
        }
    }

    static String describe(Workflow w) {
        List<String> parts = new ArrayList<>();
        if (w.query() != null) {
            parts.add("query: " + w.query());
        }
        if (!w.entities().isEmpty()) {
            parts.add("entities: " + String.join(", ", w.entities()));
        }
        if (!w.langs().isEmpty()) {
            parts.add("langs: " + String.join(", ", w.langs()));
        }
        if (!w.sources().isEmpty()) {
            parts.add("sources: " + String.join(", ", w.sources()));
        }
        parts.add(w.days() == null ? "all time" : "last " + w.days() + " days");
        return String.join(" · ", parts);
    }
}
