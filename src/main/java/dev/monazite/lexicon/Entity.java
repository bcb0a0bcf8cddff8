package dev.monazite.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A canonical thing the news talks about.
 *
 * @param id    canonical id as in FACTS.md ({@code CN}, {@code PrNd-oxide}, {@code Lynas})
 * @param kind  what sort of thing it is
 * @param name  English display name
 * @param names every surface name in every language, as written in the lexicon
 */
public record Entity(String id, Kind kind, String name, List<String> names) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
    }
}
