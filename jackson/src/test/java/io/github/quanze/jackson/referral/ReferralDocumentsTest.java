package io.github.quanze.jackson.referral;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import io.github.quanze.jackson.testing.CaseBureau;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.TransferOrigin;
import io.github.quanze.procedure.TransferReason;
import io.github.quanze.referral.JointOperation;
import io.github.quanze.referral.JointTeam;
import io.github.quanze.referral.MeetingRule;
import io.github.quanze.referral.TeamActivity;
import io.github.quanze.referral.TeamLog;
import io.github.quanze.referral.TeamOfficer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The documents of joint enforcement and of a transfer: round trips and refusals. */
class ReferralDocumentsTest {

    private static final AgencyId BUREAU = CaseBureau.BUREAU;
    private static final AgencyId MARKET = AgencyId.of("MARKET");
    private static final LegalInstrument OWN_RULE = LegalInstrument.builder().title("某市基层联动执法工作制度")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("某联发〔2026〕1号")
            .effectiveDate(LocalDate.of(2026, 1, 1)).build();
    private static final DocumentContext CONTEXT = DocumentContext.empty()
            .with(BasisCatalogue.class, BasisCatalogue.builder("联动执法制度").add(OWN_RULE).build())
            .with(Organization.class, CaseBureau.BUREAU_ORGANIZATION);

    private static final JointTeam TEAM = JointTeam.builder().id("某区联动执法小组").established(LocalDate.of(2026, 1, 1))
            .lead(TeamOfficer.of(BUREAU, OfficerId.of("A-08"), "陈局长"))
            .member(TeamOfficer.of(MARKET, OfficerId.of("M-01"), "马联络员")).scope("烟草专卖", "食品安全")
            .meetings(MeetingRule.monthly(2)).followUpWithin(7).feedbackWithin(0)
            .rule(LegalBasis.of(Provision.of(OWN_RULE, 5))).build();

    private static final String TEAM_DOCUMENT = """
            kind: joint-team
            version: 1
            id: 某区联动执法小组
            established: 2026-01-01
            members:
              - {agency: MARKET, officer: M-01, name: 马联络员}
            scope: [食品安全]
            meetingsPerMonth: 1
            followUpWithin: 7
            feedbackWithin: 3
            rule: [《某市基层联动执法工作制度》第五条]
            """;

    @Test
    void aTeamSurvivesWritingAndReading() {
        assertRoundTrip(ReferralDocuments.JOINT_TEAM, TEAM, CONTEXT);
        JointTeam read = QuanzeDocuments.yaml().reader(ReferralDocuments.JOINT_TEAM).with(CONTEXT)
                .readString("team", TEAM_DOCUMENT.replace("members:", "lead: {agency: BUREAU, officer: A-08, name: "
                        + "陈局长}\nmembers:"));
        assertThat(read.leader().name()).isEqualTo("陈局长");
        assertThat(read.rule().provisions()).singleElement().satisfies(p -> assertThat(p.instrument())
                .isEqualTo(OWN_RULE));
    }

    @Test
    void aTeamWithoutALeadIsRefusedByName() {
        assertThatThrownBy(() -> QuanzeDocuments.yaml().reader(ReferralDocuments.JOINT_TEAM).with(CONTEXT)
                .readString("team.yaml", TEAM_DOCUMENT)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("team.yaml").hasMessageContaining("required field")
                .hasMessageContaining("lead");
    }

    @Test
    void aLogSurvivesWritingAndReading() {
        TeamLog log = new TeamLog(TEAM.id(), List.of(JointOperation.of("行动-1", TEAM.id(), LocalDate.of(2026, 9, 12),
                Set.of(BUREAU, MARKET), List.of("烟罚〔2026〕7号")), JointOperation.of("行动-2", TEAM.id(),
                LocalDate.of(2026, 9, 20), Set.of(MARKET), List.of())), List.of(
                new TeamActivity.Meeting(LocalDate.of(2026, 9, 3), Set.of(BUREAU, MARKET)),
                new TeamActivity.Referral(LocalDate.of(2026, 9, 10), BUREAU, MARKET, "线索-甲",
                        Optional.of(LocalDate.of(2026, 9, 12))),
                new TeamActivity.Referral(LocalDate.of(2026, 9, 11), MARKET, BUREAU, "线索-乙", Optional.empty()),
                new TeamActivity.Feedback("行动-1", LocalDate.of(2026, 9, 13), MARKET)));
        assertRoundTrip(ReferralDocuments.TEAM_LOG, log, CONTEXT);
        assertThat(log.check(TEAM, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))
                .extracting(f -> f.code()).containsExactly("TEAM.MEETING_MISSED", "TEAM.REFERRAL_NOT_FOLLOWED_UP",
                        "TEAM.NO_FEEDBACK", "TEAM.NO_FEEDBACK");
    }

    @Test
    void aTransferSurvivesWritingAndReading() {
        CaseRecord sending = CaseRecord.builder().id("烟罚〔2026〕7号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(CaseBureau.BUREAU_ORGANIZATION).area("烟草专卖").opened(LocalDate.of(2026, 9, 1))
                .operation("行动-1").build()
                .append(CaseEvent.performed(StepKind.FILING, LocalDate.of(2026, 9, 1), CaseBureau.WANG))
                .append(CaseEvent.Transferred.of(LocalDate.of(2026, 9, 20), MARKET, TransferReason.DESIGNATED,
                        CaseBureau.WANG, CaseBureau.LI));
        CaseRecord receiving = CaseRecord.builder().id("市监罚〔2026〕3号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(CaseBureau.BUREAU_ORGANIZATION).area("烟草专卖").opened(LocalDate.of(2026, 9, 25))
                .transferredFrom(new TransferOrigin(BUREAU, "烟罚〔2026〕7号", LocalDate.of(2026, 9, 20))).build();
        assertRoundTrip(CaseRecordDocuments.CASE_RECORD, sending, CONTEXT);
        assertRoundTrip(CaseRecordDocuments.CASE_RECORD, receiving, CONTEXT);
        String text = QuanzeDocuments.yaml().writer(CaseRecordDocuments.CASE_RECORD).with(CONTEXT)
                .writeString(sending);
        assertThat(text).contains("TRANSFERRED", "DESIGNATED", "operation: 行动-1");
    }
}
