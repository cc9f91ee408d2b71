package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.LimitationResult;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
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
 * <li>PENALTY_NOT_ALLOWED: the ruling gives no penalty (Arts 30, 31, 33; Art 37 where the act is no longer an
 * offence; the standard's 不予处罚 tier or its list of first offences) and a penalty was decided, citing the ruling's
 * grounds, or the standard's row where the standard alone excludes it. Nothing else is checked for that
 * decision.</li>
 * <li>KIND_NOT_ALLOWED: a kind decided that the item's provisions (in the edition the ruling applies, Art 37) do not
 * allow. A 警告 or 通报批评 (Art 9 item (1)) is not counted where a 减轻处罚 is lawful (the tier is
 * {@link TierLevel#MITIGATED}, or a ground of Arts 30 to 32 applies): 减轻 may choose a lighter kind than the
 * provisions name, our reading of 减轻处罚. Kinds the provisions allow but the tier does not impose, and mandatory
 * kinds left out, are not checked.</li>
 * <li>FINE_OUTSIDE_STATUTORY_RANGE: a fine above the range the provisions set for the base found, or below it where
 * 减轻 is not lawful (as above). No range (a multiple with no base found) checks nothing; a fine of a kind the
 * provisions do not allow is KIND_NOT_ALLOWED alone.</li>
 * <li>FINE_OUTSIDE_TIER: a fine within the statutory range but outside the whole range of the tier the standard gives
 * the recorded circumstances; below it only where the tier is of 减轻处罚 or no ground of Arts 30 to 32 applies (a
 * ground makes a lighter or mitigated penalty lawful below a tier that did not provide for it; below the standard's
 * own tier of mitigation nothing is lighter in its terms), and never against the lower half
 * {@link PenaltyRuling#isMitigatedWithinTier()} reads into a tier (an interpretation the replay does not hold the
 * agency to). No tier (facts no row covers, no standard
 * on the day) or no range for the base checks nothing. That the standard binds the agency is an interpretation,
 * which the violation's text states.</li>
 * <li>SECOND_FINE: a fine for an act already fined in the case (Art 29), the same act being the same item committed
 * on the same first day, an interpretation the text states; one act breaching two items is not found. Checked with
 * or without a discretion, in the order of the decisions' days (on one day, the smaller fine first).</li>
 * </ul>
 * A violation names the officers of the decision's event, on its day.
 */
final class PenaltyChecks {

    /** 行政处罚法 Art 29: one act is fined once. */
    private static final LegalBasis ONE_FINE = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 29));
    /** 行政处罚法 Art 34: the agency's discretion standards. */
    private static final LegalBasis STANDARDS = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 34));
    /** The grounds of Arts 30 to 32 on which the penalty may or must be lighter or mitigated. */
    private static final Set<RulingGround> MITIGATING = EnumSet.of(RulingGround.MINOR_AGE,
            RulingGround.DIMINISHED_CAPACITY, RulingGround.MITIGATING_GROUND);
    /** The kinds of Art 9 item (1), which a 减轻处罚 may choose in place of the kinds the provisions name. */
    private static final Set<PenaltyKind> LIGHTEST = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.PUBLIC_CRITICISM);

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

    /** A penalty where the ruling gives none: the ruling's grounds, or the standard's row that gives none. */
    private void notAllowed(Step step, CaseEvent.StepPerformed event, List<Involvement> people,
            PenaltyDecision decision, PenaltyRuling ruling) {
        Parameters.Builder details = penalty(ruling.offence(), decision).put("disposition", ruling.disposition());
        ruling.standard().ifPresent(s -> details.put("standard", s.number()));
        ruling.row().ifPresent(r -> details.put("row", r.id().value()));
        LegalBasis basis = null;
        for (RulingGround ground : ruling.grounds()) {
            basis = basis == null ? ground.basis() : basis.and(ground.basis());
        }
        if (!ruling.grounds().isEmpty()) {
            details.put("grounds", ruling.grounds());
        }
        if (basis == null || ruling.grounds().contains(RulingGround.FIRST_OFFENCE)) {
            basis = basis == null ? STANDARDS : basis.and(STANDARDS);
        }
        findings.violation(ViolationKind.PENALTY_NOT_ALLOWED, step, event.date(), people, details.build(), basis);
    }

    private void checkKinds(Step step, CaseEvent.StepPerformed event, List<Involvement> people,
            PenaltyDecision decision, PenaltyRuling ruling) {
        Set<PenaltyKind> allowed = EnumSet.noneOf(PenaltyKind.class);
        ruling.item().clauses().stream().map(PenaltyClause::kind).forEach(allowed::add);
        Set<PenaltyKind> notAllowed = EnumSet.copyOf(decision.kinds());
        notAllowed.removeAll(allowed);
        if (mayMitigate(ruling)) {
            notAllowed.removeAll(LIGHTEST);
        }
        if (!notAllowed.isEmpty()) {
            findings.violation(ViolationKind.KIND_NOT_ALLOWED, step, event.date(), people,
                    penalty(ruling.offence(), decision).put("notAllowed", List.copyOf(notAllowed))
                            .put("allowed", List.copyOf(allowed)).build(), ruling.item().applied());
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
        Optional<Tier> tier = ruling.tier();
        Optional<FineBounds> range = tier.flatMap(t -> t.boundsFor(offence.base()));
        if (range.isEmpty() || ruling.standard().isEmpty() || ruling.row().isEmpty()) {
            return;
        }
        boolean lighterAllowed = tier.get().level() != TierLevel.MITIGATED
                && ruling.grounds().stream().anyMatch(MITIGATING::contains);
        if (fine.compareTo(range.get().max()) > 0 || fine.compareTo(range.get().min()) < 0 && !lighterAllowed) {
            findings.violation(ViolationKind.FINE_OUTSIDE_TIER, step, event.date(), people,
                    fine(offence, fine, range.get()).put("tier", tier.get().level())
                            .put("row", ruling.row().get().id().value())
                            .put("standard", ruling.standard().get().number()).build(),
                    STANDARDS.and(ruling.item().applied()));
        }
    }

    /** Whether a 减轻处罚 is lawful: the tier is one of mitigated penalty, or a ground of Arts 30 to 32 applies. */
    private static boolean mayMitigate(PenaltyRuling ruling) {
        return ruling.tier().map(t -> t.level() == TierLevel.MITIGATED).orElse(false)
                || ruling.grounds().stream().anyMatch(MITIGATING::contains);
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
