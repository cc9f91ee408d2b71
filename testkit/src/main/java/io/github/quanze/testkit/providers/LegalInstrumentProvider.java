package io.github.quanze.testkit.providers;

import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll LegalInstrument} with {@link QuanzeArbitraries#instruments()}. */
public final class LegalInstrumentProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public LegalInstrumentProvider() {
        super(LegalInstrument.class, QuanzeArbitraries::instruments);
    }
}
