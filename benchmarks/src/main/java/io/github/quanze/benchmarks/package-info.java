/**
 * JMH benchmarks of quanze's hot paths: the allocation audit
 * ({@link io.github.quanze.allocation.AllocationAudit}) on a synthetic province-level agency of two sizes, set
 * against a hand-written nested-loop check of the same headline results. The classes here are fixtures and
 * benchmarks, not API; build the runnable {@code benchmarks/target/benchmarks.jar} with {@code mvn package} and run
 * it with {@code java -jar}.
 */
package io.github.quanze.benchmarks;
