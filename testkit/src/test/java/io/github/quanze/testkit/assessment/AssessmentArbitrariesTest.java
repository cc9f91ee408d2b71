package io.github.quanze.testkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.AssessmentScheme.Item;
import io.github.quanze.assessment.AssessmentScheme.Section;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.assessment.LitigationOutcome;
import io.github.quanze.assessment.ReconsiderationOutcome;
import io.github.quanze.testkit.Samples;
import io.github.quanze.testkit.Shrinking;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

class AssessmentArbitrariesTest {

    @Example
    void schemesSplitTheirHundredPointsOverSectionsAndItems() {
        List<AssessmentScheme> drawn = Samples.draw(AssessmentArbitraries.schemes(), 300, 1);

        Set<Integer> sectionCounts = new HashSet<>();
        Set<Integer> bonusCounts = new HashSet<>();
        Set<Integer> itemCounts = new HashSet<>();
        Set<Indicator> indicators = EnumSet.noneOf(Indicator.class);
        for (AssessmentScheme scheme : drawn) {
            sectionCounts.add(scheme.sections().size());
            bonusCounts.add(scheme.bonusItems().size());
            assertThat(scheme.sections().stream().mapToInt(Section::weight).sum()).isEqualTo(100);
            for (Section section : scheme.sections()) {
                List<Item> items = scheme.items().stream().filter(i -> i.section().equals(section.code())).toList();
                itemCounts.add(items.size());
                assertThat(items.stream().mapToInt(Item::points).sum()).isEqualTo(section.weight());
                assertThat(items).hasSizeLessThanOrEqualTo(4);
                if (section.weight() > 0) {
                    assertThat(items).isNotEmpty();
                }
            }
            for (Item item : scheme.items()) {
                indicators.add(item.indicator());
                assertThat(item.indicator().isBetter(item.fullAt(), item.zeroAt())).isTrue();
                assertThat(Math.min(item.fullAt(), item.zeroAt())).isBetween(0.0, 99.75);
                assertThat(Math.abs(item.fullAt() - item.zeroAt())).isBetween(0.25, 100.0);
            }
            assertThat(scheme.passFrom()).isPositive().isLessThanOrEqualTo(scheme.excellentFrom());
            assertThat(scheme.excellentFrom()).isLessThanOrEqualTo(100);
            assertThat(scheme.bonusCap()).isBetween(0.0, 10.0);
            assertThat(scheme.minimumCoverage()).isBetween(0, 100);
            assertThat(scheme.bonusItems()).allSatisfy(bonus -> {
                assertThat(bonus.pointsEach()).isBetween(0.25, 5.0);
                assertThat(bonus.cap()).isBetween(1.0, 100.0);
            });
        }
        assertThat(sectionCounts).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(bonusCounts).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(itemCounts).contains(0, 1, 4);
        assertThat(indicators).containsExactlyInAnyOrder(Indicator.values());
        assertThat(drawn).anyMatch(s -> s.bonusCap() == 0).anyMatch(s -> s.bonusCap() > 0)
                .anyMatch(s -> s.passFrom() == 60 && s.excellentFrom() == 90)
                .anyMatch(s -> s.passFrom() != 60 && s.excellentFrom() - s.passFrom() > 10)
                .anyMatch(s -> s.minimumCoverage() == 50).anyMatch(s -> s.minimumCoverage() != 50)
                .anyMatch(s -> s.note().isEmpty()).anyMatch(s -> !s.note().isEmpty())
                .anyMatch(s -> s.name().equals("Scheme 2026")).anyMatch(s -> s.name().startsWith("某县"));
    }

    @Example
    void aSchemeShrinksToOneSectionOfOneItem() {
        AssessmentScheme smallest = Shrinking.shrink(AssessmentArbitraries.schemes(), s -> true, 2);

        assertThat(smallest.sections()).hasSize(1);
        assertThat(smallest.sections().get(0).weight()).isEqualTo(100);
        assertThat(smallest.items()).hasSize(1);
        assertThat(smallest.bonusItems()).isEmpty();
        assertThat(smallest.name()).isEqualTo("Scheme 2026");
        assertThat(smallest.bonusCap()).isZero();
        assertThat(smallest.passFrom()).isEqualTo(60);
        assertThat(smallest.excellentFrom()).isEqualTo(90);
        assertThat(smallest.minimumCoverage()).isEqualTo(50);
        assertThat(smallest.note()).isEmpty();
    }

