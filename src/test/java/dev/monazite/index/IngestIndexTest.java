package dev.monazite.index;

import dev.monazite.article.Json;
import dev.monazite.facts.Annotations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.pipeline.Pipeline;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestIndexTest {
    @TempDir
    Path tmp;

    static final class Recorder implements Pipeline.Progress {
        final List<String> failures = new ArrayList<>();

        @Override
        public void started(int files, long bytes) {}

        @Override
        public void fileDone(Path file, long bytes, int articles) {}

        @Override
        public void failed(Path file, String reason) {
            failures.add(file.getFileName() + ": " + reason);
        }
    }

    private Pipeline.Summary ingest(Path data, Recorder r, Path... paths) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(data, a -> Annotations.NONE)) {
            return new Pipeline(index, r).run(List.of(paths));
        }
    }

    @Test
    void ingest_samples_storesDistinctArticlesAndMergesDuplicate() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Pipeline.Summary s = ingest(tmp.resolve("data"), new Recorder(), corpus);
        assertEquals(3, s.filesRead());
        assertEquals(21, s.articlesAdded()); // 1 Vietnamese (printed twice) + 10 + 10
        assertEquals(1, s.duplicatesMerged());
        assertEquals(0, s.filesFailed());
        try (ArticleSearcher searcher = ArticleSearcher.open(tmp.resolve("data"))) {
            assertEquals(21, searcher.size());
        }
    }

    @Test
    void ingest_twice_changesNothing() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Path data = tmp.resolve("data");
        ingest(data, new Recorder(), corpus);
        List<String> before = snapshot(data);
        Pipeline.Summary again = ingest(data, new Recorder(), corpus);
        assertEquals(0, again.articlesAdded());
        assertEquals(21, again.unchanged());
        assertEquals(before, snapshot(data));
    }

    @Test
    void ingest_sameArticleFromAnotherFile_isStoredOnceWithBothFiles() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Path copy = tmp.resolve("resent.txt");
        Files.copy(corpus.resolve(Fixtures.VI), copy);
        Path data = tmp.resolve("data");
        ingest(data, new Recorder(), corpus.resolve(Fixtures.VI));
        Pipeline.Summary s = ingest(data, new Recorder(), copy);
        assertEquals(0, s.articlesAdded());
        assertEquals(2, s.duplicatesMerged()); // the copy prints the article twice, as the original does
        try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
            assertEquals(1, searcher.size());
            StoredArticle a = searcher.all().get(0);
            assertEquals(Set.of(corpus.resolve(Fixtures.VI).toString(), copy.toString()), Set.copyOf(a.files()));
        }
    }

    @Test
    void ingest_gbkFile_isDecodedAndSearchable() throws Exception {
        Path f = tmp.resolve("gbk.txt");
        Files.write(f, "稀土出口管制\n\n商务部宣布对镝、铽等中重稀土实施出口管制。\n".getBytes(Charset.forName("GBK")));
        Path data = tmp.resolve("data");
        assertEquals(1, ingest(data, new Recorder(), f).articlesAdded());
        try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
            assertEquals(1, searcher.search(SearchRequest.of("鋱")).size());
        }
    }

    @Test
    void ingest_badFiles_eachGetsOneLineReasonAndOthersAreIngested() throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("good.txt"), "Good title\n\nRare earth prices rose.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.bin"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0});
        Files.write(dir.resolve("garbled.txt"), new byte[] {(byte) 0xFF, (byte) 0xC3, 0x28, (byte) 0x80, (byte) 0xF8,
            (byte) 0x88, (byte) 0xFF, (byte) 0xFE, (byte) 0xFD, (byte) 0x81});
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(100L * 1024 * 1024); // sparse: costs no disk
        }
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere"));
        Recorder r = new Recorder();
        Pipeline.Summary s = ingest(tmp.resolve("data"), r, dir, tmp.resolve("missing-dir"));
        assertEquals(1, s.filesRead());
        assertEquals(1, s.articlesAdded());
        assertEquals(6, s.filesFailed(), r.failures.toString());
        String all = String.join("\n", r.failures);
        assertTrue(all.contains("empty.txt: empty file"), all);
        assertTrue(all.contains("binary.bin: binary file"), all);
        assertTrue(all.contains("garbled.txt: undecodable bytes"), all);
        assertTrue(all.contains("huge.txt: too large (100 MB"), all);
        assertTrue(all.contains("dangling.txt: not readable"), all);
        assertTrue(all.contains("missing-dir: no such file or directory"), all);
    }

    @Test
    void ingest_nearDuplicateRewrite_joinsTheSameCluster() throws Exception {
        String body = "China exported 2,582 tons of rare earth magnets to the European Union in October, official "
                + "customs data showed on Thursday, the first rise in three months after Beijing eased licensing. "
                + "Exports to the United States rose to 420 tons while shipments to Japan were flat. Analysts said "
                + "the rebound reflected approvals of general licences for European carmakers and suppliers.";
        Files.writeString(tmp.resolve("a.txt"), "Magnet exports rebound\n\n" + body + "\n");
        Files.writeString(tmp.resolve("b.txt"), "China's magnet exports rise again\n\n"
                + body.replace("on Thursday", "on Friday") + " Shares of JL Mag rose.\n");
        Files.writeString(tmp.resolve("c.txt"), "Unrelated\n\nLynas commissioned a heavy rare earth separation "
                + "circuit in Malaysia and plans terbium output within six months of the first dysprosium oxide.\n");
        Path data = tmp.resolve("data");
        ingest(data, new Recorder(), tmp.resolve("a.txt"), tmp.resolve("b.txt"), tmp.resolve("c.txt"));
        try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
            Set<String> clusters = searcher.all().stream().map(StoredArticle::cluster).collect(Collectors.toSet());
            assertEquals(2, clusters.size());
            List<SearchHit> hits = searcher.search(SearchRequest.of("magnets"));
            assertEquals(1, hits.size());
            assertEquals(1, hits.get(0).members().size());
        }
    }

    @Test
    void ingest_nearDuplicateInALaterRun_joinsTheCommittedCluster() throws Exception {
        String body = "Shenghe Resources said its overseas separation plant processed 3,100 tonnes of monazite "
                + "concentrate in the third quarter, with praseodymium-neodymium oxide output up 18 percent from "
                + "the second quarter, and that a second line would start before the end of next year.";
        Files.writeString(tmp.resolve("first.txt"), "Shenghe output rises\n\n" + body + "\n");
        Files.writeString(tmp.resolve("later.txt"), "Shenghe lifts PrNd output\n\n"
                + body.replace("18 percent", "18%") + " Its shares closed higher.\n");
        Path data = tmp.resolve("data");
        ingest(data, new Recorder(), tmp.resolve("first.txt"));
        ingest(data, new Recorder(), tmp.resolve("later.txt")); // looked up in the committed index
        try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
            List<StoredArticle> all = searcher.all();
            assertEquals(2, all.size());
            assertEquals(all.get(0).cluster(), all.get(1).cluster());
            List<SearchHit> hits = searcher.search(SearchRequest.of("monazite"));
            assertEquals(1, hits.size());
            SearchHit.Member other = hits.get(0).members().get(0);
            assertTrue(!other.id().equals(hits.get(0).id()));
            assertTrue(other.title().startsWith("Shenghe"), other.title());
        }
    }

    @Test
    void ingest_rewriteAmongHundredsOfLookAlikes_joinsItsOriginalsCluster() throws Exception {
        // 400 articles made of the same stock sentences with other figures share LSH bands by the
        // hundred; a rewrite of one of them must still find that one, committed (a later run) or not.
        java.util.Random random = new java.util.Random(11);
        String[] stock = {"China exported %d tons of rare earth magnets in %d, including %d tons to the United States.",
            "The price of PrNd oxide rose to %d,000 yuan per ton, up %d.%d%% from last month.",
            "Lynas received a $%d million order from the Department of Defense for heavy rare earth oxides.",
            "China holds about %d%% of global rare earth reserves and over %d%% of refining capacity.",
            "Each electric vehicle needs %d-%d kg of NdFeB magnets, while humanoid robots need far more.",
            "Japan plans to invest %d billion yen in deep-sea rare earth mud near Minamitorishima."};
        List<String> bodies = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (int a = 0; a < 400; a++) {
            List<String> sentences = new ArrayList<>();
            for (String t : stock) {
                sentences.add(String.format(t, 1 + random.nextInt(99), 2020 + random.nextInt(7),
                        1 + random.nextInt(9)));
            }
            java.util.Collections.shuffle(sentences, random);
            String body = String.join(" ", sentences);
            bodies.add(body);
            lines.append(jsonLine("Look-alike " + a, body));
        }
        Files.writeString(tmp.resolve("lookalikes.jsonl"), lines.toString());
        String rewrite = jsonLine("Look-alike 5, updated", bodies.get(5) + " Shares of Lynas rose 4% in Sydney.");
        Files.writeString(tmp.resolve("rewrite.jsonl"), rewrite);
        Files.writeString(tmp.resolve("both.jsonl"), lines + rewrite);

        Path later = tmp.resolve("later"), same = tmp.resolve("same");
        ingest(later, new Recorder(), tmp.resolve("lookalikes.jsonl"));
        ingest(later, new Recorder(), tmp.resolve("rewrite.jsonl"));
        ingest(same, new Recorder(), tmp.resolve("both.jsonl"));
        for (Path data : List.of(later, same)) {
            try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
                java.util.Map<String, String> clusterByTitle = searcher.all().stream().collect(
                        Collectors.toMap(a -> a.article().title(), StoredArticle::cluster));
                assertEquals(401, clusterByTitle.size());
                assertEquals(clusterByTitle.get("Look-alike 5"), clusterByTitle.get("Look-alike 5, updated"),
                        data.toString());
            }
        }
    }

    @Test
    void ingest_oneWireStoryUnderHundredsOfTitles_isOneCluster() throws Exception {
        // More copies with the same signature than the near-duplicate check looks at when candidates
        // share fewer bands, and more than carry a band key before it counts as boilerplate.
        String body = "Lynas Rare Earths said on Monday it had produced its first separated dysprosium oxide at its "
                + "Malaysian plant, the first commercial heavy rare earth output outside China, and expects terbium "
                + "oxide later this year as it expands capacity with support from the Japanese government.";
        StringBuilder lines = new StringBuilder();
        for (int a = 0; a < StoryCandidates.COMMON + 40; a++) {
            // a distinct article (its own dash rule), with the same words and so the same signature
            lines.append(jsonLine("Lynas heavy rare earths, outlet " + a, body + " " + "—".repeat(a + 1)));
        }
        Files.writeString(tmp.resolve("wire.jsonl"), lines.toString());
        Path data = tmp.resolve("data");
        ingest(data, new Recorder(), tmp.resolve("wire.jsonl"));
        try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
            List<StoredArticle> all = searcher.all();
            assertEquals(StoryCandidates.COMMON + 40, all.size());
            assertEquals(1, all.stream().map(StoredArticle::cluster).distinct().count());
        }
    }

    private static String jsonLine(String title, String text) throws Exception {
        return Json.MAPPER.writeValueAsString(java.util.Map.of("title", title, "source", "Wire", "text", text)) + "\n";
    }

    @Test
    void ingest_utf16AndBig5Files() throws Exception {
        Path a = tmp.resolve("u16.txt");
        Files.write(a, "Title\n\nRare earth magnets exports.\n".getBytes(StandardCharsets.UTF_16));
        Path b = tmp.resolve("big5.txt");
        Files.write(b, "稀土新聞\n\n中國對日本暫停出口鏑。\n".getBytes(Charset.forName("Big5")));
        Path data = tmp.resolve("data");
        assertEquals(2, ingest(data, new Recorder(), a, b).articlesAdded());
        try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
            SearchHit hit = searcher.search(SearchRequest.of("镝")).get(0);
            assertEquals("zh-Hant", hit.lang());
        }
    }

    static List<String> snapshot(Path data) throws Exception {
        try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
            List<String> out = new ArrayList<>();
            for (StoredArticle a : searcher.all()) {
                out.add(a.article().id() + " " + a.files() + " " + a.cluster() + " " + a.article().paragraphs().size());
            }
            out.sort(null);
            return out;
        }
    }
}
