package io.github.quanze.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.quanze.examples.reliability.BadInput.Trial;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue: every public entry point family of quanze, every document kind and the command line,
 * each given input it must refuse with a clear error that changes nothing.
 * <p>
 * A clear error is the named exception type, never a {@code NullPointerException},
 * {@code ArrayIndexOutOfBoundsException} or {@code ClassCastException} from inside, with a message that names the
 * field, a short prefix of the value and the rule it breaks. Nothing changed means that every input, builder and
 * file is as it was before the call. Legal outcomes (an overdue case, an unallocated power) are values, never
 * exceptions, so none appears here.
 */
class BadInputCatalogueTest {

    /** Every row, in family order. */
    static Stream<BadInput> catalogue() {
        return Stream.of(CoreRows.all(), DocumentRows.all(), CommandLineRows.all()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badInput_givesAClearErrorAndChangesNothing(BadInput row) {
        assumeTrue(row.pending() == null, () -> row.id() + " pending: " + row.pending());
        Trial trial = row.trial().get();
        Throwable thrown = catchThrowable(trial::call);
        assertThat(thrown).as("%s: the call must be refused", row.id()).isNotNull();
        assertThat(thrown.getClass()).as("%s: exception type of %s", row.id(), thrown).isEqualTo(row.type());
        String message = thrown.getMessage();
        assertThat(message).as("%s: message", row.id()).isNotBlank();
        for (String word : row.words()) {
            assertThat(message).as("%s: message must contain '%s'", row.id(), word).contains(word);
        }
        trial.assertUnchanged();
    }

    @Test
    void theCatalogueHasTwoHundredRowsWithUniqueIdsAcrossEveryFamily() {
        List<BadInput> rows = catalogue().toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(200);
        assertThat(rows.stream().map(BadInput::id).distinct().count()).isEqualTo(rows.size());
        Map<String, Long> perFamily = rows.stream().collect(Collectors.groupingBy(BadInput::family,
                Collectors.counting()));
        assertThat(perFamily.keySet()).containsAll(CoreRows.FAMILIES);
        assertThat(rows).allSatisfy(row -> assertThat(row.words()).as(row.id()).isNotEmpty());
        assertThat(rows.stream().map(BadInput::type).map(Function.identity()).distinct())
                .doesNotContain(ArrayIndexOutOfBoundsException.class, IndexOutOfBoundsException.class,
                        ClassCastException.class);
        // a null argument is refused as java.time refuses it: a NullPointerException naming the parameter
        assertThat(rows.stream().filter(row -> row.pending() != null)).as("pending rows").hasSizeLessThan(10);
    }
}
