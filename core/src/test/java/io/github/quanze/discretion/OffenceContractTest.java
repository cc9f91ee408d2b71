package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** An offence as a value, and the order of its days. */
class OffenceContractTest {

    static final LocalDate ACT = LocalDate.of(2024, 5, 1);
    static final LocalDate FOUND = LocalDate.of(2024, 5, 10);
    static final LocalDate DECIDED = LocalDate.of(2024, 6, 1);

    static Offence.Builder offence() {
        return Offence.builder().item("A-FIX").act(ACT).discovered(FOUND).decided(DECIDED);
    }

    @Example
    void days_mayFallOnOneDay_butNotOutOfOrder() {
        Offence sameDay = Offence.builder().item("A-FIX").act(ACT).ended(ACT).discovered(ACT).decided(ACT).build();
        assertThat(sameDay.decided()).isEqualTo(ACT);
        assertThatIllegalArgumentException().isThrownBy(() -> Offence.builder().item("A-FIX").act(ACT)
                .discovered(ACT.minusDays(1)).decided(DECIDED).build())
                .withMessage("Offence 'A-FIX': discovered 2024-04-30 is before the act on 2024-05-01");
        assertThatIllegalArgumentException().isThrownBy(() -> Offence.builder().item("A-FIX").act(ACT)
                .discovered(FOUND).decided(FOUND.minusDays(1)).build())
                .withMessage("Offence 'A-FIX': decided 2024-05-09 is before the act was discovered on 2024-05-10");
        assertThatIllegalArgumentException().isThrownBy(() -> offence().ended(ACT.minusDays(1)).build())
                .withMessage("Offence 'A-FIX': the act ended 2024-04-30, before it began on 2024-05-01");
        assertThatIllegalArgumentException().isThrownBy(() -> offence().ended(DECIDED.plusDays(1)).build())
                .withMessage("Offence 'A-FIX': the act ended 2024-06-02, after the decision on 2024-06-01");
    }

    @Example
    void graveHarm_needsSomeHarm() {
        assertThat(offence().graveHarm(true).build().isGraveHarm()).isTrue();
        assertThat(offence().party(PartyFacts.builder().harm(Harm.NONE).build()).build().isGraveHarm()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> offence().graveHarm(true)
                .party(PartyFacts.builder().harm(Harm.NONE).build()).build())
                .withMessage("Offence 'A-FIX': graveHarm is set but party.harm is NONE; Art 36 requires harmful "
                        + "consequences (且有危害后果)");
    }

    @Example
    void equals_readsEveryField() {
        Offence base = offence().build();
        assertThat(base).isEqualTo(offence().build()).hasSameHashCodeAs(offence().build());
        List<Offence> others = List.of(
                Offence.builder().item("B-MUL").act(ACT).discovered(FOUND).decided(DECIDED).build(),
                Offence.builder().item("A-FIX").act(ACT.minusDays(1)).discovered(FOUND).decided(DECIDED).build(),
                offence().ended(FOUND).build(),
                Offence.builder().item("A-FIX").act(ACT).discovered(FOUND.plusDays(1)).decided(DECIDED).build(),
                base.decidedOn(DECIDED.plusDays(1)),
                offence().base(yuan("100")).build(),
                offence().circumstances(Circumstances.builder().set("amount", 1).build()).build(),
                offence().party(PartyFacts.builder().age(30).build()).build(),
                offence().graveHarm(true).build());
        for (Offence other : others) {
            assertThat(base).isNotEqualTo(other);
        }
        assertThat(base).isNotEqualTo("A-FIX");
        assertThat(base.hashCode()).isNotEqualTo(offence().graveHarm(true).build().hashCode());
        assertThat(base.decidedOn(DECIDED)).isEqualTo(base);
    }

    @Example
    void decidedOn_keepsEveryOtherField_andChecksTheDay() {
        Offence full = offence().ended(FOUND).base(yuan("1000")).graveHarm(true)
                .circumstances(Circumstances.builder().set("repeated", true).build())
                .party(PartyFacts.builder().age(16).build()).build();
        Offence later = full.decidedOn(DECIDED.plusDays(10));
        assertThat(later.decided()).isEqualTo(DECIDED.plusDays(10));
        assertThat(later.decidedOn(DECIDED)).isEqualTo(full);
        assertThatIllegalArgumentException().isThrownBy(() -> full.decidedOn(FOUND.minusDays(1)))
                .withMessageContaining("decided 2024-05-09 is before the act was discovered on 2024-05-10");
    }

    @Example
    void toString_givesTheItemTheDaysTheBaseAndTheCircumstances() {
        assertThat(offence().build()).hasToString("Offence[A-FIX, act 2024-05-01, discovered 2024-05-10, decided "
                + "2024-06-01, base none, {}]");
        assertThat(offence().ended(FOUND).base(yuan("1000.50"))
                .circumstances(Circumstances.builder().set("amount", 30_000).build()).build())
                .hasToString("Offence[A-FIX, act 2024-05-01–2024-05-10, discovered 2024-05-10, decided 2024-06-01, "
                        + "base 1000.50, {amount=30000}]");
    }
}
