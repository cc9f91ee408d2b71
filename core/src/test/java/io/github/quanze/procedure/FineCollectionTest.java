package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.LI;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.CLOSING;
import static io.github.quanze.procedure.StepKind.FINES_HANDED_IN;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.ON_THE_SPOT_COLLECTION;
import static io.github.quanze.procedure.StepKind.RECORD_FILING;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;

/**
 * 行政处罚法 Art 68(1): a fine may be collected on the spot when "依法给予一百元以下罚款的" — the fine decided, not the
 * part of it collected, decides whether the ground holds.
 */
class FineCollectionTest {

    private static CaseState summary(String fine, String collected) {
        List<CaseEvent> events = new ArrayList<>(List.of(step(NOTICE, "2026-05-06", WANG, LI),
                step(STATEMENT_AND_DEFENCE, "2026-05-06", WANG),
                ProcedureTemplatesTest.summaryDecision("2026-05-06", PenaltyDecision.fine(PartyType.CITIZEN,
                        new BigDecimal(fine)), WANG, LI),
                step(SERVICE, "2026-05-06", WANG), step(RECORD_FILING, "2026-05-08", WANG),
                CaseEvent.recorded(ON_THE_SPOT_COLLECTION, LocalDate.of(2026, 5, 6), new FineCollection(
                        new BigDecimal(collected), CollectionGround.SMALL_FINE), WANG, LI),
                step(FINES_HANDED_IN, "2026-05-08", WANG), step(CLOSING, "2026-05-12", WANG)));
        return CaseRecord.builder().id("案-简易").procedure(ProcedureTemplates.PENALTY_SUMMARY)
                .organization(Cases.BUREAU_ORGANIZATION).area(Cases.AREA).opened(LocalDate.of(2026, 5, 6)).build()
                .appendAll(events).replay(LocalDate.of(2026, 5, 31));
    }

    @Example
    void aFineOfMoreThan100YuanIsNotASmallFineThoughLessIsCollected() {
        CaseState state = summary("150", "100");

        assertThat(state.violations(ViolationKind.COLLECTION_NOT_ALLOWED)).singleElement().satisfies(v -> {
            assertThat(v.step()).isEqualTo(ON_THE_SPOT_COLLECTION);
            assertThat(v.date()).isEqualTo(LocalDate.of(2026, 5, 6));
            assertThat(v.people()).extracting(Involvement::officer).containsExactly(WANG, LI);
            assertThat(v.details()).isEqualTo(Parameters.builder().put("collected", new BigDecimal("100.00"))
                    .put("ground", CollectionGround.SMALL_FINE).put("fine", new BigDecimal("150.00"))
                    .put("procedure", ProcedureTemplates.PENALTY_SUMMARY.name()).put("groundAllowed", true).build());
        });
    }

    @Example
    void aFineOf100YuanIsASmallFine() {
        assertThat(summary("100", "100").violations(ViolationKind.COLLECTION_NOT_ALLOWED)).isEmpty();
        assertThat(summary("100", "60").violations(ViolationKind.COLLECTION_NOT_ALLOWED)).isEmpty();
    }
}
