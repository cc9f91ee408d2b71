package io.github.quanze.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What one agency did in an assessment period (考核期内的执法情况), the input of agency assessment: its reviewed case
 * files, its cases and those that ran over a time limit, the decisions that needed legality review and got it, how
 * reconsiderations and lawsuits against its acts ended, complaints, survey responses, bonus claims, the
 * assessing body's findings of 消极应付, 弄虚作假 or 情况严重, and the decisions published on time and the step
 * performances fully recorded (国办发〔2018〕118号, added after the others: the shorter constructor leaves them 0).
 * <p>
 * A period is the values an {@link AgencyTally} counted: {@code AgencyTally.of(agency, name, from, to)
 * .addReports(reports).cases(40, 2)…toPeriod()}. Tallies of parts of the period (per thread, per shard of the
 * reports) {@link AgencyTally#combine combine} into the tally of the whole, so a distributed count and a count in one
 * pass give equal periods. The canonical constructor checks the same invariants, for periods read from storage.
 * <p>
 * The indicators ({@link #indicators()}) are worked out from the counts: a ratio whose denominator is zero has no
 * data.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agency  the agency, not null
 * @param agencyName  its name, such as 某县市场监督管理局, one line without surrounding spaces, not blank
 * @param from  the first day of the period, not null
 * @param to  the last day of the period, not before {@code from}, not null
 * @param filesReviewed  the number of case files reviewed (评查案卷数), not negative
 * @param filesPassed  the number of reviewed files graded 合格 or 优秀, 0 to {@code filesReviewed}
 * @param filePoints  the sum of the reviewed files' totals, 0 to {@code fileMaxPoints}
 * @param fileMaxPoints  the sum of their standards' totals, not negative
 * @param cases  the number of cases handled (办理案件数), not negative
 * @param overdueCases  the number of cases in which a time limit was missed (超期案件数), 0 to {@code cases}
 * @param legalityReviewsRequired  the number of decisions that needed legality review (应当法制审核的决定数), not
 *        negative
 * @param legalityReviewsDone  the number of those reviewed before they were made (已法制审核数), 0 to
 *        {@code legalityReviewsRequired}
 * @param reconsiderations  the reconsiderations by outcome, each count positive, not null
 * @param lawsuits  the lawsuits by outcome, each count positive, not null
 * @param complaints  the number of complaints (投诉举报件数), not negative
 * @param surveyResponses  the number of survey responses (评议卡、问卷回收数), not negative
 * @param satisfiedResponses  the number of satisfied responses (满意数), 0 to {@code surveyResponses}
 * @param bonusClaims  the bonus claims (加分事项) by bonus item code, each code one line, each count positive, not
 *        null
 * @param perfunctory  whether the assessing body found the agency 消极应付 (perfunctory) in implementing the system
 * @param falsified  whether the assessing body found the agency 弄虚作假 (falsifying)
 * @param severe  whether the assessing body found the case 情况严重 (such as a rectification not done in time,
 *        河南省行政执法条例 Art 44)
 * @param decisionsToPublish  the number of decisions whose publication has come to be judged (应当公示并已到期或者已
 *        公示的执法决定数, see {@link Indicator#PUBLICATION_ON_TIME_RATE}), not negative
 * @param decisionsPublishedOnTime  the number of those published on time (按期公示数), 0 to
 *        {@code decisionsToPublish}
 * @param recordedSteps  the number of step performances that had to leave a record and state which records were
 *        made (应当记录并载明记录情况的执法环节数, see {@link Indicator#RECORDING_COMPLETENESS_RATE}), not negative
 * @param completelyRecordedSteps  the number of those whose records meet every requirement (记录完整数), 0 to
 *        {@code recordedSteps}
 */
public record AgencyPeriod(AgencyId agency, String agencyName, LocalDate from, LocalDate to, long filesReviewed,
        long filesPassed, long filePoints, long fileMaxPoints, long cases, long overdueCases,
        long legalityReviewsRequired, long legalityReviewsDone, Map<ReconsiderationOutcome, Long> reconsiderations,
        Map<LitigationOutcome, Long> lawsuits, long complaints, long surveyResponses, long satisfiedResponses,
        Map<String, Long> bonusClaims, boolean perfunctory, boolean falsified, boolean severe,
        long decisionsToPublish, long decisionsPublishedOnTime, long recordedSteps, long completelyRecordedSteps) {

    /**
     * Creates a period from its values, such as one read from storage; {@link AgencyTally} counts them.
     *
     * @param agency  the agency, not null
     * @param agencyName  its name, such as 某县市场监督管理局, one line without surrounding spaces, not blank
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, not before {@code from}, not null
     * @param filesReviewed  the number of case files reviewed (评查案卷数), not negative
     * @param filesPassed  the number of reviewed files graded 合格 or 优秀, 0 to {@code filesReviewed}
     * @param filePoints  the sum of the reviewed files' totals, 0 to {@code fileMaxPoints}
     * @param fileMaxPoints  the sum of their standards' totals, not negative
     * @param cases  the number of cases handled (办理案件数), not negative
     * @param overdueCases  the number of cases in which a time limit was missed (超期案件数), 0 to {@code cases}
     * @param legalityReviewsRequired  the number of decisions that needed legality review (应当法制审核的决定数), not negative
     * @param legalityReviewsDone  the number of those reviewed before they were made (已法制审核数), 0 to {@code
     *         legalityReviewsRequired}
     * @param reconsiderations  the reconsiderations by outcome, each count positive, not null
     * @param lawsuits  the lawsuits by outcome, each count positive, not null
     * @param complaints  the number of complaints (投诉举报件数), not negative
     * @param surveyResponses  the number of survey responses (评议卡、问卷回收数), not negative
     * @param satisfiedResponses  the number of satisfied responses (满意数), 0 to {@code surveyResponses}
     * @param bonusClaims  the bonus claims (加分事项) by bonus item code, each code one line, each count positive, not null
     * @param perfunctory  whether the assessing body found the agency 消极应付 (perfunctory) in implementing the system
     * @param falsified  whether the assessing body found the agency 弄虚作假 (falsifying)
     * @param severe  whether the assessing body found the case 情况严重 (such as a rectification not done in time,
     *         河南省行政执法条例 Art 44)
     * @param decisionsToPublish  the number of decisions whose publication has come to be judged (应当公示并已到期或者已 公示的执法决定数,
     *         see {@link Indicator#PUBLICATION_ON_TIME_RATE}), not negative
     * @param decisionsPublishedOnTime  the number of those published on time (按期公示数), 0 to {@code decisionsToPublish}
     * @param recordedSteps  the number of step performances that had to leave a record and state which records were
     *         made (应当记录并载明记录情况的执法环节数, see {@link Indicator#RECORDING_COMPLETENESS_RATE}), not negative
     * @param completelyRecordedSteps  the number of those whose records meet every requirement (记录完整数), 0 to {@code
     *         recordedSteps}
     * @throws IllegalArgumentException if the name is blank, has a control character or surrounding spaces, the
     *         period ends before it starts, a count is negative or larger than the count it is part of, or a claim
     *         or outcome count is not positive; the message names the agency and the field
     */
    public AgencyPeriod {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Texts.checkLine("Agency period " + agency + ": agencyName", agencyName);
        checkArgument(!to.isBefore(from), "Agency period %s: the period must not end (%s) before it starts (%s)",
                agency, to, from);
        check(agency, "filesReviewed", filesReviewed, 0, Long.MAX_VALUE);
        check(agency, "filesPassed", filesPassed, 0, filesReviewed);
        check(agency, "fileMaxPoints", fileMaxPoints, 0, Long.MAX_VALUE);
        check(agency, "filePoints", filePoints, 0, fileMaxPoints);
        check(agency, "cases", cases, 0, Long.MAX_VALUE);
        check(agency, "overdueCases", overdueCases, 0, cases);
        check(agency, "legalityReviewsRequired", legalityReviewsRequired, 0, Long.MAX_VALUE);
        check(agency, "legalityReviewsDone", legalityReviewsDone, 0, legalityReviewsRequired);
        check(agency, "complaints", complaints, 0, Long.MAX_VALUE);
        check(agency, "surveyResponses", surveyResponses, 0, Long.MAX_VALUE);
        check(agency, "satisfiedResponses", satisfiedResponses, 0, surveyResponses);
        check(agency, "decisionsToPublish", decisionsToPublish, 0, Long.MAX_VALUE);
        check(agency, "decisionsPublishedOnTime", decisionsPublishedOnTime, 0, decisionsToPublish);
        check(agency, "recordedSteps", recordedSteps, 0, Long.MAX_VALUE);
        check(agency, "completelyRecordedSteps", completelyRecordedSteps, 0, recordedSteps);
        reconsiderations = Maps.immutableEnumMap(positive(agency, "reconsiderations", reconsiderations));
        lawsuits = Maps.immutableEnumMap(positive(agency, "lawsuits", lawsuits));
        bonusClaims = ImmutableSortedMap.copyOf(positive(agency, "bonusClaims", bonusClaims));
        bonusClaims.keySet().forEach(code -> Texts.checkLine("Agency period " + agency + ": bonus code", code));
    }

    /**
     * Creates a period without publication and recording counts (both 0, so their indicators have no data), as
     * periods were before those indicators.
     *
     * @param agency  the agency, not null
     * @param agencyName  its name, such as 某县市场监督管理局, one line without surrounding spaces, not blank
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, not before {@code from}, not null
     * @param filesReviewed  the number of case files reviewed (评查案卷数), not negative
     * @param filesPassed  the number of reviewed files graded 合格 or 优秀, 0 to {@code filesReviewed}
     * @param filePoints  the sum of the reviewed files' totals, 0 to {@code fileMaxPoints}
     * @param fileMaxPoints  the sum of their standards' totals, not negative
     * @param cases  the number of cases handled (办理案件数), not negative
     * @param overdueCases  the number of cases in which a time limit was missed (超期案件数), 0 to {@code cases}
     * @param legalityReviewsRequired  the number of decisions that needed legality review (应当法制审核的决定数), not negative
     * @param legalityReviewsDone  the number of those reviewed before they were made (已法制审核数), 0 to {@code
     *         legalityReviewsRequired}
     * @param reconsiderations  the reconsiderations by outcome, each count positive, not null
     * @param lawsuits  the lawsuits by outcome, each count positive, not null
     * @param complaints  the number of complaints (投诉举报件数), not negative
     * @param surveyResponses  the number of survey responses (评议卡、问卷回收数), not negative
     * @param satisfiedResponses  the number of satisfied responses (满意数), 0 to {@code surveyResponses}
     * @param bonusClaims  the bonus claims (加分事项) by bonus item code, each code one line, each count positive, not null
     * @param perfunctory  whether the assessing body found the agency 消极应付 (perfunctory) in implementing the system
     * @param falsified  whether the assessing body found the agency 弄虚作假 (falsifying)
     * @param severe  whether the assessing body found the case 情况严重 (such as a rectification not done in time,
     *         河南省行政执法条例 Art 44)
     * @throws IllegalArgumentException as the canonical constructor
     */
    public AgencyPeriod(AgencyId agency, String agencyName, LocalDate from, LocalDate to, long filesReviewed,
            long filesPassed, long filePoints, long fileMaxPoints, long cases, long overdueCases,
            long legalityReviewsRequired, long legalityReviewsDone, Map<ReconsiderationOutcome, Long> reconsiderations,
            Map<LitigationOutcome, Long> lawsuits, long complaints, long surveyResponses, long satisfiedResponses,
            Map<String, Long> bonusClaims, boolean perfunctory, boolean falsified, boolean severe) {
        this(agency, agencyName, from, to, filesReviewed, filesPassed, filePoints, fileMaxPoints, cases, overdueCases,
                legalityReviewsRequired, legalityReviewsDone, reconsiderations, lawsuits, complaints, surveyResponses,
                satisfiedResponses, bonusClaims, perfunctory, falsified, severe, 0, 0, 0, 0);
    }

    /** Checks a count; the message names the agency, the field, the range and the value. */
    static void check(AgencyId agency, String field, long value, long min, long max) {
        checkArgument(value >= min && value <= max, "Agency period %s: %s must be %s, but was %s", agency, field,
                max == Long.MAX_VALUE ? "at least " + min : min + " to " + max, value);
    }

    private static <K> Map<K, Long> positive(AgencyId agency, String field, Map<K, Long> counts) {
        Objects.requireNonNull(counts, field);
        counts.forEach((key, count) -> {
            Objects.requireNonNull(key, field + " key");
            Objects.requireNonNull(count, field + " count");
            check(agency, field + " " + key, count, 1, Long.MAX_VALUE);
        });
        return counts;
    }

    /**
     * Returns every indicator's value, in enum order; indicators whose denominator is zero have no data.
     *
     * @return the values, not null
     */
    public Map<Indicator, IndicatorValue> indicators() {
        EnumMap<Indicator, IndicatorValue> map = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            map.put(indicator, indicator(indicator));
        }
        return Maps.immutableEnumMap(map);
    }

    /**
     * Returns one indicator's value.
     *
     * @param indicator  the indicator, not null
     * @return the value, possibly no data, not null
     */
    public IndicatorValue indicator(Indicator indicator) {
        switch (Objects.requireNonNull(indicator, "indicator")) {
            case CASE_FILE_PASS_RATE:
                return IndicatorValue.ratioOrNoData(indicator, filesPassed, filesReviewed);
            case CASE_FILE_AVERAGE_SCORE:
                return IndicatorValue.ratioOrNoData(indicator, filePoints, fileMaxPoints);
            case OVERDUE_RATE:
                return IndicatorValue.ratioOrNoData(indicator, overdueCases, cases);
            case LEGALITY_REVIEW_COVERAGE:
                return IndicatorValue.ratioOrNoData(indicator, legalityReviewsDone, legalityReviewsRequired);
            case RECONSIDERATION_CORRECTION_RATE:
                return ratio(indicator, reconsiderations, ReconsiderationOutcome::corrects,
                        ReconsiderationOutcome::isDecision);
            case LITIGATION_LOSS_RATE:
                return ratio(indicator, lawsuits, LitigationOutcome::isLoss, LitigationOutcome::isJudgment);
            case COMPLAINT_COUNT:
                return IndicatorValue.count(indicator, complaints);
            case COMPLAINTS_PER_100_CASES:
                return IndicatorValue.ratioOrNoData(indicator, complaints, cases);
            case SATISFACTION_RATE:
                return IndicatorValue.ratioOrNoData(indicator, satisfiedResponses, surveyResponses);
            case PUBLICATION_ON_TIME_RATE:
                return IndicatorValue.ratioOrNoData(indicator, decisionsPublishedOnTime, decisionsToPublish);
            case RECORDING_COMPLETENESS_RATE:
                return IndicatorValue.ratioOrNoData(indicator, completelyRecordedSteps, recordedSteps);
            default:
                throw new AssertionError(indicator);
        }
    }

    /** The ratio of the outcomes counted as {@code part} to those counted as {@code whole}. */
    private static <K> IndicatorValue ratio(Indicator indicator, Map<K, Long> outcomes, Predicate<K> part,
            Predicate<K> whole) {
        long parts = 0;
        long wholes = 0;
        for (Map.Entry<K, Long> e : outcomes.entrySet()) {
            parts += part.test(e.getKey()) ? e.getValue() : 0;
            wholes += whole.test(e.getKey()) ? e.getValue() : 0;
        }
        return IndicatorValue.ratioOrNoData(indicator, parts, wholes);
    }

    /**
     * Returns the agency and period, as reports cite them.
     *
     * @return the citation, such as "某县市场监督管理局（COUNTY-SAMR，2026-01-01至2026-12-31）", not null
     */
    public String citation() {
        return agencyName + "（" + agency + "，" + from + "至" + to + "）";
    }

    @Override
    public String toString() {
        return "AgencyPeriod[" + citation() + ", " + indicators().values() + "]";
    }
}
