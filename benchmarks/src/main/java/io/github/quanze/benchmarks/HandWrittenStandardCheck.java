package io.github.quanze.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The check of a discretion standard a vendor writes by hand today: for every row of every item, the tier's range
 * against the statutory range, and against the higher standard's tier on the same row; the peer that
 * {@link StandardVerificationBenchmark} measures {@link io.github.quanze.discretion.StandardVerifier} against.
 * <p>
 * It reads the standards as plain data ({@link SyntheticStandards.ItemSpec}, the spreadsheet a vendor keeps: one line
 * per item with its statutory range and its tiers' ranges) and finds three of the verifier's kinds: a tier above the
 * statutory maximum, below the minimum, and a lower standard's tier outside the higher one's. It pairs the two
 * standards' rows by position, which is right only because the generated standards have the same rows on the same
 * bands; the verifier works out which rows meet from their conditions. It checks no kind of penalty, no provision,
 * no order of the levels, no statutory mitigation, no middle of the range, no gap, overlap or shadowed row, and
 * renders nothing.
 */
public final class HandWrittenStandardCheck {

    /** The rows of every item, in order, and the tier each gives: 应当从轻, the three bands, repetition. */
    static final String[] ROWS = {".M", ".1", ".2", ".3", ".4"};
    private static final int[] TIER_OF_ROW = {0, 0, 1, 2, 2};

    /** What the check finds. */
    public enum Kind {
        /** A tier's most above the statutory maximum. */
        ABOVE_MAXIMUM,
        /** A tier's least below the statutory minimum. */
        BELOW_MINIMUM,
        /** A lower standard's tier not within the higher standard's tier on the same row. */
        NOT_CONTAINED
    }

    /**
     * One finding.
     *
     * @param kind  what was found
     * @param row  the row's id, such as {@code SC-001.3}
     * @param higherRow  the higher standard's row for {@link Kind#NOT_CONTAINED}, else null
     */
    public record Finding(Kind kind, String row, String higherRow) {}

    private HandWrittenStandardCheck() {}

    /**
     * Checks a standard against the statute.
     *
     * @param standard  the standard's items, not null
     * @return the findings, item by item and row by row, not null
     */
    public static List<Finding> check(List<SyntheticStandards.ItemSpec> standard) {
        List<Finding> found = new ArrayList<>();
        for (SyntheticStandards.ItemSpec item : standard) {
            statute(item, found);
        }
        return found;
    }

    /**
     * Checks a lower standard against the statute and, row by row, against a higher standard of the same items.
     *
     * @param lower  the lower standard's items, not null
     * @param higher  the higher standard's items, in the same order, not null
     * @return the findings, item by item and row by row, not null
     */
    public static List<Finding> check(List<SyntheticStandards.ItemSpec> lower,
            List<SyntheticStandards.ItemSpec> higher) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < lower.size(); i++) {
            SyntheticStandards.ItemSpec item = lower.get(i);
            SyntheticStandards.ItemSpec outer = higher.get(i);
            if (!item.code().equals(outer.code())) {
                throw new IllegalArgumentException("Item " + item.code() + " against " + outer.code());
            }
            statute(item, found);
            for (int r = 0; r < ROWS.length; r++) {
                int t = TIER_OF_ROW[r];
                if (item.lows().get(t).compareTo(outer.lows().get(t)) < 0
                        || item.highs().get(t).compareTo(outer.highs().get(t)) > 0) {
                    found.add(new Finding(Kind.NOT_CONTAINED, item.code() + ROWS[r], outer.code() + ROWS[r]));
                }
            }
        }
        return found;
    }

    private static void statute(SyntheticStandards.ItemSpec item, List<Finding> found) {
        BigDecimal low = item.statuteLow();
        BigDecimal high = item.statuteHigh();
        for (int r = 0; r < ROWS.length; r++) {
            int t = TIER_OF_ROW[r];
            if (item.highs().get(t).compareTo(high) > 0) {
                found.add(new Finding(Kind.ABOVE_MAXIMUM, item.code() + ROWS[r], null));
            }
            if (item.lows().get(t).compareTo(low) < 0) {
                found.add(new Finding(Kind.BELOW_MINIMUM, item.code() + ROWS[r], null));
            }
        }
    }
}
