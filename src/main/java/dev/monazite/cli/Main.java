package dev.monazite.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code monazite} command line: global options and the list of subcommands. */
@Command(name = "monazite", mixinStandardHelpOptions = true, version = "monazite 0.1.0",
        description = "Rare-earth industry news: ingest, deduplicate, search and extract facts.",
        subcommands = {IngestCommand.class, SearchCommand.class, ShowCommand.class, DemoCommand.class,
                BenchCommand.class, FactsCommand.class, ConflictsCommand.class, TimelineCommand.class,
                SeriesCommand.class, EntityCommand.class, ReextractCommand.class, ServeCommand.class,
                ChainCommand.class, ScenarioCommand.class, FactCommand.class, WorkflowCommand.class, DigestCommand.class, DoctorCommand.class,
                SourceCommand.class, CollectCommand.class,
                WatchCommand.class, AlertsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data directory (default: $MONAZITE_DATA, else ./monazite-data).")
    Path data;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Fact store database (default: $MONAZITE_DB, else embedded H2 under DATA/db), "
                    + "e.g. jdbc:postgresql://localhost/monazite?user=u&password=p.")
    String db;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print only errors and results.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Print a line for every file.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Lucene logs a hint about the incubating Vector API at start-up; users cannot act on it. The
    // logger is held here because java.util.logging keeps loggers only weakly.
    private static final java.util.logging.Logger VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");


    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns its exit status (for tests). What commands print goes
     * through {@link ControlEscaper}: no news text or file name can send escape sequences to the
     * terminal. picocli's own usage and messages (which hold only what the user typed) are not escaped.
     */
    public static int run(String... args) {
        VECTOR_LOG.setLevel(java.util.logging.Level.OFF);
        PrintStream out = System.out, err = System.err;
        System.setOut(ControlEscaper.wrap(out));
        System.setErr(ControlEscaper.wrap(err));
        try {
            CommandLine cli = new CommandLine(new Main());
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            cli.setExecutionExceptionHandler(Main::handle);
            cli.setParameterExceptionHandler(Main::badParameter);
            cli.registerConverter(java.time.LocalDate.class, Main::date);
            cli.registerConverter(Integer.class, Main::number);
            cli.registerConverter(int.class, Main::number);
            return cli.execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    String dbUrl() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("MONAZITE_DB");
        return env == null || env.isBlank() ? null : env;
    }

    Path dataDir() {
        if (data != null) {
            return data;
        }
        String env = System.getenv("MONAZITE_DATA");
        return env == null || env.isBlank() ? Paths.get("monazite-data") : Paths.get(env);
    }

    // A bad option or argument: one line naming it and where the help is, not the whole usage.
    private static int badParameter(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        cmd.getErr().println("monazite: " + message + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        return 2;
    }

    private static java.time.LocalDate date(String value) {
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: write YYYY-MM-DD, e.g. 2025-11-20");
        }
    }

    private static Integer number(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    // User and operating errors (bad arguments, missing files, a busy port, a full disk) print one
    // line saying what to do (Failures); anything else is a bug and keeps its trace.
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String line = Failures.explain(e);
        if (line != null) {
            System.err.println("monazite: " + line);
            return 2;
        }
        System.err.println("monazite: internal error (a bug: please report it with the lines below): " + e);
        e.printStackTrace(System.err);
        return 70;
    }
}
