package io.github.quanze.assessment;

import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.CaseFileReviewTest;
import io.github.quanze.review.Grade;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewStandards;

import static io.github.quanze.procedure.Cases.AREA;
import static io.github.quanze.procedure.Cases.BUREAU_ORGANIZATION;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.QIAN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.assessment.Officers.ACT_2026;
import static io.github.quanze.assessment.Officers.fault;
import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.CATALOGUE;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_B;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static io.github.quanze.testing.Fixtures.POST_DIRECTOR;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Fixtures.POST_SECTION_CHIEF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationIssue;
import io.github.quanze.allocation.AllocationReport;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.fault.Gravity;
import io.github.quanze.organization.CertificationOutcome;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.CredentialStatusChange;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.ViolationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

class CardHistoryTest {

    private static final LocalDate DATE_2027_01_15 = LocalDate.of(2027, 1, 15);
    private static final LocalDate DATE_2027_03_01 = LocalDate.of(2027, 3, 1);
    private static final String SECTION_CHIEF = "徐科长";
    private static final String HEAD = "陈局长";

    private static final CardHistory WANG_YELLOW = CardHistory.of(WANG).give(OfficerCard.YELLOW, DATE_2027_01_15,
            "2026年度执法考核基本合格", HEAD);

    @Example
    void aNewHistoryHoldsTheGreenCard() {
        CardHistory history = CardHistory.of(WANG);
        assertThat(history.entries()).isEmpty();
        assertThat(history.cardOn(DATE_2027_01_15)).isEqualTo(OfficerCard.GREEN);
        assertThat(history.applyTo(BUREAU_ORGANIZATION)).isEqualTo(BUREAU_ORGANIZATION);
        assertThat(history.explain().zh()).isEqualTo("执法人员H-01红黄绿卡记录：绿卡，无发卡记录");
    }

    @Example
    void give_aYellowCardStandsFromItsDayUntilLiftedAfterRetraining() {
        assertThat(WANG_YELLOW.cardOn(DATE_2027_01_15.minusDays(1))).isEqualTo(OfficerCard.GREEN);
        assertThat(WANG_YELLOW.cardOn(DATE_2027_01_15)).isEqualTo(OfficerCard.YELLOW);
        CardHistory lifted = WANG_YELLOW.lift(OfficerCard.YELLOW, DATE_2027_03_01, SECTION_CHIEF);
        assertThat(lifted.cardOn(DATE_2027_03_01.minusDays(1))).isEqualTo(OfficerCard.YELLOW);
        assertThat(lifted.cardOn(DATE_2027_03_01)).isEqualTo(OfficerCard.GREEN);
        assertThat(lifted.entries()).singleElement().satisfies(e -> {
            assertThat(e.lifted()).contains(DATE_2027_03_01);
            assertThat(e.liftedBy()).contains(SECTION_CHIEF);
        });
        assertThat(WANG_YELLOW.entries().get(0).lifted()).as("the history given is unchanged").isEmpty();
        assertThat(lifted.explain().zh()).isEqualTo("执法人员H-01红黄绿卡记录：\n  - 2027-01-15 黄卡（暂停执法、暂扣执法证件、"
                + "离岗培训）：2026年度执法考核基本合格；决定人：陈局长；2027-03-01 培训合格后解除（决定人：徐科长）");
    }

