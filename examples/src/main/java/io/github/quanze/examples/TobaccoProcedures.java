package io.github.quanze.examples;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.StatutoryLimits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The tobacco bureau's own flow (执法流程图) for cases where the cigarettes are preserved as evidence, the commonest
 * case of seed 000's 案件处理监管流程图: the ordinary penalty procedure with 先行登记保存 added after the filing.
 * <p>
 * 行政处罚法 Art 56 allows preservation where evidence may be lost, with the approval of the agency's head, and
 * asks for a disposal decision within seven days; the bureau's flow makes both steps part of every such case and has
 * them performed, like the investigation, by two certified officers (Art 42). That the approval and the preservation
 * are separate steps, and the officers needed, are the bureau's choices, not the statute's text. So is keeping the
 * investigators out of the decision (查处分离), which the bureau's own rules provide and the flow cites as such.
 */
final class TobaccoProcedures {

    /** 涉案卷烟先行登记保存案件处理流程. */
    static final Procedure PRESERVATION_CASE = preservationCase();

    private TobaccoProcedures() {}

    private static Procedure preservationCase() {
        LegalBasis art56 = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 56));
        List<Step> steps = new ArrayList<>();
        LegalBasis separation = LegalBasis.of(Provision.of(TobaccoLaw.BUREAU_RULES, 12));
        for (Step step : ProcedureTemplates.PENALTY_ORDINARY.steps()) {
            if (step.kind() == StepKind.NOTICE) {
                steps.add(step.after(StepKind.EVIDENCE_PRESERVATION));
            } else if (step.kind() == StepKind.DECISION) {
                steps.add(step.separateFrom(separation, StepKind.INVESTIGATION));
            } else {
                steps.add(step);
            }
        }
        steps.add(1, Step.of(StepKind.HEAD_APPROVAL, PostRole.APPROVER, art56).after(StepKind.FILING));
        steps.add(2, Step.of(StepKind.EVIDENCE_PRESERVATION, PostRole.HANDLER,
                        art56.and(LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 42))))
                .officers(2).certified().after(StepKind.HEAD_APPROVAL));
        return Procedure.builder(BilingualText.of("涉案卷烟先行登记保存案件处理流程",
                        "case procedure with cigarettes preserved as evidence"))
                .step(steps.toArray(Step[]::new))
                .hearingRequest(StatutoryLimits.PENALTY_HEARING_REQUEST, StepKind.HEARING_RIGHT_NOTICE)
                .staffedBy(EnumSet.of(PostRole.HANDLER, PostRole.REVIEWER, PostRole.LEGAL_REVIEWER, PostRole.APPROVER))
                .build();
    }
}
