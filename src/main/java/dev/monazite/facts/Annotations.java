package dev.monazite.facts;

import java.util.List;
import java.util.Map;

/**
 * What the extraction stage adds to an article before it is indexed: entity ids, place ids, facts,
 * and how many times the article names each entity (search weighs an entity by it, in any language).
 */
public record Annotations(List<String> entities, List<String> places, List<Fact> facts, Map<String, Integer> mentions) {
    public static final Annotations NONE = new Annotations(List.of(), List.of(), List.of());

    public Annotations {
        entities = List.copyOf(entities);
        places = List.copyOf(places);
        facts = List.copyOf(facts);
        mentions = Map.copyOf(mentions);
    }

    /** Entities named once each. */
    public Annotations(List<String> entities, List<String> places, List<Fact> facts) {
        this(entities, places, facts, Map.of());
    }

    /** How many times the article names the entity: at least once for each of {@link #entities}. */
    public int mentionsOf(String entity) {
        return Math.max(1, mentions.getOrDefault(entity, 1));
    }

    /** The same entities and places, no facts. */
    public Annotations withoutFacts() {
        return facts.isEmpty() ? this : new Annotations(entities, places, List.of(), mentions);
    }
}
