package io.github.quanze.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

class ParametersTest {

    /** A labelled enum, as the domain's enums are. */
    enum Colour implements Labelled {
        RED("红", "red"), BLUE("蓝", "blue");

        private final BilingualText label;

        Colour(String zh, String en) {
            this.label = BilingualText.of(zh, en);
        }

        @Override
        public BilingualText label() {
            return label;
        }
    }

    /** An enum with no label. */
    enum Plain { ONE, TWO }

    private static final LocalDate DAY = LocalDate.of(2026, 9, 24);

    private static Parameters all() {
        return Parameters.builder().put("id", "O-01").put("days", 3).put("fine", new BigDecimal("200.50"))
                .put("due", DAY).put("late", true).put("colour", Colour.RED).putConstant("plain", Plain.TWO)
                .put("name", BilingualText.of("听证", "hearing")).put("list", List.of("a", "b")).build();
    }

    @Example
    void typedGettersReturnWhatWasPut() {
        Parameters p = all();
        assertThat(p.text("id")).isEqualTo("O-01");
        assertThat(p.number("days")).isEqualTo(3L);
        assertThat(p.amount("fine")).isEqualByComparingTo("200.5");
        assertThat(p.date("due")).isEqualTo(DAY);
        assertThat(p.bool("late")).isTrue();
        assertThat(p.constant("colour", Colour.class)).isEqualTo(Colour.RED);
        assertThat(p.constant("plain", Plain.class)).isEqualTo(Plain.TWO);
        assertThat(p.bilingual("name")).isEqualTo(BilingualText.of("听证", "hearing"));
        assertThat(p.bilingual("colour")).isEqualTo(BilingualText.of("红", "red"));
        assertThat(p.list("list")).isEqualTo(List.of("a", "b"));
    }

    @Example
    void namesKeepTheOrderTheyWerePutIn() {
        assertThat(all().names()).containsExactly("id", "days", "fine", "due", "late", "colour", "plain", "name",
                "list");
        assertThat(all().asMap().keySet()).containsExactlyElementsOf(all().names());
    }

    @Example
    void getAndHas_tellPresentFromAbsent() {
        Parameters p = all();
        assertThat(p.has("id")).isTrue();
        assertThat(p.has("other")).isFalse();
        assertThat(p.get("days")).contains(3L);
        assertThat(p.get("other")).isEqualTo(Optional.empty());
    }

    @Example
    void aTypedGetterNamesTheAbsentParameterAndThosePresent() {
        assertThatIllegalArgumentException().isThrownBy(() -> all().date("start"))
                .withMessage("Parameter 'start' is absent; present: [id, days, fine, due, late, colour, plain, name, "
                        + "list]");
    }

    @Example
    void aTypedGetterOfTheWrongTypeSaysWhatWasExpectedAndWhatWasFound() {
        Parameters p = all();
        assertThatIllegalArgumentException().isThrownBy(() -> p.date("id"))
                .withMessage("Parameter 'id' must be a date, but was a text 'O-01'");
        assertThatIllegalArgumentException().isThrownBy(() -> p.number("due"))
                .withMessage("Parameter 'due' must be a whole number, but was a date '2026-09-24'");
        assertThatIllegalArgumentException().isThrownBy(() -> p.text("list"))
                .withMessage("Parameter 'list' must be a text, but was a list '[a, b]'");
        assertThatIllegalArgumentException().isThrownBy(() -> p.constant("colour", Plain.class))
                .withMessage("Parameter 'colour' must be a Plain constant, but was a Colour constant 'RED'");
        assertThatIllegalArgumentException().isThrownBy(() -> p.bool("days"))
                .withMessage("Parameter 'days' must be a yes-or-no value, but was a whole number '3'");
        assertThatIllegalArgumentException().isThrownBy(() -> p.amount("days"))
                .withMessageStartingWith("Parameter 'days' must be an amount");
        assertThatIllegalArgumentException().isThrownBy(() -> p.list("id"))
                .withMessageStartingWith("Parameter 'id' must be a list");
        assertThatIllegalArgumentException().isThrownBy(() -> p.bilingual("id"))
                .withMessageStartingWith("Parameter 'id' must be a bilingual text");
    }

