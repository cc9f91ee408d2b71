package io.github.quanze.benchmarks;

import io.github.quanze.discretion.Disposition;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.Tier;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures deciding a penalty (处罚裁量) under a provincial discretion standard of {@value SyntheticStandards#ITEMS}
 * items ({@link SyntheticStandards}, fixed seed): {@link PenaltyDiscretion#decide}, whose {@link PenaltyRuling}
 * holds the data of its reasoning (limitation, grounds, standard, edition, row, tier, kinds, bounds, midpoint), and
 * the hand-written peer a user would otherwise pick ({@link HandWrittenDiscretion}: if/else and {@link BigDecimal}).
 * <ul>
 * <li>{@link #quanze}: {@code decide} alone; the ruling renders its reasoning only when asked;</li>
 * <li>{@link #quanzeWithText}: {@code decide} and {@link PenaltyRuling#text()}, the reasoning rendered in Chinese and
 * English (not kept: each call renders it);</li>
 * <li>{@link #handWritten}: the peer on the same facts, with no trace and no reasoning.</li>
 * </ul>
 * Each invocation decides the next of {@code offences} distinct offences ({@link DiscretionOffences}, fixed seed),
 * cycling: 1,000 offences (about half a megabyte with their facts) stay in the processor's caches, 100,000 (about
 * 50 MB) do not, so the second size measures deciding on facts read from memory.
 * <p>
 * <b>Cache hits</b>: each item's tiers are a compiled {@link io.github.quanze.rule.DecisionTable}, whose decision
 * cache is keyed on the atoms of its columns (which band of the amount, repeated or not, which statutory
 * mitigation), not on the amounts themselves: an item's table tells apart at most 18 combinations, the standard at
 * most 5,400, and the setup's check decides every offence once before the timing. <b>Every {@code quanze} figure is
 * therefore a hit of the tables' decision caches, at both sizes</b>; distinct amounts do not make it miss. The
 * fine's bounds and midpoint are computed from each offence's base on every call, cached nowhere. The public API
 * offers no standard without the cache.
 * <p>
 * The setup checks, on every offence, that the peer and quanze give the same disposition, tier level, kinds, bounds
 * and midpoint, that no offence falls outside the tiers, and that the data reach every row kind of the tiers (the
 * mitigation row, the three bands, repetition), a time-barred act and a party under 14; it throws otherwise.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar PenaltyDecisionBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 * Add {@code -prof gc} for the bytes allocated per decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PenaltyDecisionBenchmark {

    /** The fewest offences of a set that reach each row kind, the time-barred and the under-14 case. */
    static final int LEAST_CASES = 5;

    /** The number of distinct offences cycled through. */
    @Param({"1000", "100000"})
    public int offences;

    private PenaltyDiscretion discretion;
    private HandWrittenDiscretion handWritten;
    private Offence[] facts;
    private HandWrittenDiscretion.Case[] cases;
    private int next;

    /** Generates the standard and the offences, and checks that the peer agrees with quanze on every offence. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticStandards standards = SyntheticStandards.generate(SyntheticStandards.ITEMS, SyntheticStandards.SEED);
        discretion = PenaltyDiscretion.of(List.of(standards.provincial()));
        handWritten = new HandWrittenDiscretion(standards.specs());
        DiscretionOffences generated = DiscretionOffences.generate(standards.specs(), offences,
                DiscretionOffences.SEED + offences);
        facts = generated.offences();
        cases = generated.cases();
        Map<String, Integer> reached = new TreeMap<>();
        for (int i = 0; i < facts.length; i++) {
            PenaltyRuling ruling = discretion.decide(facts[i]);
            HandWrittenDiscretion.Ruling peer = handWritten.decide(cases[i]);
            if (ruling.isUncovered()) {
                throw new IllegalStateException("Offence " + i + " falls outside the tiers: " + facts[i]);
            }
            if (!agree(ruling, peer)) {
                throw new IllegalStateException(String.format("Offence %d (%s): quanze rules %s (midpoint %s) but "
                        + "the hand-written peer %s", i, facts[i], ruling, ruling.midpoint().orElse(null), peer));
            }
            String kind = ruling.row().map(r -> r.id().value().substring(r.id().value().lastIndexOf('.')))
                    .orElse(ruling.disposition().name());
            reached.merge(kind, 1, Integer::sum);
        }
        for (String kind : List.of(".M", ".1", ".2", ".3", ".4", Disposition.TIME_BARRED.name(),
                Disposition.NO_PENALTY.name())) {
            if (reached.getOrDefault(kind, 0) < LEAST_CASES) {
                throw new IllegalStateException("Fewer than " + LEAST_CASES + " of " + offences + " offences reach "
                        + kind + " (reached: " + reached + "); change DiscretionOffences");
            }
        }
    }

    /** Whether quanze and the peer give the same disposition, tier level, kinds, bounds and midpoint. */
    static boolean agree(PenaltyRuling ruling, HandWrittenDiscretion.Ruling peer) {
        return ruling.disposition() == peer.disposition()
                && Objects.equals(ruling.tier().map(Tier::level).orElse(null), peer.level())
                && ruling.kinds().equals(peer.kinds())
                && Objects.equals(ruling.bounds().map(FineBounds::min).orElse(null), peer.min())
                && Objects.equals(ruling.bounds().map(FineBounds::max).orElse(null), peer.max())
                && Objects.equals(ruling.midpoint().orElse(null), peer.midpoint());
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == offences ? 0 : i + 1;
        return i;
    }

    /**
     * Decides with quanze: the ruling holds the data of its reasoning.
     *
     * @return the ruling, not null
     */
    @Benchmark
    public PenaltyRuling quanze() {
        return discretion.decide(facts[nextIndex()]);
    }

    /**
     * Decides with quanze and renders the reasoning in Chinese and English.
     *
     * @return the reasoning, not null
     */
    @Benchmark
    public BilingualText quanzeWithText() {
        return discretion.decide(facts[nextIndex()]).text();
    }

    /**
     * Decides with hand-written if/else.
     *
     * @return the peer's ruling, not null
     */
    @Benchmark
    public HandWrittenDiscretion.Ruling handWritten() {
        return handWritten.decide(cases[nextIndex()]);
    }
}
