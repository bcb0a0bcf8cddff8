package dev.monazite.cli;

import picocli.CommandLine.Command;

/** {@code monazite bench}: performance measurements. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure ingest and search performance.",
        subcommands = {})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("use: monazite bench ingest|search --docs N");
    }
}
