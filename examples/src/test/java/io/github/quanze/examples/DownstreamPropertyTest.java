package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.procedure.CaseHistory;
import io.github.quanze.timelimit.DeadlineStatus;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * What a vendor's suite looks like with quanze-testkit: its own overdue list, computed the way its case-handling
 * system does, against quanze's, on case histories the testkit generates. The property is the README's. Written
 * first without backward limits (a hearing notice due seven days before the hearing), it failed on a history where
 * the notice was never served, shrunk to eleven events of one day: the vendor's rule now counts those limits too.
 */
class DownstreamPropertyTest {

    @Property(tries = 1000)
    void ourOverdueListEqualsQuanzes(@ForAll("penaltyCases") CaseHistory history,
            @ForAll @IntRange(max = 150) int days) {
        LocalDate today = history.opened().plusDays(days);
        CaseRecord record = history.open().appendAll(history.events().stream()
                .filter(e -> !e.date().isAfter(today)).toList());

        Set<StepKind> quanze = record.replay(today).deadlines().stream()
                .filter(d -> d.status().state() == DeadlineStatus.State.OVERDUE)
                .map(CaseDeadline::step).collect(Collectors.toCollection(TreeSet::new));

        assertThat(ourOverdueList(record, today)).isEqualTo(quanze);
        Statistics.label("overdue").collect(!quanze.isEmpty());
    }

    /** Ordinary penalty cases, lawful or with slips (late steps, wrong officers…); our system records no extension. */
    @Provide
    Arbitrary<CaseHistory> penaltyCases() {
        return QuanzeArbitraries.caseHistories().template(ProcedureTemplates.PENALTY_ORDINARY).mutated()
                .filter(h -> h.events().stream().noneMatch(e -> e instanceof CaseEvent.Extended));
    }

    /** The vendor's own rule: a step is overdue when its trigger is done, it is not, and its due day has passed. */
    private static Set<StepKind> ourOverdueList(CaseRecord record, LocalDate today) {
        Set<StepKind> overdue = new TreeSet<>();
        for (Step step : record.procedure().steps()) {
            step.deadline().ifPresent(d -> firstDone(record, d.from())
                    .map(from -> d.limit().count(from).on(WorkingDayCalendar.national()).due())
                    .filter(due -> due.isBefore(today) && firstDone(record, step.kind()).isEmpty())
                    .ifPresent(due -> overdue.add(step.kind())));
        }
        return overdue;
    }

    private static java.util.Optional<LocalDate> firstDone(CaseRecord record, StepKind step) {
        return record.events().stream().filter(e -> e instanceof CaseEvent.StepPerformed p && p.step() == step)
                .map(CaseEvent::date).min(LocalDate::compareTo);
    }
}
