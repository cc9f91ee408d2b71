package io.github.quanze.sanction;

import static io.github.quanze.testing.Faults.agencyFault;
import static io.github.quanze.testing.Faults.officerFault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.procedure.Role;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.RuleBook;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.Row;
import io.github.quanze.rule.VersionReason;
import io.github.quanze.sanction.SanctionPolicy.Edition;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

class SanctionPolicyTest {

    private static final SanctionPolicy POLICY = SanctionPolicy.national();
    private static final LocalDate DECIDED = LocalDate.of(2024, 9, 1);

    private static Sanction sanction(Fault fault) {
        return POLICY.decide(fault, DECIDED).outcome().orElseThrow();
    }

    @Example
    void minorFaults_getOfficerMeasuresByResponsibility() {
        Fault minor = officerFault(FaultType.UNCIVIL_CONDUCT, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE).build();
        assertThat(sanction(minor)).isEqualTo(Sanction.of(SanctionKind.WRITTEN_SELF_CRITICISM));
        assertThat(sanction(minor.toBuilder().responsibility(Responsibility.PRINCIPAL_LEADERSHIP).build()))
                .isEqualTo(Sanction.of(SanctionKind.CRITICISM));
        assertThat(sanction(minor.toBuilder().responsibility(Responsibility.IMPORTANT_LEADERSHIP).build()))
                .isEqualTo(Sanction.of(SanctionKind.REMINDER));
    }

    @Example
    void seriousFault_ofADirectlyResponsibleOfficer() {
        Decision<Sanction> decision = POLICY.decide(officerFault(FaultType.PROCEDURE_VIOLATION,
                FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR).build(), DECIDED);
        assertThat(decision.outcome()).contains(Sanction.of(SanctionKind.OFF_POST_TRAINING,
                SanctionKind.PUBLIC_REPRIMAND, SanctionKind.WARNING));
        assertThat(decision.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("OFFICER.SERIOUS.DIRECT"));
        assertThat(decision.explain().zh()).contains("警告（处分期6个月）")
                .contains("《中华人民共和国公职人员政务处分法》第三十九条")
                .contains("适用《中华人民共和国公职人员政务处分法》及国办发〔2005〕37号");
    }

