package io.github.quanze.procedure;

import static io.github.quanze.procedure.CaseReplayTest.without;
import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.GROUNDS;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.WU;
import static io.github.quanze.procedure.Cases.XU;
import static io.github.quanze.procedure.Cases.ZHAO;
import static io.github.quanze.procedure.Cases.ZHENG;
import static io.github.quanze.procedure.Cases.ZHOU;
import static io.github.quanze.procedure.Cases.replace;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.ACCEPTANCE;
import static io.github.quanze.procedure.StepKind.APPLICATION;
import static io.github.quanze.procedure.StepKind.CLOSING;
import static io.github.quanze.procedure.StepKind.COLLECTIVE_DECISION;
import static io.github.quanze.procedure.StepKind.CORRECTION_NOTICE;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.EXAMINATION;
import static io.github.quanze.procedure.StepKind.EXECUTION;
import static io.github.quanze.procedure.StepKind.FINES_HANDED_IN;
import static io.github.quanze.procedure.StepKind.HEAD_APPROVAL;
import static io.github.quanze.procedure.StepKind.HEARING;
import static io.github.quanze.procedure.StepKind.HEARING_NOTICE;
import static io.github.quanze.procedure.StepKind.HEARING_RIGHT_NOTICE;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.ISSUE;
import static io.github.quanze.procedure.StepKind.LEGALITY_REVIEW;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.ON_SITE_NOTICE;
import static io.github.quanze.procedure.StepKind.ON_SITE_RECORD;
import static io.github.quanze.procedure.StepKind.ON_THE_SPOT_COLLECTION;
import static io.github.quanze.procedure.StepKind.PARTY_NOTIFIED;
import static io.github.quanze.procedure.StepKind.RECORD_FILING;
import static io.github.quanze.procedure.StepKind.RELEASE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/**
 * The statute's own cases, one example each, for the rules the replay applies: what 行政处罚法 (2021), 行政许可法
 * (2019) and 行政强制法 (2011) require, and what they do not.
 */
class ProcedureLawTest {

    private static final LocalDate AFTER = LocalDate.of(2026, 11, 30);

    private static CaseRecord penalty(CaseGround... grounds) {
        CaseRecord.Builder b = Cases.penaltyCase("烟罚〔2026〕5号", LocalDate.of(2026, 9, 1)).hearingEligible(true);
        for (CaseGround ground : grounds) {
            b.grounds(ground);
        }
        return b.build();
    }

    private static CaseRecord open(Procedure procedure, String opened) {
        return CaseRecord.builder().id("案-" + procedure.name().zh()).procedure(procedure)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(LocalDate.parse(opened)).build();
    }

    // 1. 行政处罚法 Art 62: 当事人明确放弃陈述或者申辩权利的除外

