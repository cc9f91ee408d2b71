package io.github.quanze.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.quanze.examples.reliability.BadInput.Call;
import io.github.quanze.examples.reliability.BadInput.CallOn;
import io.github.quanze.examples.reliability.BadInput.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rows of one entry-point family, numbered in the order they are added.
 * <p>
 * Three shapes of "nothing changed": a prepared value (an immutable input, or a list handed in) still equals a
 * freshly prepared one; a builder whose call was refused still builds what a fresh builder given the same valid
 * calls builds; a build that was refused is refused again the same way, so it kept nothing of the attempt.
 */
final class Rows {

    private final String family;
    private final List<BadInput> rows = new ArrayList<>();

    Rows(String family) {
        this.family = family;
    }

    List<BadInput> rows() {
        return List.copyOf(rows);
    }

    /** A call on a prepared value, which must still equal a freshly prepared one afterwards. */
    <V> Rows on(String description, Supplier<V> prepared, CallOn<V> call, Class<? extends Throwable> type,
            String... words) {
        return add(description, () -> {
            V value = prepared.get();
            return trial(() -> call.run(value), () -> assertThat(value).as("the input after the refused call")
                    .isEqualTo(prepared.get()));
        }, type, words);
    }

    /** A call on values that are not kept: scalars, strings and immutable constants. */
    Rows call(String description, Call call, Class<? extends Throwable> type, String... words) {
        return add(description, () -> trial(call, () -> { }), type, words);
    }

    /** A refused builder call, after which the builder builds what a fresh one with the valid calls builds. */
    <B> Rows builder(String description, Supplier<B> prepared, Function<B, ?> build, Consumer<B> bad,
            Class<? extends Throwable> type, String... words) {
        return add(description, () -> {
            B builder = prepared.get();
            return trial(() -> bad.accept(builder), () -> assertThat(build.apply(builder))
                    .as("what the builder builds after the refused call").isEqualTo(build.apply(prepared.get())));
        }, type, words);
    }

    /** A refused build, which is refused again with the same message: the attempt left nothing behind. */
    <B> Rows building(String description, Supplier<B> prepared, Function<B, ?> build,
            Class<? extends Throwable> type, String... words) {
        return add(description, () -> {
            B builder = prepared.get();
            return new Trial() {
                String first;

                @Override
                public void call() {
                    try {
                        build.apply(builder);
                    } catch (RuntimeException e) {
                        first = e.getMessage();
                        throw e;
                    }
                }

                @Override
                public void assertUnchanged() {
                    Throwable again = catchThrowable(() -> build.apply(builder));
                    assertThat(again).as("the second build").isNotNull();
                    assertThat(again.getMessage()).as("the second build's message").isEqualTo(first);
                }
            };
        }, type, words);
    }

    /**
     * A row the library does not meet yet because the code it concerns is being changed: it is listed, with the
     * behaviour it expects, and reported as skipped with the reason.
     */
    Rows pending(String description, String reason, Call call, Class<? extends Throwable> type, String... words) {
        rows.add(new BadInput(nextId(), family, description, () -> trial(call, () -> { }), type, List.of(words),
                reason));
        return this;
    }

    /** A row whose trial is prepared by the caller. */
    Rows add(String description, Supplier<Trial> trial, Class<? extends Throwable> type, String... words) {
        rows.add(new BadInput(nextId(), family, description, trial, type, List.of(words), null));
        return this;
    }

    private String nextId() {
        return String.format("%s-%03d", family, rows.size() + 1);
    }

    static Trial trial(Call call, Runnable unchanged) {
        return new Trial() {
            @Override
            public void call() throws Throwable {
                call.run();
            }

            @Override
            public void assertUnchanged() {
                unchanged.run();
            }
        };
    }
}
