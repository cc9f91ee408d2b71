package io.github.quanze.benchmarks;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.MentalCapacity;
import io.github.quanze.discretion.MitigatingGround;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Offences (违法行为) against the items of a {@link SyntheticStandards} standard, generated deterministically from a
 * seed, each both as quanze's {@link Offence} and as the plain case the hand-written peer reads
 * ({@link HandWrittenDiscretion.Case}), with the same facts.
 * <p>
 * Every offence is distinct: its fine base (违法经营额 or the like, in yuan and fen) is drawn log-uniformly from 100
 * yuan to 500,000 yuan and drawn again until no other offence of the set has it; the amount involved is its whole
 * yuan. The item is uniform over the standard's items. The act falls on a day of 2024-01-01 to 2026-06-30, the
 * standard in force; 97% are discovered within 60 days and the rest more than two years later, beyond the limitation
 * of 行政处罚法 Art 36; the decision follows 5 to 90 days after discovery. 15% are repeated offences. Of the parties,
 * 1% are under 14 (no penalty, Art 30), 8% are 14 to 17 and 5% have a ground of Art 32 (both 应当从轻或者减轻), 3% have
 * diminished capacity (可以从轻或者减轻, Art 31, which the tiers do not tell apart), and the rest none.
 */
public final class DiscretionOffences {

    /** The seed of the benchmark's offences. */
    public static final long SEED = 20211231L;

    private static final LocalDate FIRST_ACT = LocalDate.of(2024, 1, 1);
    private static final int ACT_DAYS = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - FIRST_ACT.toEpochDay()) + 1;
    private static final double LOG_LEAST = Math.log(100);
    private static final double LOG_MOST = Math.log(500_000);
    private static final MitigatingGround[] GROUNDS = MitigatingGround.values();

    private final Offence[] offences;
    private final HandWrittenDiscretion.Case[] cases;

    private DiscretionOffences(List<SyntheticStandards.ItemSpec> items, int count, long seed) {
        Random random = new Random(seed);
        Set<Long> bases = new HashSet<>();
        offences = new Offence[count];
        cases = new HandWrittenDiscretion.Case[count];
        for (int i = 0; i < count; i++) {
            String item = items.get(random.nextInt(items.size())).code();
            long fen;
            do {
                fen = Math.round(Math.exp(LOG_LEAST + random.nextDouble() * (LOG_MOST - LOG_LEAST)) * 100);
            } while (!bases.add(fen));
            BigDecimal base = BigDecimal.valueOf(fen, 2);
            LocalDate act = FIRST_ACT.plusDays(random.nextInt(ACT_DAYS));
            LocalDate discovered = random.nextInt(100) < 3 ? act.plusYears(2).plusDays(1 + random.nextInt(200))
                    : act.plusDays(random.nextInt(61));
            LocalDate decided = discovered.plusDays(5 + random.nextInt(86));
            boolean repeated = random.nextInt(100) < 15;
            int party = random.nextInt(100);
            int age = party < 1 ? 12 + random.nextInt(2) : party < 9 ? 14 + random.nextInt(4) : -1;
            MitigatingGround ground = party >= 9 && party < 14 ? GROUNDS[random.nextInt(GROUNDS.length)] : null;
            boolean diminished = party >= 14 && party < 17;
            offences[i] = offence(item, act, discovered, decided, base, repeated, age, ground, diminished);
            cases[i] = peerCase(item, act, discovered, base, repeated, age, ground);
        }
    }

    /**
     * Builds the offence of a set of facts, as quanze reads it.
     *
     * @param age  the party's age, or -1 if none is given
     * @param ground  the party's ground of 行政处罚法 Art 32, or null for none
     * @param diminished  whether the party's capacity is diminished (Art 31)
     */
    static Offence offence(String item, LocalDate act, LocalDate discovered, LocalDate decided, BigDecimal base,
            boolean repeated, int age, MitigatingGround ground, boolean diminished) {
        PartyFacts.Builder facts = PartyFacts.builder();
        if (age >= 0) {
            facts.age(age);
        }
        if (ground != null) {
            facts.grounds(ground);
        }
        if (diminished) {
            facts.capacity(MentalCapacity.DIMINISHED);
        }
        return Offence.builder().item(item).act(act).discovered(discovered).decided(decided).base(base)
                .circumstances(Circumstances.builder().set("amount", amount(base)).set("repeated", repeated).build())
                .party(facts.build()).build();
    }

    /** Builds the same facts as the hand-written peer reads them; the capacity it does not read. */
    static HandWrittenDiscretion.Case peerCase(String item, LocalDate act, LocalDate discovered, BigDecimal base,
            boolean repeated, int age, MitigatingGround ground) {
        return new HandWrittenDiscretion.Case(item, act, discovered, amount(base), repeated, age, ground != null,
                base);
    }

    /** The amount involved: the base's whole yuan. */
    private static long amount(BigDecimal base) {
        return base.longValue();
    }

    /**
     * Generates offences against a standard's items.
     *
     * @param items  the items, as {@link SyntheticStandards#specs()}, not empty
     * @param count  the number of offences
     * @param seed  the seed
     * @return the offences, not null
     */
    public static DiscretionOffences generate(List<SyntheticStandards.ItemSpec> items, int count, long seed) {
        return new DiscretionOffences(items, count, seed);
    }

    /**
     * Returns the offences as quanze reads them.
     *
     * @return the offences, not null; the array is this object's own
     */
    public Offence[] offences() {
        return offences;
    }

    /**
     * Returns the same offences as the hand-written peer reads them, in the same order.
     *
     * @return the cases, not null; the array is this object's own
     */
    public HandWrittenDiscretion.Case[] cases() {
        return cases;
    }
}
