package io.github.quanze.referral;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A joint team's log (联动执法工作台账): its operations and its activity (meetings, referrals, feedback), as kept
 * for a check ({@link TeamCheck}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param team  the team's id, not blank
 * @param operations  the team's operations, not null
 * @param activities  the team's activity, in any order, not null
 */
public record TeamLog(String team, List<JointOperation> operations, List<TeamActivity> activities) {

    /**
     * Creates a log.
     *
     * @param team  the team's id, not blank
     * @param operations  the team's operations, not null
     * @param activities  the team's activity, in any order, not null
     * @throws IllegalArgumentException if the team id is malformed, an operation is another team's, or a feedback
     *         for an operation of the log is dated before the operation; the message names the team, the operation
     *         and the day
     */
    public TeamLog {
        Texts.checkLine("Team log: team", team, JointTeam.MAX_ID_LENGTH);
        operations = Lists.copyOf("operations", operations);
        activities = Lists.copyOf("activities", activities);
        Map<String, LocalDate> held = new HashMap<>();
        for (JointOperation operation : operations) {
            checkArgument(operation.team().equals(team), "Team log of %s: operation %s belongs to team %s", team,
                    Texts.quote(operation.id()), Texts.quote(operation.team()));
            held.putIfAbsent(operation.id(), operation.date());
        }
        for (TeamActivity activity : activities) {
            if (activity instanceof TeamActivity.Feedback feedback && held.containsKey(feedback.operation())) {
                LocalDate day = held.get(feedback.operation());
                checkArgument(!feedback.date().isBefore(day), "Team log of %s: feedback on %s is for operation %s, "
                        + "held later on %s", team, feedback.date(), Texts.quote(feedback.operation()), day);
            }
        }
    }

    /**
     * Checks the team over a period on this log, as {@link TeamCheck#check} does.
     *
     * @param joint  the team the log is of, not null
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, not null
     * @return the findings, not null
     * @throws IllegalArgumentException if the log is of another team, or the input is bad as {@link TeamCheck}
     *         lists
     */
    public List<TeamFinding> check(JointTeam joint, LocalDate from, LocalDate to) {
        Objects.requireNonNull(joint, "joint");
        checkArgument(joint.id().equals(team), "Team log of %s: checked against team %s", team,
                Texts.quote(joint.id()));
        return TeamCheck.check(joint, from, to, operations, activities);
    }
}
