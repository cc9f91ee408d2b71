package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.Certification;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.text.Parameters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of who performed a step (人员检查): enough officers, each certified for the case's area on the day,
 * kept apart from the steps the law separates, a qualified legal reviewer, and a head of the agency where the law
 * asks for one.
 */
final class OfficerChecks {

    /** 行政处罚法 Art 58 第二款: the qualification of a first-time legal reviewer. */
    private static final LegalBasis LEGAL_REVIEWER = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 58, 2));

    private final ReplayIndex index;
    private final ReplayFindings findings;

    OfficerChecks(ReplayIndex index, ReplayFindings findings) {
        this.index = index;
        this.findings = findings;
    }

    /**
     * Checks the officers of one event of a step.
     *
     * @param reported  the officers already reported for not being kept apart in this step, added to
     */
    void check(Step step, CaseEvent.StepPerformed event, Set<OfficerId> reported) {
        List<OfficerId> officers = event.officers();
        if (officers.size() < step.officers()) {
            findings.violation(ViolationKind.TOO_FEW_OFFICERS, step, event.date(), index.people(step, officers),
                    Parameters.builder().put("officers", officers.size()).put("required", step.officers()).build(),
                    step.basis());
        }
        if (step.isCertified()) {
            checkCertificates(step, event);
        }
        checkSeparation(step, event, reported);
        if (step.isQualifiedLegalReviewer()) {
            for (OfficerId officer : officers) {
                if (!index.organization.officer(officer).mayReviewLegality(event.date())) {
                    findings.violation(ViolationKind.UNQUALIFIED_LEGAL_REVIEWER, step, event.date(),
                            index.people(step, List.of(officer)), Parameters.empty(), LEGAL_REVIEWER);
                }
            }
        }
        if (step.isByHead() && officers.stream().allMatch(o -> index.organization.leadershipOf(o).isEmpty())) {
            findings.violation(ViolationKind.NOT_BY_HEAD, step, event.date(), index.people(step, officers),
                    Parameters.empty(), step.basis());
        }
    }

    private void checkCertificates(Step step, CaseEvent.StepPerformed event) {
        for (OfficerId officer : event.officers()) {
            Certification c = index.organization.certification(officer, index.record.area(), event.date());
            if (!c.isCertified()) {
                Parameters.Builder details = Parameters.builder().put("area", c.area())
                        .putConstant("outcome", c.outcome());
                c.credentialNumber().ifPresent(n -> details.put("credential", n));
                findings.violation(ViolationKind.UNCERTIFIED_OFFICER, step, event.date(),
                        index.people(step, List.of(officer)), details.build(), step.basis());
            }
        }
    }

    /** Each officer of the step who took part in a step it must be kept apart from, reported once per step. */
    private void checkSeparation(Step step, CaseEvent.StepPerformed event, Set<OfficerId> reported) {
        for (Step.Separation separation : step.separations()) {
            for (StepKind other : separation.steps()) {
                Set<OfficerId> those = new HashSet<>();
                index.performed.getOrDefault(other, List.of()).forEach(p -> those.addAll(p.officers()));
                for (OfficerId officer : event.officers()) {
                    if (those.contains(officer) && reported.add(officer)) {
                        findings.violation(ViolationKind.NOT_SEPARATED, step, event.date(),
                                index.people(step, List.of(officer)),
                                Parameters.builder().put("other", other).build(), separation.basis());
                    }
                }
            }
        }
    }
}
