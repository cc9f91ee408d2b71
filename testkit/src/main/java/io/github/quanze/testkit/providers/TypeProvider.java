package io.github.quanze.testkit.providers;

import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/** Provides the default arbitrary of one domain type for {@code @ForAll} parameters of exactly that type. */
abstract class TypeProvider implements ArbitraryProvider {

    private final Class<?> type;
    private final Supplier<Arbitrary<?>> arbitrary;

    TypeProvider(Class<?> type, Supplier<Arbitrary<?>> arbitrary) {
        this.type = type;
        this.arbitrary = arbitrary;
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(type);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(arbitrary.get());
    }
}
