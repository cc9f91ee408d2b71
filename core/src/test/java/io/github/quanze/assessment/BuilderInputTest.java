package io.github.quanze.assessment;

import static io.github.quanze.procedure.Cases.BUREAU_ORGANIZATION;
import static io.github.quanze.procedure.Cases.WANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.Gravity;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.Post;
import io.github.quanze.power.Power;
import io.github.quanze.testing.Fixtures;
import io.github.quanze.text.BilingualText;
import java.util.function.Function;
import net.jqwik.api.Example;

/**
 * Builders refuse a bad value in the setter, before they record the attribute as set: the builder is unchanged, so
 * the same setter takes a good value afterwards, and a value set once is still refused a second time.
 */
class BuilderInputTest {

    @Example
    void fault_faultsThisYearAndDescriptionAreCheckedWhenSet() {
        Fault fault = Officers.fault(WANG, Gravity.MINOR, Officers.ACT_2026);
        Fault.Builder b = fault.toBuilder();
        assertThatIllegalArgumentException().isThrownBy(() -> b.faultsThisYear(0))
                .withMessage("Fault of %s: faults this year must be between 1 and %s, but was 0", WANG,
                        Fault.MAX_FAULTS_PER_YEAR);
        assertThatIllegalArgumentException().isThrownBy(() -> b.faultsThisYear(Fault.MAX_FAULTS_PER_YEAR + 1));
        assertThatIllegalArgumentException().isThrownBy(() -> b.description(BilingualText.of("违法", "bad\u0001")))
                .withMessageContaining(": description in English must not contain control character");
        Fault fixed = b.faultsThisYear(2).description(BilingualText.of("违反法定程序", "breached the procedure")).build();
        assertThat(fixed.faultsThisYear()).isEqualTo(2);
        assertThat(fixed.description().en()).isEqualTo("breached the procedure");
        assertThatIllegalStateException().isThrownBy(() -> b.faultsThisYear(3)).withMessageContaining("already set");
    }

    @Example
    void assessmentScheme_capThresholdsAndCoverageAreCheckedWhenSet() {
        AssessmentScheme.Builder b = AssessmentScheme.DEFAULT.toBuilder("某市评议考核方案");
        assertThatIllegalArgumentException().isThrownBy(() -> b.bonusCap(101))
                .withMessage("Assessment scheme '某市评议考核方案': bonus cap must be 0 to 100, but was 101.0");
        assertThatIllegalArgumentException().isThrownBy(() -> b.bonusCap(Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> b.thresholds(50, 60))
                .withMessageContaining("thresholds must satisfy 0 < pass <= excellent <= 100");
        assertThatIllegalArgumentException().isThrownBy(() -> b.minimumCoverage(-1));
        AssessmentScheme fixed = b.bonusCap(5).thresholds(85, 60).minimumCoverage(40).build();
        assertThat(fixed.bonusCap()).isEqualTo(5);
        assertThat(fixed.minimumCoverage()).isEqualTo(40);
        assertThatIllegalStateException().isThrownBy(() -> b.bonusCap(6));
    }

    @Example
    void organizationPowerAndInstrumentBuilders_refuseABlankValueWithoutSettingIt() {
        Officer officer = BUREAU_ORGANIZATION.officer(WANG);
        refusedThenFixed(officer.toBuilder(), o -> o.name(" "), o -> o.name("王五").build().name(), "王五");
        Post post = BUREAU_ORGANIZATION.posts().get(0);
        refusedThenFixed(post.toBuilder(), p -> p.name(""), p -> p.name("稽查岗").build().name(), "稽查岗");
        EnforcementCredential credential = BUREAU_ORGANIZATION.credentialsOf(WANG).get(0);
        refusedThenFixed(credential.toBuilder(), c -> c.number("ZF 1"), c -> c.number("ZF-9").build().number(),
                "ZF-9");
        Power power = Fixtures.CATALOGUE.powers().get(0);
        refusedThenFixed(power.toBuilder(), p -> p.name(" 罚款"), p -> p.name("罚款").build().name(), "罚款");
        LegalInstrument law = Instruments.ADMINISTRATIVE_PENALTY_LAW;
        refusedThenFixed(law.toBuilder(), l -> l.title("《行政处罚法》"), l -> l.title("行政处罚法").build().title(),
                "行政处罚法");
    }

    private static <B> void refusedThenFixed(B builder, Function<B, B> bad, Function<B, Object> good,
            Object expected) {
        assertThatIllegalArgumentException().isThrownBy(() -> bad.apply(builder));
        assertThat(good.apply(builder)).isEqualTo(expected);
    }
}
