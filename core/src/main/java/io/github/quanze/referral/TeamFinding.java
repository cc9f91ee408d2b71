package io.github.quanze.referral;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import io.github.quanze.power.AgencyId;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A finding of the check of a joint team (联动执法检查发现), as data: its kind (and so its code and severity), the team,
 * the day, the agencies and people it concerns, its typed parameters and the agency's own rule it rests on; the
 * message is rendered from them.
 * <p>
 * Parameters by kind:
 * <table>
 *   <caption>Parameters by kind</caption>
 *   <tr><th>kind</th><th>parameters</th></tr>
 *   <tr><td>MEETING_MISSED</td><td>{@code month} (text, such as {@code 2026-09}), {@code held} and
 *       {@code required} (numbers of joint meetings); the day is the month's last</td></tr>
 *   <tr><td>REFERRAL_NOT_FOLLOWED_UP</td><td>{@code matter} (text), {@code from} and {@code to} (agency ids, texts),
 *       {@code referred} and {@code due} (dates), and {@code followedUp} (date) if it was followed up late; the day
 *       is the due day</td></tr>
 *   <tr><td>NO_FEEDBACK</td><td>{@code operation} (text), {@code held} and {@code due} (dates), and
 *       {@code reported} (date) if the result was reported late; the day is the due day</td></tr>
 * </table>
 * A missed meeting concerns the lead agency and its leader, who convenes the team; a referral not followed up, the
 * receiving agency and its liaison; an operation without feedback, the agencies that took part and their contacts.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what was found, not null
 * @param team  the team's id, not null
 * @param date  the day of the finding, as listed above, not null
 * @param agencies  the agencies concerned, not null
 * @param people  the people concerned, not null
 * @param parameters  the typed parameters of its kind, not null
 * @param basis  the agency's own rule of the team ({@link JointTeam#rule()}), not null
 */
public record TeamFinding(Kind kind, String team, LocalDate date, List<AgencyId> agencies, List<TeamOfficer> people,
        Parameters parameters, LegalBasis basis) implements Finding {

    /**
     * 联动执法检查发现的类型: what the check of a joint team finds, each with its stable code; every kind is a breach
     * of the team's rule.
     */
    public enum Kind {
        /** 联席会议未按月召开: fewer joint meetings in a calendar month than the rule asks: {@code TEAM.MEETING_MISSED}. */
        MEETING_MISSED,
        /**
         * 移送未跟进: a case or lead referred between members not followed up in time:
         * {@code TEAM.REFERRAL_NOT_FOLLOWED_UP}.
         */
        REFERRAL_NOT_FOLLOWED_UP,
        /** 执法结果未反馈: an operation's result not reported in time: {@code TEAM.NO_FEEDBACK}. */
        NO_FEEDBACK;

        /**
         * Returns the stable machine code, {@code TEAM.} and the kind's name.
         *
         * @return the code, not null
         */
        public String code() {
            return "TEAM." + name();
        }

        /**
         * Returns how serious a finding of this kind is: a risk ({@link Severity#WARNING}), since it breaches the
         * agency's own rule, not a statute.
         *
         * @return the severity, not null
         */
        public Severity severity() {
            return Severity.WARNING;
        }
    }

    /**
     * Creates a finding.
     *
     * @param kind  what was found, not null
     * @param team  the team's id, not null
     * @param date  the day of the finding, as listed above, not null
     * @param agencies  the agencies concerned, not null
     * @param people  the people concerned, not null
     * @param parameters  the typed parameters of its kind, not null
     * @param basis  the agency's own rule of the team ({@link JointTeam#rule()}), not null
     * @throws IllegalArgumentException if a parameter of its kind is missing, unknown or mistyped
     */
    public TeamFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(date, "date");
        agencies = Lists.copyOf("agencies", agencies);
        people = Lists.copyOf("people", people);
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(basis, "basis");
        ReferralMessages.check(kind, parameters);
    }

    @Override
    public String code() {
        return kind.code();
    }

    @Override
    public Severity severity() {
        return kind.severity();
    }

    /**
     * Returns the message, rendered from the kind, the team, the people and the parameters; it says the rule is the
     * agency's own.
     *
     * @return the message in Chinese and English, not null
     */
    @Override
    public BilingualText message() {
        return ReferralMessages.message(this);
    }
}
