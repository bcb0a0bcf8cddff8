package dev.monazite.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic generator of realistic rare-earth news for benchmarks and tests: Simplified and
 * Traditional Chinese, English and Vietnamese articles with prices, trade flows, shares and dates,
 * about 5% exact repeats and 10% near-duplicate rewrites. The same seed gives the same corpus.
 */
public final class CorpusGenerator {
    private static final String[] ZH = {
        "氧化镨钕价格上涨至%d万元/吨，较上月上涨%d.%d%%。",
        "海关总署数据显示，%d年%d月中国稀土永磁出口%d吨，其中对美国出口%d吨。",
        "中国稀土储量占全球%d%%，冶炼分离产能占全球%d%%以上。",
        "商务部宣布自%d年%d月%d日起对镝、铽等中重稀土相关物项实施出口管制。",
        "北方稀土%d年净利润同比增长%d.%d%%，磁材订单饱和。",
        "每辆新能源汽车需要%d-%d公斤钕铁硼永磁体，人形机器人用量更高。",
        "日本计划投资%d亿日元开发南鸟岛深海稀土泥，减少对中国的依赖。",
        "欧盟%d%%的稀土依赖中国供应，欧委会拟设立关键矿产联合采购机构。",
    };
    private static final String[] EN = {
        "The price of PrNd oxide rose to %d,000 yuan per ton, up %d.%d%% from last month.",
        "China exported %d tons of rare earth magnets in %d, including %d tons to the United States.",
        "China holds about %d%% of global rare earth reserves and over %d%% of refining capacity.",
        "MOFCOM announced export controls on dysprosium and terbium effective October %d, %d.",
        "Lynas received a $%d million order from the Department of Defense for heavy rare earth oxides.",
        "Each electric vehicle needs %d-%d kg of NdFeB magnets, while humanoid robots need far more.",
        "Japan plans to invest %d billion yen in deep-sea rare earth mud near Minamitorishima.",
        "The EU relies on China for %d%% of its rare earths and plans a joint purchasing platform.",
    };
    private static final String[] VI = {
        "Giá oxit praseodymium-neodymium tăng lên %d vạn nhân dân tệ/tấn, tăng %d,%d%% so với tháng trước.",
        "Trung Quốc xuất khẩu %d tấn nam châm đất hiếm trong năm %d, trong đó %d tấn sang Mỹ.",
        "Trung Quốc chiếm %d%% trữ lượng đất hiếm toàn cầu và hơn %d%% công suất tinh luyện.",
        "Bộ Thương mại Trung Quốc kiểm soát xuất khẩu dysprosi từ tháng %d năm %d.",
        "Bắc Phương Hiếm dự kiến lợi nhuận ròng năm %d tăng %d,%d%% so với cùng kỳ.",
        "Mỗi xe năng lượng mới tiêu thụ %d-%dkg nam châm vĩnh cửu neodymium-iron-boron.",
    };
    private static final String[] ZH_TITLES = {"稀土价格再创新高", "稀土出口数据公布", "中国强化稀土出口管制", "磁材企业订单饱和",
        "欧盟加快关键矿产布局", "日本深海稀土开发"};
    private static final String[] EN_TITLES = {"Rare earth prices hit new high", "China magnet exports rebound",
        "Beijing tightens export controls", "Lynas wins defense order", "EU races to secure critical minerals"};
    private static final String[] VI_TITLES = {"Giá đất hiếm lập đỉnh mới", "Xuất khẩu nam châm đất hiếm tăng",
        "Trung Quốc siết xuất khẩu đất hiếm"};
    private static final String[] SOURCES = {"搜狐财经", "新浪财经", "Reuters", "Nikkei Asia", "VnExpress", "財經新報", "金融界"};

    private final SplittableRandom random;

    public CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One generated article as clipping-file text: title, source and date line, body paragraphs. */
    public record Item(String title, String source, LocalDateTime published, List<String> paragraphs) {}

