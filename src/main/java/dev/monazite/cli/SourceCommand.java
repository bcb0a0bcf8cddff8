package dev.monazite.cli;

import dev.monazite.collect.Collector;
import dev.monazite.collect.FetchException;
import dev.monazite.collect.Kind;
import dev.monazite.collect.Source;
import dev.monazite.collect.Sources;
import dev.monazite.text.Texts;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code monazite source}: the feeds, sitemaps and listing pages `collect` polls. */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = "Manage the sources 'monazite collect' polls. A source is an RSS/Atom feed, a sitemap (news"
                + " sitemaps too) or a listing page with a CSS selector for its article links. Sources are "
                + "kept in the fact store, so a team on one PostgreSQL database shares them.",
        subcommands = {SourceCommand.Add.class, SourceCommand.ListSources.class, SourceCommand.Show.class,
                SourceCommand.Remove.class, SourceCommand.Test.class, SourceCommand.Resume.class})
final class SourceCommand implements Runnable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @ParentCommand
    Main main;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The source of that name. */
    static Source.Status find(Sources sources, String name) {
        return sources.find(name).orElseThrow(() -> new IllegalArgumentException("no source named '" + name
                + "': see 'monazite source list'"));
    }

    /** Where a source stands: new, ok, failing or paused, with its last error. */
    static String status(Source.Status s) {
        if (s.paused()) {
            return "paused after " + s.failures() + " failures: " + s.lastError();
        }
        if (s.failures() > 0) {
            return "failing (" + s.failures() + " in a row, retried with backoff): " + s.lastError();
        }
        return s.lastFetch() == null ? "new" : "ok";
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a source to collect from. Its kind is told from what the URL serves unless --kind "
                    + "gives it; a listing page needs --selector. The source is due at once.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        SourceCommand parent;

        @Parameters(index = "0", paramLabel = "NAME", description = "A short name for the source (letters, digits, '.', '_', '-').")
        String name;

        @Parameters(index = "1", paramLabel = "URL", description = "The address of the feed, sitemap or listing page (http or https).")
        String url;

        @Option(names = "--kind", paramLabel = "KIND", description = "Feed, sitemap or listing (default: told from the page).")
        String kind;

        @Option(names = "--selector", paramLabel = "CSS", description = "For a listing page: the CSS selector of its article links, e.g. 'article h2 a'.")
        String selector;

        @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "30m",
                description = "How often to poll it: a number and s, m, h or d (default ${DEFAULT-VALUE}; at least 1m).")
        String every;

        @Option(names = "--lang", paramLabel = "L", description = "The language the source writes in (zh-Hans, zh-Hant, en, vi), shown with it.")
        String lang;

        @Option(names = "--include", paramLabel = "WORDS", description = "Comma-separated words: ingest only articles naming one of them.")
        String include;

        @Option(names = "--exclude", paramLabel = "WORDS", description = "Comma-separated words: never ingest articles naming one of them.")
        String exclude;

        @Override
        public Integer call() throws Exception {
            Main main = parent.main;
            String checked = Source.name(name);
            Duration interval = Source.interval(every);
            URI uri = address(url);
            try (Sources sources = Sources.open(main.dataDir(), main.dbUrl())) {
                if (sources.find(checked).isPresent()) {
                    throw new IllegalArgumentException("a source named '" + checked + "' exists: remove it first "
                            + "('monazite source remove " + checked + "') or choose another name");
                }
                Kind k = kind != null ? Kind.parse(kind) : detect(main, sources, uri);
                if (k == Kind.LISTING && (selector == null || selector.isBlank())) {
                    throw new IllegalArgumentException(uri + " is a listing page (HTML): give the CSS selector of its "
                            + "article links with --selector, e.g. --selector 'article h2 a'");
                }
                Source s = new Source(checked, uri.toString(), k, k == Kind.LISTING ? selector : null, interval, lang,
                        Source.words(include), Source.words(exclude));
                sources.add(s, Instant.now());
                if (!main.quiet) {
                    System.out.println("added " + k.label() + " '" + checked + "' (" + uri + "), polled every "
                            + Source.label(interval) + "; 'monazite source test " + checked
                            + "' shows what it would ingest");
                }
                return 0;
            }
        }

        private static Kind detect(Main main, Sources sources, URI uri) throws java.io.IOException {
            try {
                return Collecting.collector(main, sources, line -> {}).detect(uri.toString());
            } catch (FetchException e) {
                throw new java.io.IOException("cannot tell the kind of source: " + e.getMessage()
                        + "; check the URL, or give --kind feed|sitemap|listing");
            }
        }
    }

    /** The URL as typed, checked: absolute http or https. */
    static URI address(String url) {
        try {
            URI u = new URI(url.strip());
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return u;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("URL '" + url + "' is not an http or https address, e.g. https://example.com/feed.xml");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sources with their kind, interval, last fetch and status.")
    static final class ListSources implements Callable<Integer> {
        @ParentCommand
        SourceCommand parent;

        @Override
        public Integer call() {
            try (Sources sources = Sources.open(parent.main.dataDir(), parent.main.dbUrl())) {
                List<Source.Status> all = sources.all();
                if (all.isEmpty()) {
                    System.out.println("no sources: add one with 'monazite source add NAME URL'");
                    return 0;
                }
                System.out.printf("%-20s %-8s %-6s %-20s %-9s %s%n", "NAME", "KIND", "EVERY", "LAST FETCH", "ARTICLES", "STATUS");
                for (Source.Status s : all) {
                    System.out.printf("%-20s %-8s %-6s %-20s %-9d %s%n", s.source().name(), s.source().kind().label(),
                            Source.label(s.source().every()), s.lastFetch() == null ? "never" : TIME.format(s.lastFetch()),
                            s.collected(), Texts.label(status(s), 120));
                }
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one source: its settings, status and last error.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        SourceCommand parent;

        @Parameters(paramLabel = "NAME", description = "The source's name.")
        String name;

        @Override
        public Integer call() {
            try (Sources sources = Sources.open(parent.main.dataDir(), parent.main.dbUrl())) {
                Source.Status st = find(sources, name);
                Source s = st.source();
                PrintStream out = System.out;
                out.println("name:        " + s.name());
                out.println("url:         " + s.url());
                out.println("kind:        " + s.kind().label() + (s.selector() == null ? "" : " (selector " + s.selector() + ")"));
                out.println("every:       " + Source.label(s.every()));
                out.println("language:    " + (s.lang() == null ? "-" : s.lang()));
                out.println("include:     " + (s.include().isEmpty() ? "-" : String.join(", ", s.include())));
                out.println("exclude:     " + (s.exclude().isEmpty() ? "-" : String.join(", ", s.exclude())));
                out.println("last fetch:  " + (st.lastFetch() == null ? "never" : TIME.format(st.lastFetch())));
                out.println("next due:    " + (st.paused() ? "paused" : st.nextDue() == null ? "now" : TIME.format(st.nextDue())));
                out.println("articles:    " + st.collected());
                out.println("status:      " + status(st));
                return 0;
            }
        }
    }

    /** A change to one named source: it must exist; the change is said in one line unless --quiet. */
    abstract static class OnSource implements Callable<Integer> {
        @ParentCommand
        SourceCommand parent;

        @Parameters(paramLabel = "NAME", description = "The source's name.")
        String name;

        abstract String apply(Sources sources);

        @Override
        public Integer call() {
            try (Sources sources = Sources.open(parent.main.dataDir(), parent.main.dbUrl())) {
                find(sources, name);
                String done = apply(sources);
                if (!parent.main.quiet) {
                    System.out.println(done);
                }
                return 0;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a source; the articles collected from it stay, and their URLs are not fetched again.")
    static final class Remove extends OnSource {
        @Override
        String apply(Sources sources) {
            sources.remove(name);
            return "removed source '" + name + "'";
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Resume a paused source: its failures are cleared and it is polled at the next collect.")
    static final class Resume extends OnSource {
        @Override
        String apply(Sources sources) {
            sources.resume(name);
            return "resumed source '" + name + "': due at the next 'monazite collect'";
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Fetch a source once and print what collecting it would ingest. Each new link is shown with"
                    + " its title and language, or why it would be skipped. Nothing is stored. Exit status 1 when"
                    + " the source cannot be fetched or read.")
    static final class Test implements Callable<Integer> {
        @ParentCommand
        SourceCommand parent;

        @Parameters(paramLabel = "NAME", description = "The source's name.")
        String name;

        @Option(names = "--limit", defaultValue = "10", description = "Fetch at most this many new articles (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            Main main = parent.main;
            try (Sources sources = Sources.open(main.dataDir(), main.dbUrl())) {
                Source s = find(sources, name).source();
                Collector.Trial t;
                try {
                    t = Collecting.collector(main, sources, line -> {}).test(s, Math.max(1, limit));
                } catch (FetchException e) {
                    System.err.println("monazite: " + e.getMessage());
                    return 1;
                }
                System.out.println(s.kind().label() + " '" + s.name() + "': " + t.links() + " link(s), "
                        + t.collectedBefore() + " collected before");
                t.lines().forEach(l -> System.out.println("  " + l));
                long would = t.lines().stream().filter(l -> l.startsWith("would ingest")).count();
                System.out.println(would + " article(s) would be ingested");
                return 0;
            }
        }
    }
}
