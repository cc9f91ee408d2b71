package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.LimitationResult;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.discretion.StatutoryMitigation;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.discretion.VersionBasis;
import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of the penalties a case decided against the law and the agency's discretion standards (处罚裁量检查):
 * for each recorded {@link PenaltyDecision} that records its {@link Offence}, the ruling of the agency's
 * {@link PenaltyDiscretion} on the offence, compared with what was decided. A false violation is worse than a missed
 * one, so each rule flags only what the ruling and the statute together exclude:
 * <ul>
 * <li>PENALTY_AFTER_LIMITATION: the ruling is time-barred (行政处罚法 Art 36) and a penalty was decided. Nothing else
 * is checked for that decision.</li>
 * <li>PENALTY_NOT_ALLOWED: the statute excludes a penalty (Arts 30, 31, 33 para 1 first sentence, 33 para 2; Art 37
 * where the act is no longer an offence) and a penalty was decided, citing the ruling's grounds. Nothing else is
 * checked for that decision.</li>
 * <li>PENALTY_AGAINST_STANDARD: only the standard applied excludes a penalty (the row of its 不予处罚 tier, or its list
 * of first offences not punished under Art 33 para 1 second sentence, which says 可以), the ruling having no
 * statutory ground but {@link RulingGround#LIGHTER_LAW} (the lighter standard of the decision day applied under Art
 * 37) and {@link RulingGround#FIRST_OFFENCE}, and a penalty was decided, citing Art 34, the grounds and the row. A
 * standard may exempt what the statute does not, so this is a breach of the agency's own published rule, not of the
 * statute. Nothing else is checked for that decision.</li>
 * <li>KIND_NOT_ALLOWED: a kind decided that the item's provisions (in the edition the ruling applies, Art 37) do not
 * allow. 没收违法所得 is always allowed: Art 28 para 2 (当事人有违法所得，除依法应当退赔的外，应当予以没收) requires it
 * whatever the item's provisions name. A 警告 or 通报批评 (Art 9 item (1)) is not counted where a 减轻处罚 is lawful
 * (the tier is {@link TierLevel#MITIGATED}, or a ground of Arts 30 to 32 applies): 减轻 may choose a lighter kind
 * than the provisions name. That is our reading of 减轻处罚, wider than the standard verifier's (which lets a tier of
 * 减轻 choose only kinds the provisions name), kept because not reporting is the safer side; the violation's text
 * states it. Kinds the provisions allow but the tier does not impose, and mandatory kinds left out, are not
 * checked.</li>
 * <li>FINE_OUTSIDE_STATUTORY_RANGE: a fine above the range the provisions set for the base found, or below it where
 * 减轻 is not lawful (as above). A tier of {@link TierLevel#MITIGATED} counts as lawful grounds for a fine below the
 * statutory minimum whatever its conditions: the standard's 减轻 tier is the agency's published rule, and the replay
 * does not second-guess it (our interpretation; not reporting is the safer side), which the text states. No range (a
 * multiple with no base found) checks nothing; a fine of a kind the provisions do not allow is KIND_NOT_ALLOWED
 * alone.</li>
 * <li>FINE_OUTSIDE_TIER: a fine within the statutory range but outside the whole range of the tier the standard gives
 * the recorded circumstances; below it only where the tier is of 减轻处罚 or no ground of Arts 30 to 32 applies (a
 * ground makes a lighter or mitigated penalty lawful below a tier that did not provide for it; below the standard's
 * own tier of mitigation nothing is lighter in its terms), and never against the lower half
 * {@link PenaltyRuling#isMitigatedWithinTier()} reads into a tier (an interpretation the replay does not hold the
 * agency to). Where the ruling compared another standard under Art 37 ({@link PenaltyRuling#setAside()}), a fine
 * within the tier that standard gives the same offence (ruled as if acted, discovered and decided on the day that
 * standard counted for) is not reported either: Art 37 speaks of 法律、法规、规章, not of discretion standards, and a
 * ruling that calls overlapping ranges "not lighter" keeps the older tier, so accepting either edition's tier is our
 * interpretation of 从旧兼从轻 for standards, which the text states. No tier (facts no row covers, no standard on the
 * day) or no range for the base checks nothing. That the standard binds the agency is an interpretation, which the
 * violation's text states.</li>
 * <li>SECOND_FINE: a fine for an act already fined in the case (Art 29), the same act being the same item committed
 * on the same first day, an interpretation the text states; one act breaching two items is not found, and a decision
 * made anew after the first was revoked (撤销后重新作出) is not told apart from a second fine, which the text also
 * states. Checked with or without a discretion, in the order of the decisions' days (on one day, the smaller fine
 * first).</li>
 * </ul>
 * A violation names the officers of the decision's event, on its day. The offence is ruled on whatever the
 * decision: where the standards cannot rule on a recorded offence (no standard grades its item, a circumstance the
 * tiers test is missing or of the wrong kind), the whole replay throws an {@link IllegalArgumentException} naming
 * the case, the step and its day, as {@link CaseRecord#replay(LocalDate, PenaltyDiscretion)} documents: a record the
 * standards cannot read is bad input, not a finding.
 */
final class PenaltyChecks {

    /** 行政处罚法 Art 29: one act is fined once. */
    private static final LegalBasis ONE_FINE = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 29));
    /** 行政处罚法 Art 34: the agency's discretion standards. */
    private static final LegalBasis STANDARDS = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 34));
    /** The grounds of Arts 30 to 32 on which the penalty may or must be lighter or mitigated. */
    /** The kinds of Art 9 item (1), which a 减轻处罚 may choose in place of the kinds the provisions name. */
    private static final Set<PenaltyKind> LIGHTEST = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.PUBLIC_CRITICISM);
    /** The grounds a ruling excluding a penalty may have where only the standard excludes it. */
    private static final Set<RulingGround> STANDARDS_GROUNDS = EnumSet.of(RulingGround.FIRST_OFFENCE,
            RulingGround.LIGHTER_LAW);

    /** A fine decided for an offence, in the event that decided it. */
    private record Fined(Step step, CaseEvent.StepPerformed event, Offence offence, BigDecimal fine) {}

    /** One act: the item and its first day. */
    private record Act(String item, LocalDate day) {}

    private static final Comparator<Fined> ORDER = Comparator.comparing((Fined f) -> f.event().date())
            .thenComparing(Fined::fine).thenComparing(f -> f.event().officers().toString());

    private final ReplayIndex index;
    private final ReplayFindings findings;
    private final PenaltyDiscretion discretion;
    private final List<Fined> fines = new ArrayList<>();

    /**
     * @param discretion  the agency's discretion, or null to check only what needs no standard
     */
    PenaltyChecks(ReplayIndex index, ReplayFindings findings, PenaltyDiscretion discretion) {
        this.index = index;
        this.findings = findings;
        this.discretion = discretion;
    }

    /** Checks a decision that records its offence, and keeps its fine for {@link #checkSecondFines()}. */
    void check(Step step, CaseEvent.StepPerformed event, PenaltyDecision decision, Offence offence) {
        decision.fine().ifPresent(f -> fines.add(new Fined(step, event, offence, f)));
        if (discretion == null) {
            return;
        }
        PenaltyRuling ruling;
        try {
            ruling = discretion.decide(offence);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Case " + index.record.id() + ": the penalty decided in "
                    + "step " + step.kind() + " on " + event.date() + " cannot be checked against " + discretion
                    + ": " + e.getMessage(), e);
        }
        List<Involvement> people = index.people(step, event.officers());
        switch (ruling.disposition()) {
            case TIME_BARRED:
                LimitationResult limitation = ruling.limitation();
                findings.violation(ViolationKind.PENALTY_AFTER_LIMITATION, step, event.date(), people,
                        penalty(offence, decision).put("start", limitation.start())
                                .put("lastDay", limitation.lastDay()).put("discovered", limitation.discovered())
                                .build(), limitation.basis());
                return;
            case NO_PENALTY:
            case NOT_AN_OFFENCE:
                notAllowed(step, event, people, decision, ruling);
                return;
            default:
                checkKinds(step, event, people, decision, ruling);
                decision.fine().ifPresent(f -> checkFine(step, event, people, f, ruling));
        }
    }

    /**
     * A penalty where the ruling gives none: PENALTY_AGAINST_STANDARD where only the standard excludes it, citing Art
     * 34, the grounds and the row; otherwise PENALTY_NOT_ALLOWED, citing the statutory grounds.
     */
    private void notAllowed(Step step, CaseEvent.StepPerformed event, List<Involvement> people,
            PenaltyDecision decision, PenaltyRuling ruling) {
        Parameters.Builder details = penalty(ruling.offence(), decision).put("disposition", ruling.disposition());
        ruling.standard().ifPresent(s -> details.put("standard", s.number()));
        LegalBasis basis = null;
        for (RulingGround ground : ruling.grounds()) {
            basis = basis == null ? ground.basis() : basis.and(ground.basis());
        }
        if (!ruling.grounds().isEmpty()) {
            details.put("grounds", ruling.grounds());
        }
        if (!isStandardsOnly(ruling)) {
            findings.violation(ViolationKind.PENALTY_NOT_ALLOWED, step, event.date(), people, details.build(), basis);
            return;
        }
        ruling.row().ifPresent(r -> details.put("row", r.id().value()));
        findings.violation(ViolationKind.PENALTY_AGAINST_STANDARD, step, event.date(), people, details.build(),
                basis == null ? STANDARDS : STANDARDS.and(basis));
    }

    /**
     * Whether only the standard applied excludes the penalty: its 不予处罚 tier (a row is present and its tier is of
     * no penalty) or its list of first offences, with no statutory ground among the ruling's grounds but that the
     * lighter standard applied (Art 37) and the list itself.
     */
    private static boolean isStandardsOnly(PenaltyRuling ruling) {
        boolean tier = ruling.row().isPresent()
                && ruling.tier().map(t -> t.level() == TierLevel.NO_PENALTY).orElse(false);
        boolean listed = ruling.grounds().contains(RulingGround.FIRST_OFFENCE);
        return ruling.standard().isPresent() && (tier || listed) && STANDARDS_GROUNDS.containsAll(ruling.grounds());
    }

    private void checkKinds(Step step, CaseEvent.StepPerformed event, List<Involvement> people,
            PenaltyDecision decision, PenaltyRuling ruling) {
        // ViolationItem.allows: the item's clauses, and 没收违法所得 whatever they name (行政处罚法 Art 28 para 2)
        Set<PenaltyKind> allowed = EnumSet.noneOf(PenaltyKind.class);
        for (PenaltyKind kind : PenaltyKind.values()) {
            if (ruling.item().allows(kind)) {
                allowed.add(kind);
            }
        }
        boolean mitigable = mayMitigate(ruling);
        if (mitigable) {
            allowed.addAll(LIGHTEST);
        }
        Set<PenaltyKind> notAllowed = EnumSet.copyOf(decision.kinds());
        notAllowed.removeAll(allowed);
        if (!notAllowed.isEmpty()) {
            findings.violation(ViolationKind.KIND_NOT_ALLOWED, step, event.date(), people,
                    penalty(ruling.offence(), decision).put("notAllowed", List.copyOf(notAllowed))
                            .put("allowed", List.copyOf(allowed)).put("mitigable", mitigable).build(),
                    ruling.item().applied());
        }
    }

    private void checkFine(Step step, CaseEvent.StepPerformed event, List<Involvement> people, BigDecimal fine,
            PenaltyRuling ruling) {
        if (ruling.item().clause(PenaltyKind.FINE).isEmpty()) {
            return;
        }
        Offence offence = ruling.offence();
        Optional<FineBounds> statutory = ruling.item().fineBoundsFor(offence.base());
        if (statutory.isPresent() && (fine.compareTo(statutory.get().max()) > 0
                || fine.compareTo(statutory.get().min()) < 0 && !mayMitigate(ruling))) {
            findings.violation(ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE, step, event.date(), people,
                    fine(offence, fine, statutory.get()).build(), ruling.item().applied());
            return;
        }
        Optional<FineBounds> range = tierRange(ruling);
        if (range.isEmpty() || isWithin(fine, range.get(), ruling)) {
            return;
        }
        Parameters.Builder details = fine(offence, fine, range.get()).put("tier", ruling.tier().get().level())
                .put("row", ruling.row().get().id().value()).put("standard", ruling.standard().get().number());
        Optional<PenaltyRuling> other = setAsideRuling(ruling);
        Optional<FineBounds> otherRange = other.flatMap(PenaltyChecks::tierRange);
        if (otherRange.isPresent()) {
            if (isWithin(fine, otherRange.get(), other.get())) {
                return;
            }
            details.put("setAside", other.get().standard().get().number())
                    .put("setAsideRow", other.get().row().get().id().value())
                    .put("setAsideMin", otherRange.get().min()).put("setAsideMax", otherRange.get().max());
        }
        findings.violation(ViolationKind.FINE_OUTSIDE_TIER, step, event.date(), people, details.build(),
                STANDARDS.and(ruling.item().applied()));
    }

    /** The whole range of the ruling's tier for the base found, if a standard's row gives one. */
    private static Optional<FineBounds> tierRange(PenaltyRuling ruling) {
        if (ruling.standard().isEmpty() || ruling.row().isEmpty()) {
            return Optional.empty();
        }
        return ruling.tier().flatMap(t -> t.boundsFor(ruling.offence().base()));
    }

    /**
     * Whether a fine is within a tier's range: not above it, and not below it unless a ground of Arts 30 to 32 makes a
     * lighter or mitigated penalty lawful below a tier that is not itself of 减轻处罚.
     */
    private static boolean isWithin(BigDecimal fine, FineBounds range, PenaltyRuling ruling) {
        boolean lighterAllowed = ruling.tier().get().level() != TierLevel.MITIGATED
                && hasMitigatingGround(ruling);
        return fine.compareTo(range.max()) <= 0 && (fine.compareTo(range.min()) >= 0 || lighterAllowed);
    }

    /**
     * The ruling of the standard the ruling set aside under Art 37, on the same offence as if acted, discovered and
     * decided on the day that standard counted for (the act's last day for the standard at the act, the decision's
     * day for the standard at the decision), so that standard, the lowest in force that day, gives the tier.
     * Empty where no standard was set aside, or it cannot rule (it already ruled on the offence when the ruling
     * compared it, so this does not happen).
     */
    private Optional<PenaltyRuling> setAsideRuling(PenaltyRuling ruling) {
        if (ruling.setAside().isEmpty() || ruling.version() == VersionBasis.NOT_AN_OFFENCE_AT_DECISION) {
            return Optional.empty();
        }
        Offence offence = ruling.offence();
        LocalDate day = ruling.version() == VersionBasis.LIGHTER_AT_DECISION
                ? offence.ended().orElse(offence.act()) : offence.decided();
        Offence.Builder oneDay = Offence.builder().item(offence.item()).act(day).discovered(day).decided(day)
                .circumstances(offence.circumstances()).party(offence.party()).graveHarm(offence.isGraveHarm());
        offence.base().ifPresent(oneDay::base);
        try {
            PenaltyRuling other = discretion.decide(oneDay.build());
            return other.standard().equals(ruling.setAside()) ? Optional.of(other) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a 减轻处罚 is lawful: the tier is one of mitigated penalty, or a ground of Arts 30 to 32 applies. */
    private static boolean mayMitigate(PenaltyRuling ruling) {
        return ruling.tier().map(t -> t.level() == TierLevel.MITIGATED).orElse(false)
                || hasMitigatingGround(ruling);
    }

    /**
     * Whether a ground of Arts 30 to 32 applies: the party's statutory mitigation, from which the ruling's grounds
     * MINOR_AGE, DIMINISHED_CAPACITY and MITIGATING_GROUND are drawn.
     */
    private static boolean hasMitigatingGround(PenaltyRuling ruling) {
        return ruling.offence().party().mitigation() != StatutoryMitigation.NONE;
    }

    /** After every decision is checked: each fine for an act fined before, in the order of the days. */
    void checkSecondFines() {
        if (fines.size() < 2) {
            return;
        }
        fines.sort(ORDER);
        Map<Act, Fined> first = new HashMap<>();
        for (Fined f : fines) {
            Fined before = first.putIfAbsent(new Act(f.offence().item(), f.offence().act()), f);
            if (before != null) {
                findings.violation(ViolationKind.SECOND_FINE, f.step(), f.event().date(),
                        index.people(f.step(), f.event().officers()), Parameters.builder()
                                .put("item", f.offence().item()).put("act", f.offence().act()).put("fine", f.fine())
                                .put("first", before.event().date()).put("earlier", before.fine()).build(),
                        ONE_FINE);
            }
        }
    }

    /** The penalty as decided for an offence: item, kinds and fine. */
    private static Parameters.Builder penalty(Offence offence, PenaltyDecision decision) {
        Parameters.Builder details = Parameters.builder().put("item", offence.item())
                .put("penalties", List.copyOf(decision.kinds()));
        decision.fine().ifPresent(f -> details.put("fine", f));
        return details;
    }

    /** A fine against a range: item, fine, range, and the base where the range is a multiple of it. */
    private static Parameters.Builder fine(Offence offence, BigDecimal fine, FineBounds range) {
        Parameters.Builder details = Parameters.builder().put("item", offence.item()).put("fine", fine)
                .put("min", range.min()).put("max", range.max());
        if (range.source() == FineBounds.Source.MULTIPLE) {
            // a base is whole fen (Offence checks it); it is shown in yuan and fen, as the range is
            offence.base().ifPresent(b -> details.put("base", b.setScale(2, RoundingMode.UNNECESSARY)));
        }
        return details;
    }
}
