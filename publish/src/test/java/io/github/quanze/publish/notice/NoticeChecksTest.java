package io.github.quanze.publish.notice;

import static io.github.quanze.publish.notice.Fixtures.penaltyOnZhao;
import static io.github.quanze.publish.notice.Fixtures.revokedOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.rule.Severity;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

class NoticeChecksTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private static List<NoticeFinding> check(DecisionNotice notice) {
        return NoticeChecks.check(notice, CALENDAR, AS_OF);
    }

    @Example
    void aNoticePublishedAndWithdrawnInTimeHasNoFinding() {
        assertThat(check(penaltyOnZhao().build())).isEmpty();
        // revoked Monday 2026-10-19, withdrawn Thursday 10-22: the third working day
        assertThat(check(penaltyOnZhao().overturned(revokedOn(LocalDate.of(2026, 10, 19)))
                .withdrawal(Withdrawal.of(LocalDate.of(2026, 10, 22), "已撤销")).build())).isEmpty();
    }

    @Example
    void publication_isDueOnTheSeventhWorkingDayAcrossTheNationalDayHoliday() {
        // decided 2026-09-30; 10-01 to 10-07 off, 10-10 a make-up working day: the seventh working day is 10-15
        DecisionNotice onTime = penaltyOnZhao().decided(LocalDate.of(2026, 9, 30))
                .published(LocalDate.of(2026, 10, 15)).build();
        assertThat(check(onTime)).isEmpty();
        List<NoticeFinding> late = check(penaltyOnZhao().decided(LocalDate.of(2026, 9, 30))
                .published(LocalDate.of(2026, 10, 16)).build());
        assertThat(late).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("NOTICE.PUBLICATION_OVERDUE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.parameters().date("due")).isEqualTo(LocalDate.of(2026, 10, 15));
            assertThat(f.message().zh()).contains("示烟罚〔2026〕31号", "2026-10-16", "2026-10-15");
            assertThat(f.basis().toString()).contains("118号");
        });
    }

    @Example
    void withdrawal_afterThreeWorkingDaysOrNotAtAllIsLate() {
        NoticeFinding late = check(penaltyOnZhao().overturned(revokedOn(LocalDate.of(2026, 10, 19)))
                .withdrawal(Withdrawal.of(LocalDate.of(2026, 10, 23), "已撤销")).build()).get(0);
        assertThat(late.code()).isEqualTo("NOTICE.LATE_WITHDRAWAL");
        assertThat(late.parameters().date("due")).isEqualTo(LocalDate.of(2026, 10, 22));
        assertThat(late.basis().toString()).contains("第四十八条第二款", "第八十五条");
        assertThat(late.message().en()).contains("revoked on 2026-10-19", "withdrawn on 2026-10-23");

        DecisionNotice notWithdrawn = penaltyOnZhao().overturned(revokedOn(LocalDate.of(2026, 10, 19))).build();
        assertThat(NoticeChecks.check(notWithdrawn, CALENDAR, LocalDate.of(2026, 10, 22))).isEmpty();
        assertThat(NoticeChecks.check(notWithdrawn, CALENDAR, LocalDate.of(2026, 10, 23)))
                .extracting(NoticeFinding::code).containsExactly("NOTICE.LATE_WITHDRAWAL");
    }

    @Example
    void withdrawal_withoutReasonsIsAFinding() {
        DecisionNotice notice = penaltyOnZhao().overturned(revokedOn(LocalDate.of(2026, 10, 19)))
                .withdrawal(new Withdrawal(LocalDate.of(2026, 10, 20), java.util.Optional.empty())).build();
        assertThat(check(notice)).extracting(NoticeFinding::code)
                .containsExactly("NOTICE.WITHDRAWN_WITHOUT_REASONS");
    }

    @Example
    void aLicenceHasNoWithdrawalTime() {
        DecisionNotice licence = Fixtures.licenceToCompany().overturned(revokedOn(LocalDate.of(2026, 10, 20)))
                .build();
        assertThat(check(licence)).isEmpty();
    }

    @Example
    void aRulingBeforeThePublicationIsDueEndsTheDutyToPublish() {
        DecisionNotice notice = penaltyOnZhao().published(LocalDate.of(2026, 10, 9))
                .overturned(revokedOn(LocalDate.of(2026, 9, 14)))
                .withdrawal(Withdrawal.of(LocalDate.of(2026, 10, 9), "已撤销")).build();
        // published after the ruling: the withdrawal counts from the publication itself
        assertThat(check(notice)).isEmpty();
    }
}
