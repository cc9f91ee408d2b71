package io.github.quanze.assessment;

import static io.github.quanze.procedure.Cases.GROUNDS;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.procedure.RecordKind;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * 按期公示率 and 全过程记录完整率 (国办发〔2018〕118号; 行政处罚法 Arts 47, 48) counted from replayed cases: on time and
 * late, complete, missing and not stated, no data without a rule or a statement, and tallies that combine.
 */
class ThreeSystemsIndicatorsTest {

    private static final AgencyId BUREAU = AgencyId.of("BUREAU");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final LocalDate DECIDED = LocalDate.of(2026, 10, 19);
    /** The seventh working day after the decision: the last day to publish a penalty (118号). */
    private static final LocalDate DUE = CALENDAR.plusWorkingDays(DECIDED, 7);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
    /** The steps of the ordinary penalty procedure that require a record (Art 47), as the template sets them. */
    private static final List<StepKind> RECORDED = List.of(StepKind.FILING, StepKind.INVESTIGATION,
            StepKind.LEGALITY_REVIEW, StepKind.DECISION, StepKind.SERVICE, StepKind.EXECUTION);

    private static int caseNumber;

    private static AgencyTally empty() {
        return AgencyTally.of(BUREAU, "烟草专卖局", LocalDate.of(2026, 1, 1), YEAR_END);
    }

    private static CaseRecord penalty(Optional<PublicationRule> rule, List<CaseEvent> events) {
        CaseRecord.Builder b = Cases.penaltyCase("烟罚〔2026〕" + (++caseNumber) + "号", LocalDate.of(2026, 9, 1))
                .grounds(GROUNDS[0], GROUNDS[1]).hearingEligible(true);
        rule.ifPresent(b::publication);
        return b.build().appendAll(events);
    }

    private static List<CaseEvent> publishedOn(LocalDate day) {
        List<CaseEvent> events = new ArrayList<>(PENALTY_CASE);
        events.add(new CaseEvent.Published(day, Optional.of("门户网站")));
        return events;
    }

    /** The penalty case with every step's event stating the records given. */
    private static List<CaseEvent> recorded(RecordKind... kinds) {
        return PENALTY_CASE.stream().map(e -> e instanceof CaseEvent.StepPerformed p ? p.withRecords(kinds) : e)
                .map(CaseEvent.class::cast).toList();
    }

    private static AgencyPeriod tally(CaseRecord record, LocalDate asOf) {
        return empty().addCase(record, record.replay(asOf)).toPeriod();
    }

    @Example
    void aPenaltyPublishedOnItsDueDayIsOnTimeAndOnTheNextWorkingDayLate() {
        AgencyPeriod onTime = tally(penalty(Optional.of(PublicationRule.penalty()), publishedOn(DUE)), YEAR_END);
        AgencyPeriod late = tally(penalty(Optional.of(PublicationRule.penalty()),
                publishedOn(CALENDAR.nextWorkingDay(DUE))), YEAR_END);

        assertThat(onTime.indicator(Indicator.PUBLICATION_ON_TIME_RATE)).isEqualTo(
                IndicatorValue.ratio(Indicator.PUBLICATION_ON_TIME_RATE, 1, 1));
        assertThat(late.indicator(Indicator.PUBLICATION_ON_TIME_RATE)).isEqualTo(
                IndicatorValue.ratio(Indicator.PUBLICATION_ON_TIME_RATE, 0, 1));
        assertThat(late.indicator(Indicator.PUBLICATION_ON_TIME_RATE).value()).hasValue(0.0);
        assertThat(onTime.cases()).isEqualTo(1);
    }

    @Example
    void aDecisionNotYetPublishedCountsOnlyOnceItsTimeHasRunOut() {
        CaseRecord unpublished = penalty(Optional.of(PublicationRule.penalty()), PENALTY_CASE);

        AgencyPeriod withinTime = tally(unpublished, DUE);
        AgencyPeriod afterwards = tally(unpublished, CALENDAR.nextWorkingDay(DUE));

        assertThat(withinTime.decisionsToPublish()).isZero();
        assertThat(withinTime.indicator(Indicator.PUBLICATION_ON_TIME_RATE).hasData()).isFalse();
        assertThat(afterwards.decisionsToPublish()).isEqualTo(1);
        assertThat(afterwards.decisionsPublishedOnTime()).isZero();
    }

