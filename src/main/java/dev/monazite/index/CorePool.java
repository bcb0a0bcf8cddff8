package dev.monazite.index;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of one daemon thread per core, its threads named for what they do: the index's
 * workers (analysis, extraction) and the searcher's (scoring slices, highlighting). Daemon threads,
 * so a command that forgets to close one does not hang the JVM on exit.
 */
final class CorePool {
    private CorePool() {}

    static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    static ExecutorService create(String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(cores(), r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
