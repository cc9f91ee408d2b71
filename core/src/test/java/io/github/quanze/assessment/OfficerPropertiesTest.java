package io.github.quanze.assessment;

import static io.github.quanze.assessment.Officers.EXCELLENT_FILE;
import static io.github.quanze.assessment.Officers.FAILED_FILE;
import static io.github.quanze.assessment.Officers.PASS_FILE;
import static io.github.quanze.assessment.Officers.YEAR_2026;
import static io.github.quanze.assessment.Officers.numbered;
import static io.github.quanze.procedure.Cases.BUREAU_ORGANIZATION;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.Gravity;
import io.github.quanze.review.Grade;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.testing.Rendering;
import io.github.quanze.testkit.QuanzeArbitraries;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of officer appraisals and cards on the default tables, with faults and files drawn at random. */
class OfficerPropertiesTest {

    private static final OfficerAppraisals APPRAISALS = OfficerAppraisals.defaults();
    private static final Year YEAR_2023 = Year.of(2023);

    @Property
    void aFurtherFaultNeverGivesABetterRatingOrCard(@ForAll("faults") List<Fault> faults,
            @ForAll("fault") Fault added, @ForAll Optional<OfficerRating> previous) {
        OfficerAppraisal before = appraise(faults, previous);
        OfficerAppraisal after = appraise(plus(faults, added), previous);
        Statistics.label("rating before").collect(before.rating());
        assertThat(after.rating().isBetterThan(before.rating())).isFalse();
        assertThat(before.card().isWorseThan(after.card())).isFalse();
    }

    @Property
    void aFurtherFaultOfAnyGravityNeverGivesABetterRatingOrCard(@ForAll("files") List<ReviewReport> files,
            @ForAll("manyGravities") List<Gravity> gravities, @ForAll Gravity added) {
        List<Gravity> more = plus(gravities, added);
        OfficerAppraisal before = wang(files, wangFaults(gravities));
        OfficerAppraisal after = wang(files, wangFaults(more));
        Statistics.label("rating after").collect(after.rating());
        assertThat(after.rating().isBetterThan(before.rating())).isFalse();
        assertThat(before.card().isWorseThan(after.card())).isFalse();
    }

    @Property
    void aGraverFaultNeverGivesABetterRatingOrCard(@ForAll("faults") List<Fault> faults,
            @ForAll("fault") Fault fault, @ForAll Consequence graver) {
        Fault worse = fault.toBuilder().consequence(graver).build();
        if (worse.gravity().compareTo(fault.gravity()) < 0) {
            worse = fault.toBuilder().consequence(Consequence.GRAVE).build();
        }
        OfficerAppraisal before = appraise(plus(faults, fault), Optional.empty());
        OfficerAppraisal after = appraise(plus(faults, worse), Optional.empty());
        assertThat(after.rating().isBetterThan(before.rating())).isFalse();
        assertThat(before.card().isWorseThan(after.card())).isFalse();
    }

    @Property
    void aWorseFileNeverGivesABetterRatingOrCard(@ForAll("files") List<ReviewReport> files,
            @ForAll @IntRange(max = 7) int index, @ForAll("gravities") List<Gravity> faults) {
        List<ReviewReport> worse = new ArrayList<>(files);
        if (!worse.isEmpty()) {
            int i = index % worse.size();
            ReviewReport file = worse.get(i);
            worse.set(i, numbered(file.grade() == Grade.EXCELLENT ? PASS_FILE : FAILED_FILE, i));
        }
        List<Fault> own = wangFaults(faults);
        OfficerAppraisal before = wang(files, own);
        OfficerAppraisal after = wang(worse, own);
        Statistics.label("rating before").collect(before.rating());
        assertThat(after.rating().isBetterThan(before.rating())).isFalse();
        assertThat(before.card().isWorseThan(after.card())).isFalse();
    }

    @Property
    void aWorsePreviousRatingNeverGivesABetterCard(@ForAll("faults") List<Fault> faults,
            @ForAll OfficerRating previous, @ForAll OfficerRating worse) {
        if (worse.isBetterThan(previous)) {
            return;
        }
        OfficerAppraisal before = appraise(faults, Optional.of(previous));
        OfficerAppraisal after = appraise(faults, Optional.of(worse));
        assertThat(after.rating()).isEqualTo(before.rating());
        assertThat(before.card().isWorseThan(after.card())).isFalse();
    }

    @Property
    void appraisalDoesNotDependOnTheOrderOfFaultsOrFiles(@ForAll("files") List<ReviewReport> files,
            @ForAll("gravities") List<Gravity> gravities, @ForAll long seed) {
        List<Fault> faults = wangFaults(gravities);
        List<Fault> shuffledFaults = new ArrayList<>(faults);
        List<ReviewReport> shuffledFiles = new ArrayList<>(files);
        Collections.shuffle(shuffledFaults, new Random(seed));
        Collections.shuffle(shuffledFiles, new Random(seed + 1));
        OfficerAppraisal a = wang(files, faults);
        OfficerAppraisal b = wang(shuffledFiles, shuffledFaults);
        assertThat(b).isEqualTo(a);
        assertThat(b.explain()).isEqualTo(a.explain());
        assertThat(APPRAISALS.appraiseAll(BUREAU_ORGANIZATION, YEAR_2026, shuffledFiles, shuffledFaults, List.of()))
                .isEqualTo(APPRAISALS.appraiseAll(BUREAU_ORGANIZATION, YEAR_2026, files, faults, List.of()));
    }

