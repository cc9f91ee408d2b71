package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.Instruments;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.fault.ViolationFaults;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import io.github.quanze.jackson.procedure.CaseStateDocuments;
import io.github.quanze.jackson.referral.ReferralDocuments;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.referral.CaseTransfer;
import io.github.quanze.referral.TeamFinding;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionKind;
import io.github.quanze.sanction.SanctionPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The referral example's outcomes, both ways; its documents under {@code examples/documents/tobacco/} (written again
 * with {@code -Dquanze.documents.write=true}); and the {@code referral} command's output.
 */
class ReferralExampleTest {

    private static final Path DIRECTORY = TobaccoDocumentsTest.DIRECTORY;
    private static final QuanzeDocuments YAML = QuanzeDocuments.yaml();
    private static final QuanzeDocuments JSON = QuanzeDocuments.json();
    private static final LocalDate CHECKED = ReferralCases.CHECKED;

    /** The case records as documents, by file. */
    static final Map<String, Supplier<CaseRecord>> CASES = Map.of(
            "referral-case.yaml", ReferralCases::referred,
            "penalised-case.yaml", ReferralCases::penalised,
            "transferred-case.yaml", ReferralCases::transferred,
            "received-case.yaml", ReferralCases::received,
            "operation-case.yaml", ReferralCases::operationCase);

    /** The documents' context: the national instruments with the team's own rule, and the joint organization. */
    static DocumentContext context() {
        return DocumentContext.empty()
                .with(BasisCatalogue.class, Instruments.catalogue().toBuilder().add(ReferralCases.TEAM_RULE).build())
                .with(Organization.class, ReferralCases.organization());
    }

    @BeforeAll
    static void writeWhenAsked() throws IOException {
        if (!Boolean.getBoolean("quanze.documents.write")) {
            return;
        }
        Files.createDirectories(DIRECTORY);
        DocumentContext c = context();
        write(OrganizationDocuments.ORGANIZATION, ReferralCases.organization(), "organization-referral.yaml", c);
        for (var entry : CASES.entrySet()) {
            write(CaseRecordDocuments.CASE_RECORD, entry.getValue().get(), entry.getKey(), c);
        }
        write(ReferralDocuments.JOINT_TEAM, ReferralCases.team(), "joint-team.yaml", c);
        write(ReferralDocuments.TEAM_LOG, ReferralCases.log(), "team-log.yaml", c);
    }

    private static <T> void write(DocumentKind<T> kind, T value, String file, DocumentContext c) {
        YAML.writer(kind).with(c).write(value, DIRECTORY.resolve(file));
    }

    private static <T> T read(DocumentKind<T> kind, String file, DocumentContext c) {
        return YAML.reader(kind).with(c).read(DIRECTORY.resolve(file));
    }

    // --- (a) referred on time ---

    @Test
    void theCounterfeitCaseIsReferredOnTimeWithItsDeadlinesMet() {
        CaseState state = ReferralCases.referred().replay(CHECKED);

        assertThat(state.violations()).as(state.explain().en()).isEmpty();
        assertThat(state.closed()).isTrue();
        assertThat(state.deadlines()).extracting(CaseDeadline::step).containsExactly(StepKind.REFERRAL_APPROVAL,
                StepKind.REFERRAL, StepKind.ITEMS_HANDOVER);
        assertThat(state.deadlines()).allSatisfy(d -> assertThat(d.status().isMissed()).isFalse());
        // reported Thursday 08-06: three days to Sunday 08-09, moved to Monday 08-10; 24 hours from 08-07 10:00;
        // three days from the filing notice of 08-10
        assertThat(state.deadlines()).extracting(d -> d.deadline().due()).containsExactly(LocalDate.of(2026, 8, 10),
                LocalDate.of(2026, 8, 8), LocalDate.of(2026, 8, 13));
    }

