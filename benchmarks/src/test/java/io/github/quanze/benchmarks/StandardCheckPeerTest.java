package io.github.quanze.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StandardVerifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written peer of {@link StandardVerificationBenchmark} against quanze's verifier: the generated standards
 * without flaws verify clean for both, with flaws both find the same rows, a peer that misses one finding is caught,
 * and the benchmark's own setup check passes at both sizes.
 */
class StandardCheckPeerTest {

    private static final StandardVerifier VERIFIER = StandardVerifier.standard();

    @Test
    void unflawedStandardsVerifyCleanForBoth() {
        SyntheticStandards clean = SyntheticStandards.generate(SyntheticStandards.ITEMS, SyntheticStandards.SEED);
        assertThat(VERIFIER.verify(clean.provincial()).findings()).isEmpty();
        assertThat(VERIFIER.verify(clean.county(), clean.provincial()).findings()).isEmpty();
        assertThat(HandWrittenStandardCheck.check(clean.specs())).isEmpty();
        assertThat(HandWrittenStandardCheck.check(clean.countySpecs(), clean.specs())).isEmpty();
    }

    @Test
    void flawedStandardsAreFoundAlikeAndAMissedFindingIsCaught() {
        SyntheticStandards flawed = SyntheticStandards.generate(SyntheticStandards.ITEMS, SyntheticStandards.SEED,
                10);
        StandardVerification county = VERIFIER.verify(flawed.county(), flawed.provincial());
        List<HandWrittenStandardCheck.Finding> peer = HandWrittenStandardCheck.check(flawed.countySpecs(),
                flawed.specs());
        assertThat(peer).extracting(HandWrittenStandardCheck.Finding::kind)
                .contains(HandWrittenStandardCheck.Kind.NOT_CONTAINED, HandWrittenStandardCheck.Kind.ABOVE_MAXIMUM);
        assertThatCode(() -> StandardVerificationBenchmark.same("county", county, peer,
                HandWrittenStandardCheck.Kind.NOT_CONTAINED)).doesNotThrowAnyException();
        List<HandWrittenStandardCheck.Finding> missing = new ArrayList<>(peer);
        missing.remove(missing.size() - 1);
        assertThatThrownBy(() -> StandardVerificationBenchmark.same("county", county, missing,
                HandWrittenStandardCheck.Kind.NOT_CONTAINED)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than the peer");
    }

    @Test
    void theBenchmarkSetupPassesAtBothSizes() {
        for (int size : new int[] {300, 3_000}) {
            StandardVerificationBenchmark benchmark = new StandardVerificationBenchmark();
            benchmark.items = size;
            assertThatCode(benchmark::setUp).as("%d items", size).doesNotThrowAnyException();
        }
    }
}
