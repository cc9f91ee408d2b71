package io.github.quanze.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.fault.ViolationFaults;
import io.github.quanze.rule.Severity;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.procedure.CaseHistory;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CasePropertiesTest {

    private static final LocalDate END_OF_DATA = LocalDate.of(2026, 12, 31);

    @Provide
    Arbitrary<CaseHistory> correct() {
        return QuanzeArbitraries.caseHistories();
    }

    /** Lawful histories changed by one to four mutations of any kind. */
    @Provide
    Arbitrary<CaseHistory> mutated() {
        return QuanzeArbitraries.caseHistories().mutated();
    }

    /**
     * A history that follows any lawful variant of a template (陈述申辩 waived, no hearing asked for, a licence refused,
     * an application deemed accepted, a fine collected on the spot, a seizure witnessed for an absent party) has no
     * violation; the testkit's own tests check that each variant is drawn.
     */
    @Property
    void aHistoryFollowingATemplateHasNoViolations(@ForAll("correct") CaseHistory history,
            @ForAll @IntRange(min = 0, max = 30) int daysAfter) {
        CaseState state = history.record().replay(history.closedOn().plusDays(daysAfter));

        assertThat(state.violations()).as(state.explain().en()).isEmpty();
        assertThat(state.closed()).isTrue();
        assertThat(state.pending()).isEmpty();
        assertThat(state.notes()).allSatisfy(n -> assertThat(n.kind()).isIn(NoteKind.WAIVED, NoteKind.DEEMED_STEP));
    }

    @Property
    void removingARequiredStepAlwaysYieldsAMissingStep(@ForAll("correct") CaseHistory history,
            @ForAll @IntRange(min = 0, max = 20) int pick) {
        // a step the law deems done when it is not done in time (受理, 行政许可法 Art 32(1)(4)) is never missing
        List<Step> removable = history.procedure().steps().stream()
                .filter(s -> history.required(s) && s != history.procedure().last() && s.deemed().isEmpty())
                .toList();
        StepKind removed = removable.get(pick % removable.size()).kind();

        CaseState state = history.open().appendAll(CaseReplayTest.without(history.events(), removed))
                .replay(history.closedOn());

        assertThat(state.violations(ViolationKind.MISSING_STEP)).extracting(ProcedureViolation::step)
                .contains(removed);
    }

    @Property
    void replayDoesNotDependOnHowTheHistoryWasSplitIntoAppends(@ForAll("correct") CaseHistory history,
            @ForAll("mutated") CaseHistory mutated, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 40) int mutate) {
        Random random = new Random(seed);
        CaseHistory subject = mutate % 2 == 0 ? mutated : history;
        CaseRecord whole = subject.record();
        CaseRecord pieces = subject.open();
        List<CaseEvent> events = subject.events();
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(4));
            pieces = pieces.appendAll(events.subList(from, to));
            from = to;
        }
        LocalDate asOf = subject.opened().plusDays(random.nextInt(120));

        assertThat(pieces).isEqualTo(whole);
        assertThat(pieces.replay(asOf)).isEqualTo(whole.replay(asOf)).isEqualTo(whole.replay(asOf));
    }

    @Property
    void aViolationFoundOnADayIsFoundOnEveryLaterDay(@ForAll("mutated") CaseHistory mutated,
            @ForAll @IntRange(min = 0, max = 150) int first, @ForAll @IntRange(min = 0, max = 60) int more) {
        CaseRecord record = mutated.record();
        LocalDate day = min(mutated.opened().plusDays(first));
        LocalDate later = min(day.plusDays(more));

        List<ProcedureViolation> before = record.replay(day).violations();

        assertThat(record.replay(later).violations()).containsAll(before);
    }

    @Property
    void violationsAreOrderedAndCiteTheLaw(@ForAll("mutated") CaseHistory mutated) {

        CaseState state = mutated.record().replay(min(mutated.closedOn().plusDays(10)));

        assertThat(state.violations()).allSatisfy(v -> {
            assertThat(v.basis().provisions()).isNotEmpty();
            assertThat(v.message().zh()).isNotBlank();
            assertThat(v.message().en()).isNotBlank();
            assertThat(v.code()).startsWith("PROCEDURE.");
        });
        // one fault per person per act: the violations (errors; a warning makes no fault) naming a person for one step
        // on one day are merged
        long acts = state.violations().stream().filter(v -> v.kind().severity() == Severity.ERROR)
                .flatMap(v -> v.people().stream()
                .map(p -> List.of(p, v.step(), v.date()))).distinct().count();
        assertThat(ViolationFaults.of(state)).hasSize((int) acts);
    }

    @Provide
    Arbitrary<Procedure> procedures() {
        return Arbitraries.longs().map(CasePropertiesTest::randomProcedure);
    }

    @Property
    void diagramsListEveryStepAndEdge(@ForAll("procedures") Procedure procedure) {
        String mermaid = ProcedureDiagram.mermaid(procedure, Locale.CHINESE);
        String dot = ProcedureDiagram.dot(procedure, Locale.ENGLISH);

        for (Step step : procedure.steps()) {
            assertThat(mermaid).contains("    " + step.kind() + "[\"" + step.kind().label().zh());
            assertThat(dot).contains("    " + step.kind() + " [label=\"" + step.kind().label().en());
            for (StepKind before : step.after()) {
                assertThat(mermaid).contains("    " + before + " --> " + step.kind() + "\n");
                assertThat(dot).contains("    " + before + " -> " + step.kind() + ";\n");
            }
        }
        long edges = procedure.steps().stream().mapToLong(s -> s.after().size()).sum();
        assertThat(mermaid.lines().filter(l -> l.contains(" --> ")).count()).isEqualTo(edges);
        assertThat(dot.lines().filter(l -> l.contains(" -> ")).count()).isEqualTo(edges);
    }

    @Property(tries = 20)
    void templatesDrawEveryStepAndEdge(@ForAll("templates") Procedure procedure) {
        diagramsListEveryStepAndEdge(procedure);
    }

    @Provide
    Arbitrary<Procedure> templates() {
        return Arbitraries.of(ProcedureTemplates.all());
    }

    /** A random procedure: steps in order, each after one or more earlier ones, all ending in one final step. */
    static Procedure randomProcedure(long seed) {
        Random random = new Random(seed);
        List<StepKind> kinds = new ArrayList<>(List.of(StepKind.values()));
        java.util.Collections.shuffle(kinds, random);
        List<StepKind> chosen = kinds.subList(0, 2 + random.nextInt(kinds.size() - 2));
        LegalBasis basis = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 54));
        Procedure.Builder builder = Procedure.builder(BilingualText.of("随机流程", "random flow"));
        java.util.Set<StepKind> sinks = new java.util.LinkedHashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            Step step = Step.of(chosen.get(i), PostRole.values()[random.nextInt(4)], basis);
            if (i == chosen.size() - 1) {
                step = after(step, new ArrayList<>(sinks));
            } else if (i > 0) {
                List<StepKind> before = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(3) == 0) {
                        before.add(chosen.get(j));
                    }
                }
                if (before.isEmpty()) {
                    before.add(chosen.get(random.nextInt(i)));
                }
                step = after(step, before);
                sinks.removeAll(before);
            }
            sinks.add(chosen.get(i));
            builder.step(step);
        }
        return builder.build();
    }

    private static Step after(Step step, List<StepKind> before) {
        return step.after(before.get(0), before.subList(1, before.size()).toArray(StepKind[]::new));
    }

    private static LocalDate min(LocalDate date) {
        return date.isAfter(END_OF_DATA) ? END_OF_DATA : date;
    }
}
