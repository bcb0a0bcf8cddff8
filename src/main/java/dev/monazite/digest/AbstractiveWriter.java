package dev.monazite.digest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import dev.monazite.article.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Has a model rewrite a story's extractive bullets from their cited paragraphs only, then keeps a
 * rewritten bullet only if {@link Grounding} finds every number and entity of it in those paragraphs.
 * The extractive plan fixes the sections and citations; the model only words them. When the model is
 * unreachable the writer stops asking and the rest of the digest stays extractive.
 */
final class AbstractiveWriter {
    private final LlmClient llm;
    private final Grounding grounding;
    private final String outputLang;
    private final List<String> notices = new ArrayList<>();
    private int dropped;
    private int rewritten;
    private boolean down;

    AbstractiveWriter(LlmClient llm, Grounding grounding, String outputLang) {
        this.llm = llm;
        this.grounding = grounding;
        this.outputLang = outputLang;
    }

    /** The story's sections in the model's words, or the extractive ones when the model cannot be used. */
    List<Digest.Section> rewrite(Article a, List<Digest.Section> plan) {
        List<Digest.Bullet> items = plan.stream().flatMap(s -> s.bullets().stream()).toList();
        if (down || items.isEmpty()) {
            return plan;
        }
        List<String> texts;
        try {
            texts = answer(llm.complete(system(), prompt(a, plan)), items.size());
        } catch (IOException e) {
            down = true;
            notices.add("the model at " + llm.endpoint() + " failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): extractive bullets shown instead");
            return plan;
        }
        if (texts == null) {
            notices.add("story " + a.id() + ": the model's answer was not a list of " + items.size()
                    + " bullets; extractive bullets kept");
            return plan;
        }
        rewritten++;
        return verified(a, plan, texts);
    }

    private List<Digest.Section> verified(Article a, List<Digest.Section> plan, List<String> texts) {
        List<Digest.Section> out = new ArrayList<>();
        int i = 0;
        for (Digest.Section s : plan) {
            List<Digest.Bullet> kept = new ArrayList<>();
            for (Digest.Bullet b : s.bullets()) {
                String text = texts.get(i++).strip();
                if (!text.isEmpty() && grounding.problem(text, cited(a, b), Grounding.lang(a.lang())) == null) {
                    kept.add(new Digest.Bullet(text, b.cites()));
                } else {
                    dropped++;
                }
            }
            if (!kept.isEmpty()) {
                out.add(new Digest.Section(s.heading(), kept));
            }
        }
        return out;
    }

    private static List<String> cited(Article a, Digest.Bullet b) {
        return b.cites().stream().map(n -> a.paragraph(n).text()).toList();
    }

    private String system() {
        String lang = outputLang == null ? "the language of the paragraphs" : "the language with code " + outputLang;
        return "You write bullets for a rare-earth industry news digest. Use only facts stated in the paragraphs you "
                + "are given; never add a number, name or claim that is not there, and copy every number as written. "
                + "Write in " + lang + ". Answer with a JSON array of strings, one per item, in the items' order, "
                + "and nothing else.";
    }

    private static String prompt(Article a, List<Digest.Section> plan) {
        Set<Integer> used = new LinkedHashSet<>();
        plan.forEach(s -> s.bullets().forEach(b -> used.addAll(b.cites())));
        StringBuilder sb = new StringBuilder("Title: ").append(a.title()).append("\n\nParagraphs:\n");
        used.stream().sorted().forEach(n -> sb.append('[').append(n).append("] ").append(a.paragraph(n).text())
                .append('\n'));
        sb.append("\nItems (rewrite each as one short bullet from the paragraphs it cites):\n");
        int i = 1;
        for (Digest.Section s : plan) {
            for (Digest.Bullet b : s.bullets()) {
                sb.append(i++).append(". (").append(s.heading()).append("; cites ").append(b.cites()).append(") ")
                        .append(b.text()).append('\n');
            }
        }
        return sb.toString();
    }

    // Models like to wrap JSON in a code fence; anything else than an array of n strings is unusable.
    static List<String> answer(String content, int n) {
        String s = content.strip().replaceAll("^```(?:json)?\\s*", "").replaceAll("\\s*```$", "");
        try {
            JsonNode node = Json.MAPPER.readTree(s);
            if (node == null || !node.isArray() || node.size() != n) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (JsonNode x : node) {
                if (!x.isTextual()) {
                    return null;
                }
                out.add(x.asText());
            }
            return out;
        } catch (IOException e) {
            return null;
        }
    }

    int dropped() {
        return dropped;
    }

    boolean used() {
        return rewritten > 0;
    }

    List<String> notices() {
        return notices;
    }
}
