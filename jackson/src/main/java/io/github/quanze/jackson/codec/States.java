package io.github.quanze.jackson.codec;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The state one read or one write keeps for its codecs (读写状态), keyed by the state's type. Not thread-safe. */
final class States {

    private final Map<Class<?>, Object> held = new HashMap<>(4);

    /** Returns the state under {@code key}, making it with {@code create} the first time. */
    <S> S get(Class<S> key, Supplier<S> create) {
        Object state = held.get(Objects.requireNonNull(key, "key"));
        if (state == null) {
            state = Objects.requireNonNull(create.get(), "state");
            held.put(key, state);
        }
        return key.cast(state);
    }
}
