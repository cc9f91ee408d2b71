package io.github.quanze.sanction;

import static io.github.quanze.testing.Faults.AGENCY;
import static io.github.quanze.testing.Faults.agencyFault;
import static io.github.quanze.testing.Faults.officerFault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quanze.basis.Provision;
import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.procedure.Role;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.sanction.SanctionPolicy.Edition;
import io.github.quanze.testkit.QuanzeArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The statutes' own cases for the national sanction tables: what 公职人员政务处分法 (2020) and 行政执法机关移送涉嫌犯罪案件
 * 的规定 (2020) say, and that a decision's text shows every interpretation as one.
 */
class SanctionLawTest {

    private static final SanctionPolicy POLICY = SanctionPolicy.national();
    private static final LocalDate DECIDED = LocalDate.of(2024, 9, 1);

    private static Decision<Sanction> decide(Fault fault) {
        return POLICY.decide(fault, DECIDED);
    }

    private static Sanction sanction(Fault fault) {
        return decide(fault).outcome().orElseThrow();
    }

    // 12. 政务处分法 Art 39: "造成不良后果或者影响的" — without harm, no governmental sanction; 撤职 needs 情节较重

    @Example
    void art39_aFaultWithoutHarmGetsNoGovernmentalSanction() {
        Fault harmless = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE)
                .build();
        Fault harmful = harmless.toBuilder().consequence(Consequence.MINOR).build();