    @Property
    void richFaultsInAnyOrderGiveTheSameAppraisal(@ForAll("faults") List<Fault> faults, @ForAll long seed) {
        List<Fault> shuffled = new ArrayList<>(faults);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(appraise(shuffled, Optional.empty())).isEqualTo(appraise(faults, Optional.empty()));
    }

    @Property
    void theCompiledTablesAgreeWithARowByRowScan(@ForAll("files") List<ReviewReport> files,
            @ForAll("gravities") List<Gravity> gravities, @ForAll Optional<OfficerRating> previous) {
        OfficerYear facts = OfficerYear.of(BUREAU_ORGANIZATION.officer(WANG), YEAR_2026, files, wangFaults(gravities),
                previous);
        assertThat(APPRAISALS.ratingTable().decide(facts)).isEqualTo(APPRAISALS.ratingTable().decideByScan(facts));
        for (OfficerRating rating : OfficerRating.values()) {
            CardGrounds grounds = new CardGrounds(facts, rating);
            assertThat(APPRAISALS.cardTable().decide(grounds)).isEqualTo(APPRAISALS.cardTable().decideByScan(grounds));
        }
    }

    @Property
    void anyAppraisalAndItsCard_renderInBothLanguages(@ForAll("faults") List<Fault> faults,
            @ForAll("files") List<ReviewReport> files, @ForAll Optional<OfficerRating> previous) {
        OfficerAppraisal appraisal = APPRAISALS.appraise(OfficerYear.of(ORGANIZATION.officer(OFFICER_INSPECTOR_A),
                YEAR_2023, files, faults, previous));
        Rendering.assertRendered(appraisal.explain());
        appraisal.consequences().forEach(c -> Rendering.assertRendered(c.describe()));
        CardHistory cards = CardHistory.of(OFFICER_INSPECTOR_A).give(appraisal, LocalDate.of(2024, 1, 15), "考核领导小组");
        Rendering.assertRendered(cards.explain());
        cards.entries().forEach(e -> Rendering.assertEnglish(e.reason()));
        cards.entries().forEach(e -> assertThat(e.reason().zh()).startsWith("2023年度执法考核" + appraisal.rating().label().zh()
                + "（规则 "));
    }

    @Provide
    Arbitrary<List<Fault>> faults() {
        return fault().list().ofMaxSize(6);
    }

    /** Faults of every kind, form, consequence and circumstance, most acted in 2023 (the year rated). */
    @Provide
    Arbitrary<Fault> fault() {
        return Combinators.combine(QuanzeArbitraries.faults().ofOfficers(), Arbitraries.integers().between(0, 420))
                .as((f, day) -> f.toBuilder().actDate(LocalDate.of(2023, 1, 1).plusDays(day)).build());
    }

    @Provide
    Arbitrary<List<Gravity>> manyGravities() {
        return Arbitraries.of(Gravity.class).list().ofMaxSize(7);
    }

    @Provide
    Arbitrary<List<ReviewReport>> files() {
        return Arbitraries.of(EXCELLENT_FILE, PASS_FILE, FAILED_FILE).list().ofMaxSize(8).map(list -> {
            List<ReviewReport> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                numbered.add(numbered(list.get(i), i));
            }
            return numbered;
        });
    }

    @Provide
    Arbitrary<List<Gravity>> gravities() {
        return Arbitraries.frequency(Tuple.of(4, Gravity.MINOR), Tuple.of(2, Gravity.SERIOUS),
                Tuple.of(1, Gravity.GRAVE)).list().ofMaxSize(4);
    }

    private static List<Fault> wangFaults(List<Gravity> gravities) {
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < gravities.size(); i++) {
            faults.add(Officers.fault(WANG, gravities.get(i), Officers.ACT_2026.plusDays(i)));
        }
        return faults;
    }

    private static OfficerAppraisal wang(List<ReviewReport> files, List<Fault> faults) {
        return APPRAISALS.appraise(BUREAU_ORGANIZATION, WANG, YEAR_2026, files, faults, List.of());
    }

    private static OfficerAppraisal appraise(List<Fault> faults, Optional<OfficerRating> previous) {
        return APPRAISALS.appraise(OfficerYear.of(ORGANIZATION.officer(OFFICER_INSPECTOR_A), YEAR_2023, List.of(),
                faults, previous));
    }

    private static <T> List<T> plus(List<T> list, T added) {
        List<T> all = new ArrayList<>(list);
        all.add(added);
        return all;
    }
}
