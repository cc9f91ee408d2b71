package io.github.quanze.testkit.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Samples;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/**
 * The lawful, mutated and planted histories from fixed seeds, at a size mutation testing affords (it leaves out the
 * properties tagged many-tries): what each history holds, not only that it is lawful.
 */
class SeededHistoriesTest {

    // drawn afresh by each test: mutation testing changes the generators' code between tests
    private static List<CaseHistory> lawful() {
        return Samples.draw(QuanzeArbitraries.caseHistories(), 300, 21);
    }

    @Example
    void seededLawfulHistoriesOfEveryTemplateHaveNoViolationAndClose() {
        Set<Object> templates = new HashSet<>();
        for (CaseHistory history : lawful()) {
            templates.add(history.procedure());
            CaseState state = history.record().replay(history.closedOn());
            assertThat(state.violations()).as("%s: %s", history, state.explain().en()).isEmpty();
            assertThat(state.closed()).isTrue();
            CaseEvent last = history.events().get(history.events().size() - 1);
            assertThat(last).isInstanceOfSatisfying(CaseEvent.StepPerformed.class,
                    p -> assertThat(p.step()).isEqualTo(history.procedure().last().kind()));
        }
        assertThat(templates).containsExactlyInAnyOrderElementsOf(ProcedureTemplates.all());
    }

    @Example
    void onlyStepsThatRecordNoDecisionArePerformedAgainBeforeTheLast() {
        for (CaseHistory history : lawful()) {
            List<CaseEvent.StepPerformed> performed = history.events().stream()
                    .filter(CaseEvent.StepPerformed.class::isInstance).map(e -> (CaseEvent.StepPerformed) e).toList();
            for (CaseEvent.StepPerformed p : performed) {
                List<CaseEvent.StepPerformed> same = performed.stream().filter(q -> q.step() == p.step()).toList();
                if (same.size() > 1) {
                    var step = history.procedure().step(p.step()).orElseThrow();
                    assertThat(step.isContentRequired()).as("%s", history).isFalse();
                    assertThat(step).isNotEqualTo(history.procedure().last());
                    assertThat(same).hasSizeLessThanOrEqualTo(5);
                    assertThat(p.date()).isBeforeOrEqualTo(history.closedOn());
                }
            }
        }
    }

    @Example
    void aWaivedStepOrAnAcceptanceDeemedIsNeverPerformedAndAWaivedDefenceEndsInAWarning() {
        List<CaseHistory> histories = lawful();

        for (CaseHistory history : histories) {
            Set<StepKind> performed = new HashSet<>();
            Set<StepKind> waived = new HashSet<>();
            for (CaseEvent e : history.events()) {
                if (e instanceof CaseEvent.StepPerformed p) {
                    performed.add(p.step());
                    p.content().filter(PenaltyDecision.class::isInstance).ifPresent(c -> assertThat(
                            ((PenaltyDecision) c).kinds().contains(PenaltyKind.WARNING)).as("%s", history)
                            .isEqualTo(history.variant().waived()));
                } else if (e instanceof CaseEvent.Waived w) {
                    waived.add(w.step());
                }
            }
            assertThat(waived).as("%s", history).allMatch(step -> !performed.contains(step));
            if (history.procedure() == ProcedureTemplates.LICENSING_GENERAL && history.variant().deemed()) {
                assertThat(performed).doesNotContain(StepKind.ACCEPTANCE);
            }
        }
        assertThat(histories).anyMatch(h -> h.events().stream().anyMatch(CaseEvent.Waived.class::isInstance))
                .anyMatch(h -> h.procedure() == ProcedureTemplates.LICENSING_GENERAL && h.variant().deemed());
    }

    @Example
    void someStepsArePerformedAgainAndSomeEventsAreRecordedLate() {
        assertThat(lawful()).anyMatch(SeededHistoriesTest::repeatsAStep).anyMatch(h -> !repeatsAStep(h))
                .anyMatch(h -> !(h.events().get(0) instanceof CaseEvent.StepPerformed p
                        && p.step() == h.procedure().steps().get(0).kind()))
                .anyMatch(h -> performances(h).values().stream().anyMatch(dates -> dates.size() == 5))
                .anyMatch(h -> performances(h).values().stream().anyMatch(dates -> dates.size() > 1
                        && dates.stream().distinct().count() > 1))
                .anyMatch(h -> !inDateOrder(h.events())).anyMatch(h -> !h.grounds().isEmpty());
    }

    @Example
    void aSuspendedLicensingIsResumedAfterTheHearing() {
        List<CaseHistory> suspended = lawful().stream().filter(h -> h.events().stream()
                .anyMatch(CaseEvent.Suspended.class::isInstance)).toList();

        assertThat(suspended).isNotEmpty().allSatisfy(h -> {
            assertThat(h.procedure()).isSameAs(ProcedureTemplates.LICENSING_GENERAL);
            int at = indexOf(h.events(), CaseEvent.Suspended.class);
            int resumed = indexOf(h.events(), CaseEvent.Resumed.class);
            assertThat(resumed).isGreaterThan(at);
            assertThat(((CaseEvent.Resumed) h.events().get(resumed)).date())
                    .isAfter(((CaseEvent.Suspended) h.events().get(at)).date());
        });
    }

