package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityAnalysis;
import io.github.quanze.disparity.DisparityCounts;
import io.github.quanze.disparity.DisparityFinding;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.disparity.Expectation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DiscretionYearTest {

    private static final List<DecidedPenalty> YEAR = DiscretionYear.generate(DiscretionExample.YEAR_CASES,
            DiscretionExample.YEAR_SEED);
    private static final DisparityReport REPORT = DisparityAnalysis.create().addAll(YEAR).report();

    @Test
    void theSameSeedGivesTheSameYear_anotherSeedAnother() {
        assertThat(DisparityAnalysis.create().addAll(DiscretionYear.generate(DiscretionExample.YEAR_CASES,
                DiscretionExample.YEAR_SEED)).report()).isEqualTo(REPORT);
        assertThat(DisparityAnalysis.create().addAll(DiscretionYear.generate(DiscretionExample.YEAR_CASES, 7))
                .report()).isNotEqualTo(REPORT);
    }

    @Test
    void theOnlyTierDisparity_isTheEasternOfficesHeavierSmallRetailCases() {
        assertThat(REPORT.findings(DisparityFinding.Kind.TIERS)).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo("TL-57");
            assertThat(f.profile().value("amountBand")).contains("<5000");
        });
        assertThat(REPORT.findings(DisparityFinding.Kind.OUTLIER_LEVEL)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.agencies()).containsExactly("某县烟草专卖局东区所"));
    }

    @Test
    void fineOutliers_areThePlantedOnesOnly() {
        Map<String, DecidedPenalty> byId = YEAR.stream().collect(Collectors.toMap(DecidedPenalty::caseId,
                Function.identity()));
        assertThat(REPORT.findings(DisparityFinding.Kind.OUTLIER_FINE)).isNotEmpty().allSatisfy(f -> {
            DecidedPenalty c = byId.get(f.cases().get(0));
            boolean eastern = c.agency().equals("某县烟草专卖局东区所") && c.item().equals("TL-57");
            boolean o19 = c.item().equals("TL-58") && c.officers().contains("O-19");
            assertThat(eastern || o19).as(f.message().zh()).isTrue();
        });
        Map<String, Long> outliers = REPORT.agencies().stream().collect(Collectors.toMap(DisparityCounts::name,
                DisparityCounts::outlierCases));
        assertThat(outliers).containsEntry("某县烟草专卖局城关所", 0L).containsEntry("某县烟草专卖局西区所", 0L);
        assertThat(outliers.get("某县烟草专卖局东区所")).isPositive();
        assertThat(outliers.get("某县烟草专卖局南区所")).isPositive();
    }

    @Test
    void aPenaltyWithoutATier_expectsNoLevel_noPenaltyExpectsNone_aTierItsLevelAndRange() {
        // decided before the provincial standard took effect: the statute alone, no tier
        PenaltyRuling untiered = TobaccoStandards.countyBureau().decide(offence(LocalDate.of(2023, 12, 1),
                PartyFacts.none()));
        assertThat(untiered.isPenalty()).isTrue();
        assertThat(untiered.tier()).isEmpty();
        assertThat(DiscretionYear.level(untiered)).isEqualTo(TierLevel.ORDINARY);
        assertThat(DiscretionYear.expectation(untiered)).isEmpty();

        PenaltyRuling tiered = TobaccoStandards.countyBureau().decide(offence(LocalDate.of(2026, 5, 20),
                PartyFacts.none()));
        assertThat(DiscretionYear.level(tiered)).isEqualTo(TierLevel.ORDINARY);
        assertThat(DiscretionYear.expectation(tiered)).contains(Expectation.of(TierLevel.ORDINARY,
                tiered.bounds().orElseThrow()));

        PenaltyRuling child = TobaccoStandards.countyBureau().decide(offence(LocalDate.of(2026, 5, 20),
                PartyFacts.builder().age(13).build()));
        assertThat(child.isPenalty()).isFalse();
        assertThat(DiscretionYear.level(child)).isEqualTo(TierLevel.NO_PENALTY);
        assertThat(DiscretionYear.expectation(child)).contains(Expectation.of(TierLevel.NO_PENALTY));
    }

    @Test
    void onlyFinedCasesHaveABase() {
        assertThat(YEAR).allSatisfy(c -> assertThat(c.base().isPresent()).isEqualTo(c.fine().isPresent()));
        assertThat(YEAR).anySatisfy(c -> assertThat(c.fine()).isPresent());
    }

    private static Offence offence(LocalDate decided, PartyFacts party) {
        return Offence.builder().item("TL-58").act(decided.minusDays(40)).discovered(decided.minusDays(35))
                .decided(decided).base(new BigDecimal("18600")).circumstances(DiscretionExample.facts(18_600, false))
                .party(party).build();
    }
}
