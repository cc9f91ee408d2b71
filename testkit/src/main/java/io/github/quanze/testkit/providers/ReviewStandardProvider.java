package io.github.quanze.testkit.providers;

import io.github.quanze.review.ReviewStandard;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll ReviewStandard} with {@link QuanzeArbitraries#reviewStandards()}. */
public final class ReviewStandardProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public ReviewStandardProvider() {
        super(ReviewStandard.class, QuanzeArbitraries::reviewStandards);
    }
}
