package io.github.quanze.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.review.ReviewReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The running count of an agency's assessment period (考核期执法情况统计): reviewed case files, cases, legality
 * reviews, reconsiderations, lawsuits, complaints, survey responses, bonus claims, the assessing body's findings, and
 * the decisions published on time and the steps fully recorded (国办发〔2018〕118号), turned into an {@link AgencyPeriod} by {@link #toPeriod()}.
 * <p>
 * Like {@link java.util.IntSummaryStatistics}, a tally is a mutable accumulator that merges: every adder adds to the
 * counts (a finding once recorded holds), and {@link #combine} adds another tally of the same agency and period.
 * Addition is associative and commutative, so tallies of parts of the period — per thread, per shard of the reports,
 * per month — combined in any grouping and order equal the tally of the whole in one pass, and give the same period.
 * <pre>{@code
 * AgencyPeriod period = reports.parallelStream().collect(
 *         () -> AgencyTally.of(agency, "某县市场监督管理局", from, to),
 *         AgencyTally::addReport, AgencyTally::combine)
 *     .cases(40, 2).legalityReviews(8, 8).toPeriod();
 * }</pre>
 * <p>
 * Everything is held as counts, so a tally of a million review reports costs a few longs: {@link #addReport} folds a
 * report in constant time and keeps nothing else. Overdue cases are counted by the caller, or from replayed case
 * states with {@link #addCase(CaseState)} (a case is overdue if its replay found a
 * {@link ViolationKind#MISSED_DEADLINE}); with the case record besides, {@link #addCase(CaseRecord, CaseState)} also
 * counts its publication and its records.
 * <p>
 * A tally takes only its own agency's case files: a review report of another agency's case is rejected, as is one
 * reviewed outside the period. A replayed case state does not name its agency, so {@link #addCase} cannot check it;
 * the caller adds the agency's own cases. A count that would pass {@link Long#MAX_VALUE} is rejected. A call that
 * throws leaves the tally unchanged.
 * <p>
 * This class is not thread-safe: give each thread its own tally and combine them.
 */
public final class AgencyTally {

    private static final String[] NAMES = {"filesReviewed", "filesPassed", "filePoints", "fileMaxPoints", "cases",
        "overdueCases", "legalityReviewsRequired", "legalityReviewsDone", "complaints", "surveyResponses",
        "satisfiedResponses", "decisionsToPublish", "decisionsPublishedOnTime", "recordedSteps",
        "completelyRecordedSteps"};
    private static final int FILES_REVIEWED = 0;
    private static final int FILES_PASSED = 1;
    private static final int FILE_POINTS = 2;
    private static final int FILE_MAX_POINTS = 3;
    private static final int CASES = 4;
    private static final int OVERDUE_CASES = 5;
    private static final int REVIEWS_REQUIRED = 6;
    private static final int REVIEWS_DONE = 7;
    private static final int COMPLAINTS = 8;
    private static final int RESPONSES = 9;
    private static final int SATISFIED = 10;
    private static final int TO_PUBLISH = 11;
    private static final int PUBLISHED_ON_TIME = 12;
    private static final int RECORDED_STEPS = 13;
    private static final int COMPLETELY_RECORDED = 14;

    private final AgencyId agency;
    private final String agencyName;
    private final LocalDate from;
    private final LocalDate to;
    private long[] counts = new long[NAMES.length];
    private EnumMap<ReconsiderationOutcome, Long> reconsiderations = new EnumMap<>(ReconsiderationOutcome.class);
    private EnumMap<LitigationOutcome, Long> lawsuits = new EnumMap<>(LitigationOutcome.class);
    private TreeMap<String, Long> bonusClaims = new TreeMap<>();
    private boolean perfunctory;
    private boolean falsified;
    private boolean severe;

    private AgencyTally(AgencyId agency, String agencyName, LocalDate from, LocalDate to) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.agencyName = Objects.requireNonNull(agencyName, "agencyName");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        Texts.checkLine("Agency period " + agency + ": agencyName", agencyName);
        checkArgument(!to.isBefore(from), "Agency period %s: the period must not end (%s) before it starts (%s)",
                agency, to, from);
    }

    /**
     * Starts the tally of an agency's period, with every count zero and no finding.
     *
     * @param agency  the agency, not null
     * @param agencyName  its name, such as 某县市场监督管理局, one line without surrounding spaces, not blank
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, not before {@code from}, not null
     * @return the empty tally, not null
     * @throws IllegalArgumentException if the name is blank, has a control character or surrounding spaces, or the
     *         period ends before it starts
     */
    public static AgencyTally of(AgencyId agency, String agencyName, LocalDate from, LocalDate to) {
        return new AgencyTally(agency, agencyName, from, to);
    }

    /**
     * Starts a tally holding the values of a period, such as one counted earlier and stored, so that further counts
     * or other tallies can be added to it.
     *
     * @param period  the period, not null
     * @return the tally, not null
     */
    public static AgencyTally from(AgencyPeriod period) {
        Objects.requireNonNull(period, "period");
        AgencyTally tally = new AgencyTally(period.agency(), period.agencyName(), period.from(), period.to());
        tally.counts = new long[] {period.filesReviewed(), period.filesPassed(), period.filePoints(),
            period.fileMaxPoints(), period.cases(), period.overdueCases(), period.legalityReviewsRequired(),
            period.legalityReviewsDone(), period.complaints(), period.surveyResponses(), period.satisfiedResponses(),
            period.decisionsToPublish(), period.decisionsPublishedOnTime(), period.recordedSteps(),
            period.completelyRecordedSteps()};
        tally.reconsiderations.putAll(period.reconsiderations());
        tally.lawsuits.putAll(period.lawsuits());
        tally.bonusClaims.putAll(period.bonusClaims());
        tally.perfunctory = period.perfunctory();
        tally.falsified = period.falsified();
        tally.severe = period.severe();
        return tally;
    }

    /**
     * Adds a reviewed case file: one file, passed unless graded 不合格, with its total out of its standard's.
     * Constant time; the report is not kept.
     *
     * @param report  the review report of a case file of this tally's agency, not null
     * @return this tally, not null
     * @throws IllegalArgumentException if the file is another agency's or was reviewed outside the period; the
     *         message names the case and both agencies, or the dates; the tally is unchanged
     */
    public AgencyTally addReport(ReviewReport report) {
        check(report);
        return addFiles(1, report.passed() ? 1 : 0, report.total(), report.standard().total());
    }

    /**
     * Adds reviewed case files, as {@link #addReport} each; all or none: a null report, or one of another agency
     * or reviewed outside the period, leaves the tally unchanged.
     *
     * @param reports  the review reports, not null
     * @return this tally, not null
     * @throws IllegalArgumentException if a file is another agency's or was reviewed outside the period
     */
    public AgencyTally addReports(Iterable<ReviewReport> reports) {
        List<ReviewReport> all = new ArrayList<>();
        Objects.requireNonNull(reports, "reports").forEach(r -> all.add(Objects.requireNonNull(r, "report")));
        all.forEach(this::check);
        long[] added = new long[4];
        for (ReviewReport r : all) {
            added[0]++;
            added[1] += r.passed() ? 1 : 0;
            added[2] = plus("filePoints", added[2], r.total());
            added[3] = plus("fileMaxPoints", added[3], r.standard().total());
        }
        return addFiles(added[0], added[1], added[2], added[3]);
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
     * @param points  the sum of their totals, 0 to {@code maxPoints}
     * @param maxPoints  the sum of their standards' totals, 100 per file with the default standard
     * @return this tally, not null
     * @throws IllegalArgumentException if a count is negative or out of range, or a total would pass
     *         {@link Long#MAX_VALUE}; the message names it
     */
    public AgencyTally caseFiles(long reviewed, long passed, long points, long maxPoints) {
        AgencyPeriod.check(agency, "filesReviewed", reviewed, 0, Long.MAX_VALUE);
        AgencyPeriod.check(agency, "filesPassed", passed, 0, reviewed);
        AgencyPeriod.check(agency, "filePoints", points, 0, maxPoints);
        return addFiles(reviewed, passed, points, maxPoints);
    }

    /**
     * Adds cases handled and those among them that ran over a time limit.
     *
     * @param handled  the cases, not negative
     * @param overdue  the overdue cases, 0 to {@code handled}
     * @return this tally, not null
     * @throws IllegalArgumentException if a count is out of range or a total would pass {@link Long#MAX_VALUE};
     *         the message names it
     */
    public AgencyTally cases(long handled, long overdue) {
        return addShare(CASES, handled, OVERDUE_CASES, overdue);
    }

    /**
     * Adds one case from its replayed state: overdue if the replay found a missed deadline.
     *
     * @param state  the case state, not null
     * @return this tally, not null
     */
    public AgencyTally addCase(CaseState state) {
        Objects.requireNonNull(state, "state");
        return cases(1, state.violations(ViolationKind.MISSED_DEADLINE).isEmpty() ? 0 : 1);
    }

    /**
     * Adds one case from its record and the state replayed from it ({@code record.replay(asOf)}): as
     * {@link #addCase(CaseState)}, and besides its decision's publication ({@link Indicator#PUBLICATION_ON_TIME_RATE})
     * and the records of its steps ({@link Indicator#RECORDING_COMPLETENESS_RATE}), counted as those indicators
     * define. A case without a publication rule, or whose events do not say which records were made, adds nothing
     * to those counts.
     *
     * @param record  the case record, not null
     * @param state  its state, replayed from it, not null
     * @return this tally, not null
     * @throws IllegalArgumentException if the state is of another case; the tally is unchanged
     */
    public AgencyTally addCase(CaseRecord record, CaseState state) {
        CaseCounts c = CaseCounts.of(record, state);
        long[] before = counts.clone();
        try {
            addCase(state);
            publications(c.toPublish(), c.publishedOnTime());
            return recordedSteps(c.recordedSteps(), c.completelyRecorded());
        } catch (IllegalArgumentException e) {
            counts = before;
            throw e;
        }
    }

    /**
     * Adds decisions whose publication has come to be judged and those among them published on time
     * (国办发〔2018〕118号; see {@link Indicator#PUBLICATION_ON_TIME_RATE}).
     *
     * @param judged  the decisions, not negative
     * @param onTime  those published on time, 0 to {@code judged}
     * @return this tally, not null
     * @throws IllegalArgumentException if a count is out of range or a total would pass {@link Long#MAX_VALUE};
     *         the message names it
     */
    public AgencyTally publications(long judged, long onTime) {
        return addShare(TO_PUBLISH, judged, PUBLISHED_ON_TIME, onTime);
    }

    /**
     * Adds step performances that had to leave a record and state which records were made, and those among them
     * whose records meet every requirement (行政处罚法 Art 47; see {@link Indicator#RECORDING_COMPLETENESS_RATE}).
     *
     * @param stated  the step performances, not negative
     * @param complete  those completely recorded, 0 to {@code stated}
     * @return this tally, not null
     * @throws IllegalArgumentException if a count is out of range or a total would pass {@link Long#MAX_VALUE};
     *         the message names it
     */
    public AgencyTally recordedSteps(long stated, long complete) {
        return addShare(RECORDED_STEPS, stated, COMPLETELY_RECORDED, complete);
    }

    /**
     * Adds decisions that needed legality review (行政处罚法 Art 58) and those that had it.
     *
     * @param required  the decisions that needed it, not negative
     * @param done  those reviewed, 0 to {@code required}
     * @return this tally, not null
     * @throws IllegalArgumentException if a count is out of range or a total would pass {@link Long#MAX_VALUE};
     *         the message names it
     */
    public AgencyTally legalityReviews(long required, long done) {
        return addShare(REVIEWS_REQUIRED, required, REVIEWS_DONE, done);
    }

    /**
     * Adds reconsiderations (行政复议) that ended one way.
     *
     * @param outcome  the outcome, not null
     * @param count  how many, not negative
     * @return this tally, not null
     * @throws IllegalArgumentException if the count is negative or the total would pass {@link Long#MAX_VALUE}
     */
    public AgencyTally reconsiderations(ReconsiderationOutcome outcome, long count) {
        return addTo(reconsiderations, "reconsiderations", Objects.requireNonNull(outcome, "outcome"), count, 0);
    }

    /**
     * Adds lawsuits (行政诉讼) that ended one way.
     *
     * @param outcome  the outcome, not null
     * @param count  how many, not negative
     * @return this tally, not null
     * @throws IllegalArgumentException if the count is negative or the total would pass {@link Long#MAX_VALUE}
     */
    public AgencyTally lawsuits(LitigationOutcome outcome, long count) {
        return addTo(lawsuits, "lawsuits", Objects.requireNonNull(outcome, "outcome"), count, 0);
    }

    /**
     * Adds complaints (投诉举报).
     *
     * @param count  how many, not negative
     * @return this tally, not null
     * @throws IllegalArgumentException if the count is negative or the total would pass {@link Long#MAX_VALUE}
     */
    public AgencyTally complaints(long count) {
        AgencyPeriod.check(agency, "complaints", count, 0, Long.MAX_VALUE);
        counts[COMPLAINTS] = plus(NAMES[COMPLAINTS], counts[COMPLAINTS], count);
        return this;
    }

    /**
     * Adds survey responses (评议卡、问卷) and the satisfied ones among them.
     *
     * @param responses  the responses, not negative
     * @param satisfied  the satisfied responses, 0 to {@code responses}
     * @return this tally, not null
     * @throws IllegalArgumentException if a count is out of range or a total would pass {@link Long#MAX_VALUE};
     *         the message names it
     */
    public AgencyTally survey(long responses, long satisfied) {
        return addShare(RESPONSES, responses, SATISFIED, satisfied);
    }

    /**
     * Claims a bonus item (加分事项) of the assessment scheme a number of times; the scheme checks the code.
     *
     * @param code  the bonus item's code, one line without surrounding spaces, not blank
     * @param times  how many times it applies, at least 1
     * @return this tally, not null
     * @throws IllegalArgumentException if the code is blank, has a control character or surrounding spaces, the
     *         count is less than 1, or the total would pass {@link Long#MAX_VALUE}
     */
    public AgencyTally bonus(String code, long times) {
        Objects.requireNonNull(code, "code");
        Texts.checkLine("Agency period " + agency + ": bonus code", code);
        return addTo(bonusClaims, "bonus", code, times, 1);
    }

    /**
     * Records the assessing body's finding that the agency was perfunctory (消极应付) in implementing the
     * responsibility system (国办发〔2005〕37号); a finding once recorded holds.
     *
     * @param found  whether found
     * @return this tally, not null
     */
    public AgencyTally perfunctory(boolean found) {
        perfunctory |= found;
        return this;
    }

    /**
     * Records the assessing body's finding that the agency falsified (弄虚作假) (国办发〔2005〕37号); a finding once
     * recorded holds.
     *
     * @param found  whether found
     * @return this tally, not null
     */
    public AgencyTally falsified(boolean found) {
        falsified |= found;
        return this;
    }

    /**
     * Records the assessing body's finding that the case is serious (情况严重, 国办发〔2005〕37号), such as a
     * rectification not done in time (逾期不改正, 河南省行政执法条例 Art 44); a finding once recorded holds.
     *
     * @param found  whether found
     * @return this tally, not null
     */
    public AgencyTally severe(boolean found) {
        severe |= found;
        return this;
    }

    /**
     * Adds every count, bonus claim and finding of another tally of the same agency, name and dates, such as one
     * counted on another thread or from another shard of the reports; {@code other} is unchanged.
     *
     * @param other  the other tally, not null
     * @return this tally, not null
     * @throws IllegalArgumentException if the other tally is of another agency, name or dates, or a total would pass
     *         {@link Long#MAX_VALUE}; the tally is unchanged
     */
    public AgencyTally combine(AgencyTally other) {
        Objects.requireNonNull(other, "other");
        checkArgument(other.agency.equals(agency) && other.agencyName.equals(agencyName) && other.from.equals(from)
                        && other.to.equals(to), "Agency period %s %s (%s to %s) cannot add the period of %s %s "
                        + "(%s to %s)", agency, Texts.quoted(agencyName), from, to, other.agency,
                Texts.quoted(other.agencyName), other.from, other.to);
        long[] sum = counts.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] = plus(NAMES[i], sum[i], other.counts[i]);
        }
        EnumMap<ReconsiderationOutcome, Long> r = new EnumMap<>(reconsiderations);
        mergeInto("reconsiderations", r, other.reconsiderations);
        EnumMap<LitigationOutcome, Long> l = new EnumMap<>(lawsuits);
        mergeInto("lawsuits", l, other.lawsuits);
        TreeMap<String, Long> b = new TreeMap<>(bonusClaims);
        mergeInto("bonus", b, other.bonusClaims);
        counts = sum;
        reconsiderations = r;
        lawsuits = l;
        bonusClaims = b;
        perfunctory |= other.perfunctory;
        falsified |= other.falsified;
        severe |= other.severe;
        return this;
    }

    /**
     * Returns the period this tally has counted so far; the tally can go on counting.
     *
     * @return the period, not null
     */
    public AgencyPeriod toPeriod() {
        long[] c = counts;
        return new AgencyPeriod(agency, agencyName, from, to, c[FILES_REVIEWED], c[FILES_PASSED], c[FILE_POINTS],
                c[FILE_MAX_POINTS], c[CASES], c[OVERDUE_CASES], c[REVIEWS_REQUIRED], c[REVIEWS_DONE],
                reconsiderations, lawsuits, c[COMPLAINTS], c[RESPONSES], c[SATISFIED], bonusClaims, perfunctory,
                falsified, severe, c[TO_PUBLISH], c[PUBLISHED_ON_TIME], c[RECORDED_STEPS], c[COMPLETELY_RECORDED]);
    }

    /** Adds a count and the part of it that counts for an indicator, such as cases and overdue cases. */
    private AgencyTally addShare(int whole, long ofWhole, int part, long ofPart) {
        AgencyPeriod.check(agency, NAMES[whole], ofWhole, 0, Long.MAX_VALUE);
        AgencyPeriod.check(agency, NAMES[part], ofPart, 0, ofWhole);
        long wholes = plus(NAMES[whole], counts[whole], ofWhole);
        long parts = plus(NAMES[part], counts[part], ofPart);
        counts[whole] = wholes;
        counts[part] = parts;
        return this;
    }

    /** Adds a count to a keyed count, such as the reconsiderations of one outcome; a count of zero adds no key. */
    private <K> AgencyTally addTo(Map<K, Long> counts, String field, K key, long count, long min) {
        String name = field + " " + (key instanceof String ? Texts.quote(key) : key);
        AgencyPeriod.check(agency, name, count, min, Long.MAX_VALUE);
        if (count > 0) {
            counts.put(key, plus(name, counts.getOrDefault(key, 0L), count));
        }
        return this;
    }

    /** Adds reviewed files, all or none. */
    private AgencyTally addFiles(long reviewed, long passed, long points, long maxPoints) {
        long files = plus(NAMES[FILES_REVIEWED], counts[FILES_REVIEWED], reviewed);
        long good = plus(NAMES[FILES_PASSED], counts[FILES_PASSED], passed);
        long earned = plus(NAMES[FILE_POINTS], counts[FILE_POINTS], points);
        long possible = plus(NAMES[FILE_MAX_POINTS], counts[FILE_MAX_POINTS], maxPoints);
        counts[FILES_REVIEWED] = files;
        counts[FILES_PASSED] = good;
        counts[FILE_POINTS] = earned;
        counts[FILE_MAX_POINTS] = possible;
        return this;
    }

    /** Adds a non-negative amount to a count, rejecting a sum past {@link Long#MAX_VALUE}. */
    private long plus(String field, long current, long amount) {
        if (current > Long.MAX_VALUE - amount) {
            throw new IllegalArgumentException(String.format("Agency period %s: %s would pass %s: %s plus %s", agency,
                    field, Long.MAX_VALUE, current, amount));
        }
        return current + amount;
    }

    private <K> void mergeInto(String field, Map<K, Long> sum, Map<K, Long> theirs) {
        theirs.forEach((key, count) -> sum.put(key, plus(field + " " + key, sum.getOrDefault(key, 0L), count)));
    }

    /**
     * Checks whether another tally holds the same agency, name, dates, counts, claims and findings.
     *
     * @param obj  the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof AgencyTally t && agency.equals(t.agency) && agencyName.equals(t.agencyName)
                && from.equals(t.from) && to.equals(t.to) && Arrays.equals(counts, t.counts)
                && reconsiderations.equals(t.reconsiderations) && lawsuits.equals(t.lawsuits)
                && bonusClaims.equals(t.bonusClaims) && perfunctory == t.perfunctory && falsified == t.falsified
                && severe == t.severe;
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, from, to, Arrays.hashCode(counts), reconsiderations, lawsuits, bonusClaims);
    }

    @Override
    public String toString() {
        return "AgencyTally[" + agency + ", " + from + ".." + to + ", " + counts[FILES_REVIEWED] + " files, "
                + counts[CASES] + " cases]";
    }
}
