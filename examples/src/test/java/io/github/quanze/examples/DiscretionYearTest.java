package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityAnalysis;
import io.github.quanze.disparity.DisparityCounts;
import io.github.quanze.disparity.DisparityFinding;
import io.github.quanze.disparity.DisparityReport;
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
}
