package dev.monazite.cli;

import dev.monazite.index.ArticleSearcher;
import dev.monazite.article.Json;
import dev.monazite.index.StoredArticle;
import dev.monazite.article.Article;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code monazite show ID}: one article with its numbered paragraphs. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one article: metadata, files, story cluster and numbered paragraphs (the citation anchors).")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ID", description = "Article id (as search prints it; a unique prefix of 6+ characters works).")
    String id;

    @Option(names = "--json", description = "Print JSON: {id, title, source, published, lang, files, cluster, url, members, paragraphs}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (ArticleSearcher searcher = Components.openSearcher(main.dataDir())) {
            StoredArticle s = searcher.get(id).orElseThrow(() -> new IllegalArgumentException(
                    "no article with id " + id + ": 'monazite search QUERY' prints ids"));
            if (json) {
                System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(dev.monazite.views.Views.article(s, searcher.storyOf(s))));
            } else {
                print(s);
            }
        }
        return 0;
    }

    private static void print(StoredArticle s) {
        Article a = s.article();
        System.out.println(a.title());
        System.out.printf("%s · %s · %s · id %s · cluster %s%n", SearchCommand.orDash(a.source()),
                Dates.show(a.published()), a.lang(), a.id(), s.cluster());
        for (String f : s.files()) {
            System.out.println("file: " + f);
        }
        System.out.println();
        for (Article.Paragraph p : a.paragraphs()) {
            System.out.printf("[%d] %s%n", p.n(), p.text());
        }
    }
}
