package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static io.github.quanze.discretion.PenaltyDiscretionRulesTest.graded;
import static io.github.quanze.discretion.PenaltyDiscretionRulesTest.item;
import static io.github.quanze.discretion.PenaltyDiscretionRulesTest.x;
import static io.github.quanze.discretion.PenaltyDiscretionTest.facts;
import static io.github.quanze.discretion.PenaltyDiscretionTest.tier;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/**
 * 从旧兼从轻 (行政处罚法 Art 37, applied to discretion standards as {@link PenaltyDiscretion} reads it, our
 * interpretation): which of the tiers at the act and at the decision is lighter for the party, case by case. The
 * item confiscates the gains and fines 0.2 to 0.5 times the volume; the volume is 1,000 yuan, so the tier at the act,
 * 0.3 to 0.4 times with confiscation, fines 300 to 400 yuan.
 */
class FromOldOrLighterTest {

    private static final ViolationItem ITEM = item(LegalBasis.of(Provision.of(TOBACCO_LAW, 16)),
            TOBACCO_REGULATION_2023);
    private static final LocalDate ACT = LocalDate.of(2024, 12, 1);
    private static final LocalDate DECIDED = LocalDate.of(2025, 1, 10);
    private static final Tier AT_ACT = tier(TierLevel.ORDINARY, "0.3", "0.4");

    private static FineRange times(String min, String max) {
        return FineRange.multiple(FineBase.BUSINESS_VOLUME, new BigDecimal(min), new BigDecimal(max));
    }

    private static PenaltyRuling decide(Tier atAct, Tier atDecision) {
        return decide(atAct, atDecision, x(ACT, DECIDED).build());
    }

    private static PenaltyRuling decide(Tier atAct, Tier atDecision, Offence offence) {
        return PenaltyDiscretion.of(List.of(
                graded("旧〔2024〕1号", ITEM, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), atAct),
                graded("新〔2025〕1号", ITEM, LocalDate.of(2025, 1, 1), null, atDecision))).decide(offence);
    }

    private static void assertNewApplies(PenaltyRuling ruling) {
        assertThat(ruling.version()).isEqualTo(VersionBasis.LIGHTER_AT_DECISION);
        assertThat(ruling.standard().orElseThrow().number()).isEqualTo("新〔2025〕1号");
        assertThat(ruling.setAside().orElseThrow().number()).isEqualTo("旧〔2024〕1号");
        assertThat(ruling.grounds()).contains(RulingGround.LIGHTER_LAW);
    }

    private static void assertOldApplies(PenaltyRuling ruling) {
        assertThat(ruling.version()).isEqualTo(VersionBasis.AT_ACT);
        assertThat(ruling.standard().orElseThrow().number()).isEqualTo("旧〔2024〕1号");
        assertThat(ruling.setAside().orElseThrow().number()).isEqualTo("新〔2025〕1号");
        assertThat(ruling.grounds()).doesNotContain(RulingGround.LIGHTER_LAW);
    }

    @Example
    void anEqualTier_isNotLighter_soTheLawAtTheActApplies() {
        PenaltyRuling ruling = decide(AT_ACT, tier(TierLevel.ORDINARY, "0.3", "0.4"));

        assertOldApplies(ruling);
        assertThat(ruling.bounds().orElseThrow().min()).isEqualByComparingTo("300");
        assertThat(ruling.bounds().orElseThrow().max()).isEqualByComparingTo("400");
    }

    @Example
    void aLowerMinimumAtTheSameMaximum_isLighter() {
        PenaltyRuling ruling = decide(AT_ACT, tier(TierLevel.ORDINARY, "0.25", "0.4"));

        assertNewApplies(ruling);
        assertThat(ruling.bounds().orElseThrow().min()).isEqualByComparingTo("250");
        assertThat(ruling.bounds().orElseThrow().max()).isEqualByComparingTo("400");
    }

    @Example
    void aLowerMaximumAtTheSameMinimum_isLighter() {
        PenaltyRuling ruling = decide(AT_ACT, tier(TierLevel.ORDINARY, "0.3", "0.35"));

        assertNewApplies(ruling);
        assertThat(ruling.bounds().orElseThrow().max()).isEqualByComparingTo("350");
    }

    @Example
    void aRangeLowerAtOneEndAndHigherAtTheOther_isNotLighter_eitherWay() {
        assertOldApplies(decide(AT_ACT, tier(TierLevel.ORDINARY, "0.25", "0.45")));
        assertOldApplies(decide(AT_ACT, tier(TierLevel.ORDINARY, "0.35", "0.38")));
        assertOldApplies(decide(AT_ACT, tier(TierLevel.ORDINARY, "0.3", "0.41")));
        assertOldApplies(decide(AT_ACT, tier(TierLevel.ORDINARY, "0.31", "0.4")));
    }

    @Example
    void theSameFineWithoutTheConfiscation_isLighter_andWithAKindMore_isNot() {
        PenaltyRuling fewer = decide(AT_ACT, Tier.of(TierLevel.ORDINARY, times("0.3", "0.4")));
        assertNewApplies(fewer);
        assertThat(fewer.kinds()).doesNotContain(PenaltyKind.CONFISCATION_OF_GAINS);

        PenaltyRuling more = decide(AT_ACT, Tier.of(TierLevel.ORDINARY, times("0.3", "0.4"),
                PenaltyKind.CONFISCATION_OF_GAINS, PenaltyKind.WARNING));
        assertOldApplies(more);
        assertThat(more.kinds()).doesNotContain(PenaltyKind.WARNING);
    }

    @Example
    void aTierWithoutAFine_countsItsFineAsNone() {
        Tier confiscationOnly = Tier.without(TierLevel.ORDINARY, PenaltyKind.CONFISCATION_OF_GAINS);

        PenaltyRuling dropped = decide(AT_ACT, confiscationOnly);
        assertNewApplies(dropped);
        assertThat(dropped.bounds()).isEmpty();

        // the other way round the tier at the decision adds a fine: a kind more, so not lighter
        assertOldApplies(decide(confiscationOnly, AT_ACT));
    }

    @Example
    void noPenaltyAtTheDecision_isLighterThanAPenalty_andNotTheOtherWayRound() {
        PenaltyRuling none = decide(AT_ACT, Tier.noPenalty());
        assertNewApplies(none);
        assertThat(none.isPenalty()).isFalse();

        PenaltyRuling stays = decide(Tier.noPenalty(), AT_ACT);
        assertOldApplies(stays);
        assertThat(stays.isPenalty()).isFalse();
    }

    @Example
    void aFineThatCannotBeComputedAtTheAct_isNotOutdoneByOneThatCan() {
        // without a volume, 0.3 to 0.4 times cannot be computed; 50 to 100 yuan can, yet they are not compared
        Offence noBase = Offence.builder().item(ITEM.code()).act(ACT).discovered(ACT).decided(DECIDED)
                .circumstances(facts(0)).build();
        Tier fixed = Tier.of(TierLevel.ORDINARY, FineRange.between(yuan("50"), yuan("100")),
                PenaltyKind.CONFISCATION_OF_GAINS);

        PenaltyRuling ruling = decide(AT_ACT, fixed, noBase);
        assertOldApplies(ruling);
        assertThat(ruling.bounds()).isEmpty();
        assertNewApplies(decide(fixed, Tier.of(TierLevel.ORDINARY, FineRange.between(yuan("50"), yuan("90")),
                PenaltyKind.CONFISCATION_OF_GAINS), noBase));
    }
}
