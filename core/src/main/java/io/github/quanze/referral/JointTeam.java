package io.github.quanze.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A joint enforcement team (联动执法小组): the lead agency (牵头部门) with the team's leader (组长), the member agencies
 * each with a liaison (联络员), the enforcement areas the team handles (联动执法办案范围), and the team's own rules: at
 * least so many joint meetings a month ({@link MeetingRule}), how soon a member follows up a case or lead another
 * member referred to it (案件移送衔接), and how soon the result of an operation is reported to the leader and members
 * (执法结果汇报). The rules are the agency's own ({@link #rule()}), cited as such by every finding and by the leader's
 * responsibility for case quality (案件质量第一责任人), never as a statute.
 * <pre>{@code
 * JointTeam team = JointTeam.builder().id("万州联动执法小组").established(LocalDate.of(2026, 1, 1))
 *         .lead(TeamOfficer.of(market, zhang, "张组长")).member(TeamOfficer.of(police, li, "李联络员"))
 *         .scope("食品安全").meetings(MeetingRule.monthly(1)).followUpWithin(7).feedbackWithin(3)
 *         .rule(ownRule).build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class JointTeam {

    /** The longest team id accepted. */
    public static final int MAX_ID_LENGTH = 100;
    /** The most days a follow-up or feedback period may have. */
    public static final int MAX_DAYS = 366;

    private final String id;
    private final LocalDate established;
    private final TeamOfficer leader;
    private final List<TeamOfficer> liaisons;
    private final Set<String> scope;
    private final MeetingRule meetings;
    private final int followUpDays;
    private final int feedbackDays;
    private final LegalBasis rule;

    private JointTeam(Builder b, int followUpDays, int feedbackDays) {
        this.id = b.id;
        this.established = b.established;
        this.leader = b.leader;
        this.liaisons = ImmutableList.copyOf(b.liaisons);
        this.scope = ImmutableSet.copyOf(b.scope);
        this.meetings = b.meetings;
        this.followUpDays = followUpDays;
        this.feedbackDays = feedbackDays;
        this.rule = b.rule;
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the team's id.
     *
     * @return the id, not blank
     */
    public String id() {
        return id;
    }

    /**
     * Returns the day the team was set up: no month before it is judged.
     *
     * @return the date, not null
     */
    public LocalDate established() {
        return established;
    }

    /**
     * Returns the lead agency (牵头部门).
     *
     * @return the agency, not null
     */
    public AgencyId lead() {
        return leader.agency();
    }

    /**
     * Returns the team's leader (组长), of the lead agency.
     *
     * @return the leader, not null
     */
    public TeamOfficer leader() {
        return leader;
    }

    /**
     * Returns the liaisons of the member agencies (联络员), one per member, in the order they were added.
     *
     * @return the liaisons, not empty, not null
     */
    public List<TeamOfficer> liaisons() {
        return liaisons;
    }

    /**
     * Returns the member agencies (成员单位), lead excluded, in the order they were added.
     *
     * @return the members, not empty, not null
     */
    public List<AgencyId> members() {
        return liaisons.stream().map(TeamOfficer::agency).toList();
    }

    /**
     * Returns the lead and the member agencies.
     *
     * @return the agencies, lead first, not null
     */
    public List<AgencyId> agencies() {
        List<AgencyId> all = new ArrayList<>(liaisons.size() + 1);
        all.add(lead());
        all.addAll(members());
        return List.copyOf(all);
    }

    /**
     * Checks whether an agency is the lead or a member.
     *
     * @param agency  the agency, not null
     * @return true if it is in the team
     */
    public boolean includes(AgencyId agency) {
        Objects.requireNonNull(agency, "agency");
        return lead().equals(agency) || liaisons.stream().anyMatch(l -> l.agency().equals(agency));
    }

    /**
     * Returns the liaison of a member agency, or the leader for the lead agency.
     *
     * @param agency  the agency, not null
     * @return the person, empty if the agency is not in the team, not null
     */
    public Optional<TeamOfficer> contact(AgencyId agency) {
        Objects.requireNonNull(agency, "agency");
        if (lead().equals(agency)) {
            return Optional.of(leader);
        }
        return liaisons.stream().filter(l -> l.agency().equals(agency)).findFirst();
    }

    /**
     * Returns the enforcement areas the team handles (联动执法办案范围).
     *
     * @return the areas, not empty, not null
     */
    public Set<String> scope() {
        return scope;
    }

    /**
     * Returns the meeting rule.
     *
     * @return the rule, not null
     */
    public MeetingRule meetings() {
        return meetings;
    }

    /**
     * Returns the days within which a member follows up a referral from another member (0: the same day).
     *
     * @return the days, 0 to {@value #MAX_DAYS}
     */
    public int followUpDays() {
        return followUpDays;
    }

    /**
     * Returns the days after an operation within which its result is reported to the leader and members (0: the
     * same day).
     *
     * @return the days, 0 to {@value #MAX_DAYS}
     */
    public int feedbackDays() {
        return feedbackDays;
    }

    /**
     * Returns the agency's own rule that sets up the team and its rules (联动执法制度), which findings cite.
     *
     * @return the rule, not null
     */
    public LegalBasis rule() {
        return rule;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof JointTeam other && id.equals(other.id) && established.equals(other.established)
                && leader.equals(other.leader) && liaisons.equals(other.liaisons) && scope.equals(other.scope)
                && meetings.equals(other.meetings) && followUpDays == other.followUpDays
                && feedbackDays == other.feedbackDays && rule.equals(other.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, established, leader, liaisons, scope, meetings, followUpDays, feedbackDays, rule);
    }

    @Override
    public String toString() {
        return "JointTeam{" + id + ", lead " + lead() + ", members " + members() + "}";
    }

    /**
     * Builds a {@link JointTeam}. Id, establishment day, lead, at least one member, scope, meeting rule, follow-up
     * and feedback periods and the agency's own rule are required; a team without a lead is refused by name. Each
     * single-valued attribute is set once. A builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("JointTeam");
        private String id;
        private LocalDate established;
        private TeamOfficer leader;
        private final List<TeamOfficer> liaisons = new ArrayList<>();
        private final Set<String> scope = new LinkedHashSet<>();
        private MeetingRule meetings;
        private Integer followUp;
        private Integer feedback;
        private LegalBasis rule;

        private Builder() {}

        /**
         * Sets the team's id; required.
         *
         * @param id  one line of at most {@value JointTeam#MAX_ID_LENGTH} characters, not blank
         * @return this builder, not null
         * @throws IllegalArgumentException if the id is malformed; nothing is set
         * @throws IllegalStateException if it is already set
         */
        public Builder id(String id) {
            this.id = required.once("id", id, v -> Texts.checkLine("Joint team id", v, MAX_ID_LENGTH));
            return this;
        }

        /**
         * Sets the day the team was set up; required.
         *
         * @param established  the date, not null
         * @return this builder, not null
         * @throws IllegalStateException if it is already set
         */
        public Builder established(LocalDate established) {
            this.established = required.once("established", established);
            return this;
        }

        /**
         * Sets the team's leader (组长), whose agency is the lead agency (牵头部门); required.
         *
         * @param leader  the leader, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the leader's agency is already a member; nothing is set
         * @throws IllegalStateException if it is already set
         */
        public Builder lead(TeamOfficer leader) {
            this.leader = required.once("lead", leader, v -> checkArgument(liaisons.stream()
                    .noneMatch(l -> l.agency().equals(v.agency())), "Joint team %s: lead agency %s is already a "
                    + "member", name(), v.agency()));
            return this;
        }

        /**
         * Adds a member agency (成员单位) by its liaison (联络员); at least one is required.
         *
         * @param liaison  the liaison, of the member agency, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the agency is the lead or already a member; nothing is added
         */
        public Builder member(TeamOfficer liaison) {
            Objects.requireNonNull(liaison, "member");
            checkArgument(leader == null || !leader.agency().equals(liaison.agency()), "Joint team %s: member %s is "
                    + "the lead agency", name(), liaison.agency());
            checkArgument(liaisons.stream().noneMatch(l -> l.agency().equals(liaison.agency())), "Joint team %s: "
                    + "member %s is added twice", name(), liaison.agency());
            liaisons.add(liaison);
            return this;
        }

        /**
         * Adds enforcement areas the team handles (联动执法办案范围); at least one is required.
         *
         * @param area  an area, such as 食品安全, not blank
         * @param more  further areas, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if an area is blank, has a control character or is added twice (once its
         *         surrounding spaces are removed); nothing is added
         */
        public Builder scope(String area, String... more) {
            List<String> areas = new ArrayList<>();
            areas.add(Texts.normalizeTerm("Joint team " + name() + ": scope", area));
            for (String other : more) {
                areas.add(Texts.normalizeTerm("Joint team " + name() + ": scope", other));
            }
            for (int i = 0; i < areas.size(); i++) {
                String each = areas.get(i);
                checkArgument(!scope.contains(each) && areas.indexOf(each) == i, "Joint team %s: scope %s is added "
                        + "twice", name(), Texts.quote(each));
            }
            scope.addAll(areas);
            return this;
        }

        /**
         * Sets the meeting rule (联席会议制度); required.
         *
         * @param rule  the rule, not null
         * @return this builder, not null
         * @throws IllegalStateException if it is already set
         */
        public Builder meetings(MeetingRule rule) {
            this.meetings = required.once("meetings", rule);
            return this;
        }

        /**
         * Sets the days within which a member follows up a referral from another member; required. The seed's
         * rule asks for the handover (案件移送衔接) without a number of days, so the agency's rule sets it.
         *
         * @param days  0 to {@value JointTeam#MAX_DAYS}
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range; nothing is set
         * @throws IllegalStateException if it is already set
         */
        public Builder followUpWithin(int days) {
            this.followUp = required.once("followUpWithin", days, v -> checkDays("followUpWithin", v));
            return this;
        }

        /**
         * Sets the days after an operation within which its result is reported to the leader and members; required.
         * The seed's rule asks for it 及时 without a number of days, so the agency's rule sets it.
         *
         * @param days  0 to {@value JointTeam#MAX_DAYS}
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range; nothing is set
         * @throws IllegalStateException if it is already set
         */
        public Builder feedbackWithin(int days) {
            this.feedback = required.once("feedbackWithin", days, v -> checkDays("feedbackWithin", v));
            return this;
        }

        /**
         * Sets the agency's own rule that sets up the team (联动执法制度); required.
         *
         * @param rule  the rule, not null
         * @return this builder, not null
         * @throws IllegalStateException if it is already set
         */
        public Builder rule(LegalBasis rule) {
            this.rule = required.once("rule", rule);
            return this;
        }

        /** The team's id for a message, or a placeholder while {@link #id} is not set. */
        private String name() {
            return id == null ? "(id not set yet)" : id;
        }

        private void checkDays(String name, int days) {
            checkArgument(days >= 0 && days <= MAX_DAYS, "Joint team %s: %s must be 0 to %s days, but was %s", name(),
                    name, MAX_DAYS, days);
        }

        /**
         * Builds the team.
         *
         * @return the team, not null
         * @throws IllegalStateException if the lead, a member, the scope or another required attribute is missing;
         *         the message names the team and what is missing
         */
        public JointTeam build() {
            checkState(leader != null, "Joint team %s: no lead agency (牵头部门) and leader (组长) is set; a joint "
                    + "team has a lead", name());
            checkState(!liaisons.isEmpty(), "Joint team %s: no member agency besides the lead %s; a joint team has "
                    + "at least one member", name(), leader.agency());
            checkState(!scope.isEmpty(), "Joint team %s: no scope (办案范围) is set", name());
            required.present("id", id, "established", established, "meetings", meetings, "followUpWithin", followUp,
                    "feedbackWithin", feedback, "rule", rule);
            return new JointTeam(this, followUp, feedback);
        }
    }
}
