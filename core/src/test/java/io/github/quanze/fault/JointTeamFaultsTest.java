package io.github.quanze.fault;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.SUN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Cases;
import io.github.quanze.procedure.Role;
import io.github.quanze.referral.JointOperation;
import io.github.quanze.referral.Teams;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The joint team leader answers for the quality of the team's cases (案件质量第一责任人), on the agency's own rule:
 * principal leadership responsibility for each act with a fault of case quality, never for personal misconduct.
 */
class JointTeamFaultsTest {

    private static final JointOperation OPERATION = Teams.operation("行动-1", "2026-01-05", "烟罚〔2026〕7号");
    private static final LocalDate LATER = LocalDate.of(2026, 6, 1);

    private static CaseRecord teamCase(CaseEvent... events) {
        return Cases.penaltyCase("烟罚〔2026〕7号", LocalDate.of(2026, 1, 5)).operation("行动-1").build()
                .appendAll(List.of(events));
    }

    private static List<Fault> faults(CaseRecord record) {
        return ViolationFaults.of(record.replay(LATER));
    }

    @Test
    void theLeaderAnswersForAMissedTimeLimitOfATeamCase_onTheAgencysOwnRule() {
        CaseRecord record = teamCase(step(FILING, "2026-01-05", WANG));
        List<Fault> found = faults(record);
        assertThat(found).extracting(f -> f.subject().name()).containsExactly("王承办");

        List<Fault> leader = JointTeamFaults.of(Teams.TEAM, OPERATION, record, found);

        assertThat(leader).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(FaultSubject.officer(CHEN, "陈局长"));
            assertThat(f.role()).isEqualTo(Role.JOINT_TEAM_LEADER);
            assertThat(f.responsibility()).isEqualTo(Responsibility.PRINCIPAL_LEADERSHIP);
            assertThat(f.type()).isEqualTo(FaultType.OVERDUE);
            assertThat(f.form()).isEqualTo(FaultForm.ORDINARY_NEGLIGENCE);
            assertThat(f.actDate()).isEqualTo(found.get(0).actDate());
            assertThat(f.grounds().get(0).code()).isEqualTo("FAULT.TEAM_LEADER");
            assertThat(f.grounds().get(0).basis()).isEqualTo(Teams.RULE);
            assertThat(Teams.RULE.provisions()).allMatch(p -> p.instrument().level()
                    == InstrumentLevel.NORMATIVE_DOCUMENT);
            assertThat(f.grounds()).containsAll(found.get(0).grounds());
            assertThat(f.description().zh()).contains("案件质量第一责任人", "本机关联动执法制度");
        });
    }

    @Test
    void personalMisconductIsNotTheLeadersToAnswerFor() {
        CaseRecord record = teamCase(step(FILING, "2026-01-05", WANG), step(INVESTIGATION, "2026-01-06", SUN, WANG));
        List<Fault> found = ViolationFaults.of(record.replay(LocalDate.of(2026, 1, 10)));
        assertThat(found).extracting(Fault::type).containsExactly(FaultType.NO_CREDENTIAL);

        assertThat(JointTeamFaults.of(Teams.TEAM, OPERATION, record, found)).isEmpty();
    }

    @Test
    void aCaseWithoutFaultGivesTheLeaderNone() {
        CaseRecord record = teamCase(step(FILING, "2026-01-05", WANG));
        assertThat(JointTeamFaults.of(Teams.TEAM, OPERATION, record,
                ViolationFaults.of(record.replay(LocalDate.of(2026, 2, 1))))).isEmpty();
    }

    @Test
    void theLeadersOwnActIsNotCountedTwice() {
        CaseRecord record = teamCase(step(FILING, "2026-01-05", CHEN));
        List<Fault> found = faults(record);
        assertThat(found).extracting(f -> f.subject().id()).containsExactly(CHEN.value());

        assertThat(JointTeamFaults.of(Teams.TEAM, OPERATION, record, found)).isEmpty();
    }

    @Test
    void aCaseOutsideTheOperationIsRefused() {
        CaseRecord other = Cases.penaltyCase("烟罚〔2026〕8号", LocalDate.of(2026, 1, 5)).build()
                .append(step(FILING, "2026-01-05", WANG));
        assertThatThrownBy(() -> JointTeamFaults.of(Teams.TEAM, OPERATION, other, faults(other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕8号")
                .hasMessageContaining("行动-1");
        JointOperation foreign = JointOperation.of("行动-1", "别的小组", LocalDate.of(2026, 1, 5),
                java.util.Set.of(Teams.BUREAU), List.of("烟罚〔2026〕7号"));
        CaseRecord record = teamCase(step(FILING, "2026-01-05", WANG));
        assertThatThrownBy(() -> JointTeamFaults.of(Teams.TEAM, foreign, record, faults(record)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("别的小组");
    }

    @Test
    void theLeadersOwnMisconductThatDayDoesNotStandForTheLeadersResponsibility() {
        CaseRecord record = teamCase(step(FILING, "2026-01-05", WANG));
        Fault overdue = faults(record).get(0);
        FaultSubject leader = FaultSubject.officer(CHEN, "陈局长");
        Fault misconduct = overdue.toBuilder().subject(leader).type(FaultType.NO_CREDENTIAL).build();
        Fault ownQuality = overdue.toBuilder().subject(leader).build();
        Fault asSupervisor = overdue.toBuilder().subject(leader).responsibility(Responsibility.PRINCIPAL_LEADERSHIP)
                .build();

        for (Fault other : List.of(misconduct, asSupervisor)) {
            assertThat(JointTeamFaults.of(Teams.TEAM, OPERATION, record, List.of(overdue, other))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.subject()).isEqualTo(leader);
                        assertThat(f.type()).isEqualTo(FaultType.OVERDUE);
                        assertThat(f.actDate()).isEqualTo(overdue.actDate());
                        assertThat(f.role()).isEqualTo(Role.JOINT_TEAM_LEADER);
                    });
        }
        // the leader directly responsible for a fault of case quality that day: no second fault
        assertThat(JointTeamFaults.of(Teams.TEAM, OPERATION, record, List.of(overdue, ownQuality))).isEmpty();
        // on another day, the leader's own fault does not cover the act
        Fault ownOtherDay = ownQuality.toBuilder().actDate(overdue.actDate().plusDays(1)).build();
        assertThat(JointTeamFaults.of(Teams.TEAM, OPERATION, record, List.of(overdue, ownOtherDay))).hasSize(1);
    }
}
