package io.github.quanze.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/** What a schema of finding parameters accepts and rejects, and how parameters merge. */
class ParameterSchemaTest {

    private enum Colour { RED }

    private static final ParameterSchema SCHEMA = ParameterSchema.builder().value("name", String.class)
            .value("date", LocalDate.class).list("colours", Colour.class).reserve(Set.of("power")).build();

    @Example
    void check_acceptsFittingParametersAndOthersBesides() {
        assertThatNoException().isThrownBy(() -> SCHEMA.check(() -> "Finding 'X'", Parameters.builder()
                .put("name", "甲").put("date", LocalDate.of(2026, 1, 1)).put("colours", List.of(Colour.RED))
                .put("extra", 3).build()));
        assertThat(SCHEMA.types()).containsOnlyKeys("name", "date", "colours");
        assertThat(SCHEMA.isList("colours")).isTrue();
        assertThat(SCHEMA.isList("name")).isFalse();
        assertThat(SCHEMA.reserved()).containsExactly("power");
    }

    @Example
    void check_namesTheOwnerAndTheParameter() {
        Parameters.Builder base = Parameters.builder().put("name", "甲");
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.check(() -> "Finding 'X'", base.build()))
                .withMessage("Finding 'X': parameter 'date' is missing; present: [name]");
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.check(() -> "Finding 'X'", Parameters.builder()
                .put("name", "甲").put("date", "2026-01-01").build()))
                .withMessage("Finding 'X': parameter 'date' must be a LocalDate, but was a String");
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.check(() -> "Finding 'X'", Parameters.builder()
                .put("name", "甲").put("date", LocalDate.MIN).put("colours", Colour.RED).build()))
                .withMessage("Finding 'X': parameter 'colours' must be a list of Colour, but was a Colour");
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.check(() -> "Finding 'X'", Parameters.builder()
                .put("name", "甲").put("date", LocalDate.MIN).put("colours", List.of("红")).build()))
                .withMessage("Finding 'X': parameter 'colours' must be a list of Colour, but holds a String");
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMA.check(() -> "Finding 'X'", Parameters.builder()
                .put("name", "甲").put("date", LocalDate.MIN).put("colours", List.of()).put("power", "P").build()))
                .withMessage("Finding 'X': parameter 'power' is taken from the finding itself and must not be given");
    }

    @Example
    void build_rejectsAnUnsupportedTypeAndANameBothDeclaredAndReserved() {
        assertThatIllegalArgumentException().isThrownBy(() -> ParameterSchema.builder().value("n", Integer.class))
                .withMessageContaining("but was java.lang.Integer");
        assertThatIllegalArgumentException().isThrownBy(() -> ParameterSchema.builder().value("power", String.class)
                .reserve(Set.of("power")).build())
                .withMessage("Parameter 'power' is both declared and reserved");
    }

    @Example
    void putAll_addsInOrderAndRejectsANamePutTwice() {
        Parameters details = Parameters.builder().put("b", 2).put("c", "三").build();
        Parameters all = Parameters.builder().put("a", 1).putAll(details).build();
        assertThat(all.names()).containsExactly("a", "b", "c");
        assertThat(all.number("b")).isEqualTo(2);
        assertThatIllegalArgumentException().isThrownBy(() -> Parameters.builder().put("b", 1).putAll(details))
                .withMessage("Parameter 'b' is put twice");
    }
}
