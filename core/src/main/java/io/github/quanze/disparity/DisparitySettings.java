package io.github.quanze.disparity;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The settings of the analysis of like cases (类案分析设置): how far apart the fines of like cases may lie before the
 * analysis reports them, and how many cases a group needs before its cases are compared.
 * <p>
 * <b>The ratio is an interpretation.</b> No statute, and no national document on discretion standards, sets how far
 * the fines of like cases may differ; 行政处罚法 Art 5 requires only that a penalty fit the facts, nature,
 * circumstances and harm of the act (过罚相当). The default, {@value #DEFAULT_SPREAD_RATIO}, is this library's
 * choice: a group is reported when its highest fine (or rate of fine to base) is more than twice its lowest. A
 * supervising body sets its own. The messages of the findings say so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param spreadRatio  the ratio of the highest to the lowest fine (or rate) of a group beyond which its fines are
 *        too far apart; a spread of exactly this ratio is not reported; at least 1, without trailing zeros, not null
 * @param minimumGroupSize  the fewest cases a group needs for its cases to be compared (a group with fewer has no
 *        finding of {@link DisparityFinding.Kind#TIERS} or {@link DisparityFinding.Kind#SPREAD}), at least 2
 */
public record DisparitySettings(BigDecimal spreadRatio, int minimumGroupSize) {

    /** The default spread ratio, this library's interpretation (see the class description). */
    public static final String DEFAULT_SPREAD_RATIO = "2";

    /** The default minimum group size: two cases, the fewest that can differ. */
    public static final int DEFAULT_MINIMUM_GROUP_SIZE = 2;

    private static final DisparitySettings DEFAULTS = new DisparitySettings(new BigDecimal(DEFAULT_SPREAD_RATIO),
            DEFAULT_MINIMUM_GROUP_SIZE);

    /**
     * Creates settings; the ratio is kept without trailing zeros, so that 2.0 and 2 are equal settings.
     *
     * @param spreadRatio  the ratio of the highest to the lowest fine (or rate) of a group beyond which its fines are
     *         too far apart; a spread of exactly this ratio is not reported; at least 1, without trailing zeros, not
     *         null
     * @param minimumGroupSize  the fewest cases a group needs for its cases to be compared (a group with fewer has no
     *         finding of {@link DisparityFinding.Kind#TIERS} or {@link DisparityFinding.Kind#SPREAD}), at least 2
     * @throws IllegalArgumentException if the ratio is below 1 or the minimum group size below 2
     */
    public DisparitySettings {
        Objects.requireNonNull(spreadRatio, "spreadRatio");
        checkArgument(spreadRatio.compareTo(BigDecimal.ONE) >= 0, "Disparity settings: spreadRatio must be at least "
                + "1 (the highest fine of a group over its lowest), but was %s", spreadRatio.toPlainString());
        checkArgument(minimumGroupSize >= 2, "Disparity settings: minimumGroupSize must be at least 2 (one case has "
                + "no like case to differ from), but was %s", minimumGroupSize);
        spreadRatio = spreadRatio.stripTrailingZeros();
        if (spreadRatio.scale() < 0) {
            spreadRatio = spreadRatio.setScale(0);
        }
    }

    /**
     * Returns the default settings: a spread ratio of {@value #DEFAULT_SPREAD_RATIO} and groups of at least
     * {@value #DEFAULT_MINIMUM_GROUP_SIZE} cases.
     *
     * @return the default settings, not null
     */
    public static DisparitySettings defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these settings with another spread ratio.
     *
     * @param ratio  the ratio, at least 1, not null
     * @return the settings, not null
     * @throws IllegalArgumentException if the ratio is below 1
     */
    public DisparitySettings withSpreadRatio(BigDecimal ratio) {
        return new DisparitySettings(ratio, minimumGroupSize);
    }

    /**
     * Returns these settings with another minimum group size.
     *
     * @param size  the fewest cases a group needs for its cases to be compared, at least 2
     * @return the settings, not null
     * @throws IllegalArgumentException if the size is below 2
     */
    public DisparitySettings withMinimumGroupSize(int size) {
        return new DisparitySettings(spreadRatio, size);
    }
}
