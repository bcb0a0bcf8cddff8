package dev.monazite.cli;

import dev.monazite.lexicon.Entity;
import dev.monazite.store.EntityProfile;
import dev.monazite.store.FactRow;
import dev.monazite.store.FactStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code monazite entity NAME}: what the corpus says about one entity. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        header = "Profile of an entity named in any language.",
        description = "Profile of an entity named in any language (镝, 鏑, dysprosium, Dy): canonical name and "
                + "aliases, kind, number of articles naming it, its facts, entities named with it, latest "
                + "articles.")
final class EntityCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    OutputFormat output;

    @Parameters(paramLabel = "NAME", description = "Any name of the entity, or its id.")
    String name;

    @Override
    public Integer call() throws Exception {
        Entity e = Components.lexicon(main.dataDir()).lookup(name.strip()).orElseThrow(() ->
                new IllegalArgumentException("no entity called '" + name + "' in the lexicon; add it to "
                        + main.dataDir().resolve("lexicon.tsv") + " (same columns as the bundled lexicon)"));
        EntityProfile p;
        try (FactStore store = Components.readStore(main)) {
            p = EntityProfile.of(store, e);
        }
        if (output.isTable()) {
            print(p);
            return 0;
        }
        // one shape with the API's; a CSV row counts the facts instead of listing them
        Map<String, Object> m = dev.monazite.views.Views.entity(p, p.facts());
        output.print(List.of(m), List.of("id", "name", "kind", "articles", "facts_total"));
        return 0;
    }

    private static void print(EntityProfile p) {
        System.out.printf("%s (%s), %s%n", p.name(), p.id(), p.kind());
        System.out.println("names: " + String.join(", ", p.names()));
        System.out.println("named in " + p.articles() + " article(s)");
        System.out.println("named with: " + p.mentionedWith());
        System.out.println("facts (" + p.facts().size() + "):");
        for (FactRow r : p.facts()) {
            Map<String, Object> row = FactsCommand.row("", r);
            System.out.printf("  %-9s %s = %s %s  “%s”%n", r.fact().type(), r.fact().fields(),
                    row.getOrDefault("value", row.get("value_min") + "–" + row.get("value_max")),
                    r.fact().unit() == null ? "" : r.fact().unit(), r.fact().evidence().text());
        }
        System.out.println("latest articles:");
        for (EntityProfile.ArticleRef a : p.latest()) {
            System.out.printf("  %s · %s · %s · id %s%n", Dates.show(a.published()), SearchCommand.orDash(a.source()),
                    a.title(), a.id());
        }
    }
}
