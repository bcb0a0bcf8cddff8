/**
 * Benchmarks users can run: ingest against a bare Lucene program on a generated corpus, in process
 * and as whole processes (JVM start, store and JIT included), and search latency. Takes the
 * pipeline and index; hands on printed figures.
 */
package dev.monazite.bench;