    @Example
    void applyTo_aYellowCardSuspendsTheCertificateAndLiftingItRestoresValidity() {
        Organization suspended = WANG_YELLOW.applyTo(BUREAU_ORGANIZATION);
        assertThat(suspended.certification(WANG, AREA, DATE_2027_01_15.minusDays(1)).isCertified()).isTrue();
        assertThat(suspended.certification(WANG, AREA, DATE_2027_01_15).outcome())
                .isEqualTo(CertificationOutcome.SUSPENDED);
        assertThat(BUREAU_ORGANIZATION.certification(WANG, AREA, DATE_2027_01_15).isCertified())
                .as("the organization given is unchanged").isTrue();

        CardHistory lifted = WANG_YELLOW.lift(OfficerCard.YELLOW, DATE_2027_03_01, SECTION_CHIEF);
        Organization restored = lifted.applyTo(BUREAU_ORGANIZATION);
        assertThat(restored.certification(WANG, AREA, DATE_2027_03_01.minusDays(1)).outcome())
                .isEqualTo(CertificationOutcome.SUSPENDED);
        assertThat(restored.certification(WANG, AREA, DATE_2027_03_01).isCertified()).isTrue();
        assertThat(restored.credentialsOf(WANG).get(0).statusChanges()).containsExactly(
                new CredentialStatusChange(DATE_2027_01_15, CredentialStatus.SUSPENDED,
                        "黄卡：暂停执法、暂扣执法证件、离岗培训（2026年度执法考核基本合格；决定人：陈局长）"),
                new CredentialStatusChange(DATE_2027_03_01, CredentialStatus.VALID, "黄卡解除：培训合格，恢复执法（决定人：徐科长）"));
        assertThat(lifted.applyTo(suspended)).as("applying again from where the cards left it").isEqualTo(restored);
        assertThat(lifted.applyTo(restored)).as("applying twice changes nothing").isEqualTo(restored);
        assertThat(restored.credentialsOf(LI)).isEqualTo(BUREAU_ORGANIZATION.credentialsOf(LI));
    }

    @Example
    void lift_neverEndsASuspensionTheCardDidNotMake() {
        // WANG's certificate was suspended (暂扣) before the yellow card for another reason, and stays so after the lift
        Organization withSuspension = rebuild(BUREAU_ORGANIZATION, WANG, new CredentialStatusChange(
                DATE_2027_01_15.minusDays(10), CredentialStatus.SUSPENDED, "暂扣执法证件（另案）"));
        Organization after = WANG_YELLOW.lift(OfficerCard.YELLOW, DATE_2027_03_01, SECTION_CHIEF).applyTo(withSuspension);
        assertThat(after.certification(WANG, AREA, DATE_2027_03_01).outcome())
                .isEqualTo(CertificationOutcome.SUSPENDED);
        assertThat(after.credentialsOf(WANG)).isEqualTo(withSuspension.credentialsOf(WANG));
    }

    private static Organization rebuild(Organization organization, OfficerId officer, CredentialStatusChange change) {
        EnforcementCredential credential = organization.credentialsOf(officer).get(0);
        return organization.toBuilder().replaceCredential(credential.withStatusChange(change)).build();
    }

    @Example
    void give_fromAnAppraisalGivesTheCardItCallsFor() {
        OfficerAppraisal basic = OfficerAppraisalTest.appraise(WANG, List.of(),
                List.of(fault(WANG, Gravity.SERIOUS, ACT_2026)));
        CardHistory history = CardHistory.of(WANG).give(basic, DATE_2027_01_15, HEAD);
        assertThat(history.entries()).singleElement().satisfies(e -> {
            assertThat(e.card()).isEqualTo(OfficerCard.YELLOW);
            assertThat(e.reason()).isEqualTo("2026年度执法考核基本合格（规则 CARD.YELLOW.SERIOUS_FAULT、CARD.YELLOW.RATING）");
            assertThat(e.givenBy()).isEqualTo(HEAD);
        });
        OfficerAppraisal competent = OfficerAppraisalTest.appraise(WANG, List.of(), List.of());
        assertThat(CardHistory.of(WANG).give(competent, DATE_2027_01_15, HEAD)).isEqualTo(CardHistory.of(WANG));
        assertThatIllegalArgumentException().isThrownBy(() -> CardHistory.of(LI).give(basic, DATE_2027_01_15, HEAD))
                .withMessage("Card history of officer H-02 cannot take the appraisal of officer H-01");
        assertThatIllegalArgumentException().isThrownBy(() -> CardHistory.of(WANG).give(basic,
                LocalDate.of(2026, 12, 31), HEAD))
                .withMessage("Officer H-01: a card for the 2026 appraisal must be given after that year, but was dated "
                        + "2026-12-31");
    }

