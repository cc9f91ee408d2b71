package io.github.quanze.assessment;

import com.google.common.collect.ImmutableList;
import io.github.quanze.power.AgencyId;
import io.github.quanze.review.Grade;
import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The assessment of one agency for one period (评议考核结果): its indicators, the points of each item and section,
 * the bonus, the total and the grade, and an explanation in Chinese and English. Obtained from
 * {@link AssessmentScheme#assess(AgencyPeriod)}.
 * <p>
 * An agency whose items with data carry less than the scheme's {@link AssessmentScheme#minimumCoverage()} is not
 * scored: {@link #isScored()} is false, the total is 0 and there is no grade, which is not the same as failing. Its
 * bonus claims are not counted.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AgencyAssessment {

    /**
     * The score of one item (项目得分).
     *
     * @param item  the item, not null
     * @param value  the indicator's value, possibly no data, not null
     * @param earned  the points earned on the item's own scale, 0 to its points; 0 without data
     * @param points  what the item adds to the total, after spreading the points of items and sections without
     *        data; 0 if the agency is not scored
     */
    public record ItemScore(AssessmentScheme.Item item, IndicatorValue value, double earned, double points) {

        /**
         * Creates an item score.
         *
         * @param item  the item, not null
         * @param value  the indicator's value, possibly no data, not null
         * @param earned  the points earned on the item's own scale, 0 to its points; 0 without data
         * @param points  what the item adds to the total, after spreading the points of items and sections without
         *         data; 0 if the agency is not scored
         */
        public ItemScore {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(value, "value");
        }

        /** @return whether the item counted: its indicator has data */
        public boolean counted() {
            return value.hasData();
        }
    }

    /**
     * The score of one section (部分得分).
     *
     * @param section  the section, not null
     * @param counted  whether any of its items had data
     * @param points  what the section adds to the total; 0 if the agency is not scored
     */
    public record SectionScore(AssessmentScheme.Section section, boolean counted, double points) {

        /**
         * Creates a section score.
         *
         * @param section  the section, not null
         * @param counted  whether any of its items had data
         * @param points  what the section adds to the total; 0 if the agency is not scored
         */
        public SectionScore {
            Objects.requireNonNull(section, "section");
        }
    }

    /**
     * The points of one bonus claim (加分).
     *
     * @param item  the bonus item, not null
     * @param times  how many times it applies
     * @param points  the points, within the item's cap and before the scheme's cap
     */
    public record BonusScore(AssessmentScheme.BonusItem item, long times, double points) {

        /**
         * Creates a bonus score.
         *
         * @param item  the bonus item, not null
         * @param times  how many times it applies
         * @param points  the points, within the item's cap and before the scheme's cap
         */
        public BonusScore {
            Objects.requireNonNull(item, "item");
        }
    }

    private final AgencyPeriod period;
    private final AssessmentScheme scheme;
    private final List<ItemScore> items;
    private final List<SectionScore> sections;
    private final List<BonusScore> bonuses;
    private final double base;
    private final double bonus;
    private final double total;
    private final Optional<Grade> grade;

    AgencyAssessment(AgencyPeriod period, AssessmentScheme scheme, List<ItemScore> items, List<SectionScore> sections,
            List<BonusScore> bonuses, double base, double bonus, double total, Optional<Grade> grade) {
        this.period = period;
        this.scheme = scheme;
        this.items = ImmutableList.copyOf(items);
        this.sections = ImmutableList.copyOf(sections);
        this.bonuses = ImmutableList.copyOf(bonuses);
        this.base = base;
        this.bonus = bonus;
        this.total = total;
        this.grade = grade;
    }

    /** @return the period assessed, with the counts behind the indicators, not null */
    public AgencyPeriod period() {
        return period;
    }

    /** @return the agency, not null */
    public AgencyId agency() {
        return period.agency();
    }

    /** @return the scheme applied, not null */
    public AssessmentScheme scheme() {
        return scheme;
    }

    /** @return every indicator's value, in enum order, not null */
    public Map<Indicator, IndicatorValue> indicators() {
        return period.indicators();
    }

    /**
     * Returns one indicator's value.
     *
     * @param indicator  the indicator, not null
     * @return the value, possibly no data, not null
     */
    public IndicatorValue indicator(Indicator indicator) {
        return period.indicator(indicator);
    }

    /** @return the score of each item, in the scheme's section order, not null */
    public List<ItemScore> items() {
        return items;
    }

    /** @return the score of each section, in the scheme's order, not null */
    public List<SectionScore> sections() {
        return sections;
    }

    /** @return the bonus claims with their points, not null */
    public List<BonusScore> bonuses() {
        return bonuses;
    }

    /** @return the points of the sections, 0 to 100, to 0.01 */
    public double base() {
        return base;
    }

    /** @return the bonus points (加分), within the scheme's cap, to 0.01; 0 if not scored */
    public double bonus() {
        return bonus;
    }

    /** @return the total, base plus bonus, to 0.01; 0 if not scored */
    public double total() {
        return total;
    }

    /**
     * Returns the grade (考核等次).
     *
     * @return the grade, empty if the agency was not scored
     */
    public Optional<Grade> grade() {
        return grade;
    }

    /**
     * Checks whether the agency was scored: the items with data carry at least the scheme's minimum coverage.
     *
     * @return true if scored
     */
    public boolean isScored() {
        return grade.isPresent();
    }

    /**
     * Explains the assessment: total and grade, each section and item with its indicator, what had no data and
     * where its points went, and the bonus.
     *
     * @return the explanation in Chinese and English, not null
     */
    public BilingualText explain() {
        return AssessmentMessages.explain(this);
    }

    private static String points(double points) {
        return AssessmentMessages.points(points).toPlainString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AgencyAssessment a && period.equals(a.period) && scheme == a.scheme
                && items.equals(a.items) && sections.equals(a.sections) && bonuses.equals(a.bonuses)
                && total == a.total && grade.equals(a.grade);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, items, total, grade);
    }

    @Override
    public String toString() {
        return "AgencyAssessment[" + period.citation() + ", " + points(total) + ", "
                + grade.map(g -> g.label().en()).orElse("not scored") + "]";
    }
}
