package io.github.quanze.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.testing.DocumentAssertions;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Tag;

/**
 * Every readable document kind, in JSON and in YAML, against any text: a reader returns a value or throws one
 * {@link InvalidDocumentException} with a one-line message naming the document; no other exception leaves it, and
 * none of the exceptions that mean a bug inside (a null, a cast, an index) hides behind the error as its cause. A
 * value read writes back, in both formats, to text that is valid against the kind's schema and reads to an equal
 * value. The seeds (under {@code DocumentReadFuzzTestInputs}) are the shipped example documents, the module's
 * fixtures and its malformed documents, each behind the selector bytes of {@link DocumentInput}; without
 * {@code JAZZER_FUZZ} they run as regression tests.
 */
@Tag("fuzz")
class DocumentReadFuzzTest {

    /**
     * Exceptions that, as the cause of an error, mean a codec or a builder failed inside rather than refused; the
     * library refuses with {@link IllegalArgumentException} and, for an event that its case's state forbids, with
     * {@link IllegalStateException}.
     */
    private static final List<Class<? extends Throwable>> INSIDE = List.of(NullPointerException.class,
            ClassCastException.class, IndexOutOfBoundsException.class, ArithmeticException.class,
            NoSuchElementException.class, UnsupportedOperationException.class,
            ConcurrentModificationException.class, NegativeArraySizeException.class);

    @FuzzTest(maxDuration = "2m")
    void readsOrRefuses(byte[] data) {
        DocumentInput input = DocumentInput.decode(data);
        if (input != null) {
            check(input, input.kind());
        }
    }

    private static <T> void check(DocumentInput input, DocumentKind<T> kind) {
        DocumentContext context = input.context();
        T value;
        try {
            value = input.format().reader(kind).with(context).readString(input.name(), input.text());
        } catch (InvalidDocumentException e) {
            assertClear(e, input);
            return;
        }
        assertThat(value).isNotNull();
        DocumentAssertions.assertRoundTrip(kind, value, context);
    }

    private static void assertClear(InvalidDocumentException e, DocumentInput input) {
        assertThat(e.getMessage()).as("message of %s", e).startsWith(input.name()).doesNotContain("\n", "\r");
        assertThat(e.rule()).as("rule of %s", e.getMessage()).isNotBlank();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            Throwable c = cause;
            assertThat(INSIDE).as("cause of %s", e.getMessage()).noneMatch(t -> t.isInstance(c));
        }
    }
}