        assertThat(harmless.gravity()).isEqualTo(Gravity.SERIOUS);
        assertThat(sanction(harmless)).isEqualTo(Sanction.of(SanctionKind.OFF_POST_TRAINING,
                SanctionKind.PUBLIC_REPRIMAND));
        assertThat(decide(harmless).fired()).extracting(RuleRef::id)
                .containsExactly(RuleId.of("OFFICER.SERIOUS.DIRECT.NO_HARM"));
        assertThat(decide(harmless).explain().zh()).contains("未造成不良后果或者影响",
                "解释：以过错的危害后果衡量政务处分法第三十九条");
        assertThat(sanction(harmful)).isEqualTo(Sanction.of(SanctionKind.OFF_POST_TRAINING,
                SanctionKind.PUBLIC_REPRIMAND, SanctionKind.WARNING));
    }

    @Example
    void art39_aLeaderWithoutHarmGetsAMeasureThatNeedsNoSuchFinding() {
        Fault leader = officerFault(FaultType.NO_CREDENTIAL, FaultForm.INTENT, Consequence.NONE)
                .role(Role.APPROVER).responsibility(Responsibility.PRINCIPAL_LEADERSHIP).build();

        assertThat(leader.gravity()).isEqualTo(Gravity.GRAVE);
        assertThat(sanction(leader)).isEqualTo(Sanction.of(SanctionKind.PUBLIC_REPRIMAND));
        assertThat(decide(leader).citations()).contains(Provision.of(
                io.github.quanze.basis.Instruments.CIVIL_SERVANTS_LAW, 57, 2));
    }

    @Example
    void art39_demotionAndDismissalNeedSeriousCircumstancesAndExpulsionGraveOnes() {
        Fault.Builder intent = officerFault(FaultType.ABUSE_OF_DISCRETION, FaultForm.INTENT, Consequence.MINOR);

        assertThat(sanction(intent.build())).isEqualTo(Sanction.of(SanctionKind.QUALIFICATION_REVOKED,
                SanctionKind.MAJOR_DEMERIT));
        assertThat(sanction(intent.consequence(Consequence.SERIOUS).build()))
                .isEqualTo(Sanction.of(SanctionKind.QUALIFICATION_REVOKED, SanctionKind.DISMISSAL_FROM_POST));
        Fault.Builder aggravated = officerFault(FaultType.ABUSE_OF_DISCRETION, FaultForm.INTENT, Consequence.SERIOUS)
                .addCircumstances(Circumstance.OBSTRUCTED_EVIDENCE);
        assertThat(sanction(aggravated.build()).governmental()).contains(SanctionKind.DISMISSAL_FROM_POST);
        assertThat(sanction(aggravated.consequence(Consequence.GRAVE).build()).governmental())
                .contains(SanctionKind.EXPULSION);
    }

    @Example
    void art33_corruptionIsSanctionedWithoutTheHarmConditionOfArt39() {
        Fault bribe = officerFault(FaultType.CORRUPTION, FaultForm.INTENT, Consequence.NONE).build();

        assertThat(FaultType.CORRUPTION.needsHarmForSanction()).isFalse();
        assertThat(FaultType.PROCEDURE_VIOLATION.needsHarmForSanction()).isTrue();
        assertThat(sanction(bribe).governmental()).contains(SanctionKind.MAJOR_DEMERIT);
    }

    @Example
    void art67_anOldActWithoutHarmGetsTheLighterNewLaw() {
        Fault old = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE)
                .actDate(LocalDate.of(2019, 5, 6)).build();

        Decision<Sanction> decision = POLICY.decide(old, LocalDate.of(2021, 3, 1));

        // 处分条例 Art 21 has no harm condition: the 2007 edition gives 警告; the 2020 edition is lighter
        assertThat(SanctionPolicy.nationalOfficerTable(Edition.ED_2007).decide(old).outcome().orElseThrow()
                .governmental()).contains(SanctionKind.WARNING);
        assertThat(decision.outcome().orElseThrow().governmental()).isEmpty();
        assertThat(decision.version().orElseThrow().applied()).isEqualTo(SanctionPolicy.EDITION_2020);
    }

    @Provide
    Arbitrary<Fault> faults2020() {
        return QuanzeArbitraries.faults().ofOfficers();
    }

    @Property
    void noFaultWithoutHarmReceivesAGovernmentalSanctionUnderThe2020Edition(@ForAll("faults2020") Fault fault) {
        Fault harmless = fault.toBuilder().consequence(Consequence.NONE).build();

        Sanction sanction = SanctionPolicy.nationalOfficerTable(Edition.ED_2020).decide(harmless).outcome()
                .orElseThrow();

        if (harmless.type().needsHarmForSanction()) {
            assertThat(sanction.governmental()).as(harmless.type() + " " + sanction).isEmpty();
        } else if (harmless.type() == FaultType.CASE_ITEMS_MISHANDLED) {
            // 行政执法机关移送涉嫌犯罪案件的规定 Art 15 sets its own floor, 降级以上, harm or not
            assertThat(sanction.governmental().map(k -> k.compareTo(SanctionKind.DEMOTION) >= 0).orElse(true))
                    .as("at least a demotion: " + sanction).isTrue();
        } else {
            assertThat(sanction.governmental().map(k -> k.compareTo(SanctionKind.MAJOR_DEMERIT) <= 0).orElse(true))
                    .as("at most the first tier without harm: " + sanction).isTrue();
        }
    }

    // 13. 行政执法机关移送涉嫌犯罪案件的规定 Art 16: two tiers of its own

    @Example
    void art16_aLateReferralBringsADemeritOrMoreOnTheHead() {
        Fault head = officerFault(FaultType.LATE_REFERRAL, FaultForm.ORDINARY_NEGLIGENCE, Consequence.NONE)
                .role(Role.APPROVER).responsibility(Responsibility.PRINCIPAL_LEADERSHIP).build();

        Decision<Sanction> decision = decide(head);

        assertThat(decision.outcome().orElseThrow()).isEqualTo(Sanction.of(SanctionKind.DEMERIT));
        assertThat(decision.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("OFFICER.LATE_REFERRAL"));
        assertThat(decision.explain().zh()).contains("《行政执法机关移送涉嫌犯罪案件的规定》第十六条第一款、第十六条第三款");
        assertThat(sanction(head.toBuilder().addCircumstances(Circumstance.OBSTRUCTED_EVIDENCE)
                .build())).isEqualTo(Sanction.of(SanctionKind.MAJOR_DEMERIT));
        assertThat(sanction(head.toBuilder().subject(AGENCY).role(Role.AGENCY).build()))
                .isEqualTo(Sanction.of(SanctionKind.REFERRAL_ORDERED));
    }

    @Example
    void art16_notReferringBringsADemeritOnlyAfterARefusalToCorrect() {
        Fault.Builder failure = officerFault(FaultType.FAILURE_TO_REFER, FaultForm.INTENT, Consequence.GRAVE)
                .role(Role.APPROVER).responsibility(Responsibility.PRINCIPAL_LEADERSHIP);

        Decision<Sanction> first = decide(failure.build());
        assertThat(first.outcome().orElseThrow().isNone()).isTrue();
        assertThat(first.explain().zh()).contains("尚未拒不改正", "第十六条第二款", "解释：行政处罚法第八十二条规定“依法给予处分”");
        assertThat(sanction(failure.addCircumstances(Circumstance.REFUSED_TO_CORRECT).build()))
                .isEqualTo(Sanction.of(SanctionKind.DEMERIT));
        Fault agency = officerFault(FaultType.FAILURE_TO_REFER, FaultForm.INTENT, Consequence.GRAVE).subject(AGENCY)
                .role(Role.AGENCY).build();
        assertThat(sanction(agency)).isEqualTo(Sanction.of(SanctionKind.CORRECTION_ORDERED,
                SanctionKind.AGENCY_REPRIMAND));
    }

    @Example
    void art16_aCrimeIsReferredWhateverTheTier() {
        Fault crime = officerFault(FaultType.FAILURE_TO_REFER, FaultForm.INTENT, Consequence.GRAVE)
                .suspectedCrime(true).build();

        assertThat(sanction(crime).kinds()).containsExactly(SanctionKind.REFERRAL_SUPERVISORY);
    }

    // 14. No responsibility, no sanction: not 政务处分法 Art 9 (the division among several people)

    @Example
    void noResponsibilityCitesArticle6AndSaysItIsAnInterpretation() {
        Fault none = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.INTENT, Consequence.SERIOUS)
                .responsibility(Responsibility.NONE).build();

        Decision<Sanction> decision = decide(none);

        assertThat(decision.outcome().orElseThrow().isNone()).isTrue();
        assertThat(decision.citations()).extracting(c -> ((Provision) c).articleReference())
                .doesNotContain("第九条").contains("第六条");
        assertThat(decision.explain().zh()).contains("解释：责任划分认定为不承担责任的人员");
    }

    // Interpretations presented as law

    @Example
    void threeFaultsInAYear_isTheLocalMeasuresRuleNotArticle13() {
        Fault repeated = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR)
                .faultsThisYear(3).build();

        Decision<Sanction> decision = decide(repeated);

        assertThat(decision.fired()).extracting(RuleRef::id)
                .containsExactly(RuleId.of("OFFICER.SERIOUS.DIRECT.AGGRAVATED.REPEATED"));
        assertThat(decision.fired().get(0).basis().parts()).extracting(c -> ((Provision) c).articleReference())
                .doesNotContain("第十三条");
        assertThat(decision.explain().zh()).contains("解释：一年内三次以上过错从重，出自地方行政执法过错责任追究办法");
        assertThat(decision.explain().en()).contains("interpretation: three or more faults within 12 months");
    }

    @Example
    void theDefaultRowsSayTheirCombinationIsTheLibrarys() {
        Decision<Sanction> decision = decide(officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE,
                Consequence.MINOR).build());

        assertThat(decision.explain().zh()).contains("解释：本行处理方式的组合及其与过错等级、责任形式的对应为本库默认");
    }

    @Example
    void dutyDulyPerformed_restsOnTheSamrRuleAndSaysItsConditionsAreTheLibrarys() {
        Fault exempt = officerFault(FaultType.FACTS_UNCLEAR, FaultForm.ORDINARY_NEGLIGENCE, Consequence.MINOR)
                .dutyPerformance(new DutyPerformance(true, true, false, false)).build();

        Decision<Sanction> decision = decide(exempt);

        assertThat(decision.outcome().orElseThrow().isNone()).isTrue();
        assertThat(decision.fired().get(0).basis().toString()).doesNotContain("国办发");
        assertThat(decision.explain().zh()).contains("解释：尽职免责的条件");
    }

    @Example
    void theNationalAgencyTableCitesNoProvincialRegulation() {
        Fault agency = agencyFault(FaultType.RESPONSIBILITY_SYSTEM_NOT_IMPLEMENTED, FaultForm.ORDINARY_NEGLIGENCE,
                Consequence.NONE).build();

        Decision<Sanction> decision = decide(agency);

        assertThat(decision.citations()).extracting(c -> ((Provision) c).instrument().title()).doesNotContain("河南省行政执法条例");
        assertThat(decision.explain().zh()).contains("解释：", "参照《河南省行政执法条例》第四十四条等地方性法规");
    }

    @Example
    void art60_executingAManifestlyUnlawfulOrderIsNotExempt() {
        Fault.Builder executed = officerFault(FaultType.ABUSE_OF_DISCRETION, FaultForm.GROSS_NEGLIGENCE,
                Consequence.MINOR).addCircumstances(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING);

        assertThat(sanction(executed.build()).isNone()).isTrue();
        Sanction unlawful = sanction(executed.orderManifestlyUnlawful(true).build());
        assertThat(unlawful.governmental()).contains(SanctionKind.WARNING);
        assertThatIllegalArgumentException().isThrownBy(() -> officerFault(FaultType.ABUSE_OF_DISCRETION,
                FaultForm.INTENT, Consequence.MINOR).orderManifestlyUnlawful(true).build())
                .withMessageContaining("do not include EXECUTED_ORDER_AFTER_OBJECTING");
    }

    // Unclear errors

    @Example
    void nullsAreNamed() {
        assertThatNullPointerException().isThrownBy(() -> FaultSubject.officer(null, "赵丽"))
                .withMessage("Fault subject: officer id must not be null");
        assertThatNullPointerException().isThrownBy(() -> Sanction.of(null))
                .withMessage("Sanction.of: the first kind must not be null");
        assertThatNullPointerException().isThrownBy(() -> Sanction.of(SanctionKind.WARNING, SanctionKind.DEMERIT, null))
                .withMessage("Sanction.of: further kind 2 must not be null");
    }
}
