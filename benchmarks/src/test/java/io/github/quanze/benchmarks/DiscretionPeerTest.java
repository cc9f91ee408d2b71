package io.github.quanze.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.quanze.discretion.MitigatingGround;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyRuling;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written peer of {@link PenaltyDecisionBenchmark} against quanze on the generated provincial standard: the
 * same ruling on every item at every boundary of its bands, for every kind of party, in time and time-barred; a peer
 * with one threshold moved is caught; and the benchmark's own setup check passes at both sizes.
 */
class DiscretionPeerTest {

    private static final SyntheticStandards STANDARDS = SyntheticStandards.generate(SyntheticStandards.ITEMS,
            SyntheticStandards.SEED);
    private static final PenaltyDiscretion DISCRETION = PenaltyDiscretion.of(List.of(STANDARDS.provincial()));
    private static final LocalDate ACT = LocalDate.of(2024, 2, 29);

    /** One kind of party: age (or -1), Art 32 ground, diminished capacity. */
    private record Party(int age, MitigatingGround ground, boolean diminished) {}

    private static final List<Party> PARTIES = List.of(new Party(-1, null, false), new Party(13, null, false),
            new Party(14, null, false), new Party(17, null, false), new Party(18, null, false),
            new Party(-1, MitigatingGround.CONFESSED, false), new Party(-1, null, true),
            new Party(40, MitigatingGround.COERCED, true));

    /** Counts the facts on which quanze and a peer disagree, every item at every boundary of its bands. */
    private static int disagreements(HandWrittenDiscretion peer, List<SyntheticStandards.ItemSpec> items) {
        int disagreements = 0;
        // 2026-02-28 is the last day of the two-year limitation of an act on 2024-02-29; the day after is too late
        List<LocalDate> discoveries = List.of(ACT, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1));
        for (SyntheticStandards.ItemSpec item : items) {
            List<BigDecimal> bases = new ArrayList<>();
            for (long yuan : new long[] {1, item.lower() - 1, item.lower(), item.upper() - 1, item.upper(),
                item.upper() * 7}) {
                bases.add(BigDecimal.valueOf(yuan * 100 + 37, 2));
            }
            for (BigDecimal base : bases) {
                for (boolean repeated : new boolean[] {false, true}) {
                    for (Party p : PARTIES) {
                        for (LocalDate discovered : discoveries) {
                            Offence offence = DiscretionOffences.offence(item.code(), ACT, discovered,
                                    discovered.plusDays(30), base, repeated, p.age(), p.ground(), p.diminished());
                            PenaltyRuling ruling = DISCRETION.decide(offence);
                            HandWrittenDiscretion.Ruling handWritten = peer.decide(DiscretionOffences.peerCase(
                                    item.code(), ACT, discovered, base, repeated, p.age(), p.ground()));
                            assertThat(ruling.isUncovered()).as("%s", offence).isFalse();
                            if (!PenaltyDecisionBenchmark.agree(ruling, handWritten)) {
                                disagreements++;
                            }
                        }
                    }
                }
            }
        }
        return disagreements;
    }

    @Test
    void thePeerAgreesOnEveryItemAtEveryBoundary() {
        assertThat(disagreements(new HandWrittenDiscretion(STANDARDS.specs()), STANDARDS.specs())).isZero();
    }

    @Test
    void aPeerWithAThresholdMovedByOneYuanIsCaught() {
        List<SyntheticStandards.ItemSpec> moved = new ArrayList<>(STANDARDS.specs());
        SyntheticStandards.ItemSpec first = moved.get(0);
        moved.set(0, new SyntheticStandards.ItemSpec(first.code(), first.base(), first.statuteLow(),
                first.statuteHigh(), first.lows(), first.highs(), first.lower(), first.upper() + 1, first.kinds()));
        // the facts keep the real thresholds: at upper - 1 and upper, and only there, the moved peer differs
        assertThat(disagreements(new HandWrittenDiscretion(moved), STANDARDS.specs().subList(0, 1))).isPositive();
    }

    @Test
    void theBenchmarkSetupPassesAtBothSizes() {
        for (int size : new int[] {1_000, 100_000}) {
            PenaltyDecisionBenchmark benchmark = new PenaltyDecisionBenchmark();
            benchmark.offences = size;
            assertThatCode(benchmark::setUp).as("%d offences", size).doesNotThrowAnyException();
            assertThat(benchmark.quanze()).isNotNull();
            assertThat(benchmark.quanzeWithText().zh()).isNotBlank();
            assertThat(benchmark.handWritten()).isNotNull();
        }
    }
}
