package io.github.quanze.testkit;

import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.referral.JointTeam;
import io.github.quanze.referral.TeamLog;
import io.github.quanze.review.ReviewStandard;
import io.github.quanze.rule.Column;
import io.github.quanze.testkit.assessment.AssessmentArbitraries;
import io.github.quanze.testkit.basis.BasisArbitraries;
import io.github.quanze.testkit.discretion.DiscretionArbitraries;
import io.github.quanze.testkit.discretion.DiscretionStandardArbitrary;
import io.github.quanze.testkit.fault.FaultArbitrary;
import io.github.quanze.testkit.organization.AllocationWorldArbitrary;
import io.github.quanze.testkit.organization.OrganizationArbitrary;
import io.github.quanze.testkit.organization.PowerCatalogueArbitrary;
import io.github.quanze.testkit.procedure.CaseHistoryArbitrary;
import io.github.quanze.testkit.referral.ReferralArbitraries;
import io.github.quanze.testkit.rule.TableSpecArbitrary;
import io.github.quanze.testkit.timelimit.TimeLimitArbitraries;
import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;

/**
 * The entry point of quanze's arbitraries (测试数据生成): one static factory per domain value, each returning an
 * arbitrary that is configured fluently and shrinks to a small, readable counterexample.
 * <pre>{@code
 * @Property
 * void ourOverdueListEqualsQuanzes(@ForAll("histories") CaseHistory history) { ... }
 *
 * @Provide
 * Arbitrary<CaseHistory> histories() {
 *     return QuanzeArbitraries.caseHistories().template(ProcedureTemplates.PENALTY_ORDINARY);
 * }
 * }</pre>
 * The same arbitraries in their default configuration are registered as jqwik {@code ArbitraryProvider}s, so that
 * {@code @ForAll Organization organization} works without a {@code @Provide} method. Documents of every kind are in
 * {@code io.github.quanze.testkit.documents.DocumentArbitraries} (kept apart, for this class needs only quanze-core).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class QuanzeArbitraries {

    private QuanzeArbitraries() {}

    /**
     * Returns legal instruments (执法依据): the shipped laws and generated ones of every level.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LegalInstrument> instruments() {
        return BasisArbitraries.instruments();
    }

    /**
     * Returns provisions (条款) of the instruments {@link #instruments()} gives, by article, paragraph, item or whole.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Provision> provisions() {
        return BasisArbitraries.provisions();
    }

    /**
     * Returns power catalogues (权责清单) of 1 to 30 powers of every kind.
     *
     * @return the arbitrary, configurable, not null
     */
    public static PowerCatalogueArbitrary catalogues() {
        return PowerCatalogueArbitrary.catalogues();
    }

    /**
     * Returns organizations (执法主体、岗位、人员) whose officers hold certificates (执法证) in every status.
     *
     * @return the arbitrary, configurable with {@code certificates(...)}, not null
     */
    public static OrganizationArbitrary organizations() {
        return OrganizationArbitrary.organizations();
    }

    /**
     * Returns agencies with their catalogue, organization and allocation table (职权分解), with flaws of every kind
     * mixed in.
     *
     * @return the arbitrary, configurable with {@code lawful()} and {@code withFlaw(...)}, not null
     */
    public static AllocationWorldArbitrary allocationTables() {
        return AllocationWorldArbitrary.worlds();
    }

    /**
     * Returns calendar years (节假日安排) as a State Council notice publishes them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CalendarYear> calendarYears() {
        return TimeLimitArbitraries.calendarYears();
    }

    /**
     * Returns time limits (期限) of 1 to 60 units of every kind.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<TimeLimit> timeLimits() {
        return TimeLimitArbitraries.timeLimits();
    }

    /**
     * Returns days inside the national calendar's coverage, with room for a limit counted from them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LocalDate> days() {
        return TimeLimitArbitraries.days();
    }

    /**
     * Returns days inside a calendar's coverage, leaving {@code margin} days at its end.
     *
     * @param calendar  the calendar, not null
     * @param margin  the days to leave, from 0 to 3,000
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the margin is out of range
     */
    public static Arbitrary<LocalDate> daysWithin(WorkingDayCalendar calendar, int margin) {
        return TimeLimitArbitraries.daysWithin(calendar, margin);
    }

    /**
     * Returns lawful case histories (案件办理过程) of every procedure template.
     *
     * @return the arbitrary, configurable with {@code template(...)}, {@code withViolation(...)} and
     *         {@code mutated()}, not null
     */
    public static CaseHistoryArbitrary caseHistories() {
        return CaseHistoryArbitrary.lawful();
    }

    /**
     * Returns decision-table specifications (决策表) over the given columns: random tables, or clean ones with one planted
     * gap, overlap, shadowed row or disproportion.
     *
     * @param first  a column, not null
     * @param more  more columns, not null
     * @return the arbitrary, configurable with {@code policies(...)}, {@code withExceptions()}, {@code bounds(...)}
     *         and {@code withFlaw(...)}, not null
     */
    public static TableSpecArbitrary tableSpecs(Column first, Column... more) {
        return TableSpecArbitrary.over(first, more);
    }

    /**
     * Returns clean discretion standards (裁量基准) of one item graded into three tiers by amount, or with one planted
     * flaw.
     *
     * @return the arbitrary, configurable with {@code withFlaw(...)}, not null
     */
    public static DiscretionStandardArbitrary discretionStandards() {
        return DiscretionArbitraries.standards();
    }

    /**
     * Returns the penalties (处罚决定) the standards of {@link #discretionStandards()} decide on generated offences.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PenaltyRuling> decidedPenalties() {
        return DiscretionArbitraries.decidedPenalties();
    }

    /**
     * Returns enforcement faults (执法过错) of officers and agencies.
     *
     * @return the arbitrary, configurable with {@code ofOfficers()}, not null
     */
    public static FaultArbitrary faults() {
        return FaultArbitrary.faults();
    }

    /**
     * Returns case-file review standards (案卷评查标准).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ReviewStandard> reviewStandards() {
        return io.github.quanze.testkit.review.ReviewArbitraries.standards();
    }

    /**
     * Returns assessment schemes (评议考核方案).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<AssessmentScheme> assessmentSchemes() {
        return AssessmentArbitraries.schemes();
    }

    /**
     * Returns agencies' assessment periods (考核期间的执法数据).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<AgencyPeriod> agencyPeriods() {
        return AssessmentArbitraries.periods();
    }

    /**
     * Returns joint enforcement teams (联动执法小组) of a bureau and the agencies that join it.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<JointTeam> jointTeams() {
        return ReferralArbitraries.teams();
    }

    /**
     * Returns logs (联动执法台账) of those teams: operations, meetings, referrals and feedback.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<TeamLog> teamLogs() {
        return ReferralArbitraries.logs();
    }
}
