package io.github.quanze.testkit.providers;

import io.github.quanze.fault.Fault;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll Fault} with {@link QuanzeArbitraries#faults()}. */
public final class FaultProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public FaultProvider() {
        super(Fault.class, QuanzeArbitraries::faults);
    }
}
