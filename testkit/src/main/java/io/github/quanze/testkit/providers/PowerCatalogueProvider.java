package io.github.quanze.testkit.providers;

import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll PowerCatalogue} with {@link QuanzeArbitraries#catalogues()}. */
public final class PowerCatalogueProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public PowerCatalogueProvider() {
        super(PowerCatalogue.class, QuanzeArbitraries::catalogues);
    }
}
