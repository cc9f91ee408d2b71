package io.github.quanze.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Feeds bad values to the public API and checks what comes out: nothing, an {@link IllegalArgumentException} with a
 * message of a line, or a {@link NullPointerException} whose message names the argument (as
 * {@code Objects.requireNonNull(x, "name")} does). Any other exception, or a null pointer dereferenced inside the
 * library (the JDK's "Cannot invoke … because …"), fails the probe with the call that caused it.
 */
public final class Probes {

    /** The longest message a rejection may have: a line or two, whatever the input. */
    public static final int MESSAGE_LIMIT = 400;

    /** Null, blank, control characters, surrounding spaces, and 100,000 characters. */
    public static final List<String> TEXTS = Collections.unmodifiableList(Arrays.asList(null, "", " ", "\u3000",
            "\t", "a\u0000b", "a\u0007", "a\nb", "a\r\nb", "\u007f", " a", "a ", "《》", "x".repeat(100_000),
            " ".repeat(100_000), "\u0000".repeat(100_000), "一".repeat(100_000)));

    /** The edges of int and the numbers around zero and the numeral limit. */
    public static final int[] INTS = {Integer.MIN_VALUE, -1, 0, 1, 9999, 10_000, Integer.MAX_VALUE};

    /** The edges of long and the numbers around zero. */
    public static final long[] LONGS = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};

    /** The first and last days java.time holds, and one in between. */
    public static final List<LocalDate> DATES = List.of(LocalDate.MIN, LocalDate.of(2026, 1, 1), LocalDate.MAX);

    private Probes() {}

    /** Probes a call with each of {@link #TEXTS}. */
    public static void texts(String call, Consumer<String> action) {
        for (String text : TEXTS) {
            probe(call + "(" + Texts.quote(text) + ")", () -> action.accept(text));
        }
    }

    /** Probes a call with each of {@link #INTS}. */
    public static void ints(String call, IntConsumer action) {
        for (int n : INTS) {
            probe(call + "(" + n + ")", () -> action.accept(n));
        }
    }

    /** Probes a call with each of {@link #LONGS}. */
    public static void longs(String call, LongConsumer action) {
        for (long n : LONGS) {
            probe(call + "(" + n + ")", () -> action.accept(n));
        }
    }

    /** Probes a call with each of {@link #DATES}. */
    public static void dates(String call, Consumer<LocalDate> action) {
        for (LocalDate date : DATES) {
            probe(call + "(" + date + ")", () -> action.accept(date));
        }
    }

    /**
     * Runs a call and checks that it returns, or throws a short {@link IllegalArgumentException}, or a
     * {@link NullPointerException} naming the argument.
     *
     * @param call  what is called, for the failure message
     * @param action  the call
     */
    public static void probe(String call, Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as(call).isNotBlank().hasSizeLessThanOrEqualTo(MESSAGE_LIMIT);
        } catch (NullPointerException e) {
            assertThat(e.getMessage()).as(call + " threw a null pointer exception from inside: " + e).isNotBlank()
                    .doesNotContain("Cannot ", "because").hasSizeLessThan(80);
        } catch (RuntimeException e) {
            throw new AssertionError(call + " threw " + e, e);
        }
    }
}
