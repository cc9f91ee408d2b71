package io.github.quanze.fault;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.CHONGQING_RESPONSIBILITY_REGULATION;
import static io.github.quanze.basis.Instruments.CIVIL_SERVANTS_LAW;
import static io.github.quanze.basis.Instruments.GOVERNMENTAL_SANCTIONS_LAW;
import static io.github.quanze.fault.Responsibility.DIRECT;
import static io.github.quanze.fault.Responsibility.IMPORTANT_LEADERSHIP;
import static io.github.quanze.fault.Responsibility.NONE;
import static io.github.quanze.fault.Responsibility.PRINCIPAL_LEADERSHIP;
import static io.github.quanze.procedure.Role.APPROVER;
import static io.github.quanze.procedure.Role.COLLECTIVE_MEMBER;
import static io.github.quanze.procedure.Role.HANDLER;
import static io.github.quanze.procedure.Role.HIGHER_BODY_HEAD;
import static io.github.quanze.procedure.Role.INSTRUCTING_LEADER;
import static io.github.quanze.procedure.Role.PRESIDING_HEAD;
import static io.github.quanze.procedure.Role.REVIEWER;

import com.google.common.collect.ImmutableList;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.procedure.Role;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.DecisionWording;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Apportionment of responsibility between the people involved in a wrong decision (责任划分).
 * <p>
 * The national table follows what the municipal and provincial measures share: whoever departed from the chain of
 * handling, review and approval bears direct responsibility; when a wrong draft passes review and approval, the
 * handler bears direct, the reviewer principal and the approver important leadership responsibility; a collective
 * decision falls first on the head who presided, then on those who agreed, never on a correct dissenter. These
 * rows are an interpretation resting on 重庆市行政执法责任制条例 Art 7 (three levels of responsibility) and
 * 公职人员政务处分法 Art 9 (each by the part played), with 公务员法 Art 60 (an officer who objected to a superior's
 * order and executed it), 行政处罚法 Art 57(2) (decisions taken collectively) and 公职人员政务处分法 Art 10 (a
 * collective decision that is unlawful falls on the leaders and directly responsible persons who bear
 * responsibility for it) where they speak.
 * <p>
 * Whoever held the correct view and said so ({@link Participant#dissented()}) bears no responsibility, whatever the
 * situation and role: no row that holds a person responsible matches a dissenter. A dissenter in a collective
 * decision gets row {@code APPORTION.R9.DISSENTER}, which cites 公职人员政务处分法 Art 10 (only those who bear
 * responsibility for the collective decision answer for it; interpretation: one who voted against it bears none);
 * any other dissenter falls to {@code APPORTION.NONE}. An agency with its own measure replaces rows through
 * {@link #table()} and {@link #of}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Apportionment {

    /** The title of a row: who bears what in which situation. */
    private static final Template ROW_TITLE = Template.of("{situation}的，{role}承担{responsibility}",
            "where {situation}, the {role} bears {responsibility}");

    private static final LegalBasis LEVELS = LegalBasis.of(Provision.of(CHONGQING_RESPONSIBILITY_REGULATION, 7),
            Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 9));
    private static final LegalBasis EACH_BY_PART = LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 9));
    private static final LegalBasis SUPERIOR_ORDER = LegalBasis.of(Provision.of(CIVIL_SERVANTS_LAW, 60))
            .and(EACH_BY_PART);
    private static final LegalBasis COLLECTIVE = LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 10),
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 57, 2)).and(EACH_BY_PART);

    /** Reads the table's columns from a person's facts. */
    private static final FactSchema<Facts> FACTS = FactSchema.<Facts>builder("apportionment facts")
            .enumColumn("situation", Situation.class, Facts::situation)
            .enumColumn("role", Role.class, Facts::role)
            .booleanColumn("dissented", Facts::dissented)
            .build();

    private static final Apportionment NATIONAL = of(nationalTable());

    /**
     * The facts of one person's part in a wrong decision (责任划分事实), as the table's columns read them.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param situation  how the decision came about, not null
     * @param role  the person's part, not null
     * @param dissented  whether the person held the correct view and said so (持正确意见), such as a member who
     *         voted against a wrong collective decision
     */
    public record Facts(Situation situation, Role role, boolean dissented) {}

    /**
     * A person involved in a wrong decision (过错参与人).
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param person  who, such as an officer's name or id, not blank
     * @param role  the part they played, not null
     * @param dissented  whether they held the correct view and said so (持正确意见); a dissenter bears no
     *         responsibility
     */
    public record Participant(String person, Role role, boolean dissented) {

        /**
         * Creates a participant.
         *
         * @param person  who, such as an officer's name or id, not blank
         * @param role  the part they played, not null
         * @param dissented  whether they held the correct view and said so (持正确意见); a dissenter bears no responsibility
         */
        public Participant {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(role, "role");
        }

        /**
         * Obtains a participant who did not dissent.
         *
         * @param person  who, not blank
         * @param role  the part they played, not null
         * @return the participant, not null
         */
        public static Participant of(String person, Role role) {
            return new Participant(person, role, false);
        }
    }

    /**
     * A person's share of responsibility (责任份额), with the decision that apportioned it.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param participant  the person, not null
     * @param responsibility  the responsibility they bear, not null
     * @param decision  the decision of the apportionment table, for its explanation, not null
     */
    public record Share(Participant participant, Responsibility responsibility, Decision<Responsibility> decision) {}

    private final DecisionTable<Facts, Responsibility> table;

    private Apportionment(DecisionTable<Facts, Responsibility> table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * Returns the national apportionment.
     *
     * @return the apportionment, not null
     */
    public static Apportionment national() {
        return NATIONAL;
    }

    /**
     * Obtains an apportionment from a table, such as the national one with an agency's rows replaced.
     *
     * @param table  the table, not null
     * @return the apportionment, not null
     */
    public static Apportionment of(DecisionTable<Facts, Responsibility> table) {
        return new Apportionment(table);
    }

    /**
     * Returns the table, to inspect, verify or replace rows of.
     *
     * @return the table, not null
     */
    public DecisionTable<Facts, Responsibility> table() {
        return table;
    }

    /**
     * Apportions responsibility for a wrong decision between the people involved.
     *
     * @param situation  how the decision came about, not null
     * @param participants  the people involved, not null
     * @return one share per participant, in the same order, not null
     */
    public List<Share> apportion(Situation situation, List<Participant> participants) {
        Objects.requireNonNull(situation, "situation");
        return participants.stream().map(p -> {
            Decision<Responsibility> decision = table.decide(new Facts(situation, p.role(), p.dissented()));
            return new Share(p, decision.outcome().orElse(NONE), decision);
        }).collect(ImmutableList.toImmutableList());
    }

    private static DecisionTable<Facts, Responsibility> nationalTable() {
        TableSpec.Builder<Responsibility> t = TableSpec.<Responsibility>builder("过错责任划分表", HitPolicy.FIRST)
                .columns(Column.ofEnum("situation", Situation.class), Column.ofEnum("role", Role.class),
                        Column.ofBoolean("dissented"))
                .order(Comparator.naturalOrder())
                .wording(DecisionWording.describing(Responsibility::label));
        row(t, "APPORTION.R1", Situation.HANDLER_ACTED_WITHOUT_APPROVAL, HANDLER, DIRECT, LEVELS);
        row(t, "APPORTION.R2", Situation.HANDLER_MISLED_SUPERIORS, HANDLER, DIRECT, LEVELS);
        row(t, "APPORTION.R3", Situation.HANDLER_DEVIATED_FROM_APPROVAL, HANDLER, DIRECT, LEVELS);
        row(t, "APPORTION.R4.HANDLER", Situation.WRONG_DRAFT_APPROVED, HANDLER, DIRECT, LEVELS);
        row(t, "APPORTION.R4.REVIEWER", Situation.WRONG_DRAFT_APPROVED, REVIEWER, PRINCIPAL_LEADERSHIP, LEVELS);
        row(t, "APPORTION.R4.APPROVER", Situation.WRONG_DRAFT_APPROVED, APPROVER, IMPORTANT_LEADERSHIP, LEVELS);
        row(t, "APPORTION.R5.REVIEWER", Situation.REVIEWER_CHANGED_CORRECT_OPINION, REVIEWER, DIRECT, LEVELS);
        row(t, "APPORTION.R5.APPROVER", Situation.REVIEWER_CHANGED_CORRECT_OPINION, APPROVER, PRINCIPAL_LEADERSHIP,
                LEVELS);
        row(t, "APPORTION.R6", Situation.REVIEWER_DECIDED_WITHOUT_APPROVAL, REVIEWER, DIRECT, LEVELS);
        row(t, "APPORTION.R7", Situation.APPROVER_OVERRODE, APPROVER, DIRECT, LEVELS);
        row(t, "APPORTION.R8", Situation.LEADER_INTERFERED, INSTRUCTING_LEADER, DIRECT, SUPERIOR_ORDER);
        row(t, "APPORTION.R9.HEAD", Situation.COLLECTIVE_DECISION, PRESIDING_HEAD, PRINCIPAL_LEADERSHIP, COLLECTIVE);
        row(t, "APPORTION.R9.MEMBER", Situation.COLLECTIVE_DECISION, COLLECTIVE_MEMBER, IMPORTANT_LEADERSHIP,
                COLLECTIVE);
        row(t, "APPORTION.R10", Situation.HIGHER_BODY_CHANGED_DECISION, HIGHER_BODY_HEAD, IMPORTANT_LEADERSHIP,
                EACH_BY_PART);
        return t.row("APPORTION.R9.DISSENTER").basis(COLLECTIVE)
                        .title(BilingualText.of("集体决定中持正确意见并明确表示反对的人员，不承担责任",
                                "in a collective decision, whoever held the correct view and voted against it bears "
                                        + "no responsibility"))
                        .when("situation", Cell.is(Situation.COLLECTIVE_DECISION)).when("dissented", Cell.yes())
                        .then(NONE)
                .row("APPORTION.NONE").basis(EACH_BY_PART)
                        .title(BilingualText.of("其他人员不承担该过错的责任，持正确意见者不承担责任",
                                "anyone else, and whoever held the correct view, bears no responsibility"))
                        .then(NONE)
                .build()
                .compile(FACTS);
    }

    /** Adds a row that holds a person responsible; a dissenter never matches it. */
    private static void row(TableSpec.Builder<Responsibility> t, String id, Situation situation, Role role,
            Responsibility responsibility, LegalBasis basis) {
        t.row(id).basis(basis).title(title(situation, role, responsibility))
                .when("situation", Cell.is(situation)).when("role", Cell.is(role)).when("dissented", Cell.no())
                .then(responsibility);
    }

    private static BilingualText title(Situation situation, Role role, Responsibility responsibility) {
        return ROW_TITLE.render(Parameters.builder().put("situation", situation).put("role", role)
                .put("responsibility", responsibility).build());
    }
}
