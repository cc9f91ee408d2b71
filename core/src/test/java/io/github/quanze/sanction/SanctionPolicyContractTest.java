package io.github.quanze.sanction;

import static io.github.quanze.testing.Faults.agencyFault;
import static io.github.quanze.testing.Faults.officerFault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultType;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.VersionChoice;
import io.github.quanze.rule.VersionReason;
import io.github.quanze.sanction.SanctionPolicy.Edition;
import java.time.LocalDate;
import net.jqwik.api.Example;

/** The national policy's editions, the choice between them (从旧兼从轻) and which book decides. */
class SanctionPolicyContractTest {

    private static final SanctionPolicy POLICY = SanctionPolicy.national();
    private static final LocalDate ACT_2019 = LocalDate.of(2019, 5, 6);
    private static final LocalDate DECIDED_2021 = LocalDate.of(2021, 3, 1);

    @Example
    void lexMitior_tie_appliesTheVersionInForceAtTheAct() {
        // the minor-fault row gives the same measure in both editions: 从旧, as the later one is not lighter
        Fault minor = officerFault(FaultType.UNCIVIL_CONDUCT, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE)
                .actDate(ACT_2019).build();
        Decision<Sanction> decision = POLICY.decide(minor, DECIDED_2021);
        assertThat(decision.outcome()).contains(Sanction.of(SanctionKind.WRITTEN_SELF_CRITICISM));
        VersionChoice choice = decision.version().orElseThrow();
        assertThat(choice.reason()).isEqualTo(VersionReason.ACT_TIME_VERSION);
        assertThat(choice.applied()).isEqualTo(SanctionPolicy.EDITION_2007);
        assertThat(choice.actVersion()).isEqualTo(SanctionPolicy.EDITION_2007);
        assertThat(choice.decisionVersion()).isEqualTo(SanctionPolicy.EDITION_2020);
        assertThat(decision.explain().zh()).contains("适用行为时的规定（从旧），处理时的规定不轻于行为时的规定")
                .doesNotContain("（从轻）");
    }

    @Example
    void oneEditionInForce_atTheActAndTheDecision_isTheSameVersion() {
        Fault minor = officerFault(FaultType.UNCIVIL_CONDUCT, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE)
                .actDate(LocalDate.of(2020, 7, 1)).build();
        VersionChoice choice = POLICY.decide(minor, DECIDED_2021).version().orElseThrow();
        assertThat(choice.reason()).isEqualTo(VersionReason.SAME_VERSION);
        assertThat(choice.applied()).isEqualTo(SanctionPolicy.EDITION_2020);
        Fault dayBefore = minor.toBuilder().actDate(LocalDate.of(2020, 6, 30)).build();
        assertThat(POLICY.decide(dayBefore, DECIDED_2021).version().orElseThrow().actVersion())
                .isEqualTo(SanctionPolicy.EDITION_2007);
    }

    @Example
    void editions_carryTheirSourceAndFirstDay() {
        assertThat(Edition.ED_2007.source()).isEqualTo(SanctionPolicy.EDITION_2007);
        assertThat(Edition.ED_2007.from()).isEqualTo(LocalDate.of(2007, 6, 1));
        assertThat(Edition.ED_2020.source()).isEqualTo(SanctionPolicy.EDITION_2020);
        assertThat(Edition.ED_2020.from()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(SanctionPolicy.nationalOfficerTable(Edition.ED_2007))
                .isNotEqualTo(SanctionPolicy.nationalOfficerTable(Edition.ED_2020));
        assertThatNullPointerException().isThrownBy(() -> SanctionPolicy.nationalOfficerTable(null))
                .withMessage("edition");
    }

    @Example
    void decide_asksTheBookOfTheFaultsSubject() {
        Fault officer = officerFault(FaultType.UNCIVIL_CONDUCT, FaultForm.GROSS_NEGLIGENCE, Consequence.NONE).build();
        Fault agency = agencyFault(FaultType.RESPONSIBILITY_SYSTEM_NOT_IMPLEMENTED, FaultForm.GROSS_NEGLIGENCE,
                Consequence.NONE).build();
        LocalDate decided = LocalDate.of(2024, 9, 1);
        assertThat(POLICY.decide(officer, decided).ruleSet()).isEqualTo("执法人员过错责任追究表");
        assertThat(POLICY.decide(agency, decided).ruleSet()).isEqualTo("行政执法机关过错责任追究表");
        assertThat(POLICY.officers().name()).isEqualTo("执法人员责任追究规则");
        assertThat(POLICY.agencies().name()).isEqualTo("行政执法机关责任追究规则");
        SanctionPolicy swapped = SanctionPolicy.of(POLICY.agencies(), POLICY.officers());
        assertThat(swapped.officers()).isSameAs(POLICY.agencies());
        assertThat(swapped.agencies()).isSameAs(POLICY.officers());
    }

    @Example
    void of_rejectsAMissingBook() {
        assertThatNullPointerException().isThrownBy(() -> SanctionPolicy.of(null, POLICY.agencies()))
                .withMessage("officers");
        assertThatNullPointerException().isThrownBy(() -> SanctionPolicy.of(POLICY.officers(), null))
                .withMessage("agencies");
    }

    @Example
    void toString_namesBothBooks() {
        assertThat(POLICY.toString()).startsWith("SanctionPolicy{").contains(POLICY.officers().toString())
                .contains(POLICY.agencies().toString());
        assertThat(SanctionPolicy.faultSchema().name()).isEqualTo("fault");
        assertThat(SanctionPolicy.nationalAgencyTable().rows()).isNotEmpty();
    }
}
