/**
 * Reads news files (clipping exports, plain text, Markdown, HTML, feeds, JSON lines) into raw
 * articles, telling where one article ends and the next begins, and builds {@link
 * dev.monazite.article.Article}s. {@link dev.monazite.ingest.Readers} is its entry: paths to files, a file
 * to built articles; the pipeline takes them from there.
 */
package dev.monazite.ingest;
