package dev.monazite.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts a timed bench run in a JVM of its own, with this JVM's java, options and class path. */
public final class ChildJvm {
    private ChildJvm() {}

    /** The command that runs {@code mainClass} with {@code args} in a JVM configured like this one. */
    public static List<String> command(String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // A debugger's or profiler's agent would clash over its port or output file.
            if (!option.startsWith("-agentlib:") && !option.startsWith("-javaagent:")
                    && !option.startsWith("-XX:StartFlightRecording")) {
                cmd.add(option);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        return cmd;
    }

    /** Runs the command to its end and returns the timing it printed. */
    static Timing run(List<String> command) throws IOException {
        Finished done = runToEnd(command);
        Optional<Timing> timing = done.output().lines().map(Timing::parse).flatMap(Optional::stream).findFirst();
        if (done.status() != 0 || timing.isEmpty()) {
            throw new IOException("a bench run in its own JVM failed (exit status " + done.status() + "): "
                    + String.join(" ", command) + "\n" + done.output().strip());
        }
        return timing.get();
    }

    /** What a child printed (stdout and stderr together) and its exit status. */
    record Finished(int status, String output) {}

    /**
     * Runs the command to its end. The child dies with this JVM: a bench stopped with Ctrl-C or a
     * signal would otherwise leave a minute-long ingest running on its own, holding its data
     * directory and a core.
     */
    static Finished runToEnd(List<String> command) throws IOException {
        // Kills this JVM's children, not the Process object: a signal may come between the child's
        // fork and start() returning it, and a bench's only children are its runs.
        Thread reaper = new Thread(() -> ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly),
                "bench-child-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        Process p = null;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Finished(p.waitFor(), output);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a bench run", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // this JVM is going down: the reaper runs
            }
        }
    }
}
