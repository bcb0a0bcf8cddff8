package dev.monazite.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads JSON Lines with fields {@code title, source, published, url, text}; a bad line is reported and skipped. */
final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesReader() {}

    static List<RawArticle> read(List<String> lines, List<String> problems) {
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(article(JSON.readTree(line)));
            } catch (Exception e) {
                problems.add("line " + (i + 1) + ": " + reason(e));
            }
        }
        return out;
    }

    private static RawArticle article(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String text = field(node, "text");
        if (text == null) {
            throw new IllegalArgumentException("missing field \"text\"");
        }
        List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n|\\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        String title = field(node, "title");
        return new RawArticle(title == null ? paragraphs.get(0) : title, field(node, "source"),
                DateTimes.parseLenient(field(node, "published")), field(node, "url"), paragraphs, field(node, "lang"));
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
