package io.github.quanze.disparity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Maps;
import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.TierLevel;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of like cases (类案组): the decided cases of one violation item with the same circumstance profile, and
 * what they were given — how many at each level of discretion, and the spread of their fines, by amount for the
 * cases without a base and by rate of fine to base for the cases with one.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param item  the code of the violation item, not null
 * @param profile  the circumstance profile, not null
 * @param cases  how many cases the group has, at least 1
 * @param levels  how many cases were decided at each level, only levels with a case, in the order of severity;
 *        the counts add up to {@code cases}, not null
 * @param amounts  the spread of the fines of the cases without a base, empty if none of them was fined, not null
 * @param rates  the spread of the rates of fine to base of the cases with a base, empty if none has one, not null
 */
public record DisparityGroup(String item, Circumstances profile, long cases, Map<TierLevel, Long> levels,
        Optional<FineSpread> amounts, Optional<FineSpread> rates) {

    /**
     * Creates a group.
     *
     * @param item  the code of the violation item, not null
     * @param profile  the circumstance profile, not null
     * @param cases  how many cases the group has, at least 1
     * @param levels  how many cases were decided at each level, only levels with a case, in the order of severity; the
     *         counts add up to {@code cases}, not null
     * @param amounts  the spread of the fines of the cases without a base, empty if none of them was fined, not null
     * @param rates  the spread of the rates of fine to base of the cases with a base, empty if none has one, not null
     * @throws IllegalArgumentException if there is no case, a level count is not positive, the level counts do not
     *         add up to the cases, a spread has more cases than the group or a spread is of the wrong measure
     */
    public DisparityGroup {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(profile, "profile");
        levels = Maps.immutableEnumMap(Objects.requireNonNull(levels, "levels"));
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(rates, "rates");
        String what = "Disparity group " + item + " " + profile;
        checkArgument(cases >= 1, "%s: cases must be at least 1, but was %s", what, cases);
        long sum = 0;
        for (long n : levels.values()) {
            checkArgument(n >= 1, "%s: a level count must be at least 1, but was %s", what, n);
            checkArgument(n <= cases - sum, "%s: the level counts %s add up to more than the cases %s", what, levels,
                    cases);
            sum += n;
        }
        checkArgument(sum == cases, "%s: the level counts %s must add up to the cases %s", what, levels, cases);
        checkArgument(amounts.map(s -> s.measure() == FineMeasure.AMOUNT).orElse(true)
                && rates.map(s -> s.measure() == FineMeasure.RATE).orElse(true), "%s: amounts must be of the "
                + "measure AMOUNT and rates of RATE", what);
        long byAmount = amounts.map(FineSpread::cases).orElse(0L);
        long byRate = rates.map(FineSpread::cases).orElse(0L);
        checkArgument(byAmount <= cases - byRate, "%s: %s cases fined by amount and %s by rate, more than its %s "
                + "cases", what, byAmount, byRate, cases);
    }

    /**
     * Returns how many cases were decided at a level.
     *
     * @param level  the level, not null
     * @return the count, 0 if none
     */
    public long casesAt(TierLevel level) {
        return levels.getOrDefault(Objects.requireNonNull(level, "level"), 0L);
    }
}
