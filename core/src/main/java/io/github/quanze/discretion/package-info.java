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
 * penalties).
 * <p>
 * A {@link io.github.quanze.discretion.DiscretionStandard} (裁量基准) grades items of a frame: per item an
 * {@link io.github.quanze.discretion.ItemStandard} whose tiers ({@link io.github.quanze.discretion.Tier},
 * {@link io.github.quanze.discretion.TierLevel}) are the rows of a decision table on the standard's declared
 * {@link io.github.quanze.discretion.Circumstances} and on {@link io.github.quanze.discretion.StatutoryMitigation}.
 * {@link io.github.quanze.discretion.StandardVerifier} reports, as values, what breaches the statute or a higher
 * standard; {@link io.github.quanze.discretion.PenaltyDiscretion#decide} rules on an
 * {@link io.github.quanze.discretion.Offence} (with the party's {@link io.github.quanze.discretion.PartyFacts}, 行政处罚法
 * Arts 30–33) and gives a {@link io.github.quanze.discretion.PenaltyRuling}: limitation, exclusions, tier, kinds,
 * exact range, the edition applied under Art 37, and the reasoning (说理). Results are values with bilingual texts;
 * what the statute does not say is marked as an interpretation.
 * <p>
 * The package sits between {@code allocation} and {@code timelimit}: procedures and case records use it, it uses
 * none of them.
 */
package io.github.quanze.discretion;
