package dev.monazite.cli;

import dev.monazite.pipeline.Pipeline;
import dev.monazite.text.Texts;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Shows ingest progress on an interactive terminal (files, MB, articles per second, time left)
 * and stays silent otherwise; failures are always printed, one line each.
 */
final class TerminalProgress implements Pipeline.Progress {
    private final PrintStream err;
    private final boolean live;
    private final boolean verbose;
    private int files, done, articles;
    private long bytes, doneBytes, lastDraw;
    private final long start = System.nanoTime();

    /** Progress on err; its own control sequences (to redraw the line) bypass the escaping of err. */
    TerminalProgress(PrintStream err, boolean quiet, boolean verbose) {
        this.err = ControlEscaper.raw(err);
        this.verbose = verbose && !quiet;
        this.live = !quiet && System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void started(int files, long bytes) {
        this.files = files;
        this.bytes = bytes;
    }

    @Override
    public void fileDone(Path file, long size, int n) {
        done++;
        doneBytes += size;
        articles += n;
        if (verbose) {
            clear();
            err.println("read " + Texts.escape(file.toString()) + ": " + n + " article(s)");
        }
        draw();
    }

    @Override
    public void failed(Path file, String reason) {
        done++;
        clear();
        err.println("error: " + Texts.escape(file.toString()) + ": " + Texts.escape(reason));
        draw();
    }

    @Override
    public void warned(Path file, String message) {
        clear();
        err.println("warning: " + Texts.escape(file.toString()) + ": " + Texts.escape(message));
        draw();
    }

    private void draw() {
        long now = System.nanoTime();
        if (!live || (now - lastDraw < 200_000_000L && done < files)) {
            return;
        }
        lastDraw = now;
        double secs = Math.max(1e-3, (now - start) / 1e9);
        double rate = doneBytes / secs;
        long left = rate > 0 ? (long) ((bytes - doneBytes) / rate) : 0;
        err.printf("\r%d/%d files  %.1f/%.1f MB  %.0f articles/s  %ds left   ", done, files, doneBytes / 1e6,
                bytes / 1e6, articles / secs, left);
        if (done >= files) {
            err.print("\r\033[K");
        }
        err.flush();
    }

    private void clear() {
        if (live) {
            err.print("\r\033[K");
        }
    }
}
