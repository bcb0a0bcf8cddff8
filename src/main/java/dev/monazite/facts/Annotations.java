package dev.monazite.facts;

import java.util.List;

/** What the extraction stage adds to an article before it is indexed: entity ids, place ids and facts. */
public record Annotations(List<String> entities, List<String> places, List<Fact> facts) {
    public static final Annotations NONE = new Annotations(List.of(), List.of(), List.of());

    public Annotations {
        entities = List.copyOf(entities);
        places = List.copyOf(places);
        facts = List.copyOf(facts);
    }

    /** The same entities and places, no facts. */
    public Annotations withoutFacts() {
        return facts.isEmpty() ? this : new Annotations(entities, places, List.of());
    }
}
