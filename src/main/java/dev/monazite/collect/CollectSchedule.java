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

    /**
     * Stops the passes. A pass running is let finish for up to a minute (an interrupt could close the
     * embedded database under the pipeline); after that it is interrupted, and what it had not
     * recorded is taken up by the next pass, as after a crash.
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(60, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
