package io.github.quanze.benchmarks;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.Expectation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * Generated decided penalty cases (已决处罚案件) for the analysis of like cases: {@value #ITEMS} violation items,
 * {@value #AGENCIES} agencies of {@value #OFFICERS_PER_AGENCY} officers each (400 officers), and circumstance
 * profiles of 2 to 4 facts.
 * <p>
 * The world: an item is drawn with a skew (the first items are far more common than the last, as a few violations
 * make most cases); item {@code i} declares 2, 3 or 4 of the facts {@code amountBand} (1 to 5, lower bands more
 * common), {@code repeated}, {@code harm} (none, minor, serious) and {@code cooperated}, so that an item has 10 to 60
 * profiles. Three items in five have a fixed fine range (a maximum of 10,000 to 100,000 yuan split into tiers),
 * two in five a fine of 0.1 to 0.5 times the business volume (1,000 to 200,000 yuan). The standard's level follows
 * from the profile; 92% of the decisions apply it, the others a level one step lighter or graver; 3% of the fines
 * lie outside the tier's range (half below, half above); 2% of the cases come without an expectation. Fines of a
 * fixed range are whole hundreds of yuan within the tier. Every case is built on its own — its own case number,
 * circumstances, amounts and expectation — as a reader of a year's decisions would build them; only the item codes,
 * agency and officer names are shared strings.
 * <p>
 * Not thread-safe.
 */
final class DecidedCases {

    static final int ITEMS = 300;
    static final int AGENCIES = 40;
    static final int OFFICERS_PER_AGENCY = 10;

    private static final TierLevel[] LEVELS = TierLevel.values();
    private static final String[] HARM = {"none", "minor", "serious"};
    /** The tiers of a fixed range, as fractions of its maximum, by level: MITIGATED, LIGHTER, ORDINARY, HEAVIER. */
    private static final double[][] FIXED_TIERS = {{0.02, 0.1}, {0.1, 0.3}, {0.3, 0.6}, {0.6, 1.0}};
    /** The tiers of a multiple of the business volume, by level. */
    private static final String[][] FACTORS = {{"0.05", "0.1"}, {"0.1", "0.2"}, {"0.2", "0.35"}, {"0.35", "0.5"}};

    private final String[] items = new String[ITEMS];
    private final String[] agencies = new String[AGENCIES];
    private final String[][] officers = new String[AGENCIES][OFFICERS_PER_AGENCY];
    private final long[] maxima = new long[ITEMS];
    private final boolean[] multiple = new boolean[ITEMS];
    private int serial;

    DecidedCases(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < ITEMS; i++) {
            items[i] = String.format("YC-%03d", i + 1);
            multiple[i] = random.nextInt(5) < 2;
            maxima[i] = 10_000L * (1 + random.nextInt(10));
        }
        for (int a = 0; a < AGENCIES; a++) {
            agencies[a] = String.format("某市第%02d执法局", a + 1);
            for (int o = 0; o < OFFICERS_PER_AGENCY; o++) {
                officers[a][o] = String.format("执法证%02d%02d", a + 1, o + 1);
            }
        }
    }

    /** Generates the next case, with a case number no other case of this generator has. */
    DecidedPenalty next(SplittableRandom random) {
        int item = (int) (ITEMS * Math.pow(random.nextDouble(), 2.5));
        int agency = random.nextInt(AGENCIES);
        int first = random.nextInt(OFFICERS_PER_AGENCY);
        int second = (first + 1 + random.nextInt(OFFICERS_PER_AGENCY - 1)) % OFFICERS_PER_AGENCY;

        int facts = 2 + item % 3;
        long band = 1 + (long) (5 * Math.pow(random.nextDouble(), 1.5));
        boolean repeated = random.nextInt(5) == 0;
        int harm = random.nextInt(10) < 6 ? 0 : random.nextInt(4) < 3 ? 1 : 2;
        boolean cooperated = random.nextBoolean();
        Circumstances.Builder profile = Circumstances.builder().set("amountBand", band).set("repeated", repeated);
        if (facts > 2) {
            profile.set("harm", HARM[harm]);
        }
        if (facts > 3) {
            profile.set("cooperated", cooperated);
        }

        int score = (int) band + (repeated ? 2 : 0) + (facts > 2 ? 2 * harm : 0) - (facts > 3 && cooperated ? 1 : 0);
        TierLevel standard = score <= 1 ? TierLevel.MITIGATED : score <= 3 ? TierLevel.LIGHTER
                : score <= 5 ? TierLevel.ORDINARY : TierLevel.HEAVIER;
        TierLevel level = standard;
        int departure = random.nextInt(100);
        if (departure < 4) {
            level = LEVELS[Math.max(TierLevel.NO_PENALTY.ordinal(), standard.ordinal() - 1)];
        } else if (departure < 8) {
            level = LEVELS[Math.min(TierLevel.HEAVIER.ordinal(), standard.ordinal() + 1)];
        }

        DecidedPenalty.Builder b = DecidedPenalty.builder()
                .caseId(String.format("%s罚〔2025〕%07d号", agencies[agency], ++serial)).agency(agencies[agency])
                .officers(officers[agency][first], officers[agency][second]).item(items[item])
                .profile(profile.build()).level(level);
        FineBounds expected;
        if (multiple[item]) {
            BigDecimal base = BigDecimal.valueOf(1_000 + random.nextInt(199_001));
            expected = multipleBounds(base, standard);
            if (level != TierLevel.NO_PENALTY) {
                FineBounds tier = multipleBounds(base, level);
                b.fine(outlying(random, between(random, tier.min(), tier.max(), 2), tier)).base(base);
            }
        } else {
            expected = fixedBounds(maxima[item], standard);
            if (level != TierLevel.NO_PENALTY) {
                FineBounds tier = fixedBounds(maxima[item], level);
                b.fine(outlying(random, between(random, tier.min(), tier.max(), -2), tier));
            }
        }
        if (random.nextInt(50) != 0) {
            b.expected(Expectation.of(standard, expected));
        }
        return b.build();
    }

    /** A fine in 3% of the cases outside the tier: half of the lowest or one and a half times the highest. */
    private static BigDecimal outlying(SplittableRandom random, BigDecimal fine, FineBounds tier) {
        int roll = random.nextInt(200);
        if (roll < 3) {
            return tier.min().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        }
        if (roll < 6) {
            return tier.max().multiply(new BigDecimal("1.5")).setScale(2, RoundingMode.DOWN);
        }
        return fine;
    }

    /** An amount within the bounds, rounded down to a multiple of 10^-scale yuan but not below the minimum. */
    private static BigDecimal between(SplittableRandom random, BigDecimal min, BigDecimal max, int scale) {
        BigDecimal span = max.subtract(min);
        BigDecimal fine = min.add(span.multiply(BigDecimal.valueOf(random.nextDouble()))).setScale(scale,
                RoundingMode.DOWN).setScale(2);
        return fine.compareTo(min) < 0 ? min : fine;
    }

    private static FineBounds fixedBounds(long maximum, TierLevel level) {
        double[] tier = FIXED_TIERS[level.ordinal() - 1];
        return new FineBounds(BigDecimal.valueOf(Math.round(maximum * tier[0])),
                BigDecimal.valueOf(Math.round(maximum * tier[1])), FineBounds.Source.FIXED);
    }

    private static FineBounds multipleBounds(BigDecimal base, TierLevel level) {
        String[] tier = FACTORS[level.ordinal() - 1];
        return new FineBounds(base.multiply(new BigDecimal(tier[0])).setScale(2, RoundingMode.CEILING),
                base.multiply(new BigDecimal(tier[1])).setScale(2, RoundingMode.FLOOR), FineBounds.Source.MULTIPLE);
    }
}
