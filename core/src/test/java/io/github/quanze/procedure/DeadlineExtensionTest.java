package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.text.Parameters;
import io.github.quanze.timelimit.PeriodUnit;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;

/**
 * 行政强制法 Art 25: 查封、扣押 last at most thirty days; with the head's approval they may be extended, "但是延长期限不得超过三十日"
 * — the cap holds for all extensions together, not for each.
 */
class DeadlineExtensionTest {

    private static CaseState seized(String release, CaseEvent... extensions) {
        return CaseRecord.builder().id("案-扣押").procedure(ProcedureTemplates.SEIZURE_AND_DETENTION)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(LocalDate.of(2026, 3, 2)).build()
                .appendAll(ProcedureTemplatesTest.seizure(release, extensions)).replay(LocalDate.of(2026, 6, 30));
    }

    @Example
    void twoExtensionsWithinTheCapBothCount() {
        CaseState state = seized("2026-05-05", ProcedureTemplatesTest.extension(20, Optional.of(CHEN), "2026-03-30"),
                ProcedureTemplatesTest.extension(10, Optional.of(CHEN), "2026-04-10"));

        assertThat(state.violations()).isEmpty();
        // thirty days from 2026-03-02, thirty more, and the 劳动节 holiday at the end (as for one 30-day extension)
        assertThat(state.deadlines().get(0).deadline().due()).isEqualTo(LocalDate.of(2026, 5, 6));
    }

    @Example
    void aSecondExtensionPastTheCapCountsOnlyTheRoomLeft() {
        CaseState state = seized("2026-05-05", ProcedureTemplatesTest.extension(20, Optional.of(CHEN), "2026-03-30"),
                ProcedureTemplatesTest.extension(20, Optional.of(CHEN), "2026-04-10"));

        assertThat(state.violations()).extracting(ProcedureViolation::kind)
                .containsExactly(ViolationKind.EXTENSION_OVER_CAP);
        assertThat(state.violations().get(0).date()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(state.violations().get(0).details()).isEqualTo(Parameters.builder().put("amount", 20)
                .put("unit", PeriodUnit.DAYS).put("cap", 30).build());
        assertThat(state.deadlines().get(0).deadline().due()).isEqualTo(LocalDate.of(2026, 5, 6));
    }
}
