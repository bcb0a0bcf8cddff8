package dev.monazite.quantity;

import dev.monazite.article.Language;

/** Language hint: decides separator conventions ("75,25" is 75.25 in Vietnamese, "2,582" is 2582 in English). */
public enum Lang {
    ZH, EN, VI, OTHER;

    /** The conventions of an article's language tag (Chinese characters for Chinese and Japanese). */
    public static Lang of(String tag) {
        Language l = Language.of(tag);
        return l.han() ? ZH : l == Language.ENGLISH ? EN : l == Language.VIETNAMESE ? VI : OTHER;
    }
}