    @Example
    void aggravatingCircumstances_takeTheHeavierEndOfTheRange() {
        Fault.Builder serious = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE,
                Consequence.MINOR);
        Decision<Sanction> aggravated = POLICY.decide(serious.addCircumstances(Circumstance.OBSTRUCTED_EVIDENCE)
                .build(), DECIDED);
        assertThat(aggravated.outcome().orElseThrow().governmental()).contains(SanctionKind.DEMERIT);
        assertThat(aggravated.overridden()).extracting(o -> o.rule().id())
                .containsExactly(RuleId.of("OFFICER.SERIOUS.DIRECT"));
        Fault repeated = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR)
                .faultsThisYear(3).build();
        assertThat(sanction(repeated).governmental()).contains(SanctionKind.DEMERIT);
    }

    @Example
    void reducingCircumstances_goOneGradeBelowTheRange() {
        Fault reduced = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.INTENT, Consequence.MINOR)
                .addCircumstances(Circumstance.CONFESSED_AND_RECOVERED).build();
        assertThat(reduced.gravity()).isEqualTo(io.github.quanze.fault.Gravity.GRAVE);
        assertThat(sanction(reduced)).isEqualTo(Sanction.of(SanctionKind.QUALIFICATION_REVOKED, SanctionKind.DEMERIT));
    }

    @Example
    void graveIntentionalFault_withACrime_isReferredToTheSupervisoryCommission() {
        Fault fault = officerFault(FaultType.CORRUPTION, FaultForm.INTENT, Consequence.SERIOUS).suspectedCrime(true)
                .build();
        Decision<Sanction> decision = POLICY.decide(fault, DECIDED);
        Sanction sanction = decision.outcome().orElseThrow();
        assertThat(sanction.kinds()).contains(SanctionKind.QUALIFICATION_REVOKED, SanctionKind.DISMISSAL_FROM_POST,
                SanctionKind.REFERRAL_SUPERVISORY);
        assertThat(sanction.heaviest()).contains(SanctionKind.REFERRAL_SUPERVISORY);
        assertThat(decision.explain().zh()).contains("移送监察机关")
                .contains("《中华人民共和国公务员法》第五十七条第三款")
                .contains("《中华人民共和国监察法》第十一条第（二）项");
    }

    @Example
    void suspectedCrime_isReferredWhateverTheResponsibility() {
        for (Responsibility responsibility : List.of(Responsibility.PRINCIPAL_LEADERSHIP,
                Responsibility.IMPORTANT_LEADERSHIP)) {
            Fault fault = officerFault(FaultType.ABUSE_OF_DISCRETION, FaultForm.INTENT, Consequence.SERIOUS)
                    .role(Role.APPROVER).responsibility(responsibility).suspectedCrime(true).build();
            assertThat(sanction(fault).kinds()).as(responsibility.name()).contains(SanctionKind.REFERRAL_SUPERVISORY);
        }
        Fault dissenter = officerFault(FaultType.ABUSE_OF_DISCRETION, FaultForm.INTENT, Consequence.SERIOUS)
                .role(Role.COLLECTIVE_MEMBER).responsibility(Responsibility.NONE).suspectedCrime(true).build();
        assertThat(sanction(dissenter)).isEqualTo(Sanction.none());
    }

    @Example
    void suspectedCrime_underTheOldRegulation_goesToTheJudicialAuthorities() {
        Fault fault = officerFault(FaultType.ABUSE_OF_DISCRETION, FaultForm.INTENT, Consequence.SERIOUS)
                .role(Role.APPROVER).responsibility(Responsibility.PRINCIPAL_LEADERSHIP).suspectedCrime(true)
                .actDate(LocalDate.of(2016, 4, 1)).build();
        Decision<Sanction> decision = POLICY.decide(fault, LocalDate.of(2016, 9, 1));
        assertThat(decision.outcome().orElseThrow().kinds()).contains(SanctionKind.REFERRAL_JUDICIAL)
                .doesNotContain(SanctionKind.REFERRAL_SUPERVISORY);
        assertThat(decision.explain().zh()).contains("《行政机关公务员处分条例》第五条");
    }

    @Example
    void lexMitior_isNotSwayedByWhereACrimeIsReferred() {
        Fault fault = officerFault(FaultType.ABUSE_OF_DISCRETION, FaultForm.INTENT, Consequence.SERIOUS)
                .addCircumstances(Circumstance.OBSTRUCTED_EVIDENCE).suspectedCrime(true)
                .actDate(LocalDate.of(2019, 11, 5)).build();
        Decision<Sanction> decision = POLICY.decide(fault, LocalDate.of(2021, 3, 1));
        assertThat(decision.version().orElseThrow().reason()).isEqualTo(VersionReason.ACT_TIME_VERSION);
        assertThat(decision.outcome().orElseThrow().governmental()).contains(SanctionKind.DISMISSAL_FROM_POST);
    }

    @Example
    void exemption_neverWaivesTheReferralOfASuspectedCrime() {
        Fault fault = officerFault(FaultType.FAILURE_TO_REFER, FaultForm.INTENT, Consequence.SERIOUS)
                .suspectedCrime(true).addCircumstances(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING).build();
        Decision<Sanction> decision = POLICY.decide(fault, DECIDED);
        assertThat(decision.outcome()).contains(Sanction.of(SanctionKind.REFERRAL_SUPERVISORY));
        assertThat(decision.fired()).extracting(RuleRef::id).containsExactly(RuleId.of("OFFICER.CRIME"),
                RuleId.of("OFFICER.EXECUTED_ORDER_AFTER_OBJECTING"));
        assertThat(decision.explain().zh()).contains("《中华人民共和国公务员法》第六十条")
                .doesNotContain("第十四条第二款").doesNotContain("第十二条");
        Fault duly = officerFault(FaultType.WRONG_LAW, FaultForm.GROSS_NEGLIGENCE, Consequence.SERIOUS)
                .suspectedCrime(true).dutyPerformance(new DutyPerformance(true, true, false, false)).build();
        assertThat(sanction(duly)).isEqualTo(Sanction.of(SanctionKind.REFERRAL_SUPERVISORY));
    }

    @Example
    void minorAndCorrected_waivesOnlyTheGovernmentalSanction() {
        Fault.Builder serious = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE,
                Consequence.MINOR).addCircumstances(Circumstance.MINOR_AND_CORRECTED);
        Decision<Sanction> waived = POLICY.decide(serious.build(), DECIDED);
        assertThat(waived.outcome()).contains(Sanction.of(SanctionKind.WRITTEN_SELF_CRITICISM));
        assertThat(waived.fired()).extracting(RuleRef::id)
                .containsExactly(RuleId.of("OFFICER.MINOR_AND_CORRECTED.DIRECT"));
        assertThat(waived.explain().zh()).contains("《中华人民共和国公务员法》第六十一条第一款")
                .doesNotContain("政务处分法》第十二条");
        Decision<Sanction> article12 = POLICY.decide(serious.addCircumstances(Circumstance.CONFESSED).build(),
                DECIDED);
        assertThat(article12.outcome()).contains(Sanction.of(SanctionKind.WRITTEN_SELF_CRITICISM));
        assertThat(article12.fired()).extracting(RuleRef::id)
                .containsExactly(RuleId.of("OFFICER.MINOR_AND_CORRECTED.DIRECT.MITIGATED"));
        assertThat(article12.explain().zh()).contains("《中华人民共和国公职人员政务处分法》第十二条第一款、第十一条");
        Fault leader = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.INTENT, Consequence.SERIOUS)
                .role(Role.APPROVER).responsibility(Responsibility.PRINCIPAL_LEADERSHIP)
                .addCircumstances(Circumstance.MINOR_AND_CORRECTED).build();
        assertThat(sanction(leader)).isEqualTo(Sanction.of(SanctionKind.CRITICISM));
        Fault old = serious.build().toBuilder().actDate(LocalDate.of(2015, 3, 2)).build();
        assertThat(POLICY.decide(old, LocalDate.of(2015, 6, 1)).explain().zh())
                .contains("《行政机关公务员处分条例》第十四条第二款");
    }

    @Example
    void mitigatingCircumstance_takesTheLighterEndOfTheRange() {
        Fault.Builder intentional = officerFault(FaultType.OVERDUE, FaultForm.INTENT, Consequence.MINOR);
        assertThat(intentional.build().gravity()).isEqualTo(io.github.quanze.fault.Gravity.SERIOUS);
        assertThat(sanction(intentional.build()).governmental()).contains(SanctionKind.DEMERIT);
        Decision<Sanction> mitigated = POLICY.decide(intentional.addCircumstances(Circumstance.CONFESSED).build(),
                DECIDED);
        assertThat(mitigated.outcome().orElseThrow().governmental()).contains(SanctionKind.WARNING);
        assertThat(mitigated.fired()).extracting(RuleRef::id)
                .containsExactly(RuleId.of("OFFICER.SERIOUS.DIRECT.INTENT.MITIGATED"));
        assertThat(mitigated.explain().zh()).contains("《中华人民共和国公职人员政务处分法》第十一条");

        Fault.Builder gross = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE,
                Consequence.GRAVE);
        assertThat(sanction(gross.build()).governmental()).contains(SanctionKind.DEMOTION);
        assertThat(sanction(gross.addCircumstances(Circumstance.COOPERATED).build()).governmental())
                .contains(SanctionKind.MAJOR_DEMERIT);
        Fault negligent = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.ORDINARY_NEGLIGENCE,
                Consequence.GRAVE).addCircumstances(Circumstance.SECONDARY_ROLE).build();
        assertThat(sanction(negligent).governmental()).as("already at the lighter end")
                .contains(SanctionKind.MAJOR_DEMERIT);
    }

    @Example
    void aggravation_prevailsOverMitigation() {
        Fault both = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.GRAVE)
                .addCircumstances(Circumstance.COOPERATED, Circumstance.SHIELDED_OTHERS).build();
        Decision<Sanction> decision = POLICY.decide(both, DECIDED);
        assertThat(decision.outcome().orElseThrow().governmental()).contains(SanctionKind.DISMISSAL_FROM_POST);
        assertThat(decision.fired()).extracting(RuleRef::id)
                .containsExactly(RuleId.of("OFFICER.GRAVE.DIRECT.GROSS.AGGRAVATED"));
    }

    @Example
    void mitigation_underTheOldRegulation_citesItsArticle13() {
        Fault fault = officerFault(FaultType.OVERDUE, FaultForm.INTENT, Consequence.NONE)
                .addCircumstances(Circumstance.RECOVERED_LOSS).actDate(LocalDate.of(2015, 3, 2)).build();
        Decision<Sanction> decision = POLICY.decide(fault, LocalDate.of(2015, 6, 1));
        assertThat(decision.outcome().orElseThrow().governmental()).contains(SanctionKind.WARNING);
        assertThat(decision.explain().zh()).contains("《行政机关公务员处分条例》第十三条")
                .contains("按第二十一条的处分档次");
    }

    @Example
    void rowsCitingALadder_sayTheyApplyItsTiers() {
        for (Edition edition : Edition.values()) {
            DecisionTable<Fault, Sanction> table = SanctionPolicy.nationalOfficerTable(edition);
            String article = edition == Edition.ED_2020 ? "第三十九条" : "第二十一条";
            for (Row<Sanction> row : table.rows()) {
                boolean citesLadder = row.ref().basis().parts().stream()
                        .anyMatch(p -> p.toString().endsWith(article));
                // a row below the ladder cites Art 39 for its harm condition and imposes no governmental sanction
                boolean belowLadder = row.id().value().endsWith(".NO_HARM");
                assertThat(row.ref().title().zh().contains("按" + article + "的处分档次")).as(row.id().value())
                        .isEqualTo(citesLadder && !belowLadder);
                assertThat(belowLadder).isEqualTo(row.ref().title().zh().contains("未造成不良后果或者影响"));
                assertThat(belowLadder && row.output().governmental().isPresent()).isFalse();
            }
        }
        Fault corruption = officerFault(FaultType.CORRUPTION, FaultForm.INTENT, Consequence.MINOR)
                .actDate(LocalDate.of(2015, 3, 2)).build();
        assertThat(POLICY.decide(corruption, LocalDate.of(2015, 6, 1)).explain().zh())
                .contains("（按第二十一条的处分档次）");
    }

    @Example
    void editions_matchTheVersionsOfTheNationalPolicy() {
        assertThat(Edition.ED_2007.source()).isEqualTo(SanctionPolicy.EDITION_2007);
        assertThat(Edition.ED_2020.source()).isEqualTo(SanctionPolicy.EDITION_2020);
        assertThat(POLICY.officers().versions()).extracting(RuleBook.Version::source, RuleBook.Version::from)
                .containsExactly(tuple(Edition.ED_2007.source(), Edition.ED_2007.from()),
                        tuple(Edition.ED_2020.source(), Edition.ED_2020.from()));
        assertThatNullPointerException().isThrownBy(() -> SanctionPolicy.nationalOfficerTable(null))
                .withMessage("edition");
    }

    @Example
    void dutyDulyPerformed_overridesEverySanctionRow() {
        Fault fault = officerFault(FaultType.WRONG_LAW, FaultForm.GROSS_NEGLIGENCE, Consequence.SERIOUS)
                .dutyPerformance(new DutyPerformance(true, true, false, false)).build();
        Decision<Sanction> decision = POLICY.decide(fault, DECIDED);
        assertThat(decision.outcome()).contains(Sanction.none());
        assertThat(decision.fired()).extracting(RuleRef::id)
                .containsExactly(RuleId.of("OFFICER.DUTY_DULY_PERFORMED"));
        assertThat(decision.overridden()).isNotEmpty();
        assertThat(decision.explain().zh()).contains("尽职免责").contains("市场监督管理行政执法责任制规定》第三条");
    }

    @Example
    void exemptingCircumstance_clearsTheSanction() {
        Fault fault = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR)
                .addCircumstances(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING).build();
        assertThat(sanction(fault)).isEqualTo(Sanction.none());
    }

    @Example
    void dissenter_bearsNothing() {
        Fault fault = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR)
                .role(Role.COLLECTIVE_MEMBER).responsibility(Responsibility.NONE).build();
        assertThat(sanction(fault)).isEqualTo(Sanction.none());
    }

    @Example
    void agencies_getRectificationRisingWithGravityAndDelay() {
        Fault.Builder agency = agencyFault(FaultType.RESPONSIBILITY_SYSTEM_NOT_IMPLEMENTED,
                FaultForm.ORDINARY_NEGLIGENCE, Consequence.NONE);
        assertThat(sanction(agency.build())).isEqualTo(Sanction.of(SanctionKind.RECTIFICATION));
        assertThat(sanction(agency.addCircumstances(Circumstance.NOT_CORRECTED_IN_TIME).build()))
                .isEqualTo(Sanction.of(SanctionKind.RECTIFICATION, SanctionKind.AGENCY_REPRIMAND,
                        SanctionKind.AWARD_INELIGIBILITY));
    }

    @Example
    void lexMitior_keepsTheActTimeCeilingOfTheOldRegulation() {
        Fault fault = officerFault(FaultType.ABUSE_OF_DISCRETION, FaultForm.INTENT, Consequence.GRAVE)
                .addCircumstances(Circumstance.OBSTRUCTED_EVIDENCE).actDate(LocalDate.of(2019, 11, 5)).build();
        Decision<Sanction> decision = POLICY.decide(fault, LocalDate.of(2021, 3, 1));
        assertThat(decision.outcome().orElseThrow().governmental()).contains(SanctionKind.DISMISSAL_FROM_POST);
        assertThat(decision.version().orElseThrow().reason()).isEqualTo(VersionReason.ACT_TIME_VERSION);
        assertThat(decision.version().orElseThrow().applied()).isEqualTo(SanctionPolicy.EDITION_2007);
        Fault sameAfter2020 = fault.toBuilder().actDate(LocalDate.of(2021, 1, 5)).build();
        assertThat(POLICY.decide(sameAfter2020, LocalDate.of(2021, 3, 1)).outcome().orElseThrow().governmental())
                .contains(SanctionKind.EXPULSION);
    }

    @Example
    void decide_rejectsAnActBeforeTheRules() {
        Fault old = officerFault(FaultType.OVERDUE, FaultForm.INTENT, Consequence.NONE)
                .actDate(LocalDate.of(2006, 1, 1)).build();
        assertThatIllegalArgumentException().isThrownBy(() -> POLICY.decide(old, DECIDED))
                .withMessageStartingWith("Rule book '执法人员责任追究规则' has no version in force on the act date 2006-01-01");
    }

    @Example
    void anAgency_replacesARowWithoutTouchingTheNationalTable() {
        DecisionTable<Fault, Sanction> national = SanctionPolicy.nationalOfficerTable(Edition.ED_2020);
        Row<Sanction> shipped = national.spec().row(RuleId.of("OFFICER.MINOR.DIRECT")).orElseThrow();
        DecisionTable<Fault, Sanction> local = national.withSpec(national.spec().toBuilder()
                .replace(shipped.withOutput(Sanction.of(SanctionKind.ADMONITION)))
                .build());
        SanctionPolicy province = SanctionPolicy.of(
                RuleBook.<Fault, Sanction>builder("某省规则", Sanction.HEAVIER, SanctionPolicy.LEX_MITIOR)
                        .version("某省办法", LocalDate.of(2020, 7, 1), local).build(),
                POLICY.agencies());
        Fault minor = officerFault(FaultType.UNCIVIL_CONDUCT, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE).build();
        assertThat(province.decide(minor, DECIDED).outcome()).contains(Sanction.of(SanctionKind.ADMONITION));
        assertThat(sanction(minor)).isEqualTo(Sanction.of(SanctionKind.WRITTEN_SELF_CRITICISM));
        assertThat(local.rows()).hasSameSizeAs(national.rows());
        assertThat(local.verify().isClean()).isTrue();
    }
}
