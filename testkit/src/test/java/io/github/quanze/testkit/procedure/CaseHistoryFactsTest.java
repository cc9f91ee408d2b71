package io.github.quanze.testkit.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.testkit.Choices;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Samples;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;

/** Which steps a history's facts call for, and the helpers the generators build histories with. */
class CaseHistoryFactsTest {

    private static final Variant PLAIN = new Variant(false, false, true, false, false, false, false, true);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @Example
    void aLegalityReviewIsRequiredByAGroundOfArt58ButNotByASeriousViolationAlone() {
        Step review = step(ProcedureTemplates.PENALTY_ORDINARY, StepKind.LEGALITY_REVIEW);
        Step collective = step(ProcedureTemplates.PENALTY_ORDINARY, StepKind.COLLECTIVE_DECISION);

        CaseHistory serious = history(ProcedureTemplates.PENALTY_ORDINARY, Set.of(
                CaseGround.COMPLEX_OR_SERIOUS_VIOLATION), false, PLAIN);
        CaseHistory publicInterest = history(ProcedureTemplates.PENALTY_ORDINARY, Set.of(
                CaseGround.MAJOR_PUBLIC_INTEREST), false, PLAIN);

        assertThat(serious.required(review)).isFalse();
        assertThat(serious.required(collective)).isTrue();
        assertThat(publicInterest.required(review)).isTrue();
        assertThat(publicInterest.required(collective)).isFalse();
        assertThat(history(ProcedureTemplates.PENALTY_ORDINARY, Set.of(), false, PLAIN).required(review)).isFalse();
    }

    @Example
    void majorRightsCountOnlyOnceAHearingWasHeld() {
        Step review = step(ProcedureTemplates.PENALTY_ORDINARY, StepKind.LEGALITY_REVIEW);
        Variant requested = new Variant(false, true, true, false, false, false, false, true);
        Set<CaseGround> rights = Set.of(CaseGround.MAJOR_RIGHTS_AFTER_HEARING);

        assertThat(history(ProcedureTemplates.PENALTY_ORDINARY, rights, true, requested).required(review)).isTrue();
        assertThat(history(ProcedureTemplates.PENALTY_ORDINARY, rights, true, PLAIN).required(review)).isFalse();
        assertThat(history(ProcedureTemplates.PENALTY_ORDINARY, rights, false, requested).required(review))
                .isFalse();
    }

    @Example
    void aCorrectionNoticeIsSentForAnIncompleteApplicationThatIsNotDeemedAccepted() {
        Step notice = step(ProcedureTemplates.LICENSING_GENERAL, StepKind.CORRECTION_NOTICE);

        assertThat(history(ProcedureTemplates.LICENSING_GENERAL, Set.of(), false,
                new Variant(false, false, true, false, false, true, false, true)).performs(notice)).isTrue();
        assertThat(history(ProcedureTemplates.LICENSING_GENERAL, Set.of(), false,
                new Variant(false, false, true, false, true, true, false, true)).performs(notice)).isFalse();
        assertThat(history(ProcedureTemplates.LICENSING_GENERAL, Set.of(), false, PLAIN).performs(notice)).isFalse();
        assertThat(history(ProcedureTemplates.LICENSING_GENERAL, Set.of(), false, PLAIN).required(notice)).isFalse();
    }

    @Example
    void aHistoryShowsItsFactsAndEvents() {
        CaseHistory history = history(ProcedureTemplates.PENALTY_ORDINARY, Set.of(CaseGround.MAJOR_PUBLIC_INTEREST),
                true, PLAIN).withEvents(List.of(performed(StepKind.FILING, DAY)));

        assertThat(history.toString()).startsWith("CaseHistory{" + ProcedureTemplates.PENALTY_ORDINARY.name().en()
                + ", opened 2025-03-03, grounds [MAJOR_PUBLIC_INTEREST], eligible true, " + PLAIN
                + ", publication false, recorded false, events [").endsWith("]}");
    }

    @Example
    void theEarliestEventOfAStepIsFoundByDateNotByPlace() {
        List<CaseEvent> events = List.of(performed(StepKind.FILING, DAY.plusDays(3)),
                performed(StepKind.INVESTIGATION, DAY), performed(StepKind.FILING, DAY.plusDays(1)),
                performed(StepKind.FILING, DAY.plusDays(1)), new CaseEvent.HearingRequested(DAY.minusDays(5)));

        assertThat(LawfulHistories.earliest(events, StepKind.FILING)).isEqualTo(2);
        assertThat(LawfulHistories.earliest(events, StepKind.INVESTIGATION)).isEqualTo(1);
        assertThat(LawfulHistories.earliest(events, StepKind.DECISION)).isEqualTo(-1);
        assertThat(LawfulHistories.earliest(List.of(performed(StepKind.FILING, DAY),
                performed(StepKind.FILING, DAY.plusDays(2))), StepKind.FILING)).isZero();
        assertThat(LawfulHistories.firstDate(events, StepKind.FILING)).contains(DAY.plusDays(1));
        assertThat(LawfulHistories.firstDate(events, StepKind.DECISION)).isEmpty();
    }

    @Example
    void officersAreAsManyAsTheStepNeedsOrMoreFromItsRole() {
        Step investigation = step(ProcedureTemplates.PENALTY_ORDINARY, StepKind.INVESTIGATION);
        List<OfficerId> pool = Bureau.BY_ROLE.get(investigation.role());

        assertThat(LawfulHistories.officers(investigation, Choices.first()))
                .containsExactlyElementsOf(pool.subList(0, investigation.officers()));
        Set<List<OfficerId>> drawn = new HashSet<>();
        for (Choices choices : Samples.draw(Choices.of(8), 60, 1)) {
            List<OfficerId> officers = LawfulHistories.officers(investigation, choices);
            assertThat(officers).hasSizeBetween(investigation.officers(), pool.size()).doesNotHaveDuplicates();
            assertThat(pool).containsAll(officers);
            drawn.add(officers);
        }
        // shuffled: some draws take the whole pool, some put a later officer first
        assertThat(drawn).anyMatch(o -> o.size() == pool.size()).anyMatch(o -> !o.equals(pool.subList(0, o.size())));
    }

    @Example
    void theFirstMutationDropsTheFirstEventAndKeepsTheClosingDay() {
        CaseHistory lawful = Samples.draw(QuanzeArbitraries.caseHistories(), 1, 5).get(0);
        CaseHistory mutated = Mutations.mutate(lawful, Choices.first());

        List<CaseEvent> events = lawful.events();
        assertThat(events.get(0)).isInstanceOf(CaseEvent.StepPerformed.class);
        assertThat(mutated.events()).hasSize(events.size() - 1);
        assertThat(mutated.events().subList(0, events.size() - 2)).isEqualTo(events.subList(1, events.size() - 1));
        assertThat(mutated.closedOn()).isEqualTo(lawful.closedOn());
        assertThat(mutated.events().get(mutated.events().size() - 1).date()).isEqualTo(lawful.closedOn());
    }

    private static CaseHistory history(Procedure procedure, Set<CaseGround> grounds, boolean eligible,
            Variant variant) {
        return new CaseHistory(procedure, grounds, eligible, variant, List.of(), DAY, Optional.empty(), false);
    }

    private static Step step(Procedure procedure, StepKind kind) {
        return procedure.step(kind).orElseThrow();
    }

    private static CaseEvent performed(StepKind step, LocalDate date) {
        return new CaseEvent.StepPerformed(step, date, List.of(Bureau.WANG), List.of("文书"), Optional.empty());
    }
}
