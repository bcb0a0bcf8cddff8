package dev.monazite.cli;

import dev.monazite.web.WebServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite serve}: the local web workspace and JSON API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web workspace (search, articles, facts and conflicts, timeline, charts) and the",
                "JSON API under /api (described at /api/openapi.json). Binding beyond loopback needs MONAZITE_TOKEN."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--allow-host", paramLabel = "NAME", description = {"A host name the server may be reached by, "
            + "besides localhost, 127.0.0.1, ::1 and the bind address (repeatable; '*' allows any).",
            "Requests naming another Host are refused, so no other site can reach the API by DNS rebinding."})
    List<String> allowHosts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        serve(main, bind, port, allowHosts);
        return 0;
    }

    static void serve(Main main, String bind, int port) throws Exception {
        serve(main, bind, port, List.of());
    }

    static void serve(Main main, String bind, int port, List<String> allowHosts) throws Exception {
        WebServer server = WebServer.start(main.dataDir(), main.dbUrl(), bind, port, System.getenv("MONAZITE_TOKEN"),
                allowHosts);
        // alert deliveries due (retries, and alerts raised by other processes) go out while the server runs
        dev.monazite.alert.AlertScheduler alerts = dev.monazite.alert.AlertScheduler.start(main.dataDir(), main.dbUrl(),
                java.time.Duration.ofSeconds(30));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                alerts.close();
                server.close();
            } catch (Exception ignored) {
                // exiting anyway
            } finally {
                stopped.countDown();
            }
        }));
        System.out.println("Monazite is at http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port()
                + "/  (Ctrl-C stops it)");
        System.out.flush();
        stopped.await();
    }
}
