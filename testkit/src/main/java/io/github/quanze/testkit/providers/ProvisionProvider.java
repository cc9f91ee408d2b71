package io.github.quanze.testkit.providers;

import io.github.quanze.basis.Provision;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll Provision} with {@link QuanzeArbitraries#provisions()}. */
public final class ProvisionProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public ProvisionProvider() {
        super(Provision.class, QuanzeArbitraries::provisions);
    }
}