    @Example
    void applyTo_aRedCardRevokesForGoodAndTheCaseReplayFindsTheOfficerUncertified() {
        LocalDate carded = LocalDate.of(2026, 9, 5);
        OfficerAppraisal grave = OfficerAppraisalTest.appraise(LI, List.of(),
                List.of(fault(LI, Gravity.GRAVE, ACT_2026)));
        assertThat(grave.card()).isEqualTo(OfficerCard.RED);
        Organization revoked = CardHistory.of(LI).give(OfficerCard.RED, carded, "特别严重过错", HEAD)
                .applyTo(BUREAU_ORGANIZATION);
        assertThat(revoked.certification(LI, AREA, carded.minusDays(1)).isCertified()).isTrue();
        assertThat(revoked.certification(LI, AREA, carded).outcome()).isEqualTo(CertificationOutcome.REVOKED);
        assertThat(revoked.certification(LI, AREA, LocalDate.of(2031, 1, 1)).outcome())
                .as("revocation outlasts the validity period").isEqualTo(CertificationOutcome.REVOKED);

        CaseRecord before = Cases.penaltyCase(PENALTY_CASE);
        assertThat(before.replay(LocalDate.of(2026, 11, 30)).violations()).isEmpty();
        CaseRecord after = Cases.opening("烟罚〔2026〕1号", LocalDate.of(2026, 9, 1))
                .procedure(ProcedureTemplates.PENALTY_ORDINARY).organization(revoked).area(Cases.AREA)
                .grounds(Cases.GROUNDS[0], Cases.GROUNDS[1]).hearingEligible(true).build().appendAll(PENALTY_CASE);
        List<ProcedureViolation> violations = after.replay(LocalDate.of(2026, 11, 30)).violations();
        assertThat(violations).filteredOn(v -> v.kind() == ViolationKind.UNCERTIFIED_OFFICER)
                .extracting(ProcedureViolation::date).as("LI investigates on 09-02, before the card, and on 09-10")
                .containsExactly(LocalDate.of(2026, 9, 10));
        assertThat(violations).filteredOn(v -> v.kind() == ViolationKind.UNCERTIFIED_OFFICER)
                .allSatisfy(v -> assertThat(v.people()).extracting(Involvement::officer).containsExactly(LI));
        ReviewReport report = CaseFileReview.review(CaseFile.of(after), ReviewStandards.DEFAULT,
                CaseFileReviewTest.REVIEWED);
        assertThat(report.grade()).isEqualTo(Grade.FAIL);
        assertThat(report.vetoes()).extracting(d -> d.criterion().code()).contains("SUBJECT.UNCERTIFIED");
    }

