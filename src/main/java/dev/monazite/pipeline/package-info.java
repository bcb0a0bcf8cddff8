/**
 * The ingest spine: {@link dev.monazite.pipeline.Pipeline#run} reads files, builds articles, finds
 * their stories, annotates them and writes each once to the index and, in batches, to the fact
 * store, repairing a run killed between the two commits from the index's own list. Takes paths;
 * hands on a {@link dev.monazite.pipeline.Pipeline.Summary}.
 */
package dev.monazite.pipeline;
