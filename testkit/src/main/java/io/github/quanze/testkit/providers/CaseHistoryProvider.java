package io.github.quanze.testkit.providers;

import io.github.quanze.testkit.procedure.CaseHistory;
import io.github.quanze.testkit.QuanzeArbitraries;

/** Provides {@code @ForAll CaseHistory} with {@link QuanzeArbitraries#caseHistories()}. */
public final class CaseHistoryProvider extends TypeProvider {

    /** Creates the provider, as the service loader does. */
    public CaseHistoryProvider() {
        super(CaseHistory.class, QuanzeArbitraries::caseHistories);
    }
}
