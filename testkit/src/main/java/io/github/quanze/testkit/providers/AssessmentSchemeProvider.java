package io.github.quanze.testkit.providers;

import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll AssessmentScheme} with {@link QuanzeArbitraries#assessmentSchemes()}. */
public final class AssessmentSchemeProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public AssessmentSchemeProvider() {
        super(AssessmentScheme.class, QuanzeArbitraries::assessmentSchemes);
    }
}