    @Example
    void periodsCountWithinThemselvesAndLeaveSomeCountsEmpty() {
        List<AgencyPeriod> drawn = Samples.draw(AssessmentArbitraries.periods(), 300, 3);

        Set<String> agencies = new HashSet<>();
        for (AgencyPeriod p : drawn) {
            agencies.add(p.agency().value());
            assertThat(p.agencyName()).isEqualTo("某县第" + p.agency().value().substring(2) + "局");
            assertThat(p.from()).isEqualTo(AssessmentArbitraries.FROM);
            assertThat(p.to()).isEqualTo(AssessmentArbitraries.TO);
            assertThat(p.cases()).isBetween(0L, 3000L);
            assertThat(p.surveyResponses()).isBetween(0L, 3000L);
            assertThat(p.filesReviewed()).isLessThanOrEqualTo(301L);
            assertThat(p.fileMaxPoints()).isEqualTo(p.filesReviewed() * 100);
            assertThat(p.filePoints()).isBetween(0L, p.fileMaxPoints());
            assertThat(p.filesPassed()).isBetween(0L, p.filesReviewed());
            assertThat(p.overdueCases()).isBetween(0L, p.cases());
            assertThat(p.legalityReviewsRequired()).isBetween(0L, p.cases());
            assertThat(p.legalityReviewsDone()).isBetween(0L, p.legalityReviewsRequired());
            assertThat(p.satisfiedResponses()).isBetween(0L, p.surveyResponses());
            assertThat(p.complaints()).isBetween(0L, 19L);
            assertThat(p.decisionsToPublish()).isBetween(0L, p.cases());
            assertThat(p.decisionsPublishedOnTime()).isBetween(0L, p.decisionsToPublish());
            assertThat(p.recordedSteps()).isBetween(0L, 200L);
            assertThat(p.completelyRecordedSteps()).isBetween(0L, p.recordedSteps());
            assertThat(p.reconsiderations().values()).allSatisfy(n -> assertThat(n).isBetween(1L, 5L));
            assertThat(p.lawsuits().values()).allSatisfy(n -> assertThat(n).isBetween(1L, 3L));
            assertThat(p.bonusClaims().keySet()).isSubsetOf("COMMENDED", "MODEL_CASE");
        }
        assertThat(agencies).containsExactlyInAnyOrder("A-0", "A-1", "A-2", "A-3", "A-4", "A-5");
        // a third of the agencies have no publication data; a few more happen to have no case to publish
        assertThat(drawn.stream().filter(p -> p.decisionsToPublish() == 0).count() * 100 / drawn.size())
                .isBetween(25L, 55L);
        assertThat(drawn).anyMatch(p -> p.filesReviewed() == 0).anyMatch(p -> p.filesReviewed() > 0)
                .anyMatch(p -> p.cases() > 1000).anyMatch(p -> p.filePoints() > p.fileMaxPoints() / 2)
                .anyMatch(p -> p.filesPassed() > 0)
                .anyMatch(p -> p.reconsiderations().isEmpty()).anyMatch(p -> !p.reconsiderations().isEmpty())
                .anyMatch(p -> p.lawsuits().isEmpty()).anyMatch(p -> !p.lawsuits().isEmpty())
                .anyMatch(p -> p.bonusClaims().isEmpty()).anyMatch(p -> p.bonusClaims().size() == 2)
                .anyMatch(AgencyPeriod::perfunctory).anyMatch(AgencyPeriod::falsified).anyMatch(AgencyPeriod::severe)
                .anyMatch(p -> !p.perfunctory() && !p.falsified() && !p.severe())
                .anyMatch(p -> p.decisionsToPublish() == 0).anyMatch(p -> p.decisionsToPublish() > 0)
                .anyMatch(p -> p.recordedSteps() == 0).anyMatch(p -> p.recordedSteps() > 0);
    }

    @Example
    void aPeriodShrinksToAnAgencyWithNothingCounted() {
        AgencyPeriod smallest = Shrinking.shrink(AssessmentArbitraries.periods(), p -> true, 4);

        assertThat(smallest.agency().value()).isEqualTo("A-0");
        assertThat(smallest.cases()).isZero();
        assertThat(smallest.filesReviewed()).isZero();
        // the first option of each choice: every outcome and bonus counted once, every flag set, no publication
        assertThat(smallest.reconsiderations()).hasSize(ReconsiderationOutcome.values().length).containsValue(1L);
        assertThat(smallest.lawsuits()).hasSize(LitigationOutcome.values().length).containsValue(1L);
        assertThat(smallest.bonusClaims()).containsOnlyKeys("COMMENDED", "MODEL_CASE");
        assertThat(smallest.perfunctory()).isTrue();
        assertThat(smallest.falsified()).isTrue();
        assertThat(smallest.severe()).isTrue();
        assertThat(smallest.decisionsToPublish()).isZero();
        assertThat(smallest.recordedSteps()).isZero();
        assertThat(smallest.complaints()).isZero();
    }
}