    @Example
    void applyTo_cardsReachTheAllocationAudit() {
        LocalDate audited = LocalDate.of(2024, 2, 1);
        AllocationTable table = AllocationTable.builder(AGENCY_CITY).addAll(CATALOGUE.powers().stream()
                .flatMap(p -> List.of(Allocation.leadHandler(p.code(), POST_INSPECTOR),
                        Allocation.of(p.code(), POST_SECTION_CHIEF, PostRole.REVIEWER),
                        Allocation.of(p.code(), POST_DIRECTOR, PostRole.APPROVER)).stream()).toList()).build();
        assertThat(AllocationAudit.run(CATALOGUE, ORGANIZATION, table, audited).findings()).isEmpty();

        Organization carded = CardHistory.of(OFFICER_INSPECTOR_A).give(OfficerCard.RED, LocalDate.of(2024, 1, 15),
                "特别严重过错", "王局长").applyTo(ORGANIZATION);
        AllocationReport report = AllocationAudit.run(CATALOGUE, carded, table, audited);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.FEWER_THAN_TWO_CERTIFIED);
            assertThat(f.posts()).containsExactly(POST_INSPECTOR);
        });
        AllocationReport later = AllocationAudit.run(CATALOGUE, carded, table, LocalDate.of(2024, 6, 1));
        assertThat(later.findings(AllocationIssue.NO_CERTIFIED_OFFICER)).singleElement()
                .satisfies(f -> assertThat(f.message().zh()).contains("ZF-0004 执法资格被取消"));
    }

    @Example
    void applyTo_leavesCertificatesThatExpiredBeforeTheCardAndAppliesToOnesNotYetValidFromTheirFirstDay() {
        Organization carded = CardHistory.of(QIAN).give(OfficerCard.RED, LocalDate.of(2026, 9, 5), "特别严重过错", HEAD)
                .applyTo(BUREAU_ORGANIZATION);
        assertThat(carded.credentialsOf(QIAN)).isEqualTo(BUREAU_ORGANIZATION.credentialsOf(QIAN));
        Organization early = CardHistory.of(WANG).give(OfficerCard.YELLOW, LocalDate.of(2019, 6, 1), "严重过错", HEAD)
                .applyTo(BUREAU_ORGANIZATION);
        assertThat(early.credentialsOf(WANG).get(0).statusChanges()).extracting(CredentialStatusChange::date,
                CredentialStatusChange::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 1, 1), CredentialStatus.SUSPENDED));
    }

    @Example
    void lift_aCardNeverGivenOrAlreadyLiftedIsRejectedNamingOfficerAndCard() {
        assertThatIllegalArgumentException().isThrownBy(() -> CardHistory.of(WANG).lift(OfficerCard.YELLOW,
                DATE_2027_03_01, SECTION_CHIEF))
                .withMessage("Officer H-01 holds no YELLOW card to lift: none was given, or each was lifted");
        CardHistory lifted = WANG_YELLOW.lift(OfficerCard.YELLOW, DATE_2027_03_01, SECTION_CHIEF);
        assertThatIllegalArgumentException().isThrownBy(() -> lifted.lift(OfficerCard.YELLOW,
                DATE_2027_03_01.plusDays(1), SECTION_CHIEF))
                .withMessage("Officer H-01 holds no YELLOW card to lift: none was given, or each was lifted");
        CardHistory red = CardHistory.of(WANG).give(OfficerCard.RED, DATE_2027_01_15, "特别严重过错", HEAD);
        assertThatIllegalArgumentException().isThrownBy(() -> red.lift(OfficerCard.RED, DATE_2027_03_01, HEAD))
                .withMessage("Officer H-01: a RED card revokes the qualification for good and cannot be lifted; the "
                        + "officer qualifies again with a new certificate");
        assertThatIllegalArgumentException().isThrownBy(() -> WANG_YELLOW.lift(OfficerCard.YELLOW, DATE_2027_01_15,
                SECTION_CHIEF))
                .withMessage("Officer H-01: the YELLOW card given on 2027-01-15 cannot be lifted on 2027-01-15");
        assertThat(WANG_YELLOW.cardOn(DATE_2027_03_01)).as("nothing changed").isEqualTo(OfficerCard.YELLOW);
        assertThat(red.entries()).hasSize(1);
    }

    @Example
    void give_rejectsTheGreenCardBlankTextsAndDatesOutOfOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> CardHistory.of(WANG).give(OfficerCard.GREEN,
                DATE_2027_01_15, "表现良好", HEAD))
                .withMessage("Officer H-01: GREEN is the default card and is never given");
        assertThatIllegalArgumentException().isThrownBy(() -> CardHistory.of(WANG).give(OfficerCard.YELLOW,
                DATE_2027_01_15, " ", HEAD))
                .withMessage("Card entry YELLOW of 2027-01-15: reason must not be blank, but was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> WANG_YELLOW.give(OfficerCard.RED,
                DATE_2027_01_15.minusDays(1), "特别严重过错", HEAD))
                .withMessage("Officer H-01: the RED card dated 2027-01-14 precedes the history's last date 2027-01-15; "
                        + "record cards in date order");
        assertThatIllegalArgumentException().isThrownBy(() -> new CardEntry(OfficerCard.YELLOW, DATE_2027_01_15,
                "严重过错", HEAD, Optional.of(DATE_2027_03_01), Optional.empty()))
                .withMessage("Card entry YELLOW of 2027-01-15: lifted (Optional[2027-03-01]) and liftedBy "
                        + "(Optional.empty) must be both present or both empty");
        assertThatIllegalArgumentException().isThrownBy(() -> CardHistory.of(WANG, List.of(
                CardEntry.of(OfficerCard.YELLOW, DATE_2027_03_01, "严重过错", HEAD),
                CardEntry.of(OfficerCard.RED, DATE_2027_01_15, "特别严重过错", HEAD))))
                .withMessage("Officer H-01: the RED card given on 2027-01-15 follows one given on 2027-03-01; list "
                        + "cards in the order given");
    }

    @Example
    void applyTo_rejectsAnUnknownOfficerTwoHistoriesOfOneOfficerAndACardBeforeARecordedChange() {
        assertThatIllegalArgumentException().isThrownBy(() -> CardHistory.of(OfficerId.of("X-99"))
                .give(OfficerCard.RED, DATE_2027_01_15, "特别严重过错", HEAD).applyTo(BUREAU_ORGANIZATION))
                .withMessage("Card history of officer 'X-99', whom the organization does not know");
        assertThatIllegalArgumentException().isThrownBy(() -> CardHistory.applyAll(BUREAU_ORGANIZATION,
                List.of(WANG_YELLOW, CardHistory.of(WANG))))
                .withMessage("Two card histories of officer 'H-01'");
        CardHistory early = CardHistory.of(OFFICER_INSPECTOR_B).give(OfficerCard.YELLOW, LocalDate.of(2024, 1, 20),
                "严重过错", "王局长");
        assertThatIllegalArgumentException().isThrownBy(() -> early.applyTo(ORGANIZATION))
                .withMessage("Certificate ZF-0005 of officer O-05 has a status change on 2024-03-01, on or after the "
                        + "card change to SUSPENDED on 2024-01-20");
    }

    @Example
    void applyAll_givesEveryOfficerTheCardTheirAppraisalCallsFor() {
        List<OfficerAppraisal> y2026 = OfficerAppraisals.defaults().appraiseAll(BUREAU_ORGANIZATION,
                Officers.YEAR_2026, List.of(Officers.EXCELLENT_FILE), List.of(fault(WANG, Gravity.SERIOUS, ACT_2026),
                        fault(LI, Gravity.GRAVE, ACT_2026)), List.of());
        List<CardHistory> histories = y2026.stream()
                .map(a -> CardHistory.of(a.officer()).give(a, DATE_2027_01_15, "某市人民政府司法局")).toList();
        assertThat(histories).filteredOn(h -> !h.entries().isEmpty()).extracting(CardHistory::officer)
                .containsExactlyInAnyOrder(WANG, LI);
        Organization carded = CardHistory.applyAll(BUREAU_ORGANIZATION, histories);
        assertThat(carded.certification(WANG, AREA, DATE_2027_01_15).outcome())
                .isEqualTo(CertificationOutcome.SUSPENDED);
        assertThat(carded.certification(LI, AREA, DATE_2027_01_15).outcome()).isEqualTo(CertificationOutcome.REVOKED);
        for (OfficerAppraisal a : y2026) {
            if (a.card() == OfficerCard.GREEN) {
                assertThat(carded.credentialsOf(a.officer())).isEqualTo(BUREAU_ORGANIZATION.credentialsOf(a.officer()));
            }
        }
    }

    @Example
    void applyAll_appliesTheHistoriesOfManyOfficers() {
        CardHistory li = CardHistory.of(LI).give(OfficerCard.RED, DATE_2027_01_15, "特别严重过错", HEAD);
        Organization carded = CardHistory.applyAll(BUREAU_ORGANIZATION, List.of(WANG_YELLOW, li));
        assertThat(carded.certification(WANG, AREA, DATE_2027_01_15).outcome())
                .isEqualTo(CertificationOutcome.SUSPENDED);
        assertThat(carded.certification(LI, AREA, DATE_2027_01_15).outcome()).isEqualTo(CertificationOutcome.REVOKED);
        assertThat(carded).isEqualTo(li.applyTo(WANG_YELLOW.applyTo(BUREAU_ORGANIZATION)));
    }
}
