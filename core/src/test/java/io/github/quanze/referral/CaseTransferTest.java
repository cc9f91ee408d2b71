package io.github.quanze.referral;

import static io.github.quanze.procedure.Cases.CHEN;
import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.SUN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.referral.Teams.BUREAU;
import static io.github.quanze.referral.Teams.KNOWN;
import static io.github.quanze.referral.Teams.MARKET;
import static io.github.quanze.referral.Teams.OUTSIDER;
import static io.github.quanze.referral.Teams.SHARED;
import static io.github.quanze.referral.Teams.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.TransferOrigin;
import io.github.quanze.procedure.TransferReason;
import io.github.quanze.procedure.ViolationKind;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Transfers between agencies (行政处罚法 Arts 22-25): the sending record ends with the transfer and is judged as it
 * stood that day; the receiving record names where it came from and continues the case with its own time limits.
 */
class CaseTransferTest {

    private static final LocalDate SENT = day("2026-09-20");

    private static CaseRecord sending(LocalDate opened, CaseEvent... events) {
        return CaseRecord.builder().id("烟罚〔2026〕7号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(SHARED).area("烟草专卖").opened(opened).build().appendAll(java.util.List.of(events));
    }

    private static CaseRecord sent() {
        return sending(day("2026-09-01"), step(FILING, "2026-09-01", WANG),
                step(INVESTIGATION, "2026-09-05", WANG, LI),
                CaseEvent.Transferred.of(SENT, MARKET, TransferReason.PLACE_OF_VIOLATION, WANG, LI));
    }

    private static CaseRecord.Builder receiving(String caseId, LocalDate date, LocalDate opened) {
        return CaseRecord.builder().id("市监罚〔2026〕3号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(SHARED).area("烟草专卖").opened(opened)
                .transferredFrom(new TransferOrigin(BUREAU, caseId, date));
    }

    private static CaseRecord received() {
        return receiving("烟罚〔2026〕7号", SENT, day("2026-09-25")).build()
                .append(step(FILING, "2026-09-25", WANG));
    }

    @Test
    void aTransferredRecordMissesNoStepAndNoLaterTimeLimit() {
        CaseState state = sent().replay(day("2027-06-01"));

        assertThat(state.violations()).isEmpty();
        assertThat(state.pending()).isEmpty();
        assertThat(state.closed()).isFalse();
        assertThat(state.asOf()).isEqualTo(day("2027-06-01"));
        // the same history without the transfer misses the decision's ninety days (Art 60)
        CaseState kept = sending(day("2026-09-01"), step(FILING, "2026-09-01", WANG),
                step(INVESTIGATION, "2026-09-05", WANG, LI)).replay(day("2027-06-01"));
        assertThat(kept.violations(ViolationKind.MISSED_DEADLINE)).extracting(v -> v.step()).contains(DECISION);
        assertThat(kept.pending()).isNotEmpty();
    }

    @Test
    void aTimeLimitMissedBeforeTheTransferStaysMissed() {
        CaseRecord late = sending(day("2026-01-05"), step(FILING, "2026-01-05", WANG),
                CaseEvent.Transferred.of(day("2026-05-04"), MARKET, TransferReason.NOT_COMPETENT, WANG));
        CaseState state = late.replay(day("2026-12-31"));

        assertThat(state.violations(ViolationKind.MISSED_DEADLINE)).singleElement()
                .satisfies(v -> assertThat(v.date()).isEqualTo(day("2026-04-07")));
        // ninety days from 2026-01-05 end on 2026-04-05, in the 清明 holiday: due the next working day, 2026-04-07;
        // transferred on the due day itself, nothing is missed; the day after, the limit was missed
        CaseRecord onTime = sending(day("2026-01-05"), step(FILING, "2026-01-05", WANG),
                CaseEvent.Transferred.of(day("2026-04-07"), MARKET, TransferReason.NOT_COMPETENT, WANG));
        assertThat(onTime.replay(day("2026-12-31")).violations()).isEmpty();
        CaseRecord dayLate = sending(day("2026-01-05"), step(FILING, "2026-01-05", WANG),
                CaseEvent.Transferred.of(day("2026-04-08"), MARKET, TransferReason.NOT_COMPETENT, WANG));
        assertThat(dayLate.replay(day("2026-12-31")).violations(ViolationKind.MISSED_DEADLINE)).hasSize(1);
    }

    @Test
    void beforeTheTransferTheRecordIsJudgedAsUsual() {
        assertThat(sent().replay(day("2026-09-10")).pending()).isNotEmpty();
        assertThat(sent().transferredTo()).isPresent();
        assertThat(sent().replay(day("2026-09-20")).pending()).isEmpty();
    }

    @Test
    void noEventFollowsATransfer_andTheRecordIsUnchanged() {
        CaseRecord record = sent();
        assertThatThrownBy(() -> record.append(step(INVESTIGATION, "2026-09-21", WANG)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("烟罚〔2026〕7号")
                .hasMessageContaining("transferred").hasMessageContaining("2026-09-20");
        assertThat(record).isEqualTo(sent());
        assertThat(record.events()).hasSize(3);
    }

    @Test
    void aTransferDatedBeforeAnEventOrByAnUnknownOfficerIsRefused() {
        CaseRecord record = sending(day("2026-09-01"), step(FILING, "2026-09-01", WANG),
                step(INVESTIGATION, "2026-09-25", WANG, LI));
        assertThatThrownBy(() -> record.append(CaseEvent.Transferred.of(SENT, MARKET, TransferReason.LEVEL, WANG)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕7号")
                .hasMessageContaining("MARKET").hasMessageContaining("2026-09-25");
        assertThatThrownBy(() -> record.append(CaseEvent.Transferred.of(day("2026-09-26"), MARKET,
                TransferReason.LEVEL, io.github.quanze.organization.OfficerId.of("NOBODY"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOBODY");
        assertThatThrownBy(() -> CaseEvent.Transferred.of(SENT, MARKET, TransferReason.LEVEL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MARKET");
        assertThat(record.events()).hasSize(2);
    }

    @Test
    void aCaseIsNotSentBackToTheAgencyItCameFrom() {
        CaseRecord record = received();
        assertThatThrownBy(() -> record.append(CaseEvent.Transferred.of(day("2026-10-11"), BUREAU,
                TransferReason.DESIGNATED, CHEN))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("市监罚〔2026〕3号").hasMessageContaining("BUREAU");
    }

    @Test
    void theRecordsAgree_andTheContinuedCaseCountsItsOwnNinetyDays() {
        CaseTransfer transfer = CaseTransfer.of(sent(), received(), KNOWN);

        assertThat(transfer.from()).isEqualTo(BUREAU);
        assertThat(transfer.to()).isEqualTo(MARKET);
        assertThat(transfer.date()).isEqualTo(SENT);
        assertThat(transfer.reason()).isEqualTo(TransferReason.PLACE_OF_VIOLATION);
        assertThat(transfer.basis().citation().zh()).contains("第二十二条");
        assertThat(transfer.daysWithSender()).isEqualTo(19);
        // Art 60: ninety days from the receiving agency's own filing on 2026-09-25 (due 2026-12-24), not from the
        // sender's filing on 2026-09-01 (which would be due 2026-11-30)
        assertThat(transfer.deadlines(day("2026-12-01"))).filteredOn(d -> d.step() == DECISION)
                .singleElement().extracting(CaseDeadline::deadline).satisfies(d -> assertThat(d.due())
                        .isEqualTo(day("2026-12-24")));
        assertThat(transfer.continued(day("2026-12-24")).violations()).isEmpty();
        assertThat(transfer.continued(day("2026-12-25")).violations(ViolationKind.MISSED_DEADLINE)).hasSize(1);
    }

    @Test
    void aTransferToAnUnknownAgencyIsRefused() {
        CaseRecord record = sending(day("2026-09-01"), step(FILING, "2026-09-01", WANG),
                CaseEvent.Transferred.of(SENT, OUTSIDER, TransferReason.NOT_COMPETENT, WANG));
        assertThatThrownBy(() -> CaseTransfer.of(record, received(), KNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕7号")
                .hasMessageContaining("移送").hasMessageContaining("OUTSIDER");
        assertThatThrownBy(() -> CaseTransfer.of(sent(), received(), Set.of(BUREAU)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MARKET");
        assertThatThrownBy(() -> CaseTransfer.of(sent(), received(), Set.of(MARKET)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BUREAU");
    }

    @Test
    void recordsThatDisagreeAreRefused() {
        CaseRecord otherCase = receiving("烟罚〔2026〕8号", SENT, day("2026-09-25")).build();
        assertThatThrownBy(() -> CaseTransfer.of(sent(), otherCase, KNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("烟罚〔2026〕8号");
        CaseRecord otherDay = receiving("烟罚〔2026〕7号", day("2026-09-21"), day("2026-09-25")).build();
        assertThatThrownBy(() -> CaseTransfer.of(sent(), otherDay, KNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-09-21");
        CaseRecord notTransferred = sending(day("2026-09-01"), step(FILING, "2026-09-01", WANG));
        assertThatThrownBy(() -> CaseTransfer.of(notTransferred, received(), KNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("records no transfer");
        CaseRecord noOrigin = CaseRecord.builder().id("市监罚〔2026〕4号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(SHARED).area("烟草专卖").opened(day("2026-10-10")).build();
        assertThatThrownBy(() -> CaseTransfer.of(sent(), noOrigin, KNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("市监罚〔2026〕4号");
        // a receiving organization that does not hold the receiving agency
        CaseRecord elsewhere = CaseRecord.builder().id("市监罚〔2026〕5号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(io.github.quanze.procedure.Cases.BUREAU_ORGANIZATION).area("烟草专卖")
                .opened(day("2026-10-10")).transferredFrom(new TransferOrigin(BUREAU, "烟罚〔2026〕7号", SENT)).build();
        assertThatThrownBy(() -> CaseTransfer.of(sent(), elsewhere, KNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organization");
    }

    @Test
    void aReceivingRecordCannotOpenBeforeTheTransfer() {
        assertThatThrownBy(() -> receiving("烟罚〔2026〕7号", SENT, day("2026-09-19")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("市监罚〔2026〕3号")
                .hasMessageContaining("2026-09-19").hasMessageContaining("2026-09-20");
        assertThat(receiving("烟罚〔2026〕7号", SENT, SENT).build().opened()).isEqualTo(SENT);
    }

    @Test
    void eachReasonCitesItsArticle() {
        assertThat(TransferReason.PLACE_OF_VIOLATION.basis().citation().zh()).contains("第二十二条");
        assertThat(TransferReason.LEVEL.basis().citation().zh()).contains("第二十三条");
        assertThat(TransferReason.DEVOLVED.basis().citation().zh()).contains("第二十四条第一款");
        assertThat(TransferReason.FIRST_FILED.basis().citation().zh()).contains("第二十五条第一款");
        assertThat(TransferReason.DESIGNATED.basis().citation().zh()).contains("第二十五条第二款");
        assertThat(TransferReason.NOT_COMPETENT.basis().citation().zh()).contains("第二十二条", "第二十三条");
        assertThat(TransferReason.DESIGNATED.label().zh()).contains("指定管辖");
    }

    @Test
    void anUncertifiedSenderIsStillJudgedUpToTheTransfer() {
        CaseRecord record = sending(day("2026-09-01"), step(FILING, "2026-09-01", WANG),
                step(INVESTIGATION, "2026-09-05", SUN, WANG),
                CaseEvent.Transferred.of(SENT, MARKET, TransferReason.LEVEL, WANG));
        assertThat(record.replay(day("2027-01-01")).violations()).isNotEmpty()
                .noneMatch(v -> v.kind() == ViolationKind.MISSING_STEP || v.kind() == ViolationKind.MISSED_DEADLINE);
    }

    @Test
    void aTransfer_keepsItsRecords_andIsEqualByThem() {
        CaseTransfer transfer = CaseTransfer.of(sent(), received(), KNOWN);
        CaseRecord later = receiving("烟罚〔2026〕7号", SENT, day("2026-09-26")).build()
                .append(step(FILING, "2026-09-26", WANG));
        CaseTransfer other = CaseTransfer.of(sent(), later, KNOWN);

        assertThat(transfer.sending()).isEqualTo(sent());
        assertThat(transfer.receiving()).isEqualTo(received());
        assertThat(transfer.event().to()).isEqualTo(MARKET);
        assertThat(transfer).isEqualTo(CaseTransfer.of(sent(), received(), KNOWN))
                .hasSameHashCodeAs(CaseTransfer.of(sent(), received(), KNOWN)).isNotEqualTo(other)
                .isNotEqualTo(sent());
        assertThat(transfer.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(transfer).hasToString("CaseTransfer{烟罚〔2026〕7号 (BUREAU) -> 市监罚〔2026〕3号 (MARKET) on 2026-09-20, "
                + "PLACE_OF_VIOLATION}");
    }

    @Test
    void aTransfer_isAcceptedWhenTheReceivingCaseOpensOnItsDay() {
        CaseRecord sameDay = receiving("烟罚〔2026〕7号", SENT, SENT).build();
        assertThat(CaseTransfer.of(sent(), sameDay, KNOWN).receiving().opened()).isEqualTo(SENT);
    }
}
