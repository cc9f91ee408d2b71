package io.github.quanze.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.quanze.examples.reliability.BadInput.Trial;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue: every public entry point family of quanze, every document kind and the command line,
 * each given input it must refuse with a clear error that changes nothing.
 * <p>
 * A clear error is the documented exception type, exactly, never one from inside the library (an index out of
 * bounds, a failed cast, a null dereferenced), with a message that names the field, a short prefix of the value and
 * the rule it breaks; a null argument gives a {@code NullPointerException} whose message names it, as java.time does.
 * Nothing changed means that every input, builder and file is as it was before the call. Legal outcomes (an overdue
 * case, an unallocated power) are values, never exceptions, so none appears here.
 * <p>
 * Each row's display name is its id and what is wrong with its input.
 */
class BadInputCatalogueTest {

    /** Every row, in family order. */
    static Stream<BadInput> catalogue() {
        return Stream.of(CoreRows.all(), DocumentRows.all(), CommandLineRows.all(), PublishRows.library(),
                PublishRows.commandLine()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badInput_givesAClearErrorAndChangesNothing(BadInput row) {
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
        assertThat(rows.stream().filter(row -> !row.family().equals("malformed"))).as("rows beyond the documents "
                + "module's malformed catalogue").hasSizeGreaterThanOrEqualTo(200);
        assertThat(rows.stream().map(BadInput::id).distinct().count()).isEqualTo(rows.size());
        Map<String, Long> perFamily = rows.stream().collect(Collectors.groupingBy(BadInput::family,
                Collectors.counting()));
        assertThat(perFamily.keySet()).containsAll(CoreRows.FAMILIES).contains("document", "malformed", "cli",
                "publish", "publish-cli");
        assertThat(rows).allSatisfy(row -> assertThat(row.words()).as(row.id()).isNotEmpty());
        assertThat(rows.stream().map(BadInput::type).distinct()).doesNotContain(ArrayIndexOutOfBoundsException.class,
                IndexOutOfBoundsException.class, ClassCastException.class, RuntimeException.class, Exception.class);
    }
}
