package io.github.quanze.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;

/** Declared circumstances as values, and how a value of the wrong kind is named. */
class CircumstancesContractTest {

    static final Circumstances FACTS = Circumstances.builder().set("repeated", true).set("amount", 30_000)
            .set("place", "school-area").build();

    @Example
    void values_areKeptByName_inTheOrderOfTheNames() {
        assertThat(FACTS.values()).isEqualTo(Map.of("amount", 30_000L, "place", "school-area", "repeated", true));
        assertThat(FACTS.values().keySet()).containsExactly("amount", "place", "repeated");
        assertThat(FACTS.value("amount")).isEqualTo(Optional.of(30_000L));
        assertThat(FACTS.value("scale")).isEmpty();
        assertThat(FACTS).hasToString("{amount=30000, place=school-area, repeated=true}");
        assertThat(FACTS.longValue("amount")).isEqualTo(30_000L);
        assertThat(FACTS.booleanValue("repeated")).isTrue();
        assertThat(FACTS.stringValue("place")).isEqualTo("school-area");
    }

    @Example
    void aValueOfAnotherKind_isNamedWithWhatItShouldBe() {
        assertThatIllegalArgumentException().isThrownBy(() -> FACTS.longValue("place"))
                .withMessage("Circumstances: 'place' must be a whole number, but was 'school-area'");
        assertThatIllegalArgumentException().isThrownBy(() -> FACTS.booleanValue("amount"))
                .withMessage("Circumstances: 'amount' must be a yes or no, but was '30000'");
        assertThatIllegalArgumentException().isThrownBy(() -> FACTS.stringValue("repeated"))
                .withMessage("Circumstances: 'repeated' must be a word, but was 'true'");
        assertThatIllegalArgumentException().isThrownBy(() -> FACTS.longValue("scale"))
                .withMessage("Circumstances: 'scale' must be a whole number, but was 'null'");
    }

    @Example
    void aNameIsSetOnce_andTheBuilderKeepsItsFirstValue() {
        Circumstances.Builder b = Circumstances.builder().set("amount", 1);
        assertThatIllegalArgumentException().isThrownBy(() -> b.set("amount", 2))
                .withMessage("Circumstance 'amount' is already set to 1; each is set once");
        assertThatIllegalArgumentException().isThrownBy(() -> b.set("amount", true));
        assertThat(b.build().value("amount")).contains(1L);
    }

    @Example
    void equals_readsNamesAndValues() {
        assertThat(Circumstances.builder().build()).isSameAs(Circumstances.none());
        assertThat(FACTS).isEqualTo(Circumstances.builder().set("place", "school-area").set("amount", 30_000)
                .set("repeated", true).build()).hasSameHashCodeAs(Circumstances.builder().set("place", "school-area")
                .set("amount", 30_000).set("repeated", true).build());
        assertThat(Circumstances.builder().set("amount", 1).build())
                .isNotEqualTo(Circumstances.builder().set("amount", 2).build())
                .isNotEqualTo(Circumstances.builder().set("count", 1).build())
                .isNotEqualTo(Circumstances.none()).isNotEqualTo(Map.of("amount", 1L));
        assertThat(FACTS.hashCode()).isNotEqualTo(Circumstances.none().hashCode());
    }
}