    @Test
    void theSameCaseReferredADayLateIsALateReferral() {
        CaseRecord late = CaseRecord.builder().id(ReferralCases.REFERRED)
                .procedure(ReferralCases.referred().procedure()).organization(ReferralCases.organization())
                .area(TobaccoCatalogue.AREA).opened(LocalDate.of(2026, 8, 3)).build()
                .appendAll(ReferralCases.referred().events().stream().filter(e -> !e.date().isAfter(
                        LocalDate.of(2026, 8, 7)) && !(e instanceof io.github.quanze.procedure.CaseEvent.StepPerformed p
                        && p.step() == StepKind.REFERRAL) && !(e instanceof io.github.quanze.procedure.CaseEvent.Answered))
                        .toList());

        // approved 08-07 at 10:00: the 24 hours run out on 08-08, the day the replay reports the transfer late
        assertThat(late.replay(LocalDate.of(2026, 8, 7)).violations()).isEmpty();
        assertThat(late.replay(LocalDate.of(2026, 8, 8)).violations()).extracting(v -> v.kind())
                .containsExactly(ViolationKind.LATE_REFERRAL);
    }

    // --- (b) penalised instead ---

    @Test
    void thePenalisedCaseIsAPenaltyInPlaceOfReferralSanctionedOnARefusalToCorrect() {
        CaseState state = ReferralCases.penalised().replay(CHECKED);

        assertThat(state.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL);
            assertThat(v.basis().toString()).contains("第十一条", "第十六条");
        });
        List<Fault> faults = ViolationFaults.of(state);
        assertThat(faults).extracting(f -> f.subject().name()).containsExactly("王建国", "陈立新");
        assertThat(faults).allSatisfy(f -> {
            assertThat(f.type()).isEqualTo(FaultType.FAILURE_TO_REFER);
            assertThat(SanctionPolicy.national().decide(f, ReferralExample.DECIDED).outcome().orElseThrow()
                    .isNone()).isTrue();
        });
        assertThat(ReferralExample.refusedFaults()).hasSize(2).allSatisfy(f -> assertThat(SanctionPolicy.national()
                .decide(f, ReferralExample.DECIDED).outcome().orElseThrow()).isEqualTo(Sanction.of(SanctionKind.DEMERIT)));
        // the referred case, by contrast, has no fault
        assertThat(ViolationFaults.of(ReferralCases.referred().replay(CHECKED))).isEmpty();
    }

    // --- (c) the transfer, the team check, the leader ---

    @Test
    void theTransferAgreesAndTheReceivingAgencyCountsItsOwnNinetyDays() {
        CaseTransfer transfer = ReferralExample.transfer();

        assertThat(transfer.from()).isEqualTo(TobaccoBureau.CITY);
        assertThat(transfer.to()).isEqualTo(ReferralCases.MARKET_BUREAU);
        assertThat(transfer.daysWithSender()).isEqualTo(7);
        assertThat(transfer.sending().replay(CHECKED).violations()).isEmpty();
        assertThat(transfer.continued(CHECKED).violations()).isEmpty();
        assertThat(transfer.deadlines(CHECKED)).filteredOn(d -> d.step() == StepKind.DECISION).singleElement()
                .satisfies(d -> assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2026, 12, 24)));
        assertThat(transfer.continued(LocalDate.of(2026, 12, 25)).violations(ViolationKind.MISSED_DEADLINE))
                .hasSize(1);
    }

    @Test
    void theQuarterFindsAugustWithoutAMeetingAndTheOtherMonthsClean() {
        List<TeamFinding> findings = ReferralExample.teamFindings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(TeamFinding.Kind.MEETING_MISSED);
            assertThat(f.date()).isEqualTo(LocalDate.of(2026, 8, 31));
            assertThat(f.message().zh()).contains("2026-08", "陈立新");
        });
        // July and September alone are clean
        assertThat(ReferralCases.log().check(ReferralCases.team(), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31))).isEmpty();
        assertThat(ReferralCases.log().check(ReferralCases.team(), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30))).isEmpty();
    }

    @Test
    void theTeamLeaderAnswersForTheOperationCasesProcedureFault() {
        assertThat(ReferralCases.operationCase().replay(CHECKED).violations()).extracting(v -> v.kind())
                .containsExactly(ViolationKind.TOO_FEW_OFFICERS);
        assertThat(ReferralExample.leaderFaults()).singleElement().satisfies(f -> {
            assertThat(f.subject().name()).isEqualTo("陈立新");
            assertThat(f.type()).isEqualTo(FaultType.PROCEDURE_VIOLATION);
            assertThat(f.responsibility()).isEqualTo(Responsibility.PRINCIPAL_LEADERSHIP);
        });
    }

    // --- documents ---

    @Test
    void theDocumentsAreTheJavaBuiltValuesAndReplayAlike() {
        DocumentContext c = DocumentContext.empty().with(BasisCatalogue.class,
                Instruments.catalogue().toBuilder().add(ReferralCases.TEAM_RULE).build());
        Organization organization = read(OrganizationDocuments.ORGANIZATION, "organization-referral.yaml", c);
        assertThat(organization).isEqualTo(ReferralCases.organization());
        c = c.with(Organization.class, organization);
        for (var entry : CASES.entrySet()) {
            CaseRecord record = read(CaseRecordDocuments.CASE_RECORD, entry.getKey(), c);
            assertThat(record).as(entry.getKey()).isEqualTo(entry.getValue().get());
            assertThat(JSON.writer(CaseStateDocuments.CASE_STATE).with(c).writeString(record.replay(CHECKED)))
                    .isEqualTo(JSON.writer(CaseStateDocuments.CASE_STATE).with(c)
                            .writeString(entry.getValue().get().replay(CHECKED)));
        }
        assertThat(read(ReferralDocuments.JOINT_TEAM, "joint-team.yaml", c)).isEqualTo(ReferralCases.team());
        assertThat(read(ReferralDocuments.TEAM_LOG, "team-log.yaml", c).check(ReferralCases.team(),
                ReferralCases.QUARTER_FROM, ReferralCases.QUARTER_TO)).isEqualTo(ReferralExample.teamFindings());
    }

    @Test
    void theCheckCommandReplaysTheDocuments() {
        Examples.Run referred = Examples.run("check", "documents/tobacco/referral-case.yaml", "--organization",
                "documents/tobacco/organization-referral.yaml", "--date", CHECKED.toString());
        Examples.Run penalised = Examples.run("check", "documents/tobacco/penalised-case.yaml", "--organization",
                "documents/tobacco/organization-referral.yaml", "--date", CHECKED.toString(), "--en");

        assertThat(referred.status()).isZero();
        assertThat(referred.out().strip()).isEqualTo(ReferralCases.referred().replay(CHECKED).explain().zh());
        assertThat(penalised.status()).isZero();
        assertThat(penalised.out().strip()).isEqualTo(ReferralCases.penalised().replay(CHECKED).explain().en())
                .contains("a penalty in place of referral");
    }

    // --- the command ---

    @Test
    void theCommandPrintsTheThreeStoriesInChineseAndEnglish() {
        Examples.Run zh = Examples.run("referral");
        Examples.Run en = Examples.run("referral", "--en");

        assertThat(zh.status()).isZero();
        assertThat(zh.out()).contains("示烟罚〔2026〕52号", "回放结果（2026-10-30）：无违法", "法释〔2010〕7号第一条第一款",
                "PROCEDURE.PENALTY_INSTEAD_OF_REFERRAL", "处理结果：记过", "示市监罚〔2026〕15号",
                "2026-12-24届满", "TEAM.MEETING_MISSED", "组长责任：陈立新");
        assertThat(en.status()).isZero();
        assertThat(en.out()).contains("A suspected crime referred on time", "Replay (as of 2026-10-30): no violation",
                "A penalty in place of referral", "Case transferred", "The team leader's responsibility",
                "TEAM.MEETING_MISSED").doesNotContain("回放结果");
        assertThat(zh.out().lines().count()).isEqualTo(en.out().lines().count());
        assertThat(List.of(zh.err(), en.err())).containsOnly("");
    }
}
