/**
 * The record every stage passes: an {@link dev.monazite.article.Article} with its numbered paragraphs
 * and sentence spans, and {@link dev.monazite.article.Json}, the one mapper that gives records their
 * machine form. Depends on nothing of Monazite but the text spans.
 */
package dev.monazite.article;
