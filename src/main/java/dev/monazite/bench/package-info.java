/**
 * Benchmarks users can run: ingest against a bare Lucene program on a generated corpus, in process
 * and as whole processes (JVM start, store and JIT included), search latency, and search quality
 * (a {@link dev.monazite.bench.JudgedSet} of queries run over the corpus it was judged on, scored
 * in a {@link dev.monazite.bench.Scorecard}). Takes the pipeline and index; hands on printed figures.
 */
package dev.monazite.bench;
