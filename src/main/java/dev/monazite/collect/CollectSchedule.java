package dev.monazite.collect;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a collection pass every so often on one daemon thread (what `serve` uses): each pass polls
 * the sources then due. A pass that fails is reported and the next one runs as planned.
 */
public final class CollectSchedule implements AutoCloseable {
    /** One pass of collection. */
    @FunctionalInterface
    public interface Pass {
        void run() throws Exception;
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "monazite-collect");
        t.setDaemon(true);
        return t;
    });

    /** Starts passes at once and then every period; problems go to log. */
    public CollectSchedule(Pass pass, Duration period, Consumer<String> log) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                pass.run();
            } catch (Exception e) {
                log.accept("collect: " + e.getMessage());
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the passes; one running is interrupted. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
