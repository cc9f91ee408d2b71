package io.github.quanze.fault;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.referral.TeamOfficer;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.Objects;

/**
 * The ground a joint team's leader answers on for a fault in one of the team's cases (组长案件质量责任依据): the team,
 * the operation, the case and the leader, resting on the agency's own rule of the team. Its code is
 * {@code FAULT.TEAM_LEADER}; its parameters {@code team}, {@code operation}, {@code caseId} and {@code leader} (the
 * leader's name).
 *
 * @param team  the team's id, not null
 * @param operation  the operation's id, not null
 * @param caseId  the case number, not null
 * @param leader  the leader, not null
 * @param rule  the agency's own rule of the team, not null
 */
record TeamLeaderGround(String team, String operation, String caseId, TeamOfficer leader, LegalBasis rule)
        implements Finding {

    TeamLeaderGround {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String code() {
        return "FAULT.TEAM_LEADER";
    }

    /** Returns {@link Severity#WARNING}: the leader's responsibility rests on the agency's own rule. */
    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Parameters parameters() {
        return Parameters.builder().put("team", team).put("operation", operation).put("caseId", caseId)
                .put("leader", leader.name()).build();
    }

    @Override
    public BilingualText message() {
        return FaultMessages.message(this);
    }

    /** Returns the agency's own rule of the team, never a statute. */
    @Override
    public LegalBasis basis() {
        return rule;
    }
}
