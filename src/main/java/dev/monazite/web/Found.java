package dev.monazite.web;

import dev.monazite.chain.ChainBuilder;
import dev.monazite.lexicon.Entity;
import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.workflow.Workflow;
import dev.monazite.workflow.WorkflowBook;
import io.javalin.http.NotFoundResponse;
import java.nio.file.Path;

/**
 * Looks up what a request names (a commodity, an entity, a workflow) and answers 404 with a message
 * when there is no such thing, so a client never reads an empty 200 as "exists but has no data".
 */
final class Found {
    private Found() {}

    /** The commodity (an element or a material) called name, by id or any of its names. */
    static Entity commodity(Lexicon lexicon, String name) {
        return lexicon.lookup(name).filter(e -> e.kind() == Kind.ELEMENT || e.kind() == Kind.MATERIAL)
                .orElseThrow(() -> new NotFoundResponse("no commodity called '" + name
                        + "': commodity must be an element or material id (Dy, PrNd-oxide) or any of its names"));
    }

    /** The commodity id when name is given, else null (no filter). */
    static String commodityId(Lexicon lexicon, String name) {
        return name == null ? null : commodity(lexicon, name).id();
    }

    /** Any entity called name. */
    static Entity entity(Lexicon lexicon, String name) {
        return lexicon.lookup(name).orElseThrow(() -> new NotFoundResponse("no entity called '" + name
                + "': name must be an entity id (Dy, CN, Lynas) or any of its names"));
    }

    /** A commodity the chain model covers. */
    static String chainCommodity(String name) {
        if (!ChainBuilder.commodities().contains(name)) {
            throw new NotFoundResponse("commodity must be one of " + String.join(", ", ChainBuilder.commodities())
                    + ", not '" + name + "'");
        }
        return name;
    }

    /** The saved workflow called name. */
    static Workflow workflow(Path dataDir, String name) {
        WorkflowBook book = WorkflowBook.open(dataDir);
        return book.get(name).orElseThrow(() -> new NotFoundResponse("no workflow named '" + name
                + "': GET /api/workflows lists them (" + String.join(", ", book.list().stream().map(Workflow::name)
                .toList()) + ")"));
    }

    /** The fact id, when it has the shape of one (a well-formed id that names nothing is the caller's 404). */
    static String factId(String id) {
        if (!dev.monazite.store.FactId.wellFormed(id)) {
            throw new IllegalArgumentException("fact id must look like 3f9a0c1d2e4b-7c1e9a20 (the id of a fact in "
                    + "/api/facts), not '" + dev.monazite.text.Texts.label(id, 80) + "'");
        }
        return id;
    }
}
