package io.github.quanze.jackson.procedure;

import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.procedure.CaseHistory;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Shrinkable;

/**
 * Ordinary penalty cases of the bureau from the testkit, correct or with slips of any kind, stopped after up to 30
 * events: the case records the document tests write and read.
 */
final class GeneratedCases {

    private static final Arbitrary<CaseHistory> HISTORIES = QuanzeArbitraries.caseHistories()
            .template(ProcedureTemplates.PENALTY_ORDINARY).mutated();

    private GeneratedCases() {
    }

    /** Cases stopped after 1 to 30 events. */
    static Arbitrary<CaseRecord> cases() {
        return Combinators.combine(HISTORIES, Arbitraries.integers().between(1, 30)).as(GeneratedCases::stopped);
    }

    /** The same cases, drawn from a seed: the same list for the same seed. */
    static List<CaseRecord> sample(long seed, int count) {
        return cases().generator(1000).stream(new Random(seed)).limit(count).map(Shrinkable::value).toList();
    }

    /** Whole cases, drawn from a seed: the same list for the same seed. */
    static List<CaseRecord> sampleWhole(long seed, int count) {
        return HISTORIES.generator(1000).stream(new Random(seed)).limit(count).map(h -> h.value().record()).toList();
    }

    private static CaseRecord stopped(CaseHistory history, int length) {
        List<io.github.quanze.procedure.CaseEvent> events = history.events();
        return history.open().appendAll(events.subList(0, Math.min(length, events.size())));
    }
}
