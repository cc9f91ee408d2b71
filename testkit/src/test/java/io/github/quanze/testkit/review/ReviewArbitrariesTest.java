package io.github.quanze.testkit.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.Instruments;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.review.DefectKind;
import io.github.quanze.review.ReviewCriterion;
import io.github.quanze.review.ReviewItem;
import io.github.quanze.review.ReviewPart;
import io.github.quanze.review.ReviewStandard;
import io.github.quanze.testkit.Samples;
import io.github.quanze.testkit.Shrinking;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

class ReviewArbitrariesTest {

    @Example
    void standardsScoreTheirItemsTotalAndMapViolationsToTheirCriteria() {
        List<ReviewStandard> drawn = Samples.draw(ReviewArbitraries.standards(), 300, 1);

        Set<Integer> itemCounts = new HashSet<>();
        Set<Integer> criterionCounts = new HashSet<>();
        Set<ReviewPart> parts = EnumSet.noneOf(ReviewPart.class);
        Set<DefectKind> defects = EnumSet.noneOf(DefectKind.class);
        Set<Integer> bases = new HashSet<>();
        for (ReviewStandard standard : drawn) {
            itemCounts.add(standard.items().size());
            criterionCounts.add(standard.criteria().size());
            assertThat(standard.total()).isEqualTo(standard.items().stream().mapToInt(ReviewItem::points).sum());
            assertThat(standard.passFrom()).isBetween(1, standard.excellentFrom());
            assertThat(standard.excellentFrom()).isLessThanOrEqualTo(standard.total());
            assertThat(standard.effectiveFrom()).isBetween(LocalDate.of(2015, 1, 1),
                    LocalDate.of(2015, 1, 1).plusDays(3999));
            standard.effectiveUntil().ifPresent(until -> assertThat(until).isAfter(standard.effectiveFrom())
                    .isBeforeOrEqualTo(standard.effectiveFrom().plusDays(3000)));
            for (ReviewItem item : standard.items()) {
                parts.add(item.part());
                assertThat(item.points()).isBetween(1, 30);
            }
            for (ReviewCriterion criterion : standard.criteria()) {
                ReviewItem item = standard.item(criterion.item());
                assertThat(criterion.code()).startsWith(item.code() + ".C");
                criterion.defectKind().ifPresent(defects::add);
                bases.add(criterion.basis().provisions().size());
                if (!criterion.veto()) {
                    assertThat(criterion.deduction()).isBetween(1, item.points());
                } else {
                    assertThat(criterion.defectKind()).isPresent();
                }
            }
            for (ViolationKind kind : ViolationKind.values()) {
                standard.criterionFor(kind).ifPresent(c -> assertThat(standard.criteria()).contains(c));
            }
            if (standard.criteria().isEmpty()) {
                assertThat(EnumSet.allOf(ViolationKind.class)).allMatch(k -> standard.criterionFor(k).isEmpty());
            }
        }
        assertThat(itemCounts).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(criterionCounts).contains(0, 12);
        assertThat(parts).containsExactlyInAnyOrder(ReviewPart.values());
        assertThat(defects).containsExactlyInAnyOrder(DefectKind.values());
        assertThat(bases).containsExactlyInAnyOrder(1, 2);
        assertThat(drawn).anyMatch(s -> s.criteria().stream().anyMatch(ReviewCriterion::veto))
                .anyMatch(s -> s.criteria().stream().anyMatch(c -> !c.veto() && c.defectKind().isEmpty()))
                .anyMatch(s -> s.criteria().stream()
                        .anyMatch(c -> c.basis().cites(Instruments.ADMINISTRATIVE_LITIGATION_LAW)))
                .anyMatch(s -> s.criterionFor(ViolationKind.values()[0]).isPresent())
                .anyMatch(s -> s.passFrom() < s.excellentFrom()).anyMatch(s -> s.excellentFrom() == s.total())
                .anyMatch(s -> s.effectiveUntil().isPresent()).anyMatch(s -> s.effectiveUntil().isEmpty())
                .anyMatch(s -> s.note().isEmpty()).anyMatch(s -> s.note().contains("\n"))
                .anyMatch(s -> s.name().startsWith("某省")).anyMatch(s -> s.issuer().equals("Justice Bureau"));
    }

    @Example
    void aStandardShrinksToOneItemWithoutCriteria() {
        ReviewStandard smallest = Shrinking.shrink(ReviewArbitraries.standards(), s -> true, 2);

        assertThat(smallest.items()).hasSize(1);
        assertThat(smallest.criteria()).isEmpty();
        assertThat(smallest.items().get(0).points()).isEqualTo(1);
        assertThat(smallest.total()).isEqualTo(1);
        assertThat(smallest.effectiveFrom()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(smallest.items().get(0).part()).isEqualTo(ReviewPart.FORM);
        assertThat(smallest.name()).isEqualTo("某省行政处罚案卷评查标准");
        assertThat(smallest.issuer()).isEqualTo("某省司法厅");
        assertThat(smallest.passFrom()).isEqualTo(1);
        assertThat(smallest.effectiveUntil()).isEmpty();
        assertThat(smallest.note()).isEmpty();
    }

    @Example
    void theFirstCriterionIsAVetoAndTheFirstDeductionHasNoDefectKindAndTwoProvisions() {
        ReviewStandard vetoed = Shrinking.shrink(ReviewArbitraries.standards(), s -> !s.criteria().isEmpty(), 3);
        ReviewStandard deducted = Shrinking.shrink(ReviewArbitraries.standards(),
                s -> s.criteria().stream().anyMatch(c -> !c.veto()), 4);

        assertThat(vetoed.criteria()).singleElement().satisfies(c -> {
            assertThat(c.veto()).isTrue();
            assertThat(c.item()).isEqualTo("ITEM-0");
        });
        // with a criterion, each violation kind is the first option's: scored by it
        assertThat(EnumSet.allOf(ViolationKind.class)).allMatch(k -> vetoed.criterionFor(k).isPresent());
        ReviewCriterion criterion = deducted.criteria().stream().filter(c -> !c.veto()).findFirst().orElseThrow();
        assertThat(criterion.defectKind()).isEmpty();
        assertThat(criterion.deduction()).isEqualTo(1);
        assertThat(criterion.basis().provisions()).hasSize(2);
    }
}
