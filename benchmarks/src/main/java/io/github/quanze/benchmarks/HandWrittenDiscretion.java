package io.github.quanze.benchmarks;

import io.github.quanze.discretion.Disposition;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.TierLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A provincial discretion standard as a vendor writes it today: a map from the item's code to its constants, and
 * if/else on the limitation, the party's age and grounds, and the item's bands of the amount, the fine computed with
 * {@link BigDecimal} as the standard says: the peer without a rule engine that {@link PenaltyDecisionBenchmark}
 * measures {@link io.github.quanze.discretion.PenaltyDiscretion#decide} against.
 * <p>
 * It reads a plain case ({@link Case}) with typed fields, as a vendor's own case class would, and returns the
 * disposition, the tier's level, the kinds, the bounds of the fine and their middle: what the benchmark's setup
 * checks against quanze's ruling on every offence. It decides what the generated offences need and no more: the
 * two-year limitation (行政处罚法 Art 36, no grave harm), no penalty under 14 (Art 30), 应当从轻 for ages 14 to 17
 * and the grounds of Art 32, and the tiers; no 从旧兼从轻 (Art 37, one standard in force), no other ground of Arts
 * 31 and 33, no statutory range where no tier applies (every amount is covered), and no trace of the row applied or
 * reasoning.
 */
public final class HandWrittenDiscretion {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * The facts of one offence as the peer reads them.
     *
     * @param item  the item's code
     * @param act  the day of the act
     * @param discovered  the day it was discovered
     * @param amount  the amount involved, whole yuan
     * @param repeated  whether the party was penalised for the same act before
     * @param age  the party's age, or -1 if not a natural person of known age
     * @param ground  whether the party has a ground of 行政处罚法 Art 32
     * @param base  the base of a fine that is a multiple, yuan and fen
     */
    public record Case(String item, LocalDate act, LocalDate discovered, long amount, boolean repeated, int age,
            boolean ground, BigDecimal base) {}

    /**
     * The peer's decision.
     *
     * @param disposition  whether a penalty is given, or none and why
     * @param level  the tier's level, null without a penalty
     * @param kinds  the kinds imposed, empty without a penalty
     * @param min  the least fine in yuan (scale 2), null without a penalty
     * @param max  the most fine in yuan (scale 2), null without a penalty
     * @param midpoint  the middle of the range, the default fine, null without a penalty
     */
    public record Ruling(Disposition disposition, TierLevel level, Set<PenaltyKind> kinds, BigDecimal min,
            BigDecimal max, BigDecimal midpoint) {}

    private static final Ruling TIME_BARRED = new Ruling(Disposition.TIME_BARRED, null, Set.of(), null, null, null);
    private static final Ruling UNDER_FOURTEEN = new Ruling(Disposition.NO_PENALTY, null, Set.of(), null, null,
            null);
    private static final TierLevel[] LEVELS = {TierLevel.LIGHTER, TierLevel.ORDINARY, TierLevel.HEAVIER};

    /** One item's constants: fixed bounds in yuan, or factors of the base. */
    private record Item(boolean multiple, BigDecimal[] lows, BigDecimal[] highs, BigDecimal[] midpoints, long lower,
            long upper, Set<PenaltyKind> kinds) {}

    private final Map<String, Item> items = new HashMap<>();

    /**
     * Writes the constants of a standard's items.
     *
     * @param specs  the items' tiers, as {@link SyntheticStandards#specs()}, not null
     */
    public HandWrittenDiscretion(List<SyntheticStandards.ItemSpec> specs) {
        for (SyntheticStandards.ItemSpec s : specs) {
            boolean multiple = s.base().isPresent();
            BigDecimal[] lows = new BigDecimal[3];
            BigDecimal[] highs = new BigDecimal[3];
            BigDecimal[] midpoints = new BigDecimal[3];
            for (int t = 0; t < 3; t++) {
                lows[t] = multiple ? s.lows().get(t) : s.lows().get(t).setScale(2);
                highs[t] = multiple ? s.highs().get(t) : s.highs().get(t).setScale(2);
                midpoints[t] = multiple ? null : middle(lows[t], highs[t]);
            }
            items.put(s.code(), new Item(multiple, lows, highs, midpoints, s.lower(), s.upper(), s.kinds()));
        }
    }

    /**
     * Decides an offence.
     *
     * @param c  the offence, not null
     * @return the ruling, not null
     */
    public Ruling decide(Case c) {
        Item item = items.get(c.item());
        if (item == null) {
            throw new IllegalArgumentException("No such item: " + c.item());
        }
        if (c.discovered().isAfter(c.act().plusYears(2))) {
            return TIME_BARRED;                                 // 行政处罚法 Art 36
        }
        if (c.age() >= 0 && c.age() < 14) {
            return UNDER_FOURTEEN;                              // Art 30
        }
        int tier;
        if (c.ground() || c.age() >= 14 && c.age() < 18) {
            tier = 0;                                           // 应当从轻: Arts 30, 32
        } else if (c.repeated() || c.amount() >= item.upper()) {
            tier = 2;
        } else if (c.amount() >= item.lower()) {
            tier = 1;
        } else {
            tier = 0;
        }
        if (!item.multiple()) {
            return new Ruling(Disposition.PENALTY, LEVELS[tier], item.kinds(), item.lows()[tier],
                    item.highs()[tier], item.midpoints()[tier]);
        }
        BigDecimal max = c.base().multiply(item.highs()[tier]).setScale(2, RoundingMode.FLOOR);
        BigDecimal min = c.base().multiply(item.lows()[tier]).setScale(2, RoundingMode.CEILING).min(max);
        return new Ruling(Disposition.PENALTY, LEVELS[tier], item.kinds(), min, max, middle(min, max));
    }

    private static BigDecimal middle(BigDecimal min, BigDecimal max) {
        return min.add(max).divide(TWO, 2, RoundingMode.HALF_UP);
    }
}
