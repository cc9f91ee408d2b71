package io.github.quanze.testkit.providers;

import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll PenaltyRuling} with {@link QuanzeArbitraries#decidedPenalties()}. */
public final class PenaltyRulingProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public PenaltyRulingProvider() {
        super(PenaltyRuling.class, QuanzeArbitraries::decidedPenalties);
    }
}
