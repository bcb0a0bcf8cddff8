/**
 * Collection: sources (RSS/Atom feeds, sitemaps, listing pages) polled politely over HTTP, each new
 * article's page read for its main text, filtered, spooled under DATA/spool and run through the
 * ingest pipeline, then recorded so no URL is fetched twice. Takes {@link dev.monazite.collect.Source}s
 * kept in the store; hands newly stored articles to a {@link dev.monazite.collect.Collector.Listener}.
 */
package dev.monazite.collect;
