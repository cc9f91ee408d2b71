package io.github.quanze.assessment;

import io.github.quanze.review.ReviewReport;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ViolationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one agency did in an assessment period (考核期内的执法情况), the input of agency assessment: its reviewed case
 * files, its cases and those that ran over a time limit, the decisions that needed legality review and got it, how
 * reconsiderations and lawsuits against its acts ended, complaints, survey responses, bonus claims, and the
 * assessing body's findings of 消极应付, 弄虚作假 or 情况严重.
 * <p>
 * Everything is held as counts, so that a period built from a million review reports costs a few longs:
 * {@link Builder#addReport} folds a report into the counts in constant time and keeps nothing else, the result
 * does not depend on the order in which reports or cases are added, and periods folded apart (on several threads,
 * or per shard) combine with {@link Builder#addAll(AgencyPeriod)}. Overdue cases are counted by the caller, or from replayed case
 * states with {@link Builder#addCase(CaseState)} (a case is overdue if its replay found a
 * {@link ViolationKind#MISSED_DEADLINE}).
 * <p>
 * A period takes only its own agency's case files: a review report of another agency's case is rejected, as is one
 * reviewed outside the period. A replayed case state does not name its agency, so {@link Builder#addCase} cannot
 * check it; the caller adds the agency's own cases.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AgencyPeriod {

    private final AgencyId agency;
    private final String agencyName;
    private final LocalDate from;
    private final LocalDate to;
    private final long filesReviewed;
    private final long filesPassed;
    private final long filePoints;
    private final long fileMaxPoints;
    private final long cases;
    private final long overdueCases;
    private final long reviewRequired;
    private final long reviewed;
    private final Map<ReconsiderationOutcome, Long> reconsiderations;
    private final Map<LitigationOutcome, Long> lawsuits;
    private final long complaints;
    private final long responses;
    private final long satisfied;
    private final Map<String, Long> bonusClaims;
    private final boolean perfunctory;
    private final boolean falsified;
    private final boolean severe;
    private final Map<Indicator, IndicatorValue> indicators;

    private AgencyPeriod(Builder b) {
        this.agency = b.agency;
        this.agencyName = b.agencyName;
        this.from = b.from;
        this.to = b.to;
        this.filesReviewed = b.filesReviewed;
        this.filesPassed = b.filesPassed;
        this.filePoints = b.filePoints;
        this.fileMaxPoints = b.fileMaxPoints;
        this.cases = b.cases;
        this.overdueCases = b.overdueCases;
        this.reviewRequired = b.reviewRequired;
        this.reviewed = b.reviewed;
        this.reconsiderations = Maps.immutableEnumMap(b.reconsiderations);
        this.lawsuits = Maps.immutableEnumMap(b.lawsuits);
        this.complaints = b.complaints;
        this.responses = b.responses;
        this.satisfied = b.satisfied;
        this.bonusClaims = ImmutableSortedMap.copyOf(b.bonusClaims);
        this.perfunctory = b.perfunctory;
        this.falsified = b.falsified;
        this.severe = b.severe;
        this.indicators = computeIndicators();
    }

    /**
     * Starts the period of an agency.
     *
     * @param agency  the agency, not null
     * @param agencyName  its name, such as 某县市场监督管理局, one line without surrounding spaces, not blank
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, not before {@code from}, not null
     * @return the builder, not null
     * @throws IllegalArgumentException if the name is blank, has a control character or surrounding spaces, or the
     *         period ends before it starts
     */
    public static Builder builder(AgencyId agency, String agencyName, LocalDate from, LocalDate to) {
        return new Builder(agency, agencyName, from, to);
    }

    private Map<Indicator, IndicatorValue> computeIndicators() {
        EnumMap<Indicator, IndicatorValue> map = new EnumMap<>(Indicator.class);
        map.put(Indicator.CASE_FILE_PASS_RATE, IndicatorValue.ratioOrNoData(Indicator.CASE_FILE_PASS_RATE,
                filesPassed, filesReviewed));
        map.put(Indicator.CASE_FILE_AVERAGE_SCORE, IndicatorValue.ratioOrNoData(Indicator.CASE_FILE_AVERAGE_SCORE,
                filePoints, fileMaxPoints));
        map.put(Indicator.OVERDUE_RATE, IndicatorValue.ratioOrNoData(Indicator.OVERDUE_RATE, overdueCases, cases));
        map.put(Indicator.LEGALITY_REVIEW_COVERAGE, IndicatorValue.ratioOrNoData(Indicator.LEGALITY_REVIEW_COVERAGE,
                reviewed, reviewRequired));
        long decided = 0;
        long corrected = 0;
        for (Map.Entry<ReconsiderationOutcome, Long> e : reconsiderations.entrySet()) {
            decided += e.getKey().isDecision() ? e.getValue() : 0;
            corrected += e.getKey().corrects() ? e.getValue() : 0;
        }
        map.put(Indicator.RECONSIDERATION_CORRECTION_RATE,
                IndicatorValue.ratioOrNoData(Indicator.RECONSIDERATION_CORRECTION_RATE, corrected, decided));
        long judged = 0;
        long lost = 0;
        for (Map.Entry<LitigationOutcome, Long> e : lawsuits.entrySet()) {
            judged += e.getKey().isJudgment() ? e.getValue() : 0;
            lost += e.getKey().isLoss() ? e.getValue() : 0;
        }
        map.put(Indicator.LITIGATION_LOSS_RATE, IndicatorValue.ratioOrNoData(Indicator.LITIGATION_LOSS_RATE, lost,
                judged));
        map.put(Indicator.COMPLAINT_COUNT, IndicatorValue.count(Indicator.COMPLAINT_COUNT, complaints));
        map.put(Indicator.COMPLAINTS_PER_100_CASES, IndicatorValue.ratioOrNoData(Indicator.COMPLAINTS_PER_100_CASES,
                complaints, cases));
        map.put(Indicator.SATISFACTION_RATE, IndicatorValue.ratioOrNoData(Indicator.SATISFACTION_RATE, satisfied,
                responses));
        return Maps.immutableEnumMap(map);
    }

    /** @return the agency, not null */
    public AgencyId agency() {
        return agency;
    }

    /** @return the agency's name, not null */
    public String agencyName() {
        return agencyName;
    }

    /** @return the first day of the period, not null */
    public LocalDate from() {
        return from;
    }

    /** @return the last day of the period, not null */
    public LocalDate to() {
        return to;
    }

    /** @return the number of case files reviewed (评查案卷数) */
    public long filesReviewed() {
        return filesReviewed;
    }

    /** @return the number of reviewed files graded 合格 or 优秀 */
    public long filesPassed() {
        return filesPassed;
    }

    /** @return the number of cases handled (办理案件数) */
    public long cases() {
        return cases;
    }

    /** @return the number of cases in which a time limit was missed (超期案件数) */
    public long overdueCases() {
        return overdueCases;
    }

    /** @return the number of decisions that needed legality review (应当法制审核的决定数) */
    public long legalityReviewsRequired() {
        return reviewRequired;
    }

    /** @return the number of those decisions reviewed before they were made (已法制审核数) */
    public long legalityReviewsDone() {
        return reviewed;
    }

    /** @return the reconsiderations by outcome, only outcomes with a count, in enum order, not null */
    public Map<ReconsiderationOutcome, Long> reconsiderations() {
        return reconsiderations;
    }

    /** @return the lawsuits by outcome, only outcomes with a count, in enum order, not null */
    public Map<LitigationOutcome, Long> lawsuits() {
        return lawsuits;
    }

    /** @return the number of complaints (投诉举报件数) */
    public long complaints() {
        return complaints;
    }

    /** @return the number of survey responses (评议卡、问卷回收数) */
    public long surveyResponses() {
        return responses;
    }

    /** @return the number of satisfied responses (满意数) */
    public long satisfiedResponses() {
        return satisfied;
    }

    /** @return the bonus claims (加分事项) by bonus item code, with how many times each applies, not null */
    public Map<String, Long> bonusClaims() {
        return bonusClaims;
    }

    /** @return whether the assessing body found the agency 消极应付 (perfunctory) in implementing the system */
    public boolean isPerfunctory() {
        return perfunctory;
    }

    /** @return whether the assessing body found the agency 弄虚作假 (falsifying) */
    public boolean isFalsified() {
        return falsified;
    }

    /**
     * Checks whether the assessing body found the case 情况严重 (such as a rectification not done in time, 河南省行政
     * 执法条例 Art 44).
     *
     * @return true if found serious
     */
    public boolean isSevere() {
        return severe;
    }

    /**
     * Returns every indicator's value, in enum order; indicators whose denominator is zero have no data.
     *
     * @return the values, not null
     */
    public Map<Indicator, IndicatorValue> indicators() {
        return indicators;
    }

    /**
     * Returns one indicator's value.
     *
     * @param indicator  the indicator, not null
     * @return the value, possibly no data, not null
     */
    public IndicatorValue indicator(Indicator indicator) {
        return indicators.get(Objects.requireNonNull(indicator, "indicator"));
    }

    /** @return the agency and period, such as "某县市场监督管理局（COUNTY-SAMR，2026-01-01至2026-12-31）" */
    public String citation() {
        return agencyName + "（" + agency + "，" + from + "至" + to + "）";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AgencyPeriod p && agency.equals(p.agency) && agencyName.equals(p.agencyName)
                && from.equals(p.from) && to.equals(p.to) && filesReviewed == p.filesReviewed
                && filesPassed == p.filesPassed && filePoints == p.filePoints && fileMaxPoints == p.fileMaxPoints
                && cases == p.cases && overdueCases == p.overdueCases && reviewRequired == p.reviewRequired
                && reviewed == p.reviewed && reconsiderations.equals(p.reconsiderations)
                && lawsuits.equals(p.lawsuits) && complaints == p.complaints && responses == p.responses
                && satisfied == p.satisfied && bonusClaims.equals(p.bonusClaims) && perfunctory == p.perfunctory
                && falsified == p.falsified && severe == p.severe;
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, from, to, filesReviewed, filesPassed, filePoints, cases, overdueCases,
                reconsiderations, lawsuits, complaints, responses, satisfied);
    }

    @Override
    public String toString() {
        return "AgencyPeriod[" + citation() + ", " + indicators.values() + "]";
    }

    /**
     * Builds an {@link AgencyPeriod}; every adder adds to the counts already there. Not thread-safe.
     */
    public static final class Builder {
        private final AgencyId agency;
        private final String agencyName;
        private final LocalDate from;
        private final LocalDate to;
        private long filesReviewed;
        private long filesPassed;
        private long filePoints;
        private long fileMaxPoints;
        private long cases;
        private long overdueCases;
        private long reviewRequired;
        private long reviewed;
        private final EnumMap<ReconsiderationOutcome, Long> reconsiderations =
                new EnumMap<>(ReconsiderationOutcome.class);
        private final EnumMap<LitigationOutcome, Long> lawsuits = new EnumMap<>(LitigationOutcome.class);
        private long complaints;
        private long responses;
        private long satisfied;
        private final Map<String, Long> bonusClaims = new TreeMap<>();
        private boolean perfunctory;
        private boolean falsified;
        private boolean severe;

        private Builder(AgencyId agency, String agencyName, LocalDate from, LocalDate to) {
            this.agency = Objects.requireNonNull(agency, "agency");
            this.agencyName = Objects.requireNonNull(agencyName, "agencyName");
            this.from = Objects.requireNonNull(from, "from");
            this.to = Objects.requireNonNull(to, "to");
            Texts.checkLine("Agency period " + agency + ": agencyName", agencyName);
            checkArgument(!to.isBefore(from), "Agency period %s: the period must not end (%s) before it starts (%s)",
                    agency, to, from);
        }

        /**
         * Adds a reviewed case file: one file, passed unless graded 不合格, with its total out of its standard's.
         * Constant time; the report is not kept.
         *
         * @param report  the review report of a case file of this period's agency, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the file is another agency's or was reviewed outside the period; the
         *         message names the case and both agencies, or the dates; the builder is unchanged
         */
        public Builder addReport(ReviewReport report) {
            check(report);
            filesReviewed++;
            filesPassed += report.passed() ? 1 : 0;
            filePoints += report.total();
            fileMaxPoints += report.standard().total();
            return this;
        }

        /**
         * Adds reviewed case files, as {@link #addReport} each; all or none: a null report, or one of another agency
         * or reviewed outside the period, leaves the builder unchanged.
         *
         * @param reports  the review reports, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if a file is another agency's or was reviewed outside the period
         */
        public Builder addReports(Iterable<ReviewReport> reports) {
            List<ReviewReport> all = new ArrayList<>();
            Objects.requireNonNull(reports, "reports").forEach(r -> all.add(Objects.requireNonNull(r, "report")));
            all.forEach(this::check);
            all.forEach(this::addReport);
            return this;
        }

        private void check(ReviewReport report) {
            Objects.requireNonNull(report, "report");
            checkArgument(report.agency().equals(agency), "Agency period of %s cannot take the review of case %s, "
                    + "a case file of agency %s", agency, Texts.quoted(report.caseId()), report.agency());
            checkArgument(!report.date().isBefore(from) && !report.date().isAfter(to), "Agency %s: the review of case "
                    + "%s on %s is outside the period %s to %s", agency, Texts.quoted(report.caseId()), report.date(),
                    from, to);
        }

        /**
         * Adds reviewed case files already counted elsewhere (such as by a database query).
         *
         * @param reviewed  the files reviewed, not negative
         * @param passed  those graded 合格 or 优秀, 0 to {@code reviewed}
         * @param points  the sum of their totals, not negative
         * @param maxPoints  the sum of their standards' totals, 100 per file with the default standard, at least
         *        {@code points}
         * @return this builder, not null
         * @throws IllegalArgumentException if a count is negative or out of range; the message names it
         */
        public Builder caseFiles(long reviewed, long passed, long points, long maxPoints) {
            check("filesReviewed", reviewed, 0, Long.MAX_VALUE);
            check("filesPassed", passed, 0, reviewed);
            check("filePoints", points, 0, maxPoints);
            filesReviewed += reviewed;
            filesPassed += passed;
            filePoints += points;
            fileMaxPoints += maxPoints;
            return this;
        }

        /**
         * Adds every count, bonus claim and finding of another period of the same agency and dates, such as one
         * aggregated on another thread or from another shard of the reports; a finding (消极应付, 弄虚作假, 情况严重)
         * made in either holds.
         *
         * @param other  the other period, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the other period is of another agency or other dates
         */
        public Builder addAll(AgencyPeriod other) {
            Objects.requireNonNull(other, "other");
            checkArgument(other.agency.equals(agency) && other.from.equals(from) && other.to.equals(to),
                    "Agency period %s (%s to %s) cannot add the period of %s (%s to %s)", agency, from, to,
                    other.agency, other.from, other.to);
            filesReviewed += other.filesReviewed;
            filesPassed += other.filesPassed;
            filePoints += other.filePoints;
            fileMaxPoints += other.fileMaxPoints;
            cases += other.cases;
            overdueCases += other.overdueCases;
            reviewRequired += other.reviewRequired;
            reviewed += other.reviewed;
            other.reconsiderations.forEach(this::reconsiderations);
            other.lawsuits.forEach(this::lawsuits);
            complaints += other.complaints;
            responses += other.responses;
            satisfied += other.satisfied;
            other.bonusClaims.forEach(this::bonus);
            perfunctory |= other.perfunctory;
            falsified |= other.falsified;
            severe |= other.severe;
            return this;
        }

        /**
         * Adds cases handled and those among them that ran over a time limit.
         *
         * @param handled  the cases, not negative
         * @param overdue  the overdue cases, 0 to {@code handled}
         * @return this builder, not null
         * @throws IllegalArgumentException if a count is out of range; the message names it
         */
        public Builder cases(long handled, long overdue) {
            check("cases", handled, 0, Long.MAX_VALUE);
            check("overdueCases", overdue, 0, handled);
            cases += handled;
            overdueCases += overdue;
            return this;
        }

        /**
         * Adds one case from its replayed state: overdue if the replay found a missed deadline.
         *
         * @param state  the case state, not null
         * @return this builder, not null
         */
        public Builder addCase(CaseState state) {
            Objects.requireNonNull(state, "state");
            return cases(1, state.violations(ViolationKind.MISSED_DEADLINE).isEmpty() ? 0 : 1);
        }

        /**
         * Adds decisions that needed legality review (行政处罚法 Art 58) and those that had it.
         *
         * @param required  the decisions that needed it, not negative
         * @param done  those reviewed, 0 to {@code required}
         * @return this builder, not null
         * @throws IllegalArgumentException if a count is out of range; the message names it
         */
        public Builder legalityReviews(long required, long done) {
            check("legalityReviewsRequired", required, 0, Long.MAX_VALUE);
            check("legalityReviewsDone", done, 0, required);
            reviewRequired += required;
            reviewed += done;
            return this;
        }

        /**
         * Adds reconsiderations that ended one way.
         *
         * @param outcome  the outcome, not null
         * @param count  how many, not negative
         * @return this builder, not null
         * @throws IllegalArgumentException if the count is negative
         */
        public Builder reconsiderations(ReconsiderationOutcome outcome, long count) {
            Objects.requireNonNull(outcome, "outcome");
            check("reconsiderations " + outcome, count, 0, Long.MAX_VALUE);
            if (count > 0) {
                reconsiderations.merge(outcome, count, Long::sum);
            }
            return this;
        }

        /**
         * Adds lawsuits that ended one way.
         *
         * @param outcome  the outcome, not null
         * @param count  how many, not negative
         * @return this builder, not null
         * @throws IllegalArgumentException if the count is negative
         */
        public Builder lawsuits(LitigationOutcome outcome, long count) {
            Objects.requireNonNull(outcome, "outcome");
            check("lawsuits " + outcome, count, 0, Long.MAX_VALUE);
            if (count > 0) {
                lawsuits.merge(outcome, count, Long::sum);
            }
            return this;
        }

        /**
         * Adds complaints (投诉举报).
         *
         * @param count  how many, not negative
         * @return this builder, not null
         * @throws IllegalArgumentException if the count is negative
         */
        public Builder complaints(long count) {
            check("complaints", count, 0, Long.MAX_VALUE);
            complaints += count;
            return this;
        }

        /**
         * Adds survey responses (评议卡、问卷) and the satisfied ones among them.
         *
         * @param responses  the responses, not negative
         * @param satisfied  the satisfied responses, 0 to {@code responses}
         * @return this builder, not null
         * @throws IllegalArgumentException if a count is out of range; the message names it
         */
        public Builder survey(long responses, long satisfied) {
            check("surveyResponses", responses, 0, Long.MAX_VALUE);
            check("satisfiedResponses", satisfied, 0, responses);
            this.responses += responses;
            this.satisfied += satisfied;
            return this;
        }

        /**
         * Claims a bonus item (加分事项) of the assessment scheme a number of times; the scheme checks the code.
         *
         * @param code  the bonus item's code, one line without surrounding spaces, not blank
         * @param times  how many times it applies, at least 1
         * @return this builder, not null
         * @throws IllegalArgumentException if the code is blank, has a control character or surrounding spaces, or
         *         the count is less than 1
         */
        public Builder bonus(String code, long times) {
            Objects.requireNonNull(code, "code");
            Texts.checkLine("Agency period " + agency + ": bonus code", code);
            check("bonus " + Texts.quoted(code), times, 1, Long.MAX_VALUE);
            bonusClaims.merge(code, times, Long::sum);
            return this;
        }

        /**
         * Records the assessing body's finding that the agency was perfunctory (消极应付) in implementing the
         * responsibility system (国办发〔2005〕37号).
         *
         * @param found  whether found
         * @return this builder, not null
         */
        public Builder perfunctory(boolean found) {
            this.perfunctory = found;
            return this;
        }

        /**
         * Records the assessing body's finding that the agency falsified (弄虚作假) (国办发〔2005〕37号).
         *
         * @param found  whether found
         * @return this builder, not null
         */
        public Builder falsified(boolean found) {
            this.falsified = found;
            return this;
        }

        /**
         * Records the assessing body's finding that the case is serious (情况严重, 国办发〔2005〕37号), such as a
         * rectification not done in time (逾期不改正, 河南省行政执法条例 Art 44).
         *
         * @param found  whether found
         * @return this builder, not null
         */
        public Builder severe(boolean found) {
            this.severe = found;
            return this;
        }

        /**
         * Builds the period.
         *
         * @return the period, not null
         */
        public AgencyPeriod build() {
            return new AgencyPeriod(this);
        }

        private void check(String field, long value, long min, long max) {
            checkArgument(value >= min && value <= max, "Agency period %s: %s must be %s, but was %s", agency, field,
                    max == Long.MAX_VALUE ? "at least " + min : min + " to " + max, value);
        }
    }
}
