package io.github.quanze.testkit.providers;

import io.github.quanze.timelimit.TimeLimit;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll TimeLimit} with {@link QuanzeArbitraries#timeLimits()}. */
public final class TimeLimitProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public TimeLimitProvider() {
        super(TimeLimit.class, QuanzeArbitraries::timeLimits);
    }
}
