package io.github.quanze.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityFinding;
import io.github.quanze.disparity.DisparityReport;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The setup of {@link DisparityBenchmark} is sound: the generated cases have distinct case numbers and give findings
 * of every kind, and the hand-written peer agrees with the analysis on them.
 */
class DisparityBenchmarkTest {

    @Test
    void theAnalysisAndItsPeerAgreeOnGeneratedCases() {
        DecidedPenalty[] batch = DisparityBenchmark.generate(20_000, 7L);
        DisparityReport report = DisparityBenchmark.analyse(batch);
        NaiveDisparity.Result naive = NaiveDisparity.run(batch, 2, 2);

        assertThat(Arrays.stream(batch).map(DecidedPenalty::caseId).distinct().count()).isEqualTo(20_000);
        assertThat(report.cases()).isEqualTo(20_000);
        for (DisparityFinding.Kind kind : DisparityFinding.Kind.values()) {
            assertThat(report.findings(kind)).as(kind.code()).isNotEmpty();
        }
        assertThat(report.agencies()).hasSize(DecidedCases.AGENCIES);
        assertThat(report.officers()).hasSize(DecidedCases.AGENCIES * DecidedCases.OFFICERS_PER_AGENCY);
        assertThat(naive).isEqualTo(NaiveDisparity.Result.of(report));
        assertThat(naive.findings()).isEqualTo(report.findings().size());
    }
}
