package dev.monazite.quantity;

/** Language hint: decides separator conventions ("75,25" is 75.25 in Vietnamese, "2,582" is 2582 in English). */
public enum Lang { ZH, EN, VI, OTHER }