    @Example
    void art62_aWaivedStatementIsNeitherMissingNorOutOfOrder() {
        List<CaseEvent> events = new ArrayList<>(without(PENALTY_CASE, STATEMENT_AND_DEFENCE));
        CaseState skipped = Cases.penaltyCase(events).replay(AFTER);
        events.add(events.size() - 1, new CaseEvent.Waived(STATEMENT_AND_DEFENCE, LocalDate.of(2026, 9, 18)));
        CaseState waived = Cases.penaltyCase(events).replay(AFTER);

        assertThat(skipped.violations()).extracting(ProcedureViolation::kind, ProcedureViolation::step)
                .contains(tuple(ViolationKind.MISSING_STEP, STATEMENT_AND_DEFENCE),
                        tuple(ViolationKind.WRONG_ORDER, DECISION));
        assertThat(waived.violations()).isEmpty();
        assertThat(waived.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoteKind.WAIVED);
            assertThat(n.basis().toString()).contains("第六十二条");
        });
    }

    @Example
    void art62_aWaiverAfterTheDecisionDoesNotMakeTheDecisionLawful() {
        List<CaseEvent> events = new ArrayList<>(without(PENALTY_CASE, STATEMENT_AND_DEFENCE));
        events.add(events.size() - 1, new CaseEvent.Waived(STATEMENT_AND_DEFENCE, LocalDate.of(2026, 10, 20)));

        CaseState state = Cases.penaltyCase(events).replay(AFTER);

        assertThat(state.violations()).extracting(ProcedureViolation::kind, ProcedureViolation::step)
                .contains(tuple(ViolationKind.WRONG_ORDER, DECISION))
                .doesNotContain(tuple(ViolationKind.MISSING_STEP, STATEMENT_AND_DEFENCE));
    }

    // 2. 行政处罚法 Art 58 第一款 (法制审核) apart from Art 57 第二款 (集体讨论); Art 58 第二款 (the reviewer)

    private static List<CaseEvent> noHearing() {
        return without(without(PENALTY_CASE, HEARING_NOTICE), HEARING).stream()
                .filter(e -> !(e instanceof CaseEvent.HearingRequested)).toList();
    }

    @Example
    void art57_aSeriousViolationNeedsACollectiveDecisionButNoLegalityReview() {
        CaseState state = penalty(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION)
                .appendAll(without(without(noHearing(), LEGALITY_REVIEW), COLLECTIVE_DECISION)).replay(AFTER);

        assertThat(state.violations()).extracting(ProcedureViolation::kind, ProcedureViolation::step)
                .containsExactly(tuple(ViolationKind.WRONG_ORDER, DECISION),
                        tuple(ViolationKind.MISSING_STEP, COLLECTIVE_DECISION));
        assertThat(state.violations()).allSatisfy(v -> assertThat(v.basis().toString()).contains("第五十七条第二款")
                .doesNotContain("第五十八条"));
    }

    @Example
    void art58_aDifficultCaseNeedsALegalityReviewButNoCollectiveDecision() {
        CaseState state = penalty(CaseGround.COMPLEX_LEGAL_RELATIONS)
                .appendAll(without(without(noHearing(), LEGALITY_REVIEW), COLLECTIVE_DECISION)).replay(AFTER);

        assertThat(state.violations()).extracting(ProcedureViolation::kind, ProcedureViolation::step)
                .containsExactly(tuple(ViolationKind.WRONG_ORDER, DECISION),
                        tuple(ViolationKind.MISSING_STEP, LEGALITY_REVIEW));
        assertThat(state.violations(ViolationKind.MISSING_STEP).get(0).basis().toString())
                .isEqualTo("《中华人民共和国行政处罚法》第五十八条第一款、第五十八条第一款第（三）项");
        assertThat(state.violations()).allSatisfy(v -> assertThat(v.basis().toString()).doesNotContain("第五十七条第二款"));
    }

    @Example
    void art58_majorRightsNeedALegalityReviewOnlyAfterAHearing() {
        List<CaseEvent> withoutReview = without(without(noHearing(), LEGALITY_REVIEW), COLLECTIVE_DECISION);
        CaseState noHearing = penalty(CaseGround.MAJOR_RIGHTS_AFTER_HEARING).appendAll(withoutReview).replay(AFTER);
        CaseState heard = penalty(CaseGround.MAJOR_RIGHTS_AFTER_HEARING)
                .appendAll(without(without(PENALTY_CASE, LEGALITY_REVIEW), COLLECTIVE_DECISION)).replay(AFTER);

        assertThat(noHearing.violations()).isEmpty();
        assertThat(heard.violations(ViolationKind.MISSING_STEP)).singleElement().satisfies(v ->
                assertThat(v.basis().toString()).contains("第五十八条第一款第（二）项"));
    }

    @Example
    void art58_aFirstTimeReviewerNeedsTheLegalProfessionalQualification() {
        CaseState unqualified = Cases.penaltyCase(replace(PENALTY_CASE, LEGALITY_REVIEW,
                step(LEGALITY_REVIEW, "2026-10-14", ZHENG))).replay(AFTER);
        CaseState qualified = Cases.penaltyCase(replace(PENALTY_CASE, LEGALITY_REVIEW,
                step(LEGALITY_REVIEW, "2026-10-14", ZHOU))).replay(AFTER);
        CaseState reviewingSince2018 = Cases.penaltyCase(replace(PENALTY_CASE, LEGALITY_REVIEW,
                step(LEGALITY_REVIEW, "2026-10-14", WU))).replay(AFTER);

        assertThat(unqualified.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.UNQUALIFIED_LEGAL_REVIEWER);
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(ZHENG);
            assertThat(v.basis().toString()).isEqualTo("《中华人民共和国行政处罚法》第五十八条第二款");
            assertThat(v.details()).isEqualTo(Parameters.empty());
        });
        assertThat(qualified.violations()).isEmpty();
        assertThat(reviewingSince2018.violations()).isEmpty();
        assertThat(Cases.BUREAU_ORGANIZATION.officer(ZHENG).mayReviewLegality(LocalDate.of(2021, 7, 14))).isTrue();
        assertThat(Cases.BUREAU_ORGANIZATION.officer(ZHENG).mayReviewLegality(LocalDate.of(2021, 7, 15))).isFalse();
    }

    // 3. 行政处罚法 Art 63, 44 (the notice of the right) and Art 64(1) (five working days to ask)

    @Example
    void art63_theNoticeOfTheHearingRightIsAStepOfAnEligibleCase() {
        CaseState state = Cases.penaltyCase(without(PENALTY_CASE, HEARING_RIGHT_NOTICE)).replay(AFTER);

        assertThat(state.violations(ViolationKind.MISSING_STEP)).extracting(ProcedureViolation::step)
                .containsExactly(HEARING_RIGHT_NOTICE);
        assertThat(state.violations(ViolationKind.MISSING_STEP).get(0).basis().toString()).contains("第六十三条第一款");
        CaseState ineligible = Cases.penaltyCase("烟罚〔2026〕6号", LocalDate.of(2026, 9, 1))
                .grounds(GROUNDS[0]).build().appendAll(without(noHearing(), HEARING_RIGHT_NOTICE)).replay(AFTER);
        assertThat(ineligible.violations()).isEmpty();
    }

    @Example
    void art64_aRequestOnTheLastDayMakesTheHearingADutyAndOneDayLaterDoesNot() {
        // notice of the right on 2026-09-17: the five working days end on 09-23 (09-20 is a make-up working day)
        List<CaseEvent> onTime = new ArrayList<>(noHearing());
        onTime.add(onTime.size() - 1, new CaseEvent.HearingRequested(LocalDate.of(2026, 9, 23)));
        List<CaseEvent> late = new ArrayList<>(noHearing());
        late.add(late.size() - 1, new CaseEvent.HearingRequested(LocalDate.of(2026, 9, 24)));

        assertThat(penalty(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION).appendAll(onTime).replay(AFTER)
                .violations(ViolationKind.MISSING_STEP)).extracting(ProcedureViolation::step)
                .containsExactly(HEARING_NOTICE, HEARING);
        CaseState lateState = penalty(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION).appendAll(late).replay(AFTER);
        assertThat(lateState.violations()).isEmpty();
        assertThat(lateState.notes()).extracting(CaseNote::kind).containsExactly(NoteKind.LATE_HEARING_REQUEST);
    }

    // 4. 行政处罚法 Art 64(4): only the hearing host is kept apart; an agency's own rule may add more

    static final LegalInstrument BUREAU_RULE = LegalInstrument.builder().title("某市烟草专卖局行政执法责任制实施办法")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("某烟〔2024〕3号")
            .effectiveDate(LocalDate.of(2024, 1, 1)).build();

    @Example
    void art64_anAgencyRuleSeparatingInvestigationFromDecisionIsCitedAsTheAgencys() {
        List<Step> steps = new ArrayList<>();
        for (Step step : ProcedureTemplates.PENALTY_ORDINARY.steps()) {
            steps.add(step.kind() == DECISION ? step.separateFrom(LegalBasis.of(Provision.of(BUREAU_RULE, 12)),
                    INVESTIGATION) : step);
        }
        Procedure own = Procedure.builder(BilingualText.of("本局行政处罚程序", "the bureau's penalty procedure"))
                .step(steps.toArray(Step[]::new))
                .hearingRequest(io.github.quanze.timelimit.StatutoryLimits.PENALTY_HEARING_REQUEST,
                        HEARING_RIGHT_NOTICE).build();
        List<CaseEvent> events = replace(PENALTY_CASE, DECISION, step(DECISION, "2026-10-19", CHEN, WANG));

        CaseState statute = Cases.penaltyCase(events).replay(AFTER);
        CaseState bureau = Cases.opening("烟罚〔2026〕7号", LocalDate.of(2026, 9, 1)).procedure(own)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).grounds(GROUNDS[0], GROUNDS[1]).hearingEligible(true).build().appendAll(events).replay(AFTER);

        assertThat(statute.violations()).isEmpty();
        assertThat(bureau.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.NOT_SEPARATED);
            assertThat(v.basis().toString()).isEqualTo("《某市烟草专卖局行政执法责任制实施办法》第十二条");
        });
    }

    // 5. 结案: no statute names it; the template says it is practice

    @Example
    void closing_isPracticeAndItsViolationsSaySo() {
        CaseState state = Cases.penaltyCase(without(PENALTY_CASE, EXECUTION)).replay(AFTER);

        assertThat(state.violations(ViolationKind.WRONG_ORDER)).singleElement().satisfies(v -> {
            assertThat(v.step()).isEqualTo(CLOSING);
            assertThat(v.interpretations()).singleElement()
                    .satisfies(note -> assertThat(note.zh()).startsWith("解释：结案为执法实务环节，法律未作规定"));
        });
    }

    // 6. 行政处罚法 Art 51 (the summary procedure's scope), 52 (handed over on the spot), 68, 71

    private static List<CaseEvent> summary(PenaltyDecision penalty, CaseEvent... more) {
        List<CaseEvent> events = new ArrayList<>(List.of(step(NOTICE, "2026-05-06", WANG, LI),
                step(STATEMENT_AND_DEFENCE, "2026-05-06", WANG),
                ProcedureTemplatesTest.summaryDecision("2026-05-06", penalty, WANG, LI),
                step(SERVICE, "2026-05-06", WANG), step(RECORD_FILING, "2026-05-08", WANG)));
        events.addAll(List.of(more));
        events.add(step(CLOSING, "2026-05-12", WANG));
        return events;
    }

    private static CaseState summaryState(List<CaseEvent> events) {
        return open(ProcedureTemplates.PENALTY_SUMMARY, "2026-05-06").appendAll(events)
                .replay(LocalDate.of(2026, 5, 31));
    }

    @Example
    void art51_theSummaryProcedureDecidesAWarningOrASmallFineOnly() {
        assertThat(summaryState(summary(PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("200")))).violations())
                .isEmpty();
        assertThat(summaryState(summary(PenaltyDecision.fine(PartyType.LEGAL_PERSON, new BigDecimal("3000"))))
                .violations()).isEmpty();
        assertThat(summaryState(summary(PenaltyDecision.of(PartyType.OTHER_ORGANIZATION, PenaltyKind.WARNING)))
                .violations()).isEmpty();

        CaseState citizen201 = summaryState(summary(PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("200.01"))));
        CaseState company3001 = summaryState(summary(PenaltyDecision.fine(PartyType.LEGAL_PERSON,
                new BigDecimal("3001"))));
        CaseState revocation = summaryState(summary(PenaltyDecision.of(PartyType.LEGAL_PERSON,
                PenaltyKind.LICENCE_REVOKED)));

        for (CaseState state : List.of(citizen201, company3001, revocation)) {
            assertThat(state.violations()).singleElement().satisfies(v -> {
                assertThat(v.kind()).isEqualTo(ViolationKind.BEYOND_PROCEDURE);
                assertThat(v.step()).isEqualTo(DECISION);
                assertThat(v.basis().toString()).isEqualTo("《中华人民共和国行政处罚法》第五十一条");
            });
        }
        assertThat(citizen201.violations().get(0).details()).isEqualTo(Parameters.builder()
                .put("procedure", ProcedureTemplates.PENALTY_SUMMARY.name()).put("party", PartyType.CITIZEN)
                .put("penalties", List.of(PenaltyKind.FINE)).put("fine", new BigDecimal("200.01"))
                .put("maxFine", new BigDecimal("200.00")).build());
    }

    @Example
    void art52_theDecisionIsHandedOverOnTheSpot() {
        List<CaseEvent> events = replace(summary(PenaltyDecision.of(PartyType.CITIZEN, PenaltyKind.WARNING)), SERVICE,
                step(SERVICE, "2026-05-07", WANG));

        assertThat(summaryState(events).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.NOT_ON_THE_SPOT);
            assertThat(v.details()).isEqualTo(Parameters.builder().put("with", DECISION)
                    .put("withOn", LocalDate.of(2026, 5, 6)).build());
        });
    }

    @Example
    void art68_aSmallFineIsCollectedOnTheSpotOnlyUpTo100Yuan() {
        CaseEvent collected = CaseEvent.recorded(ON_THE_SPOT_COLLECTION, LocalDate.of(2026, 5, 6),
                new FineCollection(new BigDecimal("100"), CollectionGround.SMALL_FINE), WANG, LI);
        CaseEvent handedIn = step(FINES_HANDED_IN, "2026-05-08", WANG);

        assertThat(summaryState(summary(PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("100")), collected,
                handedIn)).violations()).isEmpty();
        CaseEvent collected150 = CaseEvent.recorded(ON_THE_SPOT_COLLECTION, LocalDate.of(2026, 5, 6),
                new FineCollection(new BigDecimal("150"), CollectionGround.SMALL_FINE), WANG, LI);
        CaseState state = summaryState(summary(PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("150")),
                collected150, handedIn));
        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.COLLECTION_NOT_ALLOWED);
            assertThat(v.basis().toString()).contains("第六十八条第（一）项", "第六十七条第二款");
        });
        CaseEvent hardToEnforce = CaseEvent.recorded(ON_THE_SPOT_COLLECTION, LocalDate.of(2026, 5, 6),
                new FineCollection(new BigDecimal("150"), CollectionGround.HARD_TO_ENFORCE_LATER), WANG, LI);
        assertThat(summaryState(summary(PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("150")),
                hardToEnforce, handedIn)).violations()).isEmpty();
    }

    @Example
    void art71_fineCollectedOnTheSpotIsHandedInWithinTwoWorkingDays() {
        CaseEvent collected = CaseEvent.recorded(ON_THE_SPOT_COLLECTION, LocalDate.of(2026, 5, 6),
                new FineCollection(new BigDecimal("50"), CollectionGround.SMALL_FINE), WANG, LI);
        PenaltyDecision fine = PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal("50"));

        // 2026-05-06 (Wednesday) plus two working days: 05-08
        assertThat(summaryState(summary(fine, collected, step(FINES_HANDED_IN, "2026-05-08", WANG))).violations())
                .isEmpty();
        CaseState late = summaryState(summary(fine, collected, step(FINES_HANDED_IN, "2026-05-11", WANG)));
        assertThat(late.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.MISSED_DEADLINE);
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 5, 8));
            assertThat(v.basis().toString()).contains("第七十一条");
        });
        assertThat(summaryState(summary(fine, collected)).violations(ViolationKind.MISSING_STEP))
                .extracting(ProcedureViolation::step).containsExactly(FINES_HANDED_IN);
    }

    // 7. 行政许可法 Art 32(1)(4) and 42: an application not answered in five working days counts as accepted on receipt

    private static List<CaseEvent> licence(CaseEvent... front) {
        List<CaseEvent> events = new ArrayList<>(List.of(front));
        events.add(step(EXAMINATION, "2026-05-11", WANG, LI));
        events.add(CaseEvent.recorded(DECISION, LocalDate.of(2026, 5, 29), LicenceDecision.grant(false), CHEN));
        events.add(step(CLOSING, "2026-05-29", WANG));
        return events;
    }

    @Example
    void art32_anApplicationNotAnsweredInFiveWorkingDaysCountsAsAcceptedOnReceipt() {
        // received on 2026-04-27; five working days end on 2026-05-07 (劳动节 05-01..05-05, 05-09 a make-up day)
        CaseState deemed = open(ProcedureTemplates.LICENSING_GENERAL, "2026-04-27").appendAll(licence(
                step(APPLICATION, "2026-04-27", WANG), step(ACCEPTANCE, "2026-05-08", WANG)))
                .replay(LocalDate.of(2026, 6, 30));

        assertThat(deemed.notes()).extracting(CaseNote::kind, CaseNote::step)
                .containsExactly(tuple(NoteKind.DEEMED_STEP, ACCEPTANCE));
        // the twenty working days run from receipt (04-27), not from the late acceptance: due 05-27, so 05-29 is late
        assertThat(deemed.deadlines()).filteredOn(d -> d.step() == DECISION).singleElement()
                .satisfies(d -> assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 5, 27)));
        assertThat(deemed.violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.MISSED_DEADLINE);
        assertThat(deemed.violations(ViolationKind.MISSED_DEADLINE).get(0).basis().toString())
                .contains("第四十二条第一款");
    }

    @Example
    void art32_aNoticeOfWhatToCompleteInTimeLetsTheClockRunFromAcceptance() {
        CaseState state = open(ProcedureTemplates.LICENSING_GENERAL, "2026-04-27").appendAll(licence(
                step(APPLICATION, "2026-04-27", WANG), step(CORRECTION_NOTICE, "2026-04-30", WANG),
                step(ACCEPTANCE, "2026-05-08", WANG))).replay(LocalDate.of(2026, 6, 30));

        assertThat(state.notes()).isEmpty();
        assertThat(state.violations()).isEmpty();
        assertThat(state.deadlines()).filteredOn(d -> d.step() == DECISION).singleElement()
                .satisfies(d -> assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 6, 4)));
    }

    @Example
    void art32_acceptanceInTimeIsNoViolationAndNoDeeming() {
        CaseState state = open(ProcedureTemplates.LICENSING_GENERAL, "2026-04-27").appendAll(licence(
                step(APPLICATION, "2026-04-27", WANG), step(ACCEPTANCE, "2026-05-07", WANG)))
                .replay(LocalDate.of(2026, 6, 30));

        assertThat(state.notes()).isEmpty();
        assertThat(state.violations()).isEmpty();
    }

    // 8. 行政许可法 Art 38, 39, 44: a document only for a grant that needs one; a refusal gives reasons and remedies

    private static CaseState licensing(LicenceDecision decision, CaseEvent... after) {
        List<CaseEvent> events = new ArrayList<>(List.of(step(APPLICATION, "2026-04-27", WANG),
                step(ACCEPTANCE, "2026-04-28", WANG), step(EXAMINATION, "2026-05-08", WANG, LI),
                CaseEvent.recorded(DECISION, LocalDate.of(2026, 5, 20), decision, CHEN)));
        events.addAll(List.of(after));
        return open(ProcedureTemplates.LICENSING_GENERAL, "2026-04-27").appendAll(events)
                .replay(LocalDate.of(2026, 12, 31));
    }

    @Example
    void art38_aRefusedLicenceNeedsNoDocumentAndIsNeverOverdue() {
        CaseState refused = licensing(LicenceDecision.refusal(true, true), step(CLOSING, "2026-05-20", WANG));

        assertThat(refused.violations()).isEmpty();
        assertThat(refused.deadlines()).extracting(CaseDeadline::step).containsExactly(DECISION);
        assertThat(licensing(LicenceDecision.refusal(true, true)).pending()).containsExactly(CLOSING);
    }

    @Example
    void art44_aGrantThatNeedsADocumentIsOverdueWithoutOne() {
        CaseState granted = licensing(LicenceDecision.grant(true));

        assertThat(granted.pending()).containsExactly(ISSUE);
        assertThat(granted.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.MISSED_DEADLINE);
            assertThat(v.step()).isEqualTo(ISSUE);
            assertThat(v.basis().toString()).contains("第四十四条");
        });
        assertThat(licensing(LicenceDecision.grant(false), step(CLOSING, "2026-05-20", WANG)).violations()).isEmpty();
    }

    @Example
    void art38_aRefusalWithoutReasonsOrRemediesIsAViolation() {
        CaseState state = licensing(LicenceDecision.refusal(false, true), step(CLOSING, "2026-05-20", WANG));

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.REFUSAL_WITHOUT_REASONS);
            assertThat(v.basis().toString()).isEqualTo("《中华人民共和国行政许可法》第三十八条第二款");
            assertThat(v.details()).isEqualTo(Parameters.builder().put("reasonsGiven", false)
                    .put("remediesTold", true).build());
        });
    }

    // 9. Time left out of a limit: 行政许可法 Art 45 and 行政强制法 Art 25 第三款, told in writing; nothing else

    @Example
    void art45_excludedTimeNotToldInWritingIsAViolationButStillNotCounted() {
        List<CaseEvent> events = new ArrayList<>(List.of(step(APPLICATION, "2026-04-27", WANG),
                step(ACCEPTANCE, "2026-04-28", WANG), step(EXAMINATION, "2026-05-08", WANG, LI),
                new CaseEvent.Suspended(LocalDate.of(2026, 5, 11), ExcludedActivity.EXPERT_REVIEW, Optional.empty()),
                new CaseEvent.Resumed(LocalDate.of(2026, 5, 21)),
                CaseEvent.recorded(DECISION, LocalDate.of(2026, 6, 5), LicenceDecision.grant(false), CHEN),
                step(CLOSING, "2026-06-05", WANG)));

        CaseState state = open(ProcedureTemplates.LICENSING_GENERAL, "2026-04-27").appendAll(events)
                .replay(LocalDate.of(2026, 6, 30));

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.EXCLUSION_NOT_NOTIFIED);
            assertThat(v.basis().toString()).isEqualTo("《中华人民共和国行政许可法》第四十五条");
        });
        assertThat(state.deadlines()).filteredOn(d -> d.step() == DECISION).singleElement()
                .satisfies(d -> assertThat(d.status().isMissed()).isFalse());
    }

    @Example
    void art25_anAuctionDoesNotStopTheSeizurePeriod() {
        List<CaseEvent> events = new ArrayList<>(ProcedureTemplatesTest.seizure("2026-04-10"));
        events.add(events.size() - 1, new CaseEvent.Suspended(LocalDate.of(2026, 3, 10), ExcludedActivity.AUCTION,
                Optional.of(LocalDate.of(2026, 3, 10))));
        events.add(events.size() - 1, new CaseEvent.Resumed(LocalDate.of(2026, 3, 20)));

        CaseState state = open(ProcedureTemplates.SEIZURE_AND_DETENTION, "2026-03-02").appendAll(events)
                .replay(LocalDate.of(2026, 6, 30));

        assertThat(state.notes()).extracting(CaseNote::kind).containsExactly(NoteKind.EXCLUSION_NOT_ALLOWED);
        assertThat(state.violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.MISSED_DEADLINE);
    }

    // 10. 行政许可法 Art 42, 行政强制法 Art 25: a head of the agency approves an extension; the party is told why

    @Example
    void art25_anExtensionApprovedByASectionChiefDoesNotCount() {
        CaseState state = open(ProcedureTemplates.SEIZURE_AND_DETENTION, "2026-03-02").appendAll(
                ProcedureTemplatesTest.seizure("2026-04-20", ProcedureTemplatesTest.extension(30, Optional.of(XU),
                        "2026-03-30"))).replay(LocalDate.of(2026, 6, 30));

        assertThat(state.violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.EXTENSION_NOT_BY_HEAD, ViolationKind.MISSED_DEADLINE);
        assertThat(state.violations().get(0).people()).extracting(Involvement::officer).containsExactly(XU);
        assertThat(state.deadlines().get(0).deadline().due()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Example
    void art25_anExtensionNotToldToThePartyIsAViolationButCounts() {
        CaseEvent untold = new CaseEvent.Extended(RELEASE, 30, Optional.of(CHEN), LocalDate.of(2026, 3, 30),
                Optional.empty());
        CaseState state = open(ProcedureTemplates.SEIZURE_AND_DETENTION, "2026-03-02").appendAll(
                ProcedureTemplatesTest.seizure("2026-04-20", untold)).replay(LocalDate.of(2026, 6, 30));

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.EXTENSION_NOT_NOTIFIED);
            assertThat(v.basis().toString()).isEqualTo("《中华人民共和国行政强制法》第二十五条第二款");
        });
    }

    // 11. 行政强制法 Art 18(1)(4)-(6)(8)(9) and Art 24

    private static CaseState seizureOf(List<CaseEvent> events) {
        return open(ProcedureTemplates.SEIZURE_AND_DETENTION, "2026-03-02").appendAll(events)
                .replay(LocalDate.of(2026, 6, 30));
    }

    @Example
    void art18_thePartyIsToldToAttendToldOnTheSpotAndHeard() {
        List<CaseEvent> lawful = ProcedureTemplatesTest.seizure("2026-04-01");

        assertThat(seizureOf(lawful).violations()).isEmpty();
        assertThat(seizureOf(without(lawful, PARTY_NOTIFIED)).violations(ViolationKind.MISSING_STEP))
                .singleElement().satisfies(v -> assertThat(v.basis().toString()).contains("第十八条第（四）项"));
        assertThat(seizureOf(without(without(lawful, STATEMENT_AND_DEFENCE), ON_SITE_NOTICE))
                .violations(ViolationKind.MISSING_STEP)).extracting(ProcedureViolation::step)
                .containsExactlyInAnyOrder(ON_SITE_NOTICE, STATEMENT_AND_DEFENCE);
    }

    @Example
    void art18_aWitnessSignsForAnAbsentPartyWhoCannotBeToldOrHeard() {
        List<CaseEvent> absent = replace(without(without(ProcedureTemplatesTest.seizure("2026-04-01"),
                        STATEMENT_AND_DEFENCE), ON_SITE_NOTICE), ON_SITE_RECORD,
                CaseEvent.recorded(ON_SITE_RECORD, LocalDate.of(2026, 3, 2), Attestation.WITNESS_SIGNED, WANG, LI));

        assertThat(seizureOf(absent).violations()).isEmpty();
    }

    @Example
    void art18_anOnSiteRecordWithoutSignatureOrWitnessIsAViolation() {
        List<CaseEvent> unsigned = replace(ProcedureTemplatesTest.seizure("2026-04-01"), ON_SITE_RECORD,
                step(ON_SITE_RECORD, "2026-03-02", WANG, LI));

        assertThat(seizureOf(unsigned).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.RECORD_NOT_ATTESTED);
            assertThat(v.basis().toString()).contains("第十八条第（八）项", "第十八条第（九）项");
        });
    }

    @Example
    void art24_theDecisionAndListAreHandedOverOnTheSpot() {
        CaseState late = seizureOf(replace(ProcedureTemplatesTest.seizure("2026-04-01"), SERVICE,
                step(SERVICE, "2026-03-03", WANG)));

        assertThat(late.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.NOT_ON_THE_SPOT);
            assertThat(v.basis().toString()).isEqualTo("《中华人民共和国行政强制法》第二十四条第一款");
        });
    }

    @Example
    void art18_aSeizureIsApprovedByAHeadOfTheAgency() {
        CaseState byChief = seizureOf(replace(ProcedureTemplatesTest.seizure("2026-04-01"), HEAD_APPROVAL,
                step(HEAD_APPROVAL, "2026-03-02", XU)));

        assertThat(byChief.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.NOT_BY_HEAD);
            assertThat(v.basis().toString()).contains("第十八条第（一）项");
        });
    }

    @Example
    void art57_aPenaltyIsDecidedByAHeadOfTheAgency() {
        CaseState state = Cases.penaltyCase(replace(PENALTY_CASE, DECISION, step(DECISION, "2026-10-19", ZHAO)))
                .replay(AFTER);

        assertThat(state.violations()).extracting(ProcedureViolation::kind).containsExactly(ViolationKind.NOT_BY_HEAD);
        assertThat(state.violations().get(0).basis().toString()).contains("第五十七条第一款");
    }

    @Example
    void aCaseSeesOnlyWhatItsOfficersDid() {
        OfficerId unknown = OfficerId.of("X-1");
        assertThat(Cases.BUREAU_ORGANIZATION.findOfficer(unknown)).isEmpty();
        assertThat(Cases.BUREAU_ORGANIZATION.leadershipOf(CHEN)).isPresent();
        assertThat(Cases.BUREAU_ORGANIZATION.leadershipOf(XU)).isEmpty();
    }
}
