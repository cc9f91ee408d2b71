package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static io.github.quanze.discretion.StandardFixtures.AMOUNT;
import static io.github.quanze.discretion.StandardFixtures.row;
import static io.github.quanze.discretion.StandardFixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.rule.Cell;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.TableSpec;
import java.util.List;
import net.jqwik.api.Example;

/**
 * The middle rules on a multiple with a range without base (item C: 违法所得一倍以上五倍以下；不足一万元的，处五万元以下
 * 罚款): the middle of the factors is 3 times, the middle of the range without base 25,000 yuan, and a tier may pass
 * either.
 */
class ItemVerifierMiddleTest {

    static final StandardVerifier MIDDLE = StandardVerifier.of(VerificationPolicy.standard()
            .with(VerificationPolicy.Interpretation.LIGHTER_BELOW_MIDDLE)
            .with(VerificationPolicy.Interpretation.HEAVIER_FROM_MIDDLE));

    static FineRange.Multiple gains(String min, String max, FineRange.Fixed belowTenThousand) {
        return FineRange.multiple(FineBase.ILLEGAL_GAINS, yuan(min), yuan(max)).orBelow(yuan("10000"),
                belowTenThousand);
    }

    static DiscretionStandard gradingC(FineRange.Multiple lighter, FineRange.Multiple heavier) {
        Tier light = Tier.of(TierLevel.LIGHTER, lighter);
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("C-GAINS").columns(DiscretionStandard.MITIGATION_COLUMN,
                AMOUNT);
        row(t, "C.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(light);
        row(t, "C.1").when("amount", Cell.atMost(4_999)).then(light);
        row(t, "C.2").when("amount", Cell.range(5_000, 49_999)).then(Tier.of(TierLevel.ORDINARY,
                gains("2", "4", FineRange.between(yuan("10000"), yuan("40000")))));
        row(t, "C.3").when("amount", Cell.atLeast(50_000)).then(Tier.of(TierLevel.HEAVIER, heavier));
        return standard("省烟〔2024〕1号", StandardLevel.PROVINCIAL).item("C-GAINS", t.build()).build();
    }

    static List<List<RuleId>> rows(StandardVerification v, StandardFinding.Kind kind) {
        return v.findings(kind).stream().map(StandardFinding::rows).toList();
    }

    @Example
    void tiersUpToTheMiddleOfBothParts_areClean() {
        StandardVerification v = MIDDLE.verify(gradingC(gains("1", "3", FineRange.atMost(yuan("25000"))),
                gains("3", "5", FineRange.between(yuan("25000"), yuan("50000")))));
        assertThat(v.findings(StandardFinding.Kind.MIDDLE_LIGHTER)).isEmpty();
        assertThat(v.findings(StandardFinding.Kind.MIDDLE_HEAVIER)).isEmpty();
    }

    @Example
    void aLighterTier_pastTheMiddleOfTheRangeWithoutBaseOnly_isReported() {
        StandardVerification v = MIDDLE.verify(gradingC(gains("1", "3", FineRange.atMost(yuan("25000.01"))),
                gains("3", "5", FineRange.between(yuan("25000"), yuan("50000")))));
        assertThat(rows(v, StandardFinding.Kind.MIDDLE_LIGHTER)).containsExactly(List.of(RuleId.of("C.M")),
                List.of(RuleId.of("C.1")));
        assertThat(v.findings(StandardFinding.Kind.MIDDLE_HEAVIER)).isEmpty();
    }

    @Example
    void aHeavierTier_belowTheMiddleOfTheRangeWithoutBaseOnly_isReported() {
        StandardVerification v = MIDDLE.verify(gradingC(gains("1", "3", FineRange.atMost(yuan("25000"))),
                gains("3", "5", FineRange.between(yuan("24999.99"), yuan("50000")))));
        assertThat(v.findings(StandardFinding.Kind.MIDDLE_LIGHTER)).isEmpty();
        assertThat(rows(v, StandardFinding.Kind.MIDDLE_HEAVIER)).containsExactly(List.of(RuleId.of("C.3")));
    }

    @Example
    void aTierPastTheMiddleOfItsFactors_isReported_whateverItsRangeWithoutBase() {
        StandardVerification v = MIDDLE.verify(gradingC(gains("1", "3.01", FineRange.atMost(yuan("25000"))),
                gains("2.99", "5", FineRange.between(yuan("25000"), yuan("50000")))));
        assertThat(rows(v, StandardFinding.Kind.MIDDLE_LIGHTER)).containsExactly(List.of(RuleId.of("C.M")),
                List.of(RuleId.of("C.1")));
        assertThat(rows(v, StandardFinding.Kind.MIDDLE_HEAVIER)).containsExactly(List.of(RuleId.of("C.3")));
    }
}
