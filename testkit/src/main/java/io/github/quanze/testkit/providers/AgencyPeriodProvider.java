package io.github.quanze.testkit.providers;

import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll AgencyPeriod} with {@link QuanzeArbitraries#agencyPeriods()}. */
public final class AgencyPeriodProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public AgencyPeriodProvider() {
        super(AgencyPeriod.class, QuanzeArbitraries::agencyPeriods);
    }
}
