package io.github.quanze.sanction;

import static io.github.quanze.testing.Faults.AGENCY;
import static io.github.quanze.testing.Faults.officerFault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.fault.Role;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.RuleBook;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.Row;
import io.github.quanze.rule.VersionReason;
import java.time.LocalDate;
import net.jqwik.api.Example;

class SanctionPolicyTest {

    private static final SanctionPolicy POLICY = SanctionPolicy.national();
    private static final LocalDate DECIDED = LocalDate.of(2024, 9, 1);

    private static Sanction sanction(Fault fault) {
        return POLICY.decide(fault, DECIDED).outcome().orElseThrow();
    }

    @Example
    void minorFaults_getOfficerMeasuresByResponsibility() {
        Fault.Builder minor = officerFault(FaultType.UNCIVIL_CONDUCT, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE);
        assertThat(sanction(minor.build())).isEqualTo(Sanction.of(SanctionKind.WRITTEN_SELF_CRITICISM));
        assertThat(sanction(minor.responsibility(Responsibility.PRINCIPAL_LEADERSHIP).build()))
                .isEqualTo(Sanction.of(SanctionKind.CRITICISM));
        assertThat(sanction(minor.responsibility(Responsibility.IMPORTANT_LEADERSHIP).build()))
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
        Fault reduced = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.INTENT, Consequence.NONE)
                .addCircumstances(Circumstance.CONFESSED_AND_RECOVERED).build();
        assertThat(reduced.gravity()).isEqualTo(io.github.quanze.fault.Gravity.GRAVE);
        assertThat(sanction(reduced)).isEqualTo(Sanction.of(SanctionKind.QUALIFICATION_REVOKED, SanctionKind.DEMERIT));
    }

    @Example
    void graveIntentionalFault_withACrime_isReferred() {
        Fault fault = officerFault(FaultType.CORRUPTION, FaultForm.INTENT, Consequence.SERIOUS).suspectedCrime(true)
                .build();
        Sanction sanction = sanction(fault);
        assertThat(sanction.kinds()).contains(SanctionKind.QUALIFICATION_REVOKED, SanctionKind.DISMISSAL_FROM_POST,
                SanctionKind.REFERRAL_JUDICIAL);
        assertThat(sanction.heaviest()).contains(SanctionKind.REFERRAL_JUDICIAL);
    }

    @Example
    void dutyDulyPerformed_overridesEverything() {
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
        Fault.Builder agency = officerFault(FaultType.RESPONSIBILITY_SYSTEM_NOT_IMPLEMENTED,
                FaultForm.ORDINARY_NEGLIGENCE, Consequence.NONE).subject(AGENCY).role(Role.AGENCY);
        assertThat(sanction(agency.build())).isEqualTo(Sanction.of(SanctionKind.RECTIFICATION));
        assertThat(sanction(agency.addCircumstances(Circumstance.NOT_CORRECTED_IN_TIME).build()))
                .isEqualTo(Sanction.of(SanctionKind.RECTIFICATION, SanctionKind.AGENCY_REPRIMAND,
                        SanctionKind.AWARD_INELIGIBILITY));
    }

    @Example
    void lexMitior_keepsTheActTimeCeilingOfTheOldRegulation() {
        Fault fault = officerFault(FaultType.ABUSE_OF_DISCRETION, FaultForm.INTENT, Consequence.SERIOUS)
                .addCircumstances(Circumstance.OBSTRUCTED_EVIDENCE).actDate(LocalDate.of(2019, 11, 5)).build();
        Decision<Sanction> decision = POLICY.decide(fault, LocalDate.of(2021, 3, 1));
        assertThat(decision.outcome().orElseThrow().governmental()).contains(SanctionKind.DISMISSAL_FROM_POST);
        assertThat(decision.version().orElseThrow().reason()).isEqualTo(VersionReason.ACT_TIME_VERSION);
        assertThat(decision.version().orElseThrow().applied()).isEqualTo(SanctionPolicy.EDITION_2007);
        Fault sameAfter2020 = new Fault.Builder().from(fault).actDate(LocalDate.of(2021, 1, 5)).build();
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
        DecisionTable<Fault, Sanction> national = SanctionPolicy.nationalOfficerTable(true);
        Row<Sanction> shipped = national.rows().stream().filter(r -> r.id().equals(RuleId.of("OFFICER.MINOR.DIRECT")))
                .findFirst().orElseThrow();
        DecisionTable<Fault, Sanction> local = national.toBuilder()
                .replace(new Row<>(shipped.ref(), shipped.cells(), Sanction.of(SanctionKind.ADMONITION)))
                .build();
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
