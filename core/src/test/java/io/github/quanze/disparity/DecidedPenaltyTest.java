package io.github.quanze.disparity;

import static io.github.quanze.disparity.Decided.FIRST;
import static io.github.quanze.disparity.Decided.bounds;
import static io.github.quanze.disparity.Decided.decided;
import static io.github.quanze.disparity.Decided.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/** Decided cases, expectations, settings and findings refuse bad input with a message naming the field. */
class DecidedPenaltyTest {

    @Example
    void aDecidedCase_keepsWhatItWasGiven() {
        Expectation expected = Expectation.of(TierLevel.ORDINARY, bounds("1000", "2500"));
        DecidedPenalty d = decided("某烟罚〔2025〕17号").fine("1500").base("5000").expected(expected).build();

        assertThat(d.caseId()).isEqualTo("某烟罚〔2025〕17号");
        assertThat(d.agency()).isEqualTo("某县烟草专卖局");
        assertThat(d.officers()).containsExactly("张三", "李四");
        assertThat(d.item()).isEqualTo("YC-057");
        assertThat(d.profile()).isEqualTo(FIRST);
        assertThat(d.level()).isEqualTo(TierLevel.ORDINARY);
        assertThat(d.fine()).contains(new BigDecimal("1500.00"));
        assertThat(d.base()).contains(new BigDecimal("5000.00"));
        assertThat(d.expected()).contains(expected);
        assertThat(d.toString()).isEqualTo("某烟罚〔2025〕17号 YC-057 ORDINARY 1500.00");
        assertThat(d).isEqualTo(d.toBuilder().build()).hasSameHashCodeAs(d.toBuilder().build())
                .isNotEqualTo(decided("某烟罚〔2025〕17号").fine("1500").base("5000").build());
        assertThat(decided("X").build().fine()).isEmpty();
        assertThat(decided("X").build().expected()).isEmpty();
    }

    @Example
    void missingAttributes_areNamedAllAtOnce() {
        assertThatIllegalStateException().isThrownBy(() -> DecidedPenalty.builder().caseId("X").build())
                .withMessage("DecidedPenalty: missing required fields [agency, officers, item, profile, level]");
    }

    @Example
    void anAttributeIsSetOnce() {
        DecidedPenalty.Builder b = DecidedPenalty.builder().caseId("X");
        assertThatIllegalStateException().isThrownBy(() -> b.caseId("Y"))
                .withMessageContaining("caseId is already set");
        assertThat(decided("X").build().toBuilder().level(TierLevel.LIGHTER).build().level())
                .isEqualTo(TierLevel.LIGHTER);
    }

