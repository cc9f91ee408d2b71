package io.github.quanze.testkit.providers;

import io.github.quanze.testkit.organization.AllocationWorld;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll AllocationWorld} with {@link QuanzeArbitraries#allocationTables()}. */
public final class AllocationWorldProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public AllocationWorldProvider() {
        super(AllocationWorld.class, QuanzeArbitraries::allocationTables);
    }
}
