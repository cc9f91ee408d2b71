package io.github.quanze.internal;

import static io.github.quanze.testing.Fixtures.CREDENTIAL_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Fixtures.POWER_WHOLESALE_PENALTY;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.UNIT_MONOPOLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultType;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.Post;
import io.github.quanze.power.Power;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.testing.Faults;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.StatutoryLimits;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/**
 * The one builder idiom: {@code X.builder()} names every missing required attribute at once, a single-valued
 * attribute is set once, and {@code toBuilder()} copies a value so that each attribute can be changed once.
 */
class BuildersTest {

    private static final Fault FAULT = Faults.officerFault(FaultType.OVERDUE, FaultForm.GROSS_NEGLIGENCE,
            Consequence.NONE).build();

    @Example
    void build_namesEveryMissingRequiredAttributeAtOnce() {
        assertThatIllegalStateException().isThrownBy(() -> LegalInstrument.builder().build())
                .withMessage("LegalInstrument: missing required fields [title, level, effectiveDate]");
        assertThatIllegalStateException().isThrownBy(() -> Power.builder().build())
                .withMessage("Power: missing required fields [code, name, kind, implementingAgency, enforcementArea]");
        assertThatIllegalStateException().isThrownBy(() -> Post.builder().name("稽查岗").build())
                .withMessage("Post: missing required fields [id, unit]");
        assertThatIllegalStateException().isThrownBy(() -> Officer.builder().build())
                .withMessage("Officer: missing required fields [id, name, agency]");
        assertThatIllegalStateException().isThrownBy(() -> EnforcementCredential.builder().number("ZF-1").build())
                .withMessage("EnforcementCredential: missing required fields [holder, issuingAuthority, validFrom, "
                        + "validUntil]");
        assertThatIllegalStateException().isThrownBy(() -> Fault.builder().build())
                .withMessage("Fault: missing required fields [subject, type, form, consequence, role, responsibility, "
                        + "actDate]");
        assertThatIllegalStateException().isThrownBy(() -> CaseRecord.builder().opened(LocalDate.of(2026, 9, 1))
                        .build())
                .withMessage("CaseRecord: missing required fields [id, procedure, organization, area]");
    }

    @Example
    void aSingleValuedAttributeIsSetOnce() {
        assertThatIllegalStateException().isThrownBy(() -> Power.builder().name("甲").name("乙"))
                .withMessage("Power builder: name is already set; a builder sets each attribute once");
        assertThatIllegalStateException().isThrownBy(() -> Fault.builder().faultsThisYear(1).faultsThisYear(2))
                .withMessage("Fault builder: faultsThisYear is already set; a builder sets each attribute once");
        assertThatIllegalStateException().isThrownBy(() -> CaseRecord.builder().area("烟草专卖").area("市场监管"))
                .withMessage("CaseRecord builder: area is already set; a builder sets each attribute once");
        assertThatIllegalStateException().isThrownBy(() -> AssessmentScheme.builder("方案").thresholds(90, 60)
                        .thresholds(85, 60))
                .withMessage("AssessmentScheme builder: thresholds is already set; a builder sets each attribute once");
        assertThatIllegalStateException().isThrownBy(() -> Procedure.builder(BilingualText.of("程序", "procedure"))
                        .hearingRequest(StatutoryLimits.PENALTY_HEARING_REQUEST, StepKind.HEARING_RIGHT_NOTICE)
                        .hearingRequest(StatutoryLimits.PENALTY_HEARING_REQUEST, StepKind.HEARING_RIGHT_NOTICE))
                .withMessageContaining("hearingRequest is already set");
    }

    @Example
    void aNullValueIsRejectedByTheAttributesName() {
        assertThatNullPointerException().isThrownBy(() -> Power.builder().code(null)).withMessage("code");
        assertThatNullPointerException().isThrownBy(() -> Post.builder().addDuties("查处", null))
                .withMessage("duties element");
        assertThatNullPointerException().isThrownBy(() -> Fault.builder().addCircumstances(
                (io.github.quanze.fault.Circumstance[]) null)).withMessage("circumstances");
    }

