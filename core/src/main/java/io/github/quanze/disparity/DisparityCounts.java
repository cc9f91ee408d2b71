package io.github.quanze.disparity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The counts of one agency or one officer in the analysis of like cases (类案统计): the cases it decided or handled,
 * how many of them are outliers (畸轻畸重), and how many lie in a group of like cases with a disparity (a
 * {@link DisparityFinding.Kind#TIERS} or {@link DisparityFinding.Kind#SPREAD} finding).
 * <p>
 * A case with two officers counts for each of them. This class is immutable and thread-safe.
 *
 * @param name  the agency or officer, as the cases name it, not null
 * @param cases  the cases, at least 1
 * @param outlierCases  the cases with at least one outlier finding, 0 to {@code cases}
 * @param disparateCases  the cases in a group with a disparity, 0 to {@code cases}
 */
public record DisparityCounts(String name, long cases, long outlierCases, long disparateCases) {

    /**
     * Creates counts.
     *
     * @param name  the agency or officer, as the cases name it, not null
     * @param cases  the cases, at least 1
     * @param outlierCases  the cases with at least one outlier finding, 0 to {@code cases}
     * @param disparateCases  the cases in a group with a disparity, 0 to {@code cases}
     * @throws IllegalArgumentException if there is no case, or a count is negative or above the cases
     */
    public DisparityCounts {
        Objects.requireNonNull(name, "name");
        checkArgument(cases >= 1, "Disparity counts of %s: cases must be at least 1, but was %s", name, cases);
        checkArgument(outlierCases >= 0 && outlierCases <= cases, "Disparity counts of %s: outlierCases must be 0 to "
                + "%s, but was %s", name, cases, outlierCases);
        checkArgument(disparateCases >= 0 && disparateCases <= cases, "Disparity counts of %s: disparateCases must "
                + "be 0 to %s, but was %s", name, cases, disparateCases);
    }
}
