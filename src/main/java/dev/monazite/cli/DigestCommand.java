package dev.monazite.cli;

import dev.monazite.digest.DigestFormat;
import dev.monazite.digest.DigestRequest;
import dev.monazite.digest.Digester;
import dev.monazite.digest.LlmClient;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.store.FactStore;
import dev.monazite.workflow.Workflow;
import dev.monazite.workflow.WorkflowBook;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite digest}: a workflow's (or a query's) stories with cited summaries and the period's facts. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        header = "Cited digest of the stories, newest first.",
        description = "Stories newest first, each with Core insights and theme groups whose bullets cite "
                + "paragraphs as [n] (the numbers 'monazite show ID' prints), under a header of the latest "
                + "figures, policy events and conflicting claims. Extractive by default; with "
                + "MONAZITE_LLM_URL and MONAZITE_LLM_MODEL set, a model rewrites the bullets and every "
                + "rewritten bullet is checked against the paragraphs it cites.")
final class DigestCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--workflow", paramLabel = "NAME", description = "A saved workflow ('monazite workflow list').")
        String workflow;

        @Option(names = "--query", paramLabel = "Q", description = "An ad-hoc query instead of a workflow.")
        String query;
    }

    @Option(names = "--since", paramLabel = "DATE", description = "Only articles published on or after DATE (YYYY-MM-DD).")
    String since;

    @Option(names = "--format", defaultValue = "md", description = "Write Markdown (md), html or json (default ${DEFAULT-VALUE}).")
    DigestFormat format;

    @Option(names = "--new", description = "Only stories this workflow has not shown before.")
    boolean onlyNew;

    @Option(names = "--lang", paramLabel = "L", description = "Language of model-written bullets (e.g. en); extractive bullets keep the article's language.")
    String lang;

    @Option(names = "--limit", defaultValue = "30", paramLabel = "N", description = "At most N stories (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        WorkflowBook book = WorkflowBook.open(main.dataDir());
        Workflow search = target.workflow != null ? book.require(target.workflow) : DigestRequest.adHoc(target.query);
        if (onlyNew && target.workflow == null) {
            throw new IllegalArgumentException("--new needs --workflow: only a workflow remembers what it has shown");
        }
        Set<String> skip = onlyNew ? book.shown(search.name()) : Set.of();
        DigestRequest request = new DigestRequest(target.workflow == null ? null : search.name(), search, date(since),
                limit, skip, lang);
        LlmClient llm = LlmClient.fromEnv(System.getenv()).orElse(null);
        Digester.Result result;
        try (ArticleSearcher searcher = Components.openSearcher(main.dataDir()); FactStore store = Components.openStore(main)) {
            result = new Digester(searcher, store, Components.lexicon(main.dataDir()), llm, Clock.systemDefaultZone())
                    .run(request);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(format.render(result.digest()));
        out.flush();
        if (target.workflow != null) {
            book.remember(search.name(), result.clusters());
        }
        return 0;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since '" + value + "' is not a date: write YYYY-MM-DD", e);
        }
    }
}
