package io.github.quanze.testing;

import io.github.quanze.power.PowerCatalogue;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The domain of generated agencies, for properties declared with {@code @Domain(EnforcementDomain.class)}.
 */
public class EnforcementDomain extends DomainContextBase {

    @Provide
    Arbitrary<World> worlds() {
        return EnforcementArbitraries.worlds();
    }

    @Provide
    Arbitrary<PowerCatalogue> catalogues() {
        return EnforcementArbitraries.catalogues();
    }
}
