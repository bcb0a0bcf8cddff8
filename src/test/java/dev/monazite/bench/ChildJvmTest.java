package dev.monazite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A bench's child process ends with the bench, however the bench is stopped short of killing it outright. */
class ChildJvmTest {

    /** A bench stand-in: runs a long child to its end, as a whole-process bench run does. */
    public static final class LongChild {
        public static void main(String[] args) throws Exception {
            ChildJvm.runToEnd(List.of("sleep", "120"));
        }
    }

    @Test
    void benchStoppedBySignal_takesItsChildWithIt() throws Exception {
        Process bench = new ProcessBuilder(ChildJvm.command(LongChild.class.getName(), List.of()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            ProcessHandle child = childOf(bench, Duration.ofSeconds(30)).orElseThrow(
                    () -> new AssertionError("the bench never started its child"));
            bench.destroy(); // SIGTERM, as Ctrl-C or kill would send
            assertTrue(bench.waitFor(30, TimeUnit.SECONDS), "the bench did not stop");
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail("the child 'sleep 120' outlived the bench by 30 s");
            }
            assertFalse(child.isAlive());
        } finally {
            bench.descendants().forEach(ProcessHandle::destroyForcibly);
            bench.destroyForcibly();
        }
    }

    @Test
    void childRunToItsEnd_givesItsStatusAndOutput() throws Exception {
        ChildJvm.Finished done = ChildJvm.runToEnd(List.of("sh", "-c", "echo out; echo err >&2; exit 3"));
        assertEquals(3, done.status());
        assertEquals("out\nerr", done.output().strip());
    }

    private static Optional<ProcessHandle> childOf(Process bench, Duration wait) throws InterruptedException {
        Instant until = Instant.now().plus(wait);
        while (Instant.now().isBefore(until)) {
            Optional<ProcessHandle> sleeper = bench.children()
                    .filter(h -> h.info().command().map(c -> c.endsWith("sleep")).orElse(false)).findFirst();
            if (sleeper.isPresent()) {
                return sleeper;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }
}
