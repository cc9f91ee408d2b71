/**
 * JMH benchmarks of quanze's hot paths, each set against the peers a user would otherwise pick, in the same run:
 * the allocation audit ({@link io.github.quanze.allocation.AllocationAudit}) on synthetic agencies of two sizes
 * against a hand-written nested-loop check; an accountability decision on the national sanction table
 * ({@link io.github.quanze.sanction.SanctionPolicy}) against hand-written if/else, Drools (a new session per
 * decision, and one session kept), Drools' DMN engine and Easy Rules, with the time to build each rule base;
 * working-day arithmetic against day-by-day loops and hand-written prefix sums; the replay of case histories
 * ({@link io.github.quanze.procedure.CaseRecord}) by length and in batches of 25,000 to 400,000 cases, against a
 * hand-written check; a province's case-file review; deciding a penalty under a generated 300-item provincial
 * discretion standard ({@link io.github.quanze.discretion.PenaltyDiscretion}) against hand-written if/else, and
 * verifying that standard and a county standard implementing it
 * ({@link io.github.quanze.discretion.StandardVerifier}) against a hand-written check of the same rows. The classes
 * here are fixtures and benchmarks, not API; build the runnable {@code benchmarks/target/benchmarks.jar} with
 * {@code mvn package} and run it with {@code java -jar} (BENCHMARKS.md gives the commands and the latest figures).
 */
package io.github.quanze.benchmarks;
