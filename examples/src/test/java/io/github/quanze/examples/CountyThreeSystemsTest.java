package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.assessment.IndicatorValue;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ViolationKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/**
 * The county's 按期公示率 and 全过程记录完整率 (国办发〔2018〕118号) agree with the generated cases: no data exactly
 * where an agency's cases have no publication rule or never say which records were made, late publications counted
 * as the replay reports them, values that differ and that a less diligent agency tends to lose.
 */
class CountyThreeSystemsTest {

    private static final County COUNTY = County.generate(CountyResults.SEED);
    private static final List<CountyYear.AgencyYear> YEARS = CountyYear.generate(COUNTY, CountyResults.SEED + 1);
    private static final Map<String, AgencyAssessment> ASSESSED = CountyExample.rank(YEARS).places().stream()
            .map(AgencyRanking.Place::assessment)
            .collect(Collectors.toMap(a -> a.agency().value(), Function.identity()));

    private static IndicatorValue value(CountyYear.AgencyYear y, Indicator indicator) {
        return ASSESSED.get(y.member().id().value()).indicator(indicator);
    }

    private static boolean statesRecords(CaseRecord record) {
        return record.events().stream().anyMatch(e -> e instanceof CaseEvent.StepPerformed p
                && p.records().isPresent());
    }

    @Example
    void anAgencyHasNoPublicationDataExactlyWhenNoneOfItsCasesHasARule() {
        long withoutRule = YEARS.stream().filter(y -> y.cases().stream().noneMatch(c -> c.publication().isPresent()))
                .count();
        assertThat(withoutRule).as("agencies without the rule").isBetween(1L, 44L);
        for (CountyYear.AgencyYear y : YEARS) {
            boolean rule = y.cases().stream().anyMatch(c -> c.publication().isPresent());
            assertThat(value(y, Indicator.PUBLICATION_ON_TIME_RATE).hasData()).as(y.member().name()).isEqualTo(rule);
        }
    }

    @Example
    void anAgencyHasNoRecordingDataExactlyWhenItsEventsNeverStateTheirRecords() {
        long silent = YEARS.stream().filter(y -> y.cases().stream().noneMatch(CountyThreeSystemsTest::statesRecords))
                .count();
        assertThat(silent).as("agencies whose events never state records").isBetween(1L, 44L);
        for (CountyYear.AgencyYear y : YEARS) {
            boolean stated = y.cases().stream().anyMatch(CountyThreeSystemsTest::statesRecords);
            assertThat(value(y, Indicator.RECORDING_COMPLETENESS_RATE).hasData()).as(y.member().name())
                    .isEqualTo(stated);
        }
    }

    @Example
    void theLatePublicationsAndUnrecordedStepsAreThoseTheReplayReports() {
        for (CountyYear.AgencyYear y : YEARS) {
            long late = 0;
            long unrecorded = 0;
            for (CaseRecord record : y.cases()) {
                var state = record.replay(CountyYear.REVIEWED);
                late += state.violations(ViolationKind.PUBLICATION_OVERDUE).size();
                // the ordinary procedure asks one record of a step, so one violation is one incomplete step
                unrecorded += state.violations(ViolationKind.RECORD_MISSING).size();
            }
            IndicatorValue published = value(y, Indicator.PUBLICATION_ON_TIME_RATE);
            IndicatorValue recorded = value(y, Indicator.RECORDING_COMPLETENESS_RATE);
            assertThat(published.whole() - published.part()).as(y.member().name()).isEqualTo(late);
            assertThat(recorded.whole() - recorded.part()).as(y.member().name()).isEqualTo(unrecorded);
        }
    }

    @Example
    void theRatesDifferBetweenAgenciesAndTheLessDiligentHalfPublishesOnTimeLessOften() {
        List<CountyYear.AgencyYear> published = YEARS.stream()
                .filter(y -> value(y, Indicator.PUBLICATION_ON_TIME_RATE).hasData())
                .sorted((a, b) -> Double.compare(a.member().diligence(), b.member().diligence())).toList();
        List<Double> rates = published.stream()
                .map(y -> value(y, Indicator.PUBLICATION_ON_TIME_RATE).value().getAsDouble()).toList();
        assertThat(rates.stream().distinct().count()).isGreaterThan(10);
        assertThat(rates).contains(100.0).anySatisfy(r -> assertThat(r).isLessThan(80.0));
        int half = rates.size() / 2;
        double lessDiligent = rates.subList(0, half).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double moreDiligent = rates.subList(half, rates.size()).stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow();
        assertThat(lessDiligent).isLessThan(moreDiligent);
        assertThat(YEARS.stream().filter(y -> value(y, Indicator.RECORDING_COMPLETENESS_RATE).hasData())
                .map(y -> value(y, Indicator.RECORDING_COMPLETENESS_RATE).value().getAsDouble()))
                .contains(100.0).anySatisfy(r -> assertThat(r).isLessThan(100.0));
    }

    @Example
    void theSameSeedGivesTheSameCasesAndAnotherSeedOtherPractices() {
        List<CountyYear.AgencyYear> again = CountyYear.generate(County.generate(CountyResults.SEED),
                CountyResults.SEED + 1);
        for (int i = 0; i < YEARS.size(); i++) {
            assertThat(again.get(i).cases()).isEqualTo(YEARS.get(i).cases());
        }
        List<CountyYear.AgencyYear> other = CountyYear.generate(County.generate(7), 8);
        assertThat(other.stream().map(y -> y.cases().stream().anyMatch(c -> c.publication().isPresent())).toList())
                .isNotEqualTo(YEARS.stream().map(y -> y.cases().stream().anyMatch(c -> c.publication().isPresent()))
                        .toList());
    }
}
