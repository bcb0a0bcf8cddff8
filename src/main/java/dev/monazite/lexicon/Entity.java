package dev.monazite.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A canonical thing the news talks about.
 *
 * @param id      canonical id as in FACTS.md ({@code CN}, {@code PrNd-oxide}, {@code Lynas})
 * @param kind    what sort of thing it is
 * @param name    English display name
 * @param names   every surface name in every language, as written in the lexicon
 * @param country id of the place (country or bloc) that a government body, state lender,
 *                programme or head of government stands for ({@code JOGMEC} and {@code Takaichi}
 *                are {@code JP}); null for places themselves, companies, international bodies and things
 */
public record Entity(String id, Kind kind, String name, List<String> names, String country) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        country = country == null || country.isBlank() ? null : country;
    }

    /** An entity that stands for no country. */
    public Entity(String id, Kind kind, String name, List<String> names) {
        this(id, kind, name, names, null);
    }
}
