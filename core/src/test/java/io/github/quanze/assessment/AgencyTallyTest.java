package io.github.quanze.assessment;

import static io.github.quanze.assessment.AssessmentFixtures.BUREAU_CLEAN_100;
import static io.github.quanze.assessment.AssessmentFixtures.CLEAN_100;
import static io.github.quanze.assessment.AssessmentFixtures.LATE_95;
import static io.github.quanze.assessment.AssessmentFixtures.MARKET;
import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.VETOED_0;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quanze.procedure.Cases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** An agency's tally counts, rejects and merges; a tally split anywhere and combined equals the tally in one pass. */
class AgencyTallyTest {

    /** One addition to a tally, named for the report of a failing try. */
    record Addition(String name, Consumer<AgencyTally> action) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Property
    void aTallySplitAnywhereAndCombinedEqualsTheTallyInOnePass(@ForAll("additions") List<Addition> additions,
            @ForAll @IntRange(max = 40) int at) {
        int split = Math.min(at, additions.size());
        AgencyTally whole = tally(additions);
        AgencyTally first = tally(additions.subList(0, split));
        AgencyTally second = tally(additions.subList(split, additions.size()));
        AgencyTally reversed = tally(additions.subList(split, additions.size())).combine(first);

        assertThat(first.combine(second)).isEqualTo(whole).hasSameHashCodeAs(whole);
        assertThat(first.toPeriod()).isEqualTo(whole.toPeriod());
        assertThat(reversed).as("combined the other way round").isEqualTo(whole);
    }

    @Property
    void tallyingInChunksOnAnyNumberOfThreadsEqualsOnePass(@ForAll("additions") List<Addition> additions,
            @ForAll @IntRange(min = 1, max = 8) int chunk) {
        List<AgencyTally> parts = new ArrayList<>();
        for (int i = 0; i < additions.size(); i += chunk) {
            parts.add(tally(additions.subList(i, Math.min(i + chunk, additions.size()))));
        }
        AgencyTally merged = parts.parallelStream().collect(AgencyTallyTest::empty, AgencyTally::combine,
                AgencyTally::combine);
        assertThat(merged.toPeriod()).isEqualTo(tally(additions).toPeriod());
    }

    @Property
    void aTallyOfAPeriodResumesIt(@ForAll("additions") List<Addition> additions) {
        AgencyPeriod period = tally(additions).toPeriod();
        assertThat(AgencyTally.from(period).toPeriod()).isEqualTo(period);
        assertThat(AgencyTally.from(period)).isEqualTo(tally(additions));
    }

    @Example
    void aCountThatWouldOverflowIsRejectedAndChangesNothing() {
        AgencyTally full = period(TOBACCO).complaints(Long.MAX_VALUE);
        assertThatIllegalArgumentException().isThrownBy(() -> full.complaints(1))
                .withMessage("Agency period TOBACCO: complaints would pass 9223372036854775807: 9223372036854775807 "
                        + "plus 1");
        AgencyTally more = period(TOBACCO).cases(5, 1).complaints(1);
        assertThatIllegalArgumentException().isThrownBy(() -> full.combine(more))
                .withMessageContaining("complaints would pass");
        assertThat(full).as("the tally is unchanged").isEqualTo(period(TOBACCO).complaints(Long.MAX_VALUE));
        assertThatIllegalArgumentException().isThrownBy(() -> period(TOBACCO)
                        .reconsiderations(ReconsiderationOutcome.UPHELD, Long.MAX_VALUE)
                        .combine(period(TOBACCO).reconsiderations(ReconsiderationOutcome.UPHELD, 1)))
                .withMessage("Agency period TOBACCO: reconsiderations UPHELD would pass 9223372036854775807: "
                        + "9223372036854775807 plus 1");
    }

    @Example
    void aFindingOnceRecordedHolds() {
        AgencyTally tally = period(TOBACCO).perfunctory(true).perfunctory(false).severe(false);
        assertThat(tally.toPeriod().perfunctory()).isTrue();
        assertThat(tally.toPeriod().severe()).isFalse();
        assertThat(period(TOBACCO).combine(period(TOBACCO).falsified(true)).toPeriod().falsified()).isTrue();
    }

    @Example
    void talliesOfAnotherNameOrPeriodDoNotCombine() {
        assertThatIllegalArgumentException().isThrownBy(() -> period(TOBACCO)
                        .combine(AgencyTally.of(TOBACCO, "烟草局", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))
                .withMessage("Agency period TOBACCO 'TOBACCO局' (2026-01-01 to 2026-12-31) cannot add the period of "
                        + "TOBACCO '烟草局' (2026-01-01 to 2026-12-31)");
        assertThatIllegalArgumentException().isThrownBy(() -> period(TOBACCO)
                        .combine(AgencyTally.of(TOBACCO, "TOBACCO局", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))))
                .withMessageContaining("(2026-01-01 to 2026-06-30)");
    }

