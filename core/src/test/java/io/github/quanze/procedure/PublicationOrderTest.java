package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.GROUNDS;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/**
 * 行政处罚法 Art 48 and 国办发〔2018〕118号: a penalty is published within seven working days of the decision. The
 * first publication counts, whatever the order the record lists them in.
 */
class PublicationOrderTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 10, 19);
    private static final LocalDate DUE = WorkingDayCalendar.national().plusWorkingDays(DECIDED, 7);

    private static CaseState published(LocalDate... days) {
        List<CaseEvent> events = new ArrayList<>(PENALTY_CASE);
        for (LocalDate day : days) {
            events.add(new CaseEvent.Published(day, Optional.of("烟草专卖局门户网站")));
        }
        return Cases.penaltyCase("烟罚〔2026〕1号", LocalDate.of(2026, 9, 1)).grounds(GROUNDS[0], GROUNDS[1])
                .hearingEligible(true).publication(PublicationRule.penalty()).build().appendAll(events)
                .replay(DUE.plusDays(40));
    }

    @Example
    void theFirstPublicationCountsThoughRecordedAfterALaterOne() {
        LocalDate late = DUE.plusDays(20);

        assertThat(published(late, DUE).violations(ViolationKind.PUBLICATION_OVERDUE)).isEmpty();
        assertThat(published(DUE, late).violations(ViolationKind.PUBLICATION_OVERDUE)).isEmpty();
        assertThat(published(late).violations(ViolationKind.PUBLICATION_OVERDUE)).singleElement()
                .satisfies(v -> assertThat(v.date()).isEqualTo(DUE));
    }
}
