package dev.monazite.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Texts the equivalence tests run over: every line of the sample files and every peer-suite case. */
public final class ProjectTexts {
    private ProjectTexts() {}

    /** Every line of the three sample files (test resources /corpus), blank ones included. */
    public static List<String> corpusLines() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>();
        for (Path f : files("/corpus", ".txt")) {
            out.addAll(Files.readAllLines(f));
        }
        return out;
    }

    /** The text of every peer-suite case (test resources /peer-suites). */
    public static List<String> peerSuiteTexts() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path f : files("/peer-suites", ".jsonl")) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line).path("text").asText());
                }
            }
        }
        return out;
    }

    private static List<Path> files(String dir, String suffix) throws IOException, URISyntaxException {
        try (Stream<Path> st = Files.list(Path.of(ProjectTexts.class.getResource(dir).toURI()))) {
            return st.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
