/**
 * The fact store: articles' metadata, files, entity mentions and facts with their provenance in a
 * SQL database (embedded H2 in the data directory, or PostgreSQL), one schema kept by Flyway
 * migrations; and the analyst's views over it: facts, conflicts, timeline, series, entity profiles.
 */
package dev.monazite.store;
