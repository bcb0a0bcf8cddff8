package dev.monazite.index;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One story in a result list: the best-ranked member of a cluster, its best paragraph and a
 * highlighted snippet, the other members of the cluster (other outlets carrying the story), and the
 * original URL when the input gave one (null otherwise).
 */
public record SearchHit(
        String id,
        String title,
        String source,
        LocalDateTime published,
        String lang,
        String file,
        int paragraph,
        String snippet,
        float score,
        String cluster,
        List<Member> members,
        String url) {

    public SearchHit {
        members = List.copyOf(members);
    }

    /** The same hit naming its file by base name only, as outputs for users and clients do. */
    public SearchHit withBaseFileName() {
        return new SearchHit(id, title, source, published, lang, java.nio.file.Paths.get(file).getFileName().toString(),
                paragraph, snippet, score, cluster, members, url);
    }

    /** Another article of the same story cluster; url is where it was published, when its input said. */
    public record Member(String id, String title, String source, LocalDateTime published, String url) {}
}
