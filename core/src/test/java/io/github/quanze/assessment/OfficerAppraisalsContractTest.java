package io.github.quanze.assessment;

import static io.github.quanze.assessment.Officers.ACT_2026;
import static io.github.quanze.assessment.Officers.EXCELLENT_FILE;
import static io.github.quanze.assessment.Officers.REVIEWED_2026;
import static io.github.quanze.assessment.Officers.YEAR_2026;
import static io.github.quanze.assessment.Officers.fault;
import static io.github.quanze.procedure.Cases.BUREAU_ORGANIZATION;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.penaltyCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.fault.Gravity;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.Role;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReviewTest;
import io.github.quanze.review.Grade;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewerFinding;
import io.github.quanze.sanction.SanctionKind;
import java.util.List;
import net.jqwik.api.Example;

/** Who a case file counts for when every officer is appraised; appraisals as values; the outcome labels. */
class OfficerAppraisalsContractTest {

    private static final OfficerAppraisals APPRAISALS = OfficerAppraisals.defaults();

    private static OfficerAppraisal of(List<OfficerAppraisal> all, OfficerId officer) {
        return all.stream().filter(a -> a.officer().equals(officer)).findFirst().orElseThrow();
    }

    @Example
    void aFileCountsForAnOfficerItsDefectNames_thoughNotAHandler() {
        Involvement li = new Involvement(LI, BUREAU_ORGANIZATION.officer(LI).name(), Role.HANDLER);
        ReviewReport failed = CaseFileReviewTest.review(CaseFile.of(penaltyCase(PENALTY_CASE))
                .with(new ReviewerFinding("EVIDENCE.INSUFFICIENT", 1, "主要证据不足", "刘评查", REVIEWED_2026,
                        List.of(li))));
        assertThat(failed.grade()).isEqualTo(Grade.FAIL);
        assertThat(failed.handlers()).extracting(Involvement::officer).doesNotContain(LI);
        List<OfficerAppraisal> all = APPRAISALS.appraiseAll(BUREAU_ORGANIZATION, YEAR_2026, List.of(failed),
                List.of(), List.of());
        assertThat(of(all, LI).facts().reviewedFiles()).isEqualTo(1);
        assertThat(of(all, LI).facts().failedFiles()).isEqualTo(1);
        assertThat(of(all, LI).rating()).isEqualTo(OfficerRating.BASIC);
    }

    @Example
    void aFileHandledByAStranger_isRejected() {
        ReviewReport r = EXCELLENT_FILE;
        ReviewReport stranger = new ReviewReport(r.caseId(), r.agency(), r.standard(), r.date(),
                List.of(new Involvement(OfficerId.of("X-99"), "外单位", Role.HANDLER)), r.scores(), r.defects(),
                r.total(), r.grade());
        assertThatIllegalArgumentException().isThrownBy(() -> APPRAISALS.appraiseAll(BUREAU_ORGANIZATION, YEAR_2026,
                List.of(stranger), List.of(), List.of()))
                .withMessage("Case file %s names officer 'X-99', whom the organization does not know", r.caseId());
    }

    @Example
    void appraisalsAreValues() {
        OfficerAppraisal clean = OfficerAppraisalTest.appraise(WANG, List.of(EXCELLENT_FILE), List.of());
        OfficerAppraisal same = OfficerAppraisalTest.appraise(WANG, List.of(EXCELLENT_FILE), List.of());
        OfficerAppraisal basic = OfficerAppraisalTest.appraise(WANG, List.of(),
                List.of(fault(WANG, Gravity.SERIOUS, ACT_2026)));
        assertThat(clean).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(basic).isNotEqualTo(null);
        assertThat(clean.hashCode()).isNotEqualTo(basic.hashCode());
        assertThat(clean).hasToString("OfficerAppraisal[H-01 2026: EXCELLENT, GREEN]");
        assertThat(basic).hasToString("OfficerAppraisal[H-01 2026: BASIC, YELLOW]");
        assertThat(APPRAISALS).hasToString("OfficerAppraisals{执法人员年度考核等次表, 执法人员红黄绿卡表}");
    }

    @Example
    void outcomesAndCards_carryTheirLabelsAndMeasures() {
        assertThat(ReconsiderationOutcome.UPHELD.label().zh()).isEqualTo("维持");
        assertThat(LitigationOutcome.WITHDRAWN.label().zh()).isEqualTo("撤诉");
        assertThat(OfficerCard.RED.measures()).containsExactly(SanctionKind.QUALIFICATION_REVOKED);
        assertThat(OfficerCard.YELLOW.measures()).containsExactly(SanctionKind.CREDENTIAL_SUSPENDED,
                SanctionKind.OFF_POST_TRAINING);
        assertThat(OfficerCard.GREEN.measures()).isEmpty();
        assertThat(AgencyMeasurePolicy.Level.SERIOUS.label().zh()).isEqualTo("严重");
    }
}