    @Example
    void aPublishedDecisionFollowsItsTemplatesRuleAndStatedRecordsCoverEveryStep() {
        List<CaseHistory> histories = lawful();

        for (CaseHistory history : histories) {
            boolean publishedEvent = history.events().stream().anyMatch(CaseEvent.Published.class::isInstance);
            assertThat(publishedEvent).as("%s", history).isEqualTo(history.publication().isPresent());
            history.publication().ifPresent(rule -> assertThat(rule).isEqualTo(
                    history.procedure() == ProcedureTemplates.LICENSING_GENERAL ? PublicationRule.licensing()
                            : history.procedure().has(StepKind.DECISION) ? PublicationRule.penalty()
                            : PublicationRule.otherDecision(StepKind.HEAD_APPROVAL)));
            if (history.recorded()) {
                assertThat(history.events()).filteredOn(CaseEvent.StepPerformed.class::isInstance)
                        .allSatisfy(e -> assertThat(((CaseEvent.StepPerformed) e).records()).isPresent());
            }
        }
        assertThat(histories).anyMatch(h -> h.publication().isPresent()).anyMatch(h -> h.publication().isEmpty())
                .anyMatch(h -> h.procedure() == ProcedureTemplates.LICENSING_GENERAL && h.publication().isPresent())
                .anyMatch(h -> h.procedure() != ProcedureTemplates.LICENSING_GENERAL
                        && h.procedure().has(StepKind.DECISION) && h.publication().isPresent())
                .anyMatch(CaseHistory::recorded).anyMatch(h -> !h.recorded())
                .anyMatch(h -> h.publication().filter(r -> r.decision() == StepKind.HEAD_APPROVAL).isPresent());
    }

    @Example
    void seededMutatedHistoriesMostlyBreakTheLawAndReachThePublicationAndRecordRules() {
        List<CaseHistory> mutated = Samples.draw(QuanzeArbitraries.caseHistories().mutated(), 400, 22);

        Set<ViolationKind> kinds = EnumSet.noneOf(ViolationKind.class);
        int violated = 0;
        for (CaseHistory history : mutated) {
            List<ViolationKind> found = CaseHistoryCoverageTest.kindsFortyDaysOn(history);
            kinds.addAll(found);
            violated += found.isEmpty() ? 0 : 1;
            if (history.publication().isPresent()) {
                // publicity is dated on or after the decision, recorded after its earliest event, and goes with it
                StepKind decision = history.publication().get().decision();
                int earliest = LawfulHistories.earliest(history.events(), decision);
                for (int i = 0; i < history.events().size(); i++) {
                    CaseEvent e = history.events().get(i);
                    if (e instanceof CaseEvent.Published || e instanceof CaseEvent.Overturned) {
                        assertThat(earliest).as("%s", history).isNotNegative().isLessThan(i);
                        assertThat(e.date()).isAfterOrEqualTo(
                                LawfulHistories.firstDate(history.events(), decision).orElseThrow());
                    }
                }
            }
        }
        assertThat(violated).isGreaterThanOrEqualTo(200);
        assertThat(kinds).contains(ViolationKind.PUBLICATION_OVERDUE, ViolationKind.RECORD_MISSING,
                ViolationKind.MISSED_DEADLINE, ViolationKind.MISSING_STEP);
        assertThat(mutated.stream().filter(h -> h.publication().isPresent()).count()).isGreaterThan(80);
        assertThat(mutated.stream().filter(CaseHistory::recorded).count()).isGreaterThan(80);
        assertThat(mutated).anyMatch(h -> h.events().stream().anyMatch(CaseEvent.Overturned.class::isInstance))
                .anyMatch(h -> h.events().stream().anyMatch(CaseEvent.Extended.class::isInstance))
                .anyMatch(h -> h.publication().isPresent()
                        && h.events().stream().anyMatch(CaseEvent.Published.class::isInstance));
    }

    @Example
    void aPlantedHistoryOfEachKindHasExactlyThatViolation() {
        long seed = 40;
        for (ViolationKind kind : CaseHistoryArbitrary.plantableKinds()) {
            for (CaseHistory history : Samples.draw(QuanzeArbitraries.caseHistories().withViolation(kind), 3,
                    ++seed)) {
                assertThat(history.record().replay(history.closedOn()).violations()).as("%s: %s", kind, history)
                        .extracting(ProcedureViolation::kind).containsExactly(kind);
            }
        }
    }

    private static Map<StepKind, List<LocalDate>> performances(CaseHistory history) {
        return history.events().stream().filter(CaseEvent.StepPerformed.class::isInstance)
                .map(e -> (CaseEvent.StepPerformed) e).collect(Collectors.groupingBy(CaseEvent.StepPerformed::step,
                        Collectors.mapping(CaseEvent.StepPerformed::date, Collectors.toList())));
    }

    private static boolean repeatsAStep(CaseHistory history) {
        return performances(history).values().stream().anyMatch(dates -> dates.size() > 1);
    }

    private static boolean inDateOrder(List<CaseEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).date().isBefore(events.get(i - 1).date())) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<CaseEvent> events, Class<? extends CaseEvent> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
