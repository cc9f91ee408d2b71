package io.github.quanze.allocation;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_COERCION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.power.PowerKind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The provisions each allocation finding rests on. Where a finding's basis depends on the kind of power, the
 * national text (国办发〔2005〕37号) comes first and the statute of that kind follows.
 */
final class AllocationBases {

    /** 国办发〔2005〕37号: decompose powers to units and posts, without overlap or over-concentration. */
    static final LegalBasis OPINIONS = LegalBasis.of(Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS));

    private static final Provision PENALTY_IN_COMPETENCE = Provision.of(ADMINISTRATIVE_PENALTY_LAW, 17);
    private static final Provision PENALTY_CERTIFIED_TWO = Provision.of(ADMINISTRATIVE_PENALTY_LAW, 42, 1);
    private static final Provision PENALTY_HEAD_DECIDES = Provision.of(ADMINISTRATIVE_PENALTY_LAW, 57, 1);
    private static final Provision PENALTY_LEGAL_REVIEW = Provision.of(ADMINISTRATIVE_PENALTY_LAW, 58, 1);
    private static final Provision COERCION_NOT_ENTRUSTED = Provision.of(ADMINISTRATIVE_COERCION_LAW, 17, 1);
    private static final Provision COERCION_CERTIFIED = Provision.of(ADMINISTRATIVE_COERCION_LAW, 17, 3);
    private static final Provision COERCION_HEAD_APPROVES = Provision.ofItem(ADMINISTRATIVE_COERCION_LAW, 18, 1);
    private static final Provision COERCION_TWO = Provision.ofItem(ADMINISTRATIVE_COERCION_LAW, 18, 2);

    private AllocationBases() {}

    /**
     * Interpretation: 行政处罚法 Art 57 gives the decision to the agency head after the investigation ends, and
     * 行政强制法 Art 18(1) requires the head's approval before a measure; a post that handles and also approves
     * takes both sides, which 37号's "防止权限过于集中" forbids.
     */
    static LegalBasis separation(Collection<PowerKind> kinds) {
        return withKinds(OPINIONS, kinds, PENALTY_HEAD_DECIDES, COERCION_HEAD_APPROVES);
    }

    /** Interpretation: a reviewer, or a legality reviewer (行政处罚法 Art 58), checking their own post's draft. */
    static LegalBasis selfReview(Collection<PowerKind> kinds) {
        return withKinds(OPINIONS, kinds, PENALTY_LEGAL_REVIEW, null);
    }

    /** 行政处罚法 Art 57(1) (the head decides); 行政强制法 Art 18(1) (the head approves beforehand). */
    static LegalBasis approver(PowerKind kind) {
        return kind == PowerKind.ADMINISTRATIVE_PENALTY ? LegalBasis.of(PENALTY_HEAD_DECIDES)
                : LegalBasis.of(COERCION_HEAD_APPROVES);
    }

    /** 行政处罚法 Art 42(1) (enforcement qualification); 行政强制法 Art 17(3) (qualified officers only). */
    static LegalBasis certified(Collection<PowerKind> kinds) {
        return withKinds(OPINIONS, kinds, PENALTY_CERTIFIED_TWO, COERCION_CERTIFIED);
    }

    /** 行政处罚法 Art 42(1) (no fewer than two officers); 行政强制法 Art 18(2) (two or more officers). */
    static LegalBasis twoOfficers(Collection<PowerKind> kinds) {
        if (kinds.contains(PowerKind.ADMINISTRATIVE_PENALTY)) {
            return kinds.contains(PowerKind.ADMINISTRATIVE_COERCION)
                    ? LegalBasis.of(PENALTY_CERTIFIED_TWO, COERCION_TWO) : LegalBasis.of(PENALTY_CERTIFIED_TWO);
        }
        return LegalBasis.of(COERCION_TWO);
    }

    /**
     * 行政处罚法 Art 17 (penalties within the agency's statutory competence); 行政强制法 Art 17(1) (coercive
     * measures may not be entrusted).
     */
    static LegalBasis ownAgency(Collection<PowerKind> kinds) {
        return withKinds(OPINIONS, kinds, PENALTY_IN_COMPETENCE, COERCION_NOT_ENTRUSTED);
    }

    /** The provisions an issue's check rests on, for every kind of power it concerns. */
    static LegalBasis of(AllocationIssue issue) {
        Set<PowerKind> all = EnumSet.allOf(PowerKind.class);
        switch (issue) {
            case HANDLER_ALSO_APPROVES:
                return separation(all);
            case HANDLER_ALSO_REVIEWS:
                return selfReview(all);
            case NO_APPROVER:
                return approver(PowerKind.ADMINISTRATIVE_PENALTY).and(approver(PowerKind.ADMINISTRATIVE_COERCION));
            case NO_CERTIFIED_OFFICER:
                return certified(all);
            case FEWER_THAN_TWO_CERTIFIED:
                return twoOfficers(all);
            case FOREIGN_POST:
                return ownAgency(all);
            default:
                return OPINIONS;
        }
    }

    private static LegalBasis withKinds(LegalBasis base, Collection<PowerKind> kinds, Provision penalty,
            Provision coercion) {
        LegalBasis basis = base;
        if (penalty != null && kinds.contains(PowerKind.ADMINISTRATIVE_PENALTY)) {
            basis = basis.and(LegalBasis.of(penalty));
        }
        if (coercion != null && kinds.contains(PowerKind.ADMINISTRATIVE_COERCION)) {
            basis = basis.and(LegalBasis.of(coercion));
        }
        return basis;
    }
}