    @Example
    void aFailedAdditionChangesNothing() {
        Post.Builder post = Post.builder().id(POST_INSPECTOR).unit(UNIT_MONOPOLY).name("稽查岗")
                .addDuty("查处无证经营");
        assertThatNullPointerException().isThrownBy(() -> post.addDuties("制作文书", null));
        assertThat(post.build().duties()).containsExactly("查处无证经营");
    }

    @Example
    void toBuilder_copiesTheValueAndLetsEachAttributeChangeOnce() {
        assertThat(TOBACCO_LAW.toBuilder().build()).isEqualTo(TOBACCO_LAW).hasSameHashCodeAs(TOBACCO_LAW);
        assertThat(POWER_WHOLESALE_PENALTY.toBuilder().build()).isEqualTo(POWER_WHOLESALE_PENALTY);
        assertThat(CREDENTIAL_INSPECTOR_A.toBuilder().build()).isEqualTo(CREDENTIAL_INSPECTOR_A);
        assertThat(FAULT.toBuilder().build()).isEqualTo(FAULT).hasToString(FAULT.toString());
        Officer officer = ORGANIZATION.officer(OFFICER_INSPECTOR_A);
        assertThat(officer.toBuilder().build()).isEqualTo(officer);
        Post post = ORGANIZATION.post(POST_INSPECTOR);
        assertThat(post.toBuilder().build()).isEqualTo(post);

        Power renamed = POWER_WHOLESALE_PENALTY.toBuilder().name("另一名称").build();
        assertThat(renamed).isNotEqualTo(POWER_WHOLESALE_PENALTY);
        assertThat(renamed.name()).isEqualTo("另一名称");
        assertThat(renamed.provisions()).isEqualTo(POWER_WHOLESALE_PENALTY.provisions());
        assertThatIllegalStateException().isThrownBy(() -> POWER_WHOLESALE_PENALTY.toBuilder().name("甲").name("乙"));

        Fault graver = FAULT.toBuilder().consequence(Consequence.SERIOUS).build();
        assertThat(graver.consequence()).isEqualTo(Consequence.SERIOUS);
        assertThat(graver.gravity()).isGreaterThan(FAULT.gravity());
        assertThat(FAULT.consequence()).as("the original is unchanged").isEqualTo(Consequence.NONE);

        Procedure adapted = ProcedureTemplates.PENALTY_ORDINARY.toBuilder(BilingualText.of("本局程序", "own")).build();
        assertThat(adapted.steps()).isEqualTo(ProcedureTemplates.PENALTY_ORDINARY.steps());
        assertThat(adapted.name().zh()).isEqualTo("本局程序");
    }

    @Example
    void valuesWithDifferentAttributesAreUnequal() {
        assertThat(TOBACCO_LAW.toBuilder().englishTitle("Tobacco Monopoly Law").build()).isNotEqualTo(TOBACCO_LAW);
        assertThat(CREDENTIAL_INSPECTOR_A.toBuilder().areas(List.of("市场监管")).build())
                .isNotEqualTo(CREDENTIAL_INSPECTOR_A);
        assertThat(FAULT.toBuilder().suspectedCrime(true).build()).isNotEqualTo(FAULT);
        assertThat(FAULT).isNotEqualTo(null).isNotEqualTo(FAULT.toString());
    }

    @Example
    void required_passesWhenEverythingIsPresent() {
        Required required = new Required("X");
        required.present("a", 1, "b", "b");
        assertThat(required.once("a", "value")).isEqualTo("value");
        assertThatIllegalStateException().isThrownBy(() -> required.present("a", null, "b", 2, "c", null))
                .withMessage("X: missing required fields [a, c]");
    }
}
