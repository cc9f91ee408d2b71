package io.github.quanze.referral;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The check of a joint team over a period (联动执法工作检查): whether it met as its meeting rule asks every calendar month,
 * whether every case or lead referred between members was followed up in time, and whether the result of every
 * operation was reported in time. Each finding cites the team's rule, the agency's own ({@link JointTeam#rule()}).
 * <p>
 * Only what the period shows is judged, and only what was due within it: a calendar month is judged if it lies wholly
 * within the period and on or after the day the team was set up; a referral or an operation is judged if its
 * follow-up or feedback was due within the period (from its first to its last day, whenever the referral or the
 * operation itself took place), and it is followed up or reported in time if that happened on or before the due day
 * (a late one is reported with its day, if that day is within the period). Something not yet due is not a finding;
 * something due before the period was judged by the period it fell in. So checking consecutive periods that meet at
 * a month's end finds what checking the whole span finds, each finding once, judged by the period its due day falls
 * in (a follow-up or report made after that period's last day is not seen by it).
 * The check is one pass over the operations and the activity: it does not depend on their order, and its
 * findings are ordered by kind, day and the values they name.
 * <p>
 * Bad input is refused with an {@link IllegalArgumentException} naming the team and the value: an operation of
 * another team or with an agency outside the team, a referral or meeting naming an agency outside the team, a
 * feedback for an operation not given or dated before the operation, an operation given twice, or a period that ends
 * before it starts.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TeamCheck {

    private TeamCheck() {}

    /**
     * Checks a team over a period.
     *
     * @param team  the team, not null
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, not before the first, not null
     * @param operations  the team's operations, including any whose feedback is due in the period, not null
     * @param activities  the team's activity, in any order, not null
     * @return the findings, ordered by kind, day and the values they name, not null
     * @throws IllegalArgumentException if the input is bad, as the class documentation lists
     */
    public static List<TeamFinding> check(JointTeam team, LocalDate from, LocalDate to,
            Collection<JointOperation> operations, Collection<? extends TeamActivity> activities) {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        checkArgument(!to.isBefore(from), "Joint team %s: the period ends on %s, before it starts on %s", team.id(),
                to, from);
        Map<String, JointOperation> byId = new HashMap<>();
        for (JointOperation operation : operations) {
            checkOperation(team, operation);
            checkArgument(byId.put(operation.id(), operation) == null, "Joint team %s: operation %s is given twice",
                    team.id(), Texts.quote(operation.id()));
        }
        Map<YearMonth, Long> meetings = new HashMap<>();
        Map<String, LocalDate> firstFeedback = new HashMap<>();
        List<TeamFinding> findings = new ArrayList<>();
        for (TeamActivity activity : activities) {
            Objects.requireNonNull(activity, "activity");
            if (activity instanceof TeamActivity.Meeting meeting) {
                meeting.attendees().forEach(a -> checkMember(team, a, "meeting on " + meeting.date()));
                meetings.merge(YearMonth.from(meeting.date()), 1L, Long::sum);
            } else if (activity instanceof TeamActivity.Referral referral) {
                String what = "referral " + Texts.quote(referral.matter()) + " on " + referral.date();
                checkMember(team, referral.from(), what);
                checkMember(team, referral.to(), what);
                referral(team, from, to, referral).ifPresent(findings::add);
            } else if (activity instanceof TeamActivity.Feedback feedback) {
                JointOperation operation = byId.get(feedback.operation());
                checkArgument(operation != null, "Joint team %s: feedback on %s is for operation %s, which the check "
                        + "was not given", team.id(), feedback.date(), Texts.quote(feedback.operation()));
                checkMember(team, feedback.by(), "feedback on " + feedback.date());
                checkArgument(!feedback.date().isBefore(operation.date()), "Joint team %s: feedback on %s is for "
                        + "operation %s, held later on %s", team.id(), feedback.date(),
                        Texts.quote(feedback.operation()), operation.date());
                firstFeedback.merge(feedback.operation(), feedback.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        for (JointOperation operation : byId.values()) {
            feedback(team, from, to, operation, firstFeedback.get(operation.id())).ifPresent(findings::add);
        }
        findings.addAll(meetings(team, from, to, meetings));
        findings.sort(Comparator.comparing(TeamFinding::kind).thenComparing(TeamFinding::date)
                .thenComparing(f -> f.parameters().toString()));
        return List.copyOf(findings);
    }

    private static void checkOperation(JointTeam team, JointOperation operation) {
        Objects.requireNonNull(operation, "operation");
        checkArgument(operation.team().equals(team.id()), "Joint team %s: operation %s belongs to team %s",
                team.id(), Texts.quote(operation.id()), Texts.quote(operation.team()));
        operation.agencies().forEach(a -> checkMember(team, a, "operation " + Texts.quote(operation.id())));
    }

    private static void checkMember(JointTeam team, AgencyId agency, String where) {
        checkArgument(team.includes(agency), "Joint team %s: %s names agency %s, which is neither the lead nor a "
                + "member", team.id(), where, agency);
    }

    /** The months wholly within the period and on or after the team was set up, with fewer meetings than the rule. */
    private static List<TeamFinding> meetings(JointTeam team, LocalDate from, LocalDate to,
            Map<YearMonth, Long> held) {
        List<TeamFinding> findings = new ArrayList<>();
        LocalDate start = from.isAfter(team.established()) ? from : team.established();
        YearMonth month = YearMonth.from(start);
        if (month.atDay(1).isBefore(start)) {
            month = month.plusMonths(1);
        }
        long required = team.meetings().perMonth();
        Map<YearMonth, Long> sorted = new TreeMap<>();
        for (; !month.atEndOfMonth().isAfter(to); month = month.plusMonths(1)) {
            long count = held.getOrDefault(month, 0L);
            if (count < required) {
                sorted.put(month, count);
            }
        }
        sorted.forEach((m, count) -> findings.add(new TeamFinding(TeamFinding.Kind.MEETING_MISSED, team.id(),
                m.atEndOfMonth(), List.of(team.lead()), List.of(team.leader()), Parameters.builder()
                        .put("month", m.toString()).put("held", count).put("required", required).build(),
                team.rule())));
        return findings;
    }

    private static Optional<TeamFinding> referral(JointTeam team, LocalDate from, LocalDate to,
            TeamActivity.Referral referral) {
        LocalDate due = referral.date().plusDays(team.followUpDays());
        if (due.isBefore(from) || due.isAfter(to)) {
            return Optional.empty();
        }
        Optional<LocalDate> followed = referral.followedUp().filter(day -> !day.isAfter(to));
        if (followed.isPresent() && !followed.get().isAfter(due)) {
            return Optional.empty();
        }
        Parameters.Builder p = Parameters.builder().put("matter", referral.matter())
                .put("from", referral.from().toString()).put("to", referral.to().toString())
                .put("referred", referral.date()).put("due", due);
        followed.ifPresent(day -> p.put("followedUp", day));
        return Optional.of(new TeamFinding(TeamFinding.Kind.REFERRAL_NOT_FOLLOWED_UP, team.id(), due,
                List.of(referral.to()), List.of(team.contact(referral.to()).orElseThrow()), p.build(), team.rule()));
    }

    private static Optional<TeamFinding> feedback(JointTeam team, LocalDate from, LocalDate to,
            JointOperation operation, LocalDate reported) {
        LocalDate due = operation.date().plusDays(team.feedbackDays());
        if (due.isBefore(from) || due.isAfter(to)) {
            return Optional.empty();
        }
        LocalDate byEnd = reported != null && !reported.isAfter(to) ? reported : null;
        if (byEnd != null && !byEnd.isAfter(due)) {
            return Optional.empty();
        }
        Parameters.Builder p = Parameters.builder().put("operation", operation.id()).put("held", operation.date())
                .put("due", due);
        if (byEnd != null) {
            p.put("reported", byEnd);
        }
        List<AgencyId> agencies = List.copyOf(operation.agencies());
        return Optional.of(new TeamFinding(TeamFinding.Kind.NO_FEEDBACK, team.id(), due, agencies,
                agencies.stream().map(a -> team.contact(a).orElseThrow()).toList(), p.build(), team.rule()));
    }
}
