package io.github.quanze.testkit.providers;

import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll DiscretionStandard} with {@link QuanzeArbitraries#discretionStandards()}. */
public final class DiscretionStandardProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public DiscretionStandardProvider() {
        super(DiscretionStandard.class, QuanzeArbitraries::discretionStandards);
    }
}
