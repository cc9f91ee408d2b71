package io.github.quanze.review;

import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.penaltyCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.procedure.CaseRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Invariants of case-file review on the default standard, with reviewer findings drawn at random. */
class ReviewPropertiesTest {

    private static final CaseRecord CLEAN = penaltyCase(PENALTY_CASE);

    @Property
    void addingADefectNeverRaisesTheScore(@ForAll("findings") List<ReviewerFinding> findings,
            @ForAll("finding") ReviewerFinding added) {
        ReviewReport before = review(findings);
        ReviewReport after = review(plus(findings, added));
        assertThat(after.total()).isLessThanOrEqualTo(before.total());
        assertThat(after.grade().isBetterThan(before.grade())).isFalse();
        for (int i = 0; i < before.scores().size(); i++) {
            assertThat(after.scores().get(i).points()).isLessThanOrEqualTo(before.scores().get(i).points());
        }
    }

    @Property
    void aVetoAlwaysFailsTheFileWithZero(@ForAll("findings") List<ReviewerFinding> findings,
            @ForAll("veto") ReviewerFinding veto) {
        ReviewReport report = review(plus(findings, veto));
        assertThat(report.total()).isZero();
        assertThat(report.grade()).isEqualTo(Grade.FAIL);
        assertThat(report.vetoes()).isNotEmpty();
    }

    @Property
    void scoresStayWithinZeroAndTheItemsPoints(@ForAll("findings") List<ReviewerFinding> findings) {
        ReviewReport report = review(findings);
        assertThat(report.scores()).allSatisfy(s -> assertThat(s.points()).isBetween(0, s.item().points()));
        assertThat(report.total()).isBetween(0, ReviewStandards.DEFAULT.total());
        boolean vetoed = !report.vetoes().isEmpty();
        assertThat(report.total()).isEqualTo(vetoed ? 0 : report.scores().stream().mapToInt(Score::points).sum());
    }

    @Property
    void resultDoesNotDependOnTheOrderOfFindings(@ForAll("findings") List<ReviewerFinding> findings,
            @ForAll long seed) {
        List<ReviewerFinding> shuffled = new ArrayList<>(findings);
        Collections.shuffle(shuffled, new Random(seed));
        ReviewReport a = review(findings);
        ReviewReport b = review(shuffled);
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.grade()).isEqualTo(a.grade());
        assertThat(b.scores()).isEqualTo(a.scores());
        assertThat(b.defects()).containsExactlyInAnyOrderElementsOf(a.defects());
    }

    /** Mostly deductions, so that most files keep a score for the properties to compare. */
    @Provide
    Arbitrary<List<ReviewerFinding>> findings() {
        return finding().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<ReviewerFinding> finding() {
        return Arbitraries.frequencyOf(Tuple.of(12, deduction()), Tuple.of(1, veto()));
    }

    @Provide
    Arbitrary<ReviewerFinding> veto() {
        return of(ReviewStandards.DEFAULT.criteria().stream().filter(ReviewCriterion::isVeto).toList());
    }

    private Arbitrary<ReviewerFinding> deduction() {
        return of(ReviewStandards.DEFAULT.criteria().stream().filter(c -> !c.isVeto()).toList());
    }

    private static Arbitrary<ReviewerFinding> of(List<ReviewCriterion> criteria) {
        return Combinators.combine(Arbitraries.of(criteria), Arbitraries.integers().between(1, 12))
                .as((c, n) -> new ReviewerFinding(c.code(), n, "评查发现", "刘评查", CaseFileReviewTest.REVIEWED,
                        List.of()));
    }

    private static ReviewReport review(List<ReviewerFinding> findings) {
        return CaseFileReviewTest.review(CaseFile.of(CLEAN).with(findings.toArray(ReviewerFinding[]::new)));
    }

    private static List<ReviewerFinding> plus(List<ReviewerFinding> findings, ReviewerFinding added) {
        List<ReviewerFinding> all = new ArrayList<>(findings);
        all.add(added);
        return all;
    }
}
