/**
 * Fact extraction: reads each sentence of an article with the lexicon (who and what), the
 * quantity and date finders (how much, when) and cue words (what kind of claim), and emits
 * normalised facts in the FACTS.md vocabulary, each tied to its paragraph and sentence span.
 */
package dev.monazite.facts;
