package io.github.quanze.testkit.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.testkit.Samples;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.providers.TypeUsage;

class TypeProviderTest {

    @Example
    void aProviderServesExactlyItsTypeWithItsArbitrary() {
        ProvisionProvider provider = new ProvisionProvider();

        assertThat(provider.canProvideFor(TypeUsage.of(Provision.class))).isTrue();
        assertThat(provider.canProvideFor(TypeUsage.of(LegalInstrument.class))).isFalse();
        assertThat(provider.canProvideFor(TypeUsage.of(Object.class))).isFalse();
        Set<Arbitrary<?>> provided = provider.provideFor(TypeUsage.of(Provision.class), usage -> Set.of());
        assertThat(provided).hasSize(1);
        assertThat(Samples.draw(provided.iterator().next(), 20, 1)).allMatch(Provision.class::isInstance);
    }
}
