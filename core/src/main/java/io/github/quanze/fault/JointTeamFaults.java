package io.github.quanze.fault;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.internal.Texts;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Role;
import io.github.quanze.referral.JointOperation;
import io.github.quanze.referral.JointTeam;
import io.github.quanze.referral.TeamOfficer;
import io.github.quanze.rule.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The responsibility of a joint team's leader for the quality of its cases (联动执法小组组长案件质量责任): the agency's
 * own rule that the leader is 案件质量第一责任人 and answers for the cases' facts and evidence, applied to the faults
 * found in a case that came out of one of the team's operations. The rule is cited as the agency's own
 * ({@link JointTeam#rule()}), never as a statute: no statute makes a team leader answer for another agency's case.
 * <p>
 * Our reading of the rule: the leader bears {@link Responsibility#PRINCIPAL_LEADERSHIP} (主要领导责任: the leader
 * chiefly answerable, "第一责任人", though the act was another's) as {@link Role#JOINT_TEAM_LEADER}, for each act (one
 * day) in which an officer of the case bears direct responsibility for a fault of a type that concerns the quality
 * of the case ({@link #CASE_QUALITY}: its facts, evidence, law, discretion and procedure; not an officer's personal
 * misconduct, nor a failure to refer a crime, whose heads the statute names itself). One act is one fault of the
 * leader, of the gravest type among the act's faults; its form is ordinary negligence (the leader did not commit
 * the act), its consequence the gravest of the act's. Where the leader is among those directly responsible for the
 * act (a {@link Responsibility#DIRECT} fault of the leader of a type in {@link #CASE_QUALITY} on the act's day), the
 * leader's own fault stands and no second one is made; any other fault of the leader that day (personal misconduct
 * such as {@link FaultType#NO_CREDENTIAL}, or a fault the leader bears as a leader) is another matter and leaves the
 * leader's responsibility for the act in place (our reading of the agency's rule).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class JointTeamFaults {

    /** The fault types that concern the quality of a case, for which the leader answers. */
    public static final Set<FaultType> CASE_QUALITY = Sets.immutableEnumSet(EnumSet.of(FaultType.NO_LEGAL_BASIS,
            FaultType.ULTRA_VIRES, FaultType.ABUSE_OF_DISCRETION, FaultType.FACTS_UNCLEAR, FaultType.WRONG_LAW,
            FaultType.PROCEDURE_VIOLATION, FaultType.OVERDUE));

    private JointTeamFaults() {}

    /**
     * Returns the leader's faults for the faults found in one case of a team's operation.
     *
     * @param team  the team, not null
     * @param operation  the operation, of the team, not null
     * @param record  the case, which came out of the operation, not null
     * @param faults  the faults found in the case, such as {@link ViolationFaults#of}, not null
     * @return the leader's faults, one per act, in the order of their first fault, not null
     * @throws IllegalArgumentException if the operation is not the team's, or the case did not come out of it;
     *         the message names the case, the operation and the value
     */
    public static List<Fault> of(JointTeam team, JointOperation operation, CaseRecord record, List<Fault> faults) {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(faults, "faults");
        checkArgument(operation.team().equals(team.id()), "Case %s: operation %s belongs to team %s, not %s",
                record.id(), Texts.quote(operation.id()), Texts.quote(operation.team()), Texts.quote(team.id()));
        checkArgument(operation.produced(record), "Case %s: the case did not come out of operation %s (it references "
                + "%s, and the operation lists %s)", record.id(), Texts.quote(operation.id()),
                record.operation().map(Texts::quote).orElse("no operation"), Texts.quote(operation.cases()));
        TeamOfficer leader = team.leader();
        FaultSubject subject = FaultSubject.officer(leader.officer(), leader.name());
        Map<LocalDate, List<Fault>> acts = new LinkedHashMap<>();
        Set<LocalDate> ownActs = new LinkedHashSet<>();
        for (Fault fault : faults) {
            Objects.requireNonNull(fault, "faults element");
            boolean quality = fault.subject().kind() == FaultSubject.Kind.OFFICER
                    && fault.responsibility() == Responsibility.DIRECT && CASE_QUALITY.contains(fault.type());
            if (quality && fault.subject().id().equals(subject.id())) {
                ownActs.add(fault.actDate());
            } else if (quality) {
                acts.computeIfAbsent(fault.actDate(), d -> new ArrayList<>()).add(fault);
            }
        }
        TeamLeaderGround ground = new TeamLeaderGround(team.id(), operation.id(), record.id(), leader, team.rule());
        List<Fault> result = new ArrayList<>();
        acts.forEach((day, found) -> {
            if (ownActs.contains(day)) {
                return;
            }
            FaultType type = found.get(0).type();
            Consequence consequence = found.get(0).consequence();
            Set<Finding> grounds = new LinkedHashSet<>();
            grounds.add(ground);
            for (Fault fault : found) {
                if (fault.type().defaultGravity().compareTo(type.defaultGravity()) > 0) {
                    type = fault.type();
                }
                if (fault.consequence().compareTo(consequence) > 0) {
                    consequence = fault.consequence();
                }
                grounds.addAll(fault.grounds());
            }
            result.add(Fault.builder().subject(subject).type(type).form(FaultForm.ORDINARY_NEGLIGENCE)
                    .consequence(consequence).role(Role.JOINT_TEAM_LEADER)
                    .responsibility(Responsibility.PRINCIPAL_LEADERSHIP).actDate(day).grounds(List.copyOf(grounds))
                    .build());
        });
        return List.copyOf(result);
    }
}