    @Example
    void aPeriodReadFromStorageIsCheckedAsATallyChecksIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyPeriod(TOBACCO, "烟草局",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 1, 2, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(),
                        0, 0, 0, Map.of(), false, false, false))
                .withMessage("Agency period TOBACCO: filesPassed must be 0 to 1, but was 2");
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyPeriod(TOBACCO, "烟草局",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, 0, 0, 0, 0, 0, 0, 0,
                        Map.of(ReconsiderationOutcome.UPHELD, 0L), Map.of(), 0, 0, 0, Map.of(), false, false, false))
                .withMessage("Agency period TOBACCO: reconsiderations UPHELD must be at least 1, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyPeriod(TOBACCO, "烟草局",
                        LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1), 0, 0, 0, 0, 0, 0, 0, 0, Map.of(),
                        Map.of(), 0, 0, 0, Map.of(), false, false, false))
                .withMessage("Agency period TOBACCO: the period must not end (2026-01-01) before it starts "
                        + "(2026-12-31)");
    }

    @Provide
    Arbitrary<List<Addition>> additions() {
        Arbitrary<Long> n = Arbitraries.longs().between(0, 1_000);
        Arbitrary<Addition> one = Arbitraries.oneOf(List.of(
                Arbitraries.of(CLEAN_100, LATE_95, VETOED_0)
                        .map(r -> new Addition("addReport(" + r.total() + ")", t -> t.addReport(r))),
                Arbitraries.of(CLEAN_100, LATE_95, VETOED_0).list().ofMaxSize(3)
                        .map(rs -> new Addition("addReports(" + rs.size() + ")", t -> t.addReports(rs))),
                Combinators.combine(n, n, n).as((a, b, c) -> new Addition("caseFiles(" + (a + b) + ", " + a + ", "
                        + a * 90 + ", " + (a + b) * 100 + ")", t -> t.caseFiles(a + b, a, a * 90, (a + b) * 100))),
                Combinators.combine(n, n).as((a, b) -> new Addition("cases(" + (a + b) + ", " + b + ")",
                        t -> t.cases(a + b, b))),
                Combinators.combine(n, n).as((a, b) -> new Addition("legalityReviews(" + (a + b) + ", " + a + ")",
                        t -> t.legalityReviews(a + b, a))),
                Combinators.combine(Arbitraries.of(ReconsiderationOutcome.class), n).as((o, a) -> new Addition(
                        "reconsiderations(" + o + ", " + a + ")", t -> t.reconsiderations(o, a))),
                Combinators.combine(Arbitraries.of(LitigationOutcome.class), n).as((o, a) -> new Addition(
                        "lawsuits(" + o + ", " + a + ")", t -> t.lawsuits(o, a))),
                n.map(a -> new Addition("complaints(" + a + ")", t -> t.complaints(a))),
                Combinators.combine(n, n).as((a, b) -> new Addition("survey(" + (a + b) + ", " + b + ")",
                        t -> t.survey(a + b, b))),
                Combinators.combine(n, n).as((a, b) -> new Addition("publications(" + (a + b) + ", " + a + ")",
                        t -> t.publications(a + b, a))),
                Combinators.combine(n, n).as((a, b) -> new Addition("recordedSteps(" + (a + b) + ", " + a + ")",
                        t -> t.recordedSteps(a + b, a))),
                Combinators.combine(Arbitraries.of("COMMENDED", "MODEL_CASE"), n).as((code, a) -> new Addition(
                        "bonus(" + code + ", " + (a + 1) + ")", t -> t.bonus(code, a + 1))),
                Arbitraries.of(true, false).map(f -> new Addition("perfunctory(" + f + ")", t -> t.perfunctory(f))),
                Arbitraries.of(true, false).map(f -> new Addition("falsified(" + f + ")", t -> t.falsified(f))),
                Arbitraries.of(true, false).map(f -> new Addition("severe(" + f + ")", t -> t.severe(f)))));
        return one.list().ofMaxSize(40);
    }

    private static AgencyTally empty() {
        return period(TOBACCO);
    }

    private static AgencyTally tally(List<Addition> additions) {
        AgencyTally tally = empty();
        additions.forEach(a -> a.action().accept(tally));
        return tally;
    }

    @Example
    void aFileReviewedOutsideThePeriodIsRejectedAndChangesNothing() {
        AgencyTally firstHalf = AgencyTally.of(TOBACCO, "TOBACCO局", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30));
        assertThatIllegalArgumentException().isThrownBy(() -> firstHalf.addReport(CLEAN_100))
                .withMessage("Agency TOBACCO: the review of case '烟罚〔2026〕1号' on 2026-11-30 is outside the period "
                        + "2026-01-01 to 2026-06-30");
        assertThatIllegalArgumentException().isThrownBy(() -> firstHalf.addReports(List.of(CLEAN_100, CLEAN_100)));
        assertThat(firstHalf.toPeriod().filesReviewed()).isZero();
    }

    @Example
    void theReportOfACaseNamesTheAgencyOfItsHandlers() {
        assertThat(BUREAU_CLEAN_100.agency()).isEqualTo(Cases.BUREAU);
        assertThat(period(Cases.BUREAU).addReport(BUREAU_CLEAN_100).toPeriod().filesReviewed()).isEqualTo(1);
    }

    @Example
    void anotherAgencysFileIsRejectedNamingBothAgenciesAndChangesNothing() {
        AgencyTally tobacco = period(TOBACCO).addReport(CLEAN_100);
        assertThatIllegalArgumentException().isThrownBy(() -> tobacco.addReport(BUREAU_CLEAN_100))
                .withMessage("Agency period of TOBACCO cannot take the review of case '烟罚〔2026〕1号', a case file of "
                        + "agency BUREAU");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tobacco.addReports(List.of(CLEAN_100, AssessmentFixtures.of(MARKET, CLEAN_100))))
                .withMessageContaining("a case file of agency MARKET");
        assertThat(tobacco.toPeriod().filesReviewed()).as("neither call added a file").isEqualTo(1);
    }

    @Example
    void aNullReportIsRejectedByNameAndChangesNothing() {
        AgencyTally tobacco = period(TOBACCO);
        assertThatNullPointerException().isThrownBy(() -> tobacco.addReport(null)).withMessage("report");
        assertThatNullPointerException().isThrownBy(() -> tobacco.addReports(Arrays.asList(CLEAN_100, null)))
                .withMessage("report");
        assertThatNullPointerException().isThrownBy(() -> tobacco.addReports(null)).withMessage("reports");
        assertThat(tobacco.toPeriod().filesReviewed()).isZero();
    }
}
