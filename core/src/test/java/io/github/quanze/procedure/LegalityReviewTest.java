package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.WU;
import static io.github.quanze.procedure.Cases.ZHENG;
import static io.github.quanze.procedure.Cases.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 重大执法决定法制审核: 行政处罚法 Art 58 第一款, 第二款 and 国办发〔2018〕118号 (目录清单, licences and coercion). */
class LegalityReviewTest {

    private static final LocalDate AFTER = LocalDate.of(2026, 12, 31);
    private static final LegalityOpinion FAILED = new LegalityOpinion(false, List.of(
            LegalityOpinion.Finding.sound(ReviewAspect.SUBJECT),
            LegalityOpinion.Finding.issue(ReviewAspect.EVIDENCE, "违法经营数额的证据不足"),
            LegalityOpinion.Finding.issue(ReviewAspect.DISCRETION, "未说明从重理由")));
    private static final ReviewCatalogue CATALOGUE = ReviewCatalogue.of("某烟草专卖局重大执法决定法制审核目录清单",
            ReviewCatalogue.Entry.fineAtLeast("罚款五万元以上", new BigDecimal("50000")),
            ReviewCatalogue.Entry.penalty("吊销许可证", PenaltyKind.LICENCE_REVOKED),
            ReviewCatalogue.Entry.licences("行政许可决定"),
            ReviewCatalogue.Entry.procedureWith("查封、扣押", StepKind.SEIZURE));

    private static CaseEvent review(String date, LegalityOpinion opinion) {
        return CaseEvent.recorded(StepKind.LEGALITY_REVIEW, LocalDate.parse(date), opinion, WU);
    }

