package dev.monazite.digest;

import java.util.Set;

/**
 * A sentence of an article that could become a bullet: its paragraph, its verbatim text, the units it is
 * compared by, its salience and its theme (null when no theme's cues occur in it).
 */
record Candidate(int paragraph, int start, String text, Set<String> shingles, double score, Theme theme) {}
