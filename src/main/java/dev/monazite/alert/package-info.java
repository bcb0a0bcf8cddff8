/**
 * Watches and their alerts: a watch is a named condition over what arrives (a search query, a saved
 * workflow, an entity, or a fact condition); after each ingest, {@link dev.monazite.alert.Alerts#afterIngest}
 * raises an alert for each new article or fact that matches, once, with its evidence, and queues it for
 * the configured webhook and e-mail. The web workspace shows alerts and serves them as an Atom feed.
 */
package dev.monazite.alert;
