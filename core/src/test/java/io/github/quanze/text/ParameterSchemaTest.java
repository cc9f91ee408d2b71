package io.github.quanze.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.text.ParametersTest.Colour;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

class ParameterSchemaTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 24);
    private static final ParameterSchema SCHEMA = ParameterSchema.none().require("due", LocalDate.class)
            .require("colour", Colour.class).allow("approver", String.class);

    @Example
    void parametersThatFitPass() {
        Parameters p = Parameters.builder().put("due", DAY).put("colour", Colour.RED).build();
        assertThat(SCHEMA.check("X.Y", p)).isSameAs(p);
        Parameters withOptional = Parameters.builder().put("approver", "局长").put("due", DAY)
                .put("colour", Colour.BLUE).build();
        assertThat(SCHEMA.check("X.Y", withOptional)).isSameAs(withOptional);
        assertThat(ParameterSchema.none().check("X.Y", Parameters.empty())).isSameAs(Parameters.empty());
    }

    @Example
    void aMissingRequiredParameterIsNamedWithTheOwner() {
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.check("X.Y", Parameters.builder()
                .put("colour", Colour.RED).build()))
                .withMessage("X.Y: parameter 'due' is required, but absent; present: [colour]");
    }

    @Example
    void anUnknownParameterIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.check("X.Y", Parameters.builder().put("due", DAY)
                .put("colour", Colour.RED).put("extra", 1).build()))
                .withMessage("X.Y: parameter 'extra' is not one of its parameters [due, colour, approver]");
    }

    @Example
    void aParameterOfTheWrongTypeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.check("X.Y", Parameters.builder().put("due", DAY)
                .put("colour", Colour.RED).put("approver", 3).build()))
                .withMessage("X.Y: Parameter 'approver' must be a text, but was a whole number '3'");
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.check("X.Y", Parameters.builder()
                .put("due", "2026-09-24").put("colour", Colour.RED).build()))
                .withMessage("X.Y: Parameter 'due' must be a date, but was a text '2026-09-24'");
    }

    @Example
    void aNameIsInTheSchemaOnceAndIsAnIdentifier() {
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.allow("due", String.class))
                .withMessage("Parameter 'due' is in the schema twice");
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.require("approver", String.class))
                .withMessage("Parameter 'approver' is in the schema twice");
        assertThatIllegalArgumentException().isThrownBy(() -> ParameterSchema.none().require("due date", List.class))
                .withMessage("Parameter name must be an identifier, but was 'due date'");
    }

    @Example
    void aSchemaIsAValue() {
        assertThat(SCHEMA.required().keySet()).containsExactly("due", "colour");
        assertThat(SCHEMA.optional()).containsOnlyKeys("approver");
        assertThat(SCHEMA).isEqualTo(ParameterSchema.none().require("due", LocalDate.class)
                .require("colour", Colour.class).allow("approver", String.class)).hasSameHashCodeAs(SCHEMA)
                .isNotEqualTo(ParameterSchema.none().require("due", LocalDate.class))
                .hasToString("{due=LocalDate, colour=Colour, approver?=String}");
        assertThat(ParameterSchema.none().require("a", Long.class)).isNotEqualTo(ParameterSchema.none()
                .allow("a", Long.class));
    }

    @Example
    void bilingualTextsJoinInEachLanguage() {
        assertThat(BilingualText.joinAll("；", "; ", List.of(BilingualText.of("甲", "a"), BilingualText.of("乙", "b"))))
                .isEqualTo(BilingualText.of("甲；乙", "a; b"));
        assertThatIllegalArgumentException().isThrownBy(() -> BilingualText.joinAll("；", "; ", List.of()))
                .withMessage("Texts to join must not be empty");
    }
}