    @Example
    void aCaseWithoutARuleOrWithoutItsDecisionHasNoPublicationData() {
        AgencyPeriod noRule = tally(penalty(Optional.empty(), publishedOn(DUE)), YEAR_END);
        AgencyPeriod undecided = tally(penalty(Optional.of(PublicationRule.penalty()), PENALTY_CASE),
                DECIDED.minusDays(1));

        assertThat(noRule.indicator(Indicator.PUBLICATION_ON_TIME_RATE)).isEqualTo(
                IndicatorValue.noData(Indicator.PUBLICATION_ON_TIME_RATE));
        assertThat(undecided.indicator(Indicator.PUBLICATION_ON_TIME_RATE).hasData()).isFalse();
        assertThat(noRule.indicator(Indicator.PUBLICATION_ON_TIME_RATE).describe().zh()).isEqualTo("无数据");
    }

    @Example
    void everyRecordedStepWithItsRecordsStatedCountsAndIsCompleteIfEveryRequirementIsMet() {
        CaseRecord complete = penalty(Optional.empty(), recorded(RecordKind.TEXT, RecordKind.AUDIO_VIDEO));
        long recordedSteps = PENALTY_CASE.stream().filter(e -> e instanceof CaseEvent.StepPerformed p
                && RECORDED.contains(p.step())).count();

        AgencyPeriod period = tally(complete, YEAR_END);

        assertThat(recordedSteps).isEqualTo(7);
        assertThat(period.recordedSteps()).isEqualTo(recordedSteps);
        assertThat(period.completelyRecordedSteps()).isEqualTo(recordedSteps);
        assertThat(period.indicator(Indicator.RECORDING_COMPLETENESS_RATE).value()).hasValue(100.0);
    }

    @Example
    void aStepWhoseEventSaysNoRecordWasMadeIsIncompleteAndOneThatSaysNothingIsNotCounted() {
        List<CaseEvent> events = new ArrayList<>(recorded(RecordKind.TEXT));
        // the filing says no record was made: Art 47 is not met
        events.set(0, ((CaseEvent.StepPerformed) events.get(0)).withRecords());
        // the service says nothing of its records: not counted either way
        int service = indexOf(events, StepKind.SERVICE);
        events.set(service, PENALTY_CASE.get(service));
        CaseRecord record = penalty(Optional.empty(), events);

        CaseState state = record.replay(YEAR_END);
        AgencyPeriod period = empty().addCase(record, state).toPeriod();

        assertThat(state.violations(ViolationKind.RECORD_MISSING)).hasSize(1);
        assertThat(period.recordedSteps()).isEqualTo(6);
        assertThat(period.completelyRecordedSteps()).isEqualTo(5);
        assertThat(period.indicator(Indicator.RECORDING_COMPLETENESS_RATE).describe().zh()).startsWith("83.33%");
    }

    @Example
    void anAgencyWhoseEventsNeverStateTheirRecordsHasNoRecordingDataNotZero() {
        AgencyPeriod period = tally(penalty(Optional.empty(), PENALTY_CASE), YEAR_END);

        assertThat(period.recordedSteps()).isZero();
        assertThat(period.indicator(Indicator.RECORDING_COMPLETENESS_RATE).hasData()).isFalse();
        assertThat(period.indicator(Indicator.RECORDING_COMPLETENESS_RATE).value()).isEmpty();
    }

    @Example
    void theStateOfAnotherCaseIsRejectedAndTheTallyIsUnchanged() {
        CaseRecord one = penalty(Optional.of(PublicationRule.penalty()), publishedOn(DUE));
        CaseRecord other = penalty(Optional.empty(), PENALTY_CASE);
        AgencyTally tally = empty();

        assertThatIllegalArgumentException().isThrownBy(() -> tally.addCase(one, other.replay(YEAR_END)))
                .withMessageContaining(one.id()).withMessageContaining(other.id());
        assertThat(tally).isEqualTo(empty());
    }

