package dev.monazite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages read as the pipeline: data flows down {@link #ORDER}, and a package may use the ones
 * above it, never one below (which also rules out cycles). Read from the sources' own references to
 * dev.monazite types, imports and fully qualified names alike.
 */
class LayoutTest {
    static final List<String> ORDER = List.of("article", "text", "ingest", "lexicon", "quantity", "facts", "dedup",
            "index", "store", "pipeline", "bench", "chain", "scenario", "workflow", "digest", "views", "collect", "alert", "web", "cli");
    private static final Path ROOT = Path.of("src/main/java/dev/monazite");
    private static final Pattern REFERENCE = Pattern.compile("dev\\.monazite\\.(\\w+)\\.[A-Z]");

    @Test
    void everyPackage_isPlacedInTheOrder() throws IOException {
        assertEquals(new TreeSet<>(ORDER), new TreeSet<>(packages()), "packages and LayoutTest.ORDER differ");
    }

    @Test
    void noPackage_usesOneBelowIt() throws IOException {
        List<String> upward = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> e : references().entrySet()) {
            String[] from = e.getKey().split(" ");
            for (String to : e.getValue()) {
                if (ORDER.indexOf(to) > ORDER.indexOf(from[0])) {
                    upward.add(from[1] + " uses " + to);
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void everyPackage_saysWhatItTakesAndHandsOn() throws IOException {
        for (String p : packages()) {
            Path info = ROOT.resolve(p).resolve("package-info.java");
            assertTrue(Files.exists(info), "no package-info.java in " + p);
            assertTrue(Files.readString(info).contains("/**"), p + "/package-info.java has no description");
        }
    }

    // "package file" -> the other dev.monazite packages the file refers to.
    private static Map<String, TreeSet<String>> references() throws IOException {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = ROOT.relativize(f).getName(0).toString();
                Matcher m = REFERENCE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        out.computeIfAbsent(pkg + " " + ROOT.relativize(f), k -> new TreeSet<>()).add(m.group(1));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> packages() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }
}
