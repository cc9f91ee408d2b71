package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Example;

/** Which periods each statute counts in working days (工作日), day by day from 1 to 31, and what it cites. */
class StatuteUnitTest {

    private static List<Integer> workingDayPeriods(Statute statute) {
        return IntStream.rangeClosed(1, 31).filter(d -> statute.unitOf(d) == PeriodUnit.WORKING_DAYS).boxed()
                .collect(Collectors.toList());
    }

    @Example
    void eachStatute_countsItsOwnPeriodsInWorkingDays() {
        // 行政处罚法 Art 85: 二日、三日、五日、七日 are working days
        assertThat(workingDayPeriods(Statute.ADMINISTRATIVE_PENALTY_LAW)).containsExactly(2, 3, 5, 7);
        // 行政许可法 Art 82: every period is in working days
        assertThat(workingDayPeriods(Statute.ADMINISTRATIVE_LICENSING_LAW)).hasSize(31);
        // 行政强制法 Art 69: ten days or fewer are working days
        assertThat(workingDayPeriods(Statute.ADMINISTRATIVE_COERCION_LAW)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9,
                10);
        // 行政复议法 Art 88(2): 三日、五日、七日、十日 are working days
        assertThat(workingDayPeriods(Statute.ADMINISTRATIVE_RECONSIDERATION_LAW)).containsExactly(3, 5, 7, 10);
    }

    @Example
    void days_citesTheArticleAndTheUnitRule() {
        Provision article = Provision.of(Instruments.ADMINISTRATIVE_COERCION_LAW, 25, 1);
        TimeLimit limit = Statute.ADMINISTRATIVE_COERCION_LAW.days(30, article, BilingualText.of("查封", "seizure"));
        assertThat(limit.amount()).isEqualTo(30);
        assertThat(limit.unit()).isEqualTo(PeriodUnit.DAYS);
        assertThat(limit.basis()).contains(LegalBasis.of(article, Statute.ADMINISTRATIVE_COERCION_LAW.unitRule()));
        assertThat(limit.name()).contains(BilingualText.of("查封", "seizure"));
        assertThat(Statute.ADMINISTRATIVE_COERCION_LAW.days(10, article, BilingualText.of("查封", "seizure")).unit())
                .isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(Statute.ADMINISTRATIVE_COERCION_LAW.unitRule())
                .isEqualTo(Provision.of(Instruments.ADMINISTRATIVE_COERCION_LAW, 69));
        assertThatIllegalArgumentException().isThrownBy(() -> Statute.ADMINISTRATIVE_PENALTY_LAW.unitOf(0))
                .withMessage("A period set by ADMINISTRATIVE_PENALTY_LAW must be at least 1 day, but was 0");
    }
}
