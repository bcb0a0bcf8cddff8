package dev.monazite.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.monazite.article.Json;
import java.util.function.Function;

/** The output forms of a digest; JSON is the machine form, Markdown and HTML are rendered from the same record. */
public enum DigestFormat {
    json(DigestFormat::toJson),
    md(new MarkdownRenderer()::render),
    html(new HtmlRenderer()::render);

    private final Function<Digest, String> renderer;

    DigestFormat(Function<Digest, String> renderer) {
        this.renderer = renderer;
    }

    /** The digest in this form, ending with a newline. */
    public String render(Digest d) {
        return renderer.apply(d);
    }

    private static String toJson(Digest d) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(d) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a digest of records and strings always serialises", e);
        }
    }
}
