package dev.monazite.article;

import java.util.Locale;

/**
 * The languages Monazite reads, by the tag an article carries ({@link Article#lang()}): the one
 * place that maps tags to languages and tells which write Chinese characters.
 */
public enum Language {
    ENGLISH("en"), VIETNAMESE("vi"), SIMPLIFIED_CHINESE("zh-Hans"), TRADITIONAL_CHINESE("zh-Hant"), JAPANESE("ja"),
    /** Any other tag, or none: read with no language's conventions. */
    OTHER("und");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The tag articles carry. */
    public String tag() {
        return tag;
    }

    /** The language of a tag (case-insensitive); OTHER for null or an unknown tag. */
    public static Language of(String tag) {
        if (tag != null) {
            for (Language l : values()) {
                if (l.tag.toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT))) {
                    return l;
                }
            }
        }
        return OTHER;
    }

    /** Whether it is written in Chinese characters (numbers, units and dates then read the Chinese way). */
    public boolean han() {
        return this == SIMPLIFIED_CHINESE || this == TRADITIONAL_CHINESE || this == JAPANESE;
    }
}
