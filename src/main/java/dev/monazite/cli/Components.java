package dev.monazite.cli;

import dev.monazite.bench.IngestBench;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import dev.monazite.facts.Annotations;
import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.facts.CueBook;
import dev.monazite.index.QueryRewriter;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.store.FactStore;

/** Wires the stages together for the commands: the one place that decides which parts a run uses. */
final class Components {
    private Components() {}

    static ArticleIndex openIndex(Path data) throws IOException {
        return ArticleIndex.open(data, annotator(data));
    }

    /** Entities and facts with the bundled lexicon and cue words plus the user's in DATA. */
    static ArticleAnnotator annotator(Path data) {
        return new ArticleAnnotator(lexicon(data), CueBook.load(data));
    }

    /** The bundled lexicon plus the user's additions in DATA/lexicon.tsv. */
    static Lexicon lexicon(Path data) {
        return Lexicon.load(data);
    }

    static ArticleSearcher openSearcher(Path data) throws IOException {
        return ArticleSearcher.open(data, queryExpander(data));
    }

    /** The items set aside in the data directory (see 'monazite doctor'). */
    static dev.monazite.ingest.Quarantine quarantine(Path data) {
        return dev.monazite.ingest.Quarantine.open(data);
    }

    /**
     * The fact store of a view that only reads: a data directory that does not exist is a mistyped
     * --data or a step left out, not a new empty store to create.
     */
    static FactStore readStore(Main main) {
        java.nio.file.Path data = main.dataDir();
        // a path the embedded database cannot carry (';', control characters) is refused by the store
        // itself, with the reason, which says more than "missing"
        boolean storable = data.toAbsolutePath().toString().chars().noneMatch(c -> c == ';' || Character.isISOControl(c));
        if (main.dbUrl() == null && storable && !java.nio.file.Files.isDirectory(data)) {
            throw new IllegalArgumentException("no data directory " + data + ": run 'monazite ingest --data " + data
                    + " PATH' first, or give the --data directory you ingested into");
        }
        return openStore(main);
    }

    static FactStore openStore(Main main) {
        return FactStore.open(main.dataDir(), main.dbUrl());
    }

    /** The canonical id for a name in any language (the name itself when the lexicon does not know it). */
    static String entityId(Path data, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return lexicon(data).lookup(name.strip()).map(dev.monazite.lexicon.Entity::id).orElse(name.strip());
    }

    /** A date option as written, checked: YYYY, YYYY-MM or YYYY-MM-DD. */
    static String date(String option, String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return value;
    }

    static UnaryOperator<String> queryExpander(Path data) {
        return new QueryRewriter(lexicon(data), dev.monazite.lexicon.Thesaurus.load(data));
    }

    static List<IngestBench.Variant> benchVariants(Path data) {
        return List.of(new IngestBench.Variant("no extraction", a -> Annotations.NONE),
                new IngestBench.Variant("with extraction", annotator(data)));
    }
}
