package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;

/** What each kind of adjustment may carry: a span or a single day, an amount or none. */
class AdjustmentContractTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate NEXT = DAY.plusDays(1);

    private static Adjustment adjustment(Adjustment.Kind kind, LocalDate to, int amount) {
        return new Adjustment(kind, DAY, to, amount, "检测", Optional.empty());
    }

    @Example
    void spans_mayRunSeveralDays_eventsAreOneDay() {
        assertThat(adjustment(Adjustment.Kind.EXCLUDED, NEXT, 0).to()).isEqualTo(NEXT);
        assertThat(adjustment(Adjustment.Kind.SUSPENDED, NEXT, 2).amount()).isEqualTo(2);
        assertThat(adjustment(Adjustment.Kind.ROLLED, NEXT, 0).kind()).isEqualTo(Adjustment.Kind.ROLLED);
        assertThat(adjustment(Adjustment.Kind.ADVANCED, NEXT, 0).kind()).isEqualTo(Adjustment.Kind.ADVANCED);
        assertThat(adjustment(Adjustment.Kind.INTERRUPTED, DAY, 0).from()).isEqualTo(DAY);
        assertThatIllegalArgumentException().isThrownBy(() -> adjustment(Adjustment.Kind.INTERRUPTED, NEXT, 0))
                .withMessage("Adjustment INTERRUPTED is a single day, but runs from 2026-03-02 to 2026-03-03");
        assertThatIllegalArgumentException().isThrownBy(() -> adjustment(Adjustment.Kind.EXTENDED, NEXT, 1))
                .withMessage("Adjustment EXTENDED is a single day, but runs from 2026-03-02 to 2026-03-03");
        assertThatIllegalArgumentException().isThrownBy(() -> new Adjustment(Adjustment.Kind.EXCLUDED, NEXT, DAY, 0,
                "检测", Optional.empty()))
                .withMessage("Adjustment EXCLUDED must not end (2026-03-02) before it starts (2026-03-03)");
    }

    @Example
    void amounts_extensionsAddAtLeastOne_spansAtLeastNothing_othersNothing() {
        assertThat(adjustment(Adjustment.Kind.EXTENDED, DAY, 1).amount()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> adjustment(Adjustment.Kind.EXTENDED, DAY, 0))
                .withMessage("Adjustment EXTENDED must add at least 1, but added 0");
        assertThat(adjustment(Adjustment.Kind.EXCLUDED, DAY, 0).amount()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> adjustment(Adjustment.Kind.SUSPENDED, DAY, -1))
                .withMessage("Adjustment SUSPENDED must add at least 0, but added -1");
        assertThatIllegalArgumentException().isThrownBy(() -> adjustment(Adjustment.Kind.EXCLUDED, DAY, -1))
                .withMessage("Adjustment EXCLUDED must add at least 0, but added -1");
        assertThatIllegalArgumentException().isThrownBy(() -> adjustment(Adjustment.Kind.ROLLED, NEXT, 1))
                .withMessage("Adjustment ROLLED adds nothing, but added 1");
        assertThatIllegalArgumentException().isThrownBy(() -> adjustment(Adjustment.Kind.INTERRUPTED, DAY, 1))
                .withMessage("Adjustment INTERRUPTED adds nothing, but added 1");
    }

    @Example
    void reasonsAndApprovers_areSingleLines() {
        assertThat(new Adjustment(Adjustment.Kind.EXTENDED, DAY, DAY, 5, "延长", Optional.of("局长")).approver())
                .contains("局长");
        assertThatIllegalArgumentException().isThrownBy(() -> new Adjustment(Adjustment.Kind.EXTENDED, DAY, DAY, 5,
                "延长", Optional.of("局长\n"))).withMessageStartingWith("Adjustment EXTENDED: approver");
        assertThatIllegalArgumentException().isThrownBy(() -> new Adjustment(Adjustment.Kind.EXCLUDED, DAY, DAY, 0,
                "检\n测", Optional.empty())).withMessageStartingWith("Adjustment EXCLUDED: reason");
        assertThat(Adjustment.Kind.ROLLED.label().zh()).isEqualTo("顺延");
    }
}