    /** Generates n items; the sequence depends only on the seed. */
    public List<Item> generate(int n) {
        List<Item> items = new ArrayList<>(n);
        generate(n, items::add);
        return items;
    }

    /** Streams n items to a consumer; repeats and rewrites copy one of the last 1,000 items. */
    public void generate(int n, java.util.function.Consumer<Item> out) {
        Item[] recent = new Item[1000];
        for (int i = 0; i < n; i++) {
            int roll = random.nextInt(100);
            int have = Math.min(i, recent.length);
            Item item;
            if (roll < 5 && have > 0) {
                item = recent[random.nextInt(have)]; // syndicated verbatim
            } else if (roll < 15 && have > 0) {
                item = rewrite(recent[random.nextInt(have)]);
            } else {
                item = fresh(i);
            }
            recent[i % recent.length] = item;
            out.accept(item);
        }
    }

    private Item fresh(int i) {
        int lang = random.nextInt(10);
        String[] templates = lang < 4 ? ZH : lang < 8 ? EN : VI;
        String[] titles = lang < 4 ? ZH_TITLES : lang < 8 ? EN_TITLES : VI_TITLES;
        boolean traditional = lang == 3;
        List<String> paragraphs = new ArrayList<>();
        int count = 4 + random.nextInt(6);
        for (int p = 0; p < count; p++) {
            StringBuilder para = new StringBuilder();
            for (int s = 0; s < 2 + random.nextInt(3); s++) {
                para.append(fill(templates[random.nextInt(templates.length)])).append(lang < 4 ? "" : " ");
            }
            String text = para.toString().strip();
            paragraphs.add(traditional ? Traditional.convert(text) : text);
        }
        String title = titles[random.nextInt(titles.length)] + " " + (i % 997);
        LocalDateTime when = LocalDateTime.of(2025, 1, 1, 8, 0).plusMinutes(random.nextInt(60 * 24 * 420));
        return new Item(traditional ? Traditional.convert(title) : title, SOURCES[random.nextInt(SOURCES.length)], when,
                paragraphs);
    }

    // A rewrite keeps most paragraphs and changes one: high shingle overlap, different content id.
    private Item rewrite(Item original) {
        List<String> paragraphs = new ArrayList<>(original.paragraphs());
        int k = random.nextInt(paragraphs.size());
        paragraphs.set(k, paragraphs.get(k) + " " + fill(EN[random.nextInt(EN.length)]));
        return new Item(original.title() + "（转载）", SOURCES[random.nextInt(SOURCES.length)],
                original.published().plusHours(3), paragraphs);
    }

    private String fill(String template) {
        Object[] args = new Object[6];
        for (int a = 0; a < args.length; a++) {
            args[a] = 1 + random.nextInt(a % 2 == 0 ? 99 : 9);
        }
        if (template.contains("%d年") || template.contains("năm %d") || template.contains(", %d.")) {
            args[0] = 2020 + random.nextInt(7);
        }
        return String.format(template, args);
    }

    /** Generates n items into clipping files of at most perFile items each; returns the files written. */
    public List<Path> writeClippingFiles(int n, Path dir, int perFile) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        List<Item> batch = new ArrayList<>(perFile);
        try {
            generate(n, item -> {
                batch.add(item);
                if (batch.size() == perFile) {
                    files.add(writeFile(batch, dir.resolve(String.format("gen_%06d.txt", files.size()))));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                files.add(writeFile(batch, dir.resolve(String.format("gen_%06d.txt", files.size()))));
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    private static Path writeFile(List<Item> items, Path f) {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("Workflow\n稀土\nicon\nSearch documents\n");
            for (Item it : items) {
                w.write(it.title() + "\n" + it.source() + "· " + it.published().toString().replace('T', ' ')
                        .substring(0, 16) + "\n");
                w.write(String.join(" - ", it.paragraphs()) + "\n");
            }
            return f;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
