/**
 * Administrative penalties and their discretion (行政处罚与裁量): the kinds of penalty 行政处罚法 Art 9 lists, and the
 * statutory frame (法定处罚幅度) on which discretion standards (裁量基准, Art 34) build.
 * <p>
 * A {@link io.github.quanze.discretion.StatutoryFrame} holds {@link io.github.quanze.discretion.ViolationItem}s
 * (违法行为), each with its 违法依据, 处罚依据 and {@link io.github.quanze.discretion.PenaltyClause}s; a fine clause has
 * a {@link io.github.quanze.discretion.FineRange} (a fixed range, or a multiple of a
 * {@link io.github.quanze.discretion.FineBase}), which gives the concrete
 * {@link io.github.quanze.discretion.FineBounds} for a case. {@link io.github.quanze.discretion.SingleFine} applies
 * Art 29 (one act, one fine: the higher), {@link io.github.quanze.discretion.Limitation} Art 36 (the limitation of
 * penalties). Results are values with bilingual texts; what the statute does not say is marked as an interpretation.
 * <p>
 * The package sits between {@code allocation} and {@code timelimit}: procedures and case records use it, it uses
 * none of them.
 */
package io.github.quanze.discretion;
