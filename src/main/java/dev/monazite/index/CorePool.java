package dev.monazite.index;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of one daemon thread per core, its threads named for what they do: the index's
 * workers (analysis, extraction) and the searcher's (scoring slices, highlighting). Daemon threads,
 * so a command that forgets to close one does not hang the JVM on exit.
 */
public final class CorePool {
    private CorePool() {}

    static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The task's result; its failure rethrown as it was (an I/O, runtime or error), and an interrupt
     * as an {@link java.io.InterruptedIOException} saying what was being done.
     */
    public static <T> T await(java.util.concurrent.Future<T> task, String doing) throws java.io.IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while " + doing);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.io.IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException re) {
                throw re;
            } else if (cause instanceof Error err) {
                throw err;
            }
            throw new java.io.IOException(cause);
        }
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
