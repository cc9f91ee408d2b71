package io.github.quanze.referral;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a joint team did (联动执法工作记录): a joint meeting held, a case or lead referred between members, or the result
 * of an operation reported. Activities are values; {@link TeamCheck} reads them in any order.
 * <p>
 * Every implementation is immutable and thread-safe.
 */
public sealed interface TeamActivity permits TeamActivity.Meeting, TeamActivity.Referral, TeamActivity.Feedback {

    /** The longest matter or operation id accepted. */
    int MAX_TEXT_LENGTH = 200;

    /**
     * Returns the day of the activity.
     *
     * @return the date, not null
     */
    LocalDate date();

    /**
     * A joint meeting held (联席会议、工作例会), with the agencies that attended.
     *
     * @param date  the day, not null
     * @param attendees  the agencies that attended, at least one, sorted, not null
     */
    record Meeting(LocalDate date, Set<AgencyId> attendees) implements TeamActivity {

        /**
         * Creates a meeting.
         *
         * @param date  the day, not null
         * @param attendees  the agencies that attended, at least one, sorted, not null
         * @throws IllegalArgumentException if no agency attended
         */
        public Meeting {
            Objects.requireNonNull(date, "date");
            attendees = ImmutableSortedSet.copyOf(Lists.copyOf("attendees", attendees));
            checkArgument(!attendees.isEmpty(), "Joint meeting on %s: at least one agency must attend", date);
        }
    }

    /**
     * A case or lead referred from one member to another (案件、线索移送衔接), and the day the receiving member followed
     * it up (反馈办理情况), if it did.
     *
     * @param date  the day of the referral, not null
     * @param from  the referring agency, not null
     * @param to  the receiving agency, not the referring one, not null
     * @param matter  the case number or the lead, one line of at most {@value #MAX_TEXT_LENGTH} characters
     * @param followedUp  the day the receiving agency followed it up, empty if it did not, not null
     */
    record Referral(LocalDate date, AgencyId from, AgencyId to, String matter, Optional<LocalDate> followedUp)
            implements TeamActivity {

        /**
         * Creates a referral.
         *
         * @param date  the day of the referral, not null
         * @param from  the referring agency, not null
         * @param to  the receiving agency, not the referring one, not null
         * @param matter  the case number or the lead, one line of at most {@value #MAX_TEXT_LENGTH} characters
         * @param followedUp  the day the receiving agency followed it up, empty if it did not, not null
         * @throws IllegalArgumentException if the agencies are the same, the matter is malformed or the follow-up
         *         is dated before the referral
         */
        public Referral {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Texts.checkLine("Referral on " + date + ": matter", matter, MAX_TEXT_LENGTH);
            Objects.requireNonNull(followedUp, "followedUp");
            checkArgument(!from.equals(to), "Referral %s on %s: refers from %s to itself", Texts.quote(matter), date,
                    from);
            followedUp.ifPresent(day -> checkArgument(!day.isBefore(date), "Referral %s on %s: followed up on %s, "
                    + "before it was referred", Texts.quote(matter), date, day));
        }
    }

    /**
     * The result of an operation reported to the team's leader and members (执法结果汇报、信息反馈).
     *
     * @param operation  the operation's id, one line, not blank
     * @param date  the day of the report, not null
     * @param by  the agency that reported, not null
     */
    record Feedback(String operation, LocalDate date, AgencyId by) implements TeamActivity {

        /**
         * Creates a report.
         *
         * @param operation  the operation's id, one line, not blank
         * @param date  the day of the report, not null
         * @param by  the agency that reported, not null
         * @throws IllegalArgumentException if the operation id is malformed
         */
        public Feedback {
            Texts.checkLine("Feedback on " + date + ": operation", operation, MAX_TEXT_LENGTH);
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(by, "by");
        }
    }
}
