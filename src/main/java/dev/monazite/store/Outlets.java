package dev.monazite.store;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which outlet a source line names. "Independent outlets" decide which conflicts lie between outlets
 * and which corpus figures may update the chain, so one outlet must not count twice because it is
 * written two ways. Names are read as Latin letters (Chinese through pinyin, so 搜狐财经, 搜狐財經 and
 * "Sou Hu Cai Jing" read alike), a channel suffix is dropped (财经, 新闻, 网, Finance, News, .com: a
 * channel is its outlet), and names no rule joins ("Reuters", 路透社) are joined by the outlet list
 * (lexicon/outlets.tsv).
 */
public final class Outlets {
    private static final Transliterator LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    // Trailing words of a name that name a channel or a site, not another outlet: pinyin, then English.
    private static final List<List<String>> CHANNEL = List.of(List.of("cai", "jing"), List.of("xin", "wen"),
            List.of("wang"), List.of("pin", "dao"), List.of("ke", "hu", "duan"), List.of("finance"), List.of("news"),
            List.of("online"));
    private static final List<String> DOMAIN = List.of("com", "cn", "vn", "net", "org", "www");
    private static final Map<String, String> ALIASES = aliases();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Outlets() {}

    /** The outlet's key: one for every name it goes by; null when the source names none. */
    public static String key(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        return CACHE.computeIfAbsent(source, s -> {
            String spelled = spelling(s);
            return ALIASES.getOrDefault(spelled, spelled);
        });
    }

    // The name as lower-case ASCII words, channel suffix dropped, joined without spaces.
    static String spelling(String name) {
        String latin;
        synchronized (LATIN) {
            latin = LATIN.transliterate(NFKC.normalize(name.strip()));
        }
        List<String> words = new ArrayList<>(List.of(latin.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
        words.removeIf(String::isEmpty);
        if (words.size() > 1 && words.get(0).equals("bao")) {
            words.remove(0); // Vietnamese "Báo X": the newspaper X
        }
        while (words.size() > 1 && DOMAIN.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 1 && words.get(0).equals("www")) {
            words.remove(0);
        }
        for (List<String> suffix : CHANNEL) {
            int n = words.size() - suffix.size();
            if (n >= 1 && words.subList(n, words.size()).equals(suffix) && String.join("", words.subList(0, n)).length() >= 4) {
                words = new ArrayList<>(words.subList(0, n));
                break;
            }
        }
        return String.join("", words);
    }

    private static Map<String, String> aliases() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Outlets.class.getResourceAsStream("/lexicon/outlets.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] names = line.split("\t");
                String canonical = spelling(names[0]);
                for (String n : names) {
                    out.put(spelling(n), canonical);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled outlet list lexicon/outlets.tsv is unreadable", e);
        }
        return Map.copyOf(out);
    }
}