    @Example
    void aNamePutTwiceIsRejectedAndTheFirstValueKept() {
        Parameters.Builder builder = Parameters.builder().put("id", "O-01");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.put("id", "O-02"))
                .withMessage("Parameter 'id' is put twice");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.put("id", 2))
                .withMessage("Parameter 'id' is put twice");
        assertThat(builder.build().text("id")).isEqualTo("O-01");
        assertThat(builder.build().names()).containsExactly("id");
    }

    @Example
    void aNameMustBeAnIdentifier() {
        for (String bad : List.of("", "1st", "due date", "a-b", "{x}")) {
            assertThatIllegalArgumentException().isThrownBy(() -> Parameters.builder().put(bad, "x"))
                    .withMessage("Parameter name must be an identifier, but was '" + bad + "'");
        }
        assertThat(Parameters.builder().put("日期", DAY).put("_x1", 1).build().names()).containsExactly("日期", "_x1");
    }

    @Example
    void nullsAreRejectedWithTheParameterNamed() {
        assertThatNullPointerException().isThrownBy(() -> Parameters.builder().put("due", (LocalDate) null))
                .withMessage("Parameter 'due': value must not be null");
        assertThatNullPointerException().isThrownBy(() -> Parameters.builder().put(null, "x"))
                .withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> Parameters.builder().put("list", (List<?>) null))
                .withMessage("Parameter 'list': value must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> Parameters.builder().put("list",
                Arrays.asList("a", null))).withMessage("Parameter 'list': list element 1 is null");
    }

    @Example
    void aListHoldsOnlyValuesParametersHoldAndWholeNumbersAreLongs() {
        assertThatIllegalArgumentException().isThrownBy(() -> Parameters.builder().put("list",
                List.of("a", List.of("b")))).withMessageContaining("list element 1 must be a text")
                .withMessageEndingWith("but was a list");
        assertThatIllegalArgumentException().isThrownBy(() -> Parameters.builder().put("list", List.of(1.5)))
                .withMessageEndingWith("but was a Double");
        Parameters p = Parameters.builder().put("counts", List.of(1, 2)).build();
        assertThat(p.list("counts")).isEqualTo(List.of(1L, 2L));
        assertThat(p).isEqualTo(Parameters.builder().put("counts", List.of(1L, 2L)).build());
    }

    @Example
    void aFailedPutChangesNothing() {
        Parameters.Builder builder = Parameters.builder().put("a", 1);
        assertThatIllegalArgumentException().isThrownBy(() -> builder.put("b", Arrays.asList("x", null)));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.putAll(Parameters.builder().put("c", 1)
                .put("a", 2).build()));
        assertThat(builder.build().names()).containsExactly("a");
        assertThat(builder.put("b", 2).build().names()).containsExactly("a", "b");
    }

    @Example
    void putAllAddsInOrder() {
        Parameters p = Parameters.builder().put("a", 1).putAll(Parameters.builder().put("b", "x").put("c", DAY)
                .build()).build();
        assertThat(p.names()).containsExactly("a", "b", "c");
        assertThat(Parameters.builder().putAll(Parameters.empty()).build()).isSameAs(Parameters.empty());
    }

    @Example
    void equalParametersHaveTheSameNamesAndValues() {
        assertThat(all()).isEqualTo(all()).hasSameHashCodeAs(all());
        assertThat(Parameters.builder().put("a", 1).build()).isNotEqualTo(Parameters.builder().put("a", 2).build())
                .isNotEqualTo(Parameters.builder().put("b", 1).build()).isNotEqualTo(Parameters.empty());
        assertThat(Parameters.builder().build()).isSameAs(Parameters.empty());
        assertThat(Parameters.empty().names()).isEmpty();
        assertThat(Parameters.builder().put("a", 1).build()).hasToString("{a=1}");
    }

    @Example
    void theMapIsImmutable() {
        Parameters p = all();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.asMap().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.names().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