    @Example
    void badTexts_areRefusedNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> DecidedPenalty.builder().caseId(" "))
                .withMessageContaining("Decided penalty: caseId must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> DecidedPenalty.builder().caseId("x".repeat(129)))
                .withMessageContaining("at most 128 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> DecidedPenalty.builder().caseId("A1").agency("甲\n局"))
                .withMessageContaining("Decided penalty 'A1': agency must not contain control character");
        assertThatIllegalArgumentException().isThrownBy(() -> DecidedPenalty.builder().caseId("A1").item(""))
                .withMessageContaining("Decided penalty 'A1': item must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> DecidedPenalty.builder().officers(List.of()))
                .withMessageContaining("at least one officer");
        assertThatIllegalArgumentException().isThrownBy(() -> DecidedPenalty.builder().officers("张三", "张三"))
                .withMessageContaining("officers must be distinct");
        assertThatIllegalArgumentException().isThrownBy(() -> DecidedPenalty.builder().officers("张三", " 李四"))
                .withMessageContaining("officer must not begin or end with a space");
        assertThatNullPointerException().isThrownBy(() -> DecidedPenalty.builder().officers(Arrays.asList("a", null)))
                .withMessage("officers[1] must not be null");
        assertThatNullPointerException().isThrownBy(() -> DecidedPenalty.builder().officers("a", (String) null))
                .withMessage("officers[1] must not be null");
        DecidedPenalty.Builder b = DecidedPenalty.builder();
        assertThatIllegalArgumentException().isThrownBy(() -> b.officers(List.of()));
        assertThat(b.officers("张三")).as("a refused value leaves the attribute unset").isSameAs(b);
    }

    @Example
    void badAmounts_areRefused() {
        DecidedPenalty.Builder b = DecidedPenalty.builder().caseId("A1");
        assertThatIllegalArgumentException().isThrownBy(() -> b.fine(yuan("-0.01")))
                .withMessage("Decided penalty 'A1': fine must not be negative, but was '-0.01' yuan");
        assertThatIllegalArgumentException().isThrownBy(() -> b.fine(yuan("1.001")))
                .withMessageContaining("fine must be a whole number of fen");
        assertThatIllegalArgumentException().isThrownBy(() -> b.fine(yuan("1000000000000.01")))
                .withMessageContaining("fine must be at most 1000000000000.00 yuan");
        assertThatIllegalArgumentException().isThrownBy(() -> b.base(yuan("0")))
                .withMessage("Decided penalty 'A1': base must be more than 0 yuan, but was 0; leave it unset when "
                        + "there is no base");
        assertThatIllegalArgumentException().isThrownBy(() -> b.base(yuan("-5")))
                .withMessageContaining("base must not be negative");
        assertThatIllegalArgumentException().isThrownBy(() -> b.fine(yuan("0.00")))
                .withMessage("Decided penalty 'A1': fine must be more than 0 yuan, but was 0.00; leave it unset when "
                        + "the decision has no fine");
        assertThat(b.fine(yuan("0.01")).base(yuan("0.01"))).isSameAs(b);
    }

    @Example
    void inconsistentDecisions_areRefusedNamingTheCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> decided("A1").level(TierLevel.NO_PENALTY).fine("100")
                .build()).withMessage("Decided penalty 'A1': level NO_PENALTY (不予处罚) with a fine of 100.00 yuan; a "
                        + "case not penalised has no fine");
        assertThatIllegalArgumentException().isThrownBy(() -> decided("A1").base("100").build())
                .withMessage("Decided penalty 'A1': a fine base of 100.00 yuan without a fine; set the base only for "
                        + "a fine that is a multiple of it");
        assertThat(decided("A1").level(TierLevel.NO_PENALTY).build().level()).isEqualTo(TierLevel.NO_PENALTY);
    }

    @Example
    void expectations_refuseAFineForNoPenalty() {
        assertThatIllegalArgumentException().isThrownBy(() -> Expectation.of(TierLevel.NO_PENALTY,
                bounds("0", "100"))).withMessageContaining("level NO_PENALTY (不予处罚) cannot have fine bounds");
        assertThatNullPointerException().isThrownBy(() -> Expectation.of(null)).withMessage("level");
        assertThat(Expectation.of(TierLevel.NO_PENALTY).bounds()).isEmpty();
        assertThat(Expectation.of(TierLevel.LIGHTER, bounds("0", "100")))
                .isEqualTo(new Expectation(TierLevel.LIGHTER, Optional.of(bounds("0", "100"))))
                .isNotEqualTo(Expectation.of(TierLevel.LIGHTER));
    }

    @Example
    void settings_refuseARatioBelowOneAndGroupsBelowTwo() {
        assertThat(DisparitySettings.defaults()).isEqualTo(new DisparitySettings(new BigDecimal("2.00"), 2));
        assertThat(DisparitySettings.defaults().spreadRatio()).isEqualTo(new BigDecimal("2"));
        assertThat(DisparitySettings.defaults().withSpreadRatio(new BigDecimal("1E+1")).spreadRatio())
                .isEqualTo(new BigDecimal("10"));
        assertThat(DisparitySettings.defaults().withSpreadRatio(BigDecimal.ONE).spreadRatio()).isEqualTo("1");
        assertThatIllegalArgumentException().isThrownBy(() -> DisparitySettings.defaults()
                .withSpreadRatio(new BigDecimal("0.99"))).withMessage("Disparity settings: spreadRatio must be at "
                        + "least 1 (the highest fine of a group over its lowest), but was 0.99");
        assertThatIllegalArgumentException().isThrownBy(() -> DisparitySettings.defaults().withMinimumGroupSize(1))
                .withMessageContaining("minimumGroupSize must be at least 2");
        assertThatNullPointerException().isThrownBy(() -> DisparitySettings.defaults().withSpreadRatio(null))
                .withMessage("spreadRatio");
    }

    @Example
    void findings_checkTheirParametersByKind() {
        Parameters level = Parameters.builder().put("level", TierLevel.LIGHTER).put("expected", TierLevel.ORDINARY)
                .put("deviation", Deviation.LIGHTER).build();
        DisparityFinding finding = new DisparityFinding(DisparityFinding.Kind.OUTLIER_LEVEL, "YC-057", FIRST,
                List.of("A1"), List.of("甲局"), List.of("王五", "张三", "王五"), level);
        assertThat(finding.officers()).containsExactly("张三", "王五");

        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityFinding(DisparityFinding.Kind.OUTLIER_FINE,
                "YC-057", FIRST, List.of("A1"), List.of("甲局"), List.of("张三"), level))
                .withMessageContaining("DISPARITY.OUTLIER_FINE: parameter 'fine' is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityFinding(DisparityFinding.Kind.OUTLIER_LEVEL,
                "YC-057", FIRST, List.of("A1", "A2"), List.of("甲局"), List.of("张三"), level))
                .withMessageContaining("an outlier concerns one case of one agency");
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityFinding(DisparityFinding.Kind.OUTLIER_LEVEL,
                "YC-057", FIRST, List.of("A1"), List.of("甲局"), List.of(), level))
                .withMessageContaining("must not be empty");
        Parameters oneLevel = Parameters.builder().put("groupCases", 2L).put("levels", List.of(TierLevel.LIGHTER))
                .put("levelCases", List.of(2L)).put("examples", List.of("A1")).build();
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityFinding(DisparityFinding.Kind.TIERS,
                "YC-057", Circumstances.none(), List.of("A1"), List.of("甲局"), List.of("张三"), oneLevel))
                .withMessageContaining("lists of one length, at least 2");
        assertThatNullPointerException().isThrownBy(() -> new DisparityFinding(DisparityFinding.Kind.OUTLIER_LEVEL,
                "YC-057", FIRST, List.of("A1"), List.of("甲局"), List.of("张三"), null)).withMessage("parameters");
    }

    @Example
    void groupsAndCounts_refuseCountsThatDoNotAddUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityGroup("YC-057", FIRST, 3,
                java.util.Map.of(TierLevel.ORDINARY, 2L), Optional.empty(), Optional.empty()))
                .withMessageContaining("must add up to the cases 3");
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityGroup("YC-057", FIRST, 3,
                java.util.Map.of(TierLevel.ORDINARY, Long.MAX_VALUE, TierLevel.LIGHTER, Long.MAX_VALUE),
                Optional.empty(), Optional.empty())).withMessageContaining("add up to more than the cases 3");
        FineSpread rate = new FineSpread(FineMeasure.RATE, 1, BigDecimal.ONE, "A1", BigDecimal.ONE, "A1",
                BigDecimal.ONE);
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityGroup("YC-057", FIRST, 1,
                java.util.Map.of(TierLevel.ORDINARY, 1L), Optional.of(rate), Optional.empty()))
                .withMessageContaining("amounts must be of the measure AMOUNT");
        assertThatIllegalArgumentException().isThrownBy(() -> new FineSpread(FineMeasure.AMOUNT, 1, BigDecimal.TEN,
                "A1", BigDecimal.ONE, "A2", BigDecimal.ONE)).withMessageContaining("min 10 must not be above max 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityCounts("甲局", 2, 3, 0))
                .withMessage("Disparity counts of 甲局: outlierCases must be 0 to 2, but was 3");
        assertThatIllegalArgumentException().isThrownBy(() -> new DisparityCounts("甲局", 0, 0, 0))
                .withMessageContaining("cases must be at least 1");
    }
}
