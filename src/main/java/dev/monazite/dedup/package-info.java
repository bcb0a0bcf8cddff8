/**
 * Near-duplicate detection: MinHash signatures of an article's folded text and their LSH band keys,
 * by which the index finds the earlier articles a new one may retell. Takes text; hands on
 * {@link dev.monazite.dedup.MinHasher}.
 */
package dev.monazite.dedup;