    @Example
    void theIndicatorsRestOn118AndArticles47And48() {
        assertThat(Indicator.PUBLICATION_ON_TIME_RATE.basis().toString()).contains(
                Instruments.THREE_SYSTEMS_OPINIONS.documentNumber().orElseThrow(), "第四十八条");
        assertThat(Indicator.RECORDING_COMPLETENESS_RATE.basis().toString()).contains("第四十七条");
        assertThat(Indicator.PUBLICATION_ON_TIME_RATE.direction()).isEqualTo(Indicator.Direction.HIGHER_IS_BETTER);
        assertThat(AssessmentScheme.DEFAULT.items()).noneMatch(i -> i.indicator() == Indicator.PUBLICATION_ON_TIME_RATE
                || i.indicator() == Indicator.RECORDING_COMPLETENESS_RATE);
    }

    @Example
    void aPeriodOfTheShorterConstructorHasNoDataForEither() {
        AgencyPeriod old = new AgencyPeriod(BUREAU, "烟草专卖局", LocalDate.of(2026, 1, 1), YEAR_END, 0, 0, 0, 0, 5,
                1, 0, 0, java.util.Map.of(), java.util.Map.of(), 0, 0, 0, java.util.Map.of(), false, false, false);

        assertThat(old.decisionsToPublish()).isZero();
        assertThat(old.indicator(Indicator.PUBLICATION_ON_TIME_RATE).hasData()).isFalse();
        assertThat(AgencyTally.from(old).publications(2, 1).toPeriod().indicator(Indicator.PUBLICATION_ON_TIME_RATE)
                .value()).hasValue(50.0);
        assertThatIllegalArgumentException().isThrownBy(() -> empty().recordedSteps(2, 3))
                .withMessageContaining("completelyRecordedSteps");
    }

    /** One generated case: publication days after the decision (or none), and the records of each step. */
    record Variant(int publishedAfter, boolean rule, int recording) {
        CaseRecord record() {
            List<CaseEvent> events = switch (recording) {
                case 0 -> new ArrayList<>(PENALTY_CASE);
                case 1 -> new ArrayList<>(recorded(RecordKind.TEXT));
                default -> new ArrayList<>(recorded());
            };
            if (publishedAfter >= 0) {
                events.add(new CaseEvent.Published(CALENDAR.plusWorkingDays(DECIDED, publishedAfter),
                        Optional.empty()));
            }
            return penalty(rule ? Optional.of(PublicationRule.penalty()) : Optional.empty(), events);
        }
    }

    @Property(tries = 60)
    void ratesStayWithin0And100AndTalliesOfPartsCombineIntoTheTallyOfAllCases(
            @ForAll("variants") List<Variant> variants, @ForAll @IntRange(max = 12) int at) {
        List<CaseRecord> records = variants.stream().map(Variant::record).toList();
        int split = Math.min(at, records.size());
        AgencyTally whole = empty();
        AgencyTally first = empty();
        AgencyTally second = empty();
        long late = 0;
        for (int i = 0; i < records.size(); i++) {
            CaseState state = records.get(i).replay(YEAR_END);
            late += state.violations(ViolationKind.PUBLICATION_OVERDUE).size();
            whole.addCase(records.get(i), state);
            (i < split ? first : second).addCase(records.get(i), state);
        }

        assertThat(first.combine(second)).isEqualTo(whole);
        AgencyPeriod period = whole.toPeriod();
        assertThat(period.decisionsToPublish() - period.decisionsPublishedOnTime()).isEqualTo(late);
        for (Indicator indicator : List.of(Indicator.PUBLICATION_ON_TIME_RATE,
                Indicator.RECORDING_COMPLETENESS_RATE)) {
            IndicatorValue value = period.indicator(indicator);
            assertThat(value.hasData()).isEqualTo(value.whole() > 0);
            value.value().ifPresent(v -> assertThat(v).isBetween(0.0, 100.0));
        }
    }

    @Provide
    Arbitrary<List<Variant>> variants() {
        return Combinators.combine(Arbitraries.integers().between(-1, 12), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 2)).as(Variant::new).list().ofMaxSize(12);
    }

    private static int indexOf(List<CaseEvent> events, StepKind kind) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof CaseEvent.StepPerformed p && p.step() == kind) {
                return i;
            }
        }
        throw new AssertionError(kind);
    }
}
