/**
 * The Lucene index in the data directory: one document per distinct article, its story cluster
 * chosen among near-duplicate candidates, and search over it with facets (Lucene facet fields:
 * language, source, entity, month, fact type) counted over whole result sets. Takes built articles, and the
 * annotator it runs on its workers, from the pipeline; hands on {@link dev.monazite.index.ArticleIndex} (writing, with the list of articles
 * the store has yet to commit) and {@link dev.monazite.index.ArticleSearcher} (reading).
 */
package dev.monazite.index;
