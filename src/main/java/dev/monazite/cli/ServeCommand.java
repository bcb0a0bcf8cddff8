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
        header = "Start the web workspace and the JSON API.",
        description = "Start the web workspace (search, articles, facts and conflicts, timeline, charts) and the "
                + "JSON API under /api (described at /api/openapi.json). Binding beyond loopback needs "
                + "MONAZITE_TOKEN. While it runs, it collects from the sources (see 'monazite source') as "
                + "they come due.")
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

    // A port in use or an address not of this machine is the user's to fix: one line, not Jetty's trace.
    private static WebServer start(Main main, String bind, int port, List<String> allowHosts) throws Exception {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + " is not a port: use 1 to 65535, or 0 for a free one");
        }
        // Javalin logs its own failure to start before throwing it: a port found taken first is said once.
        try {
            probe(bind, port);
            return WebServer.start(main.dataDir(), main.dbUrl(), bind, port, System.getenv("MONAZITE_TOKEN"), allowHosts);
        } catch (RuntimeException e) {
            if (!cannotBind(e)) {
                throw e;
            }
            String address = (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port;
            throw new IllegalArgumentException(String.valueOf(e.getMessage()).contains("already in use")
                    ? "port " + port + " is already in use (" + address + "): stop the program using it, or choose "
                            + "another with --port N (--port 0 picks a free one)"
                    : "cannot listen on " + address + ": give --bind an address of this machine (default 127.0.0.1) "
                            + "and a free --port");
        }
    }

    private static void probe(String bind, int port) throws java.io.IOException {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(true); // as Jetty binds: a port left in TIME_WAIT is free
            s.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName(bind), port));
        } catch (java.net.BindException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean cannotBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t instanceof io.javalin.util.JavalinBindException) {
                return true;
            }
        }
        return false;
    }

    static void serve(Main main, String bind, int port) throws Exception {
        serve(main, bind, port, List.of());
    }

    static void serve(Main main, String bind, int port, List<String> allowHosts) throws Exception {
        WebServer server = start(main, bind, port, allowHosts);
        AutoCloseable collecting = Collecting.schedule(main); // polls the sources as they come due
        // alert deliveries due (retries, and alerts raised by other processes) go out while the server runs
        dev.monazite.alert.AlertScheduler alerts = dev.monazite.alert.AlertScheduler.start(main.dataDir(), main.dbUrl(),
                java.time.Duration.ofSeconds(30));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                collecting.close();
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
