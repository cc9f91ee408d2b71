package io.github.quanze.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Example;

/** The party's facts as a value, and the mitigation 行政处罚法 Arts 30–32 draw from them. */
class PartyFactsContractTest {

    static final PartyFacts ADULT = PartyFacts.builder().build();

    @Example
    void mitigation_art30_mustUntilEighteen() {
        assertThat(PartyFacts.builder().age(14).build().mitigation()).isEqualTo(StatutoryMitigation.MUST);
        assertThat(PartyFacts.builder().age(17).build().mitigation()).isEqualTo(StatutoryMitigation.MUST);
        assertThat(PartyFacts.builder().age(18).build().mitigation()).isEqualTo(StatutoryMitigation.NONE);
        assertThat(ADULT.mitigation()).isEqualTo(StatutoryMitigation.NONE);
    }

    @Example
    void mitigation_art31_mayForDiminishedCapacity_art32_mustForAnyGround() {
        assertThat(PartyFacts.builder().capacity(MentalCapacity.DIMINISHED).build().mitigation())
                .isEqualTo(StatutoryMitigation.MAY);
        assertThat(PartyFacts.builder().capacity(MentalCapacity.DIMINISHED).age(18).build().mitigation())
                .isEqualTo(StatutoryMitigation.MAY);
        assertThat(PartyFacts.builder().capacity(MentalCapacity.DIMINISHED).age(16).build().mitigation())
                .isEqualTo(StatutoryMitigation.MUST);
        assertThat(PartyFacts.builder().grounds(MitigatingGround.CONFESSED).age(30).build().mitigation())
                .isEqualTo(StatutoryMitigation.MUST);
        assertThat(PartyFacts.builder().grounds().build().mitigation()).isEqualTo(StatutoryMitigation.NONE);
    }

    @Example
    void age_isZeroTo150() {
        assertThat(PartyFacts.builder().age(0).build().age()).isEqualTo(OptionalInt.of(0));
        assertThat(PartyFacts.builder().age(150).build().age()).isEqualTo(OptionalInt.of(150));
        assertThatIllegalArgumentException().isThrownBy(() -> PartyFacts.builder().age(-1))
                .withMessage("PartyFacts: age must be 0 to 150 years, but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> PartyFacts.builder().age(151))
                .withMessage("PartyFacts: age must be 0 to 150 years, but was 151");
    }

    @Example
    void defaults_areAnAdultOfFullCapacityWithHarmfulConsequences() {
        assertThat(PartyFacts.none()).isEqualTo(ADULT).hasSameHashCodeAs(ADULT);
        assertThat(ADULT.age()).isEmpty();
        assertThat(ADULT.capacity()).isEqualTo(MentalCapacity.FULL);
        assertThat(ADULT.grounds()).isEmpty();
        assertThat(ADULT.harm()).isEqualTo(Harm.HARMFUL);
        assertThat(ADULT.isMinorAct()).isFalse();
        assertThat(ADULT.isCorrectedInTime()).isFalse();
        assertThat(ADULT.isFirstOffence()).isFalse();
        assertThat(ADULT.isNoFaultProven()).isFalse();
        assertThat(ADULT).hasToString("PartyFacts[age=OptionalInt.empty, capacity=FULL, grounds=[], minorAct=false, "
                + "harm=HARMFUL, corrected=false, first=false, noFault=false]");
    }

    @Example
    void equals_readsEveryFact() {
        List<PartyFacts> each = List.of(PartyFacts.builder().age(30).build(),
                PartyFacts.builder().capacity(MentalCapacity.DIMINISHED).build(),
                PartyFacts.builder().grounds(MitigatingGround.COERCED).build(),
                PartyFacts.builder().minorAct(true).build(), PartyFacts.builder().harm(Harm.SLIGHT).build(),
                PartyFacts.builder().correctedInTime(true).build(), PartyFacts.builder().firstOffence(true).build(),
                PartyFacts.builder().noFaultProven(true).build());
        for (int i = 0; i < each.size(); i++) {
            assertThat(each.get(i)).isNotEqualTo(ADULT);
            for (int j = 0; j < each.size(); j++) {
                assertThat(each.get(i).equals(each.get(j))).as("%s and %s", i, j).isEqualTo(i == j);
            }
        }
        PartyFacts all = PartyFacts.builder().age(16).capacity(MentalCapacity.DIMINISHED)
                .grounds(MitigatingGround.CONFESSED, MitigatingGround.MERITORIOUS).minorAct(true).harm(Harm.NONE)
                .correctedInTime(true).firstOffence(true).noFaultProven(true).build();
        PartyFacts same = PartyFacts.builder().noFaultProven(true).firstOffence(true).correctedInTime(true)
                .harm(Harm.NONE).minorAct(true).grounds(MitigatingGround.MERITORIOUS, MitigatingGround.CONFESSED)
                .capacity(MentalCapacity.DIMINISHED).age(16).build();
        assertThat(all).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("PartyFacts");
        assertThat(all.hashCode()).isNotEqualTo(ADULT.hashCode());
        assertThat(all).hasToString("PartyFacts[age=OptionalInt[16], capacity=DIMINISHED, grounds=[CONFESSED, "
                + "MERITORIOUS], minorAct=true, harm=NONE, corrected=true, first=true, noFault=true]");
    }
}
