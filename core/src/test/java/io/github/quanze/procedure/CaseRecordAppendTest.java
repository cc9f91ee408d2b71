package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.GROUNDS;
import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.WANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/**
 * The final step closes the case: no event but publicity (公开、撤回、决定被纠正) may follow it, and it may not be dated
 * before an event it follows, though a publication dated after it may come before it in the record.
 */
class CaseRecordAppendTest {

    private static final CaseEvent.Published PUBLISHED_LATER = new CaseEvent.Published(LocalDate.of(2026, 11, 12),
            Optional.of("烟草专卖局门户网站"));

    private static CaseRecord open() {
        return Cases.penaltyCase("烟罚〔2026〕1号", LocalDate.of(2026, 9, 1)).grounds(GROUNDS[0], GROUNDS[1])
                .hearingEligible(true).publication(PublicationRule.penalty()).build();
    }

    /** The penalty case with an event put just before its closing (结案) of 2026-11-10. */
    private static List<CaseEvent> beforeClosing(CaseEvent event) {
        List<CaseEvent> events = new ArrayList<>(PENALTY_CASE);
        events.add(events.size() - 1, event);
        return events;
    }

    @Example
    void aPublicationDatedAfterTheClosingDoesNotHoldItBack() {
        List<CaseEvent> events = beforeClosing(PUBLISHED_LATER);

        CaseRecord whole = open().appendAll(events);
        CaseRecord split = open().appendAll(events.subList(0, events.size() - 1))
                .appendAll(events.subList(events.size() - 1, events.size()));

        assertThat(whole.events()).hasSize(PENALTY_CASE.size() + 1).last().isEqualTo(events.get(events.size() - 1));
        assertThat(split).isEqualTo(whole);
        assertThat(whole.replay(LocalDate.of(2026, 11, 30)).closed()).isTrue();
    }

    @Example
    void anotherEventDatedAfterTheClosingHoldsItBack() {
        CaseEvent late = Cases.step(StepKind.EXECUTION, "2026-11-12", WANG);
        String message = "Case 烟罚〔2026〕1号: final step CLOSING on 2026-11-10 would close the case before its event of "
                + "2026-11-12";

        assertThatIllegalArgumentException().isThrownBy(() -> open().appendAll(beforeClosing(late)))
                .withMessage(message);
        List<CaseEvent> events = beforeClosing(late);
        CaseRecord first = open().appendAll(events.subList(0, events.size() - 1));
        assertThatIllegalArgumentException().isThrownBy(() -> first.appendAll(events.subList(events.size() - 1,
                events.size()))).withMessage(message);
    }

    @Example
    void onlyPublicityFollowsTheClosing() {
        CaseRecord closed = open().appendAll(PENALTY_CASE);

        assertThat(closed.appendAll(List.of(PUBLISHED_LATER)).events()).last().isEqualTo(PUBLISHED_LATER);
        assertThatIllegalStateException().isThrownBy(() -> closed.appendAll(List.of(Cases.step(StepKind.EXECUTION,
                        "2026-11-12", WANG))))
                .withMessageStartingWith("Case 烟罚〔2026〕1号 was closed by its CLOSING of 2026-11-10: no event may "
                        + "follow, but got ");
    }

    @Example
    void toStringNamesTheCaseItsProcedureAndItsLength() {
        assertThat(open().appendAll(PENALTY_CASE)).hasToString("CaseRecord{烟罚〔2026〕1号, "
                + ProcedureTemplates.PENALTY_ORDINARY.name().zh() + ", " + PENALTY_CASE.size() + " events}");
        assertThat(open()).hasToString("CaseRecord{烟罚〔2026〕1号, " + ProcedureTemplates.PENALTY_ORDINARY.name().zh()
                + ", 0 events}");
    }
}