    private static final PenaltyDecision FINE = PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("3000"));

    /** The case's decision recording a penalty. */
    private static List<CaseEvent> penalised(List<CaseEvent> events) {
        return Cases.replace(events, StepKind.DECISION, CaseEvent.recorded(StepKind.DECISION,
                LocalDate.of(2026, 10, 19), FINE, CHEN).with("行政处罚决定书"));
    }

    @Test
    void art58AFailedReviewForbidsTheDecision() {
        List<CaseEvent> events = penalised(Cases.replace(PENALTY_CASE, StepKind.LEGALITY_REVIEW,
                review("2026-10-14", FAILED)));
        CaseState state = Cases.penaltyCase(events).replay(AFTER);

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.DECIDED_AGAINST_REVIEW);
            assertThat(v.step()).isEqualTo(StepKind.DECISION);
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 10, 19));
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(CHEN);
            assertThat(v.details().date("reviewed")).isEqualTo(LocalDate.of(2026, 10, 14));
            assertThat(v.details().list("issues")).isEqualTo(List.of(ReviewAspect.EVIDENCE, ReviewAspect.DISCRETION));
            assertThat(v.basis().toString()).contains("第五十八条第一款");
            assertThat(v.message().zh()).contains("法制审核未通过", "证据", "裁量基准运用");
        });
        assertThat(CaseFileReview.review(CaseFile.of(Cases.penaltyCase(events)), ReviewStandards.DEFAULT, AFTER)
                .total()).isZero();
        assertThat(io.github.quanze.fault.ViolationFaults.of(state)).singleElement()
                .satisfies(f -> assertThat(f.type()).isEqualTo(io.github.quanze.fault.FaultType.PROCEDURE_VIOLATION));
    }

    @Test
    void art58AReviewPassedAfterAFailedOneAllowsTheDecision() {
        List<CaseEvent> events = new ArrayList<>(Cases.replace(PENALTY_CASE, StepKind.LEGALITY_REVIEW,
                review("2026-10-14", FAILED)));
        events.add(events.size() - 1, review("2026-10-15", LegalityOpinion.passed(ReviewAspect.values())));
        assertThat(Cases.penaltyCase(events).replay(AFTER).isClean()).isTrue();

        events.add(events.size() - 1, review("2026-10-20", FAILED));
        assertThat(Cases.penaltyCase(events).replay(AFTER).isClean()).as("a review after the decision").isTrue();
    }

    @Test
    void aReviewWithoutAnOpinionIsNeverTakenAsFailed() {
        List<CaseEvent> events = new ArrayList<>(penalised(Cases.replace(PENALTY_CASE, StepKind.LEGALITY_REVIEW,
                review("2026-10-14", FAILED))));
        assertThat(Cases.penaltyCase(events).replay(AFTER).isClean()).isFalse();
        events.add(events.size() - 1, step(StepKind.LEGALITY_REVIEW, "2026-10-14", WU));
        assertThat(Cases.penaltyCase(events).replay(AFTER).isClean()).isTrue();
    }

    @Test
    void aFailedReviewTheCaseDidNotNeedForbidsNothing() {
        List<CaseEvent> events = penalised(Cases.replace(PENALTY_CASE, StepKind.LEGALITY_REVIEW,
                review("2026-10-14", FAILED)));
        assertThat(Cases.penaltyCase(events).replay(AFTER).violations(ViolationKind.DECIDED_AGAINST_REVIEW))
                .hasSize(1);
        CaseRecord noGrounds = Cases.penaltyCase("烟罚〔2026〕9号", LocalDate.of(2026, 9, 1)).hearingEligible(true)
                .build().appendAll(events);
        assertThat(noGrounds.replay(AFTER).violations(ViolationKind.DECIDED_AGAINST_REVIEW)).isEmpty();
    }

    @Test
    void a118CatalogueListingTheFineRequiresTheReviewBeforeTheDecision() {
        List<CaseEvent> events = Cases.replace(CaseReplayTest.without(PENALTY_CASE, StepKind.LEGALITY_REVIEW),
                StepKind.DECISION, CaseEvent.recorded(StepKind.DECISION, LocalDate.of(2026, 10, 19),
                        PenaltyDecision.fine(PartyType.LEGAL_PERSON, new BigDecimal("50000")), CHEN));
        CaseState listed = Cases.penaltyCase("烟罚〔2026〕7号", LocalDate.of(2026, 9, 1)).hearingEligible(true)
                .reviewCatalogue(CATALOGUE).build().appendAll(events).replay(AFTER);

        assertThat(listed.violations()).extracting(ProcedureViolation::kind, ProcedureViolation::step).containsExactly(
                tuple(ViolationKind.WRONG_ORDER, StepKind.DECISION),
                tuple(ViolationKind.MISSING_STEP, StepKind.LEGALITY_REVIEW));
        assertThat(listed.violations(ViolationKind.MISSING_STEP).get(0).basis().toString()).contains("118号");

        List<CaseEvent> smaller = Cases.replace(events, StepKind.DECISION, CaseEvent.recorded(StepKind.DECISION,
                LocalDate.of(2026, 10, 19), PenaltyDecision.fine(PartyType.LEGAL_PERSON, new BigDecimal("49999.99")),
                CHEN));
        assertThat(Cases.penaltyCase("烟罚〔2026〕8号", LocalDate.of(2026, 9, 1)).hearingEligible(true)
                .reviewCatalogue(CATALOGUE).build().appendAll(smaller).replay(AFTER).isClean()).isTrue();
        assertThat(CATALOGUE.listing(ProcedureTemplates.PENALTY_ORDINARY, List.of(PenaltyDecision.of(
                PartyType.LEGAL_PERSON, PenaltyKind.LICENCE_REVOKED)))).extracting(ReviewCatalogue.Entry::name)
                .containsExactly("吊销许可证");
        assertThat(CATALOGUE.listing(ProcedureTemplates.PENALTY_ORDINARY, List.of())).isEmpty();
    }

    @Test
    void a118CatalogueListingEverySeizureRequiresTheReviewBeforeTheHeadApproves() {
        List<CaseEvent> events = List.of(step(StepKind.HEAD_APPROVAL, "2026-03-02", CHEN),
                review("2026-03-03", LegalityOpinion.passed(ReviewAspect.values())),
                step(StepKind.PARTY_NOTIFIED, "2026-03-03", WANG), step(StepKind.SEIZURE, "2026-03-03", WANG, LI));
        CaseState state = CaseRecord.builder().id("烟强〔2026〕3号").procedure(ProcedureTemplates.SEIZURE_AND_DETENTION)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(LocalDate.of(2026, 3, 2))
                .reviewCatalogue(CATALOGUE).build().appendAll(events).replay(LocalDate.of(2026, 3, 4));
        assertThat(state.violations()).extracting(ProcedureViolation::kind, ProcedureViolation::step)
                .containsExactly(tuple(ViolationKind.WRONG_ORDER, StepKind.HEAD_APPROVAL));

        CaseState without = Cases.seizure(events).replay(LocalDate.of(2026, 3, 4));
        assertThat(without.isClean()).isTrue();
    }

    @Test
    void a118ListedLicenceNeedsItsReviewAndTheStatutoryQualificationIsForPenaltyReviewersOnly() {
        List<CaseEvent> events = List.of(step(StepKind.APPLICATION, "2026-04-27", WANG),
                step(StepKind.ACCEPTANCE, "2026-04-28", WANG), step(StepKind.EXAMINATION, "2026-05-11", WANG, LI),
                CaseEvent.recorded(StepKind.LEGALITY_REVIEW, LocalDate.of(2026, 5, 20),
                        LegalityOpinion.passed(ReviewAspect.values()), ZHENG),
                CaseEvent.recorded(StepKind.DECISION, LocalDate.of(2026, 5, 26), LicenceDecision.grant(false), CHEN),
                step(StepKind.CLOSING, "2026-05-26", WANG));
        CaseState reviewed = licence(ProcedureTemplates.LICENSING_GENERAL).appendAll(events).replay(AFTER);
        assertThat(reviewed.violations()).as("no statute sets the reviewer's qualification for licences").isEmpty();

        CaseState unreviewed = licence(ProcedureTemplates.LICENSING_GENERAL)
                .appendAll(CaseReplayTest.without(events, StepKind.LEGALITY_REVIEW)).replay(AFTER);
        assertThat(unreviewed.violations()).extracting(ProcedureViolation::kind, ProcedureViolation::step)
                .containsExactlyInAnyOrder(tuple(ViolationKind.WRONG_ORDER, StepKind.DECISION),
                        tuple(ViolationKind.MISSING_STEP, StepKind.LEGALITY_REVIEW));

        Procedure strict = strictLicensing();
        CaseState ownRule = licence(strict).appendAll(events).replay(AFTER);
        assertThat(ownRule.violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.UNQUALIFIED_LEGAL_REVIEWER);
    }

    @Test
    void anOpinionThatFailsSaysWhatFailsAndFindsEachAspectOnce() {
        assertThatThrownBy(() -> new LegalityOpinion(false, List.of(LegalityOpinion.Finding.sound(
                ReviewAspect.FACTS)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issue");
        assertThatThrownBy(() -> LegalityOpinion.passed(ReviewAspect.FACTS, ReviewAspect.FACTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FACTS");
        assertThatThrownBy(() -> LegalityOpinion.Finding.issue(ReviewAspect.FACTS, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(FAILED.issues()).containsExactly(ReviewAspect.EVIDENCE, ReviewAspect.DISCRETION);
        assertThat(LegalityOpinion.passed(ReviewAspect.values()).issues()).isEmpty();
    }

    @Test
    void aCatalogueEntryHasExactlyOneTrigger() {
        assertThatThrownBy(() -> new ReviewCatalogue.Entry("两个", java.util.Optional.of(BigDecimal.TEN),
                java.util.Set.of(PenaltyKind.FINE), false, java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("两个");
        assertThatThrownBy(() -> ReviewCatalogue.Entry.fineAtLeast("零", BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("零");
        assertThatThrownBy(() -> ReviewCatalogue.of("清单", ReviewCatalogue.Entry.licences("许可"),
                ReviewCatalogue.Entry.licences("许可"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void art58ADecisionWithoutAPenaltyFollowsAFailedReviewLawfullyAndAPenaltyDoesNot() {
        List<CaseEvent> failed = Cases.replace(PENALTY_CASE, StepKind.LEGALITY_REVIEW, review("2026-10-14", FAILED));
        // 不予行政处罚 (Art 57 第一款): the decision records no penalty, as the review advised
        CaseState noPenalty = Cases.penaltyCase(failed).replay(AFTER);
        assertThat(noPenalty.violations(ViolationKind.DECIDED_AGAINST_REVIEW)).isEmpty();

        CaseState penalty = Cases.penaltyCase(penalised(failed)).replay(AFTER);
        assertThat(penalty.violations(ViolationKind.DECIDED_AGAINST_REVIEW)).singleElement().satisfies(v -> {
            assertThat(v.details().has("licence")).isFalse();
            assertThat(v.message().zh()).doesNotContain("解释");
        });
    }

    @Test
    void a118LicenceRefusedAfterAFailedReviewIsLawfulAndOneGrantedIsOurReadingOfArt58() {
        List<CaseEvent> granted = List.of(step(StepKind.APPLICATION, "2026-04-27", WANG),
                step(StepKind.ACCEPTANCE, "2026-04-28", WANG), step(StepKind.EXAMINATION, "2026-05-11", WANG, LI),
                CaseEvent.recorded(StepKind.LEGALITY_REVIEW, LocalDate.of(2026, 5, 20), FAILED, ZHENG),
                CaseEvent.recorded(StepKind.DECISION, LocalDate.of(2026, 5, 26), LicenceDecision.grant(false), CHEN),
                step(StepKind.CLOSING, "2026-05-26", WANG));
        CaseState grant = licence(ProcedureTemplates.LICENSING_GENERAL).appendAll(granted).replay(AFTER);
        assertThat(grant.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.DECIDED_AGAINST_REVIEW);
            assertThat(v.details().bool("licence")).isTrue();
            assertThat(v.message().zh()).contains("解释", "118号");
            assertThat(v.message().en()).contains("interpretation");
        });

        List<CaseEvent> refused = Cases.replace(granted, StepKind.DECISION, CaseEvent.recorded(StepKind.DECISION,
                LocalDate.of(2026, 5, 26), LicenceDecision.refusal(true, true), CHEN));
        assertThat(licence(ProcedureTemplates.LICENSING_GENERAL).appendAll(refused).replay(AFTER).violations())
                .isEmpty();
    }

    @Test
    void a118HeadApprovalOfASeizureAfterAFailedReviewIsOurReading() {
        List<CaseEvent> events = List.of(review("2026-03-02", FAILED), step(StepKind.HEAD_APPROVAL, "2026-03-03", CHEN),
                step(StepKind.PARTY_NOTIFIED, "2026-03-03", WANG), step(StepKind.SEIZURE, "2026-03-03", WANG, LI));
        CaseState state = CaseRecord.builder().id("烟强〔2026〕4号").procedure(ProcedureTemplates.SEIZURE_AND_DETENTION)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(LocalDate.of(2026, 3, 2))
                .reviewCatalogue(CATALOGUE).build().appendAll(events).replay(LocalDate.of(2026, 3, 4));
        assertThat(state.violations(ViolationKind.DECIDED_AGAINST_REVIEW)).singleElement().satisfies(v -> {
            assertThat(v.step()).isEqualTo(StepKind.HEAD_APPROVAL);
            assertThat(v.message().zh()).contains("解释");
        });
    }

    @Test
    void aFailedReviewOnTheDecisionDayAfterAPassIsNotReportedButWithoutAPassItIs() {
        LegalityOpinion pass = LegalityOpinion.passed(ReviewAspect.values());
        List<CaseEvent> base = penalised(Cases.replace(PENALTY_CASE, StepKind.LEGALITY_REVIEW,
                review("2026-10-14", pass)));
        List<CaseEvent> sameDay = new ArrayList<>(base);
        sameDay.add(sameDay.size() - 1, review("2026-10-19", FAILED));
        // our interpretation: the order within the decision day is unknown, so the decision may follow the pass
        assertThat(Cases.penaltyCase(sameDay).replay(AFTER).violations(ViolationKind.DECIDED_AGAINST_REVIEW))
                .isEmpty();

        List<CaseEvent> failedBefore = penalised(Cases.replace(PENALTY_CASE, StepKind.LEGALITY_REVIEW,
                review("2026-10-14", FAILED)));
        List<CaseEvent> failedTwice = new ArrayList<>(failedBefore);
        failedTwice.add(failedTwice.size() - 1, review("2026-10-19", FAILED));
        assertThat(Cases.penaltyCase(failedTwice).replay(AFTER).violations(ViolationKind.DECIDED_AGAINST_REVIEW))
                .singleElement().satisfies(v -> assertThat(v.details().date("reviewed"))
                        .isEqualTo(LocalDate.of(2026, 10, 19)));

        // a failure between the pass and the decision day still counts
        List<CaseEvent> failedBetween = new ArrayList<>(sameDay);
        failedBetween.add(failedBetween.size() - 2, review("2026-10-16", FAILED));
        assertThat(Cases.penaltyCase(failedBetween).replay(AFTER).violations(ViolationKind.DECIDED_AGAINST_REVIEW))
                .hasSize(1);
    }

    @Test
    void nullsAreRefusedWithTheirNames() {
        assertThatThrownBy(() -> new LegalityOpinion(true, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("findings");
        assertThatThrownBy(() -> new ReviewCatalogue.Entry("x", java.util.Optional.empty(), null, true,
                java.util.Optional.empty())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("penalties");
        assertThatThrownBy(() -> ReviewCatalogue.Entry.penalty("x", PenaltyKind.FINE, (PenaltyKind[]) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("more");
        assertThatThrownBy(() -> ReviewCatalogue.Entry.penalty("x", PenaltyKind.FINE, PenaltyKind.WARNING, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("more");
        assertThatThrownBy(() -> new ReviewCatalogue("x", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("entries");
        assertThat(ReviewCatalogue.Entry.penalty("x", PenaltyKind.FINE, PenaltyKind.WARNING).penalties())
                .containsExactlyInAnyOrder(PenaltyKind.FINE, PenaltyKind.WARNING);
    }

    private static CaseRecord licence(Procedure procedure) {
        return CaseRecord.builder().id("烟许〔2026〕1号").procedure(procedure).organization(Cases.BUREAU_ORGANIZATION)
                .area(Cases.AREA).opened(LocalDate.of(2026, 4, 27)).grounds(CaseGround.LISTED_FOR_REVIEW).build();
    }

    /** The licensing template with an agency's rule that its legality reviewers hold the qualification. */
    private static Procedure strictLicensing() {
        Procedure template = ProcedureTemplates.LICENSING_GENERAL;
        Procedure.Builder b = Procedure.builder(BilingualText.of("某局行政许可程序", "a bureau's licensing procedure"));
        for (Step s : template.steps()) {
            b.step(s.kind() == StepKind.LEGALITY_REVIEW ? s.qualifiedLegalReviewer() : s);
        }
        template.hearingRequest().ifPresent(h -> b.hearingRequest(h.limit(), h.from()));
        template.exclusions().forEach(b::exclusion);
        return b.build();
    }
}
