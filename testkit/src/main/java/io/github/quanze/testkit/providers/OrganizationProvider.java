package io.github.quanze.testkit.providers;

import io.github.quanze.organization.Organization;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll Organization} with {@link QuanzeArbitraries#organizations()}. */
public final class OrganizationProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public OrganizationProvider() {
        super(Organization.class, QuanzeArbitraries::organizations);
    }
}
