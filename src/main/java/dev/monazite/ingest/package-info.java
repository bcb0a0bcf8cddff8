/**
 * Reads news files (clipping exports, plain text, Markdown, HTML, feeds, JSON lines) into raw
 * articles, telling where one article ends and the next begins, and builds {@link
 * dev.monazite.ingest.Article}s for the index. {@link dev.monazite.ingest.Ingestor} is the driver.
 */
package dev.monazite.ingest;
