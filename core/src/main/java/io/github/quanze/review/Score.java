package io.github.quanze.review;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A file's score on one item of the standard (单项得分): the item's points less the deductions of its defects,
 * never below zero ("扣完为止，不计负分").
 *
 * @param item  the item, not null
 * @param points  the points earned, 0 to the item's points
 * @param deducted  the points its defects deduct before the floor, not negative; may exceed the item's points
 */
public record Score(ReviewItem item, int points, int deducted) {

    /**
     * Creates a score.
     *
     * @param item  the item, not null
     * @param points  the points earned, 0 to the item's points
     * @param deducted  the points its defects deduct before the floor, not negative; may exceed the item's points
     * @throws IllegalArgumentException if the points are outside 0 and the item's points, or the deduction is
     *         negative
     */
    public Score {
        Objects.requireNonNull(item, "item");
        // the deduction first: Score.of derives the points from it, and a message about those would mislead
        checkArgument(deducted >= 0, "Score of item %s: deducted must not be negative, but was %s", item.code(),
                deducted);
        checkArgument(points >= 0 && points <= item.points(), "Score of item %s: points must be 0 to %s, but were %s",
                item.code(), item.points(), points);
    }

    /**
     * Scores an item: its points less a deduction, floored at zero.
     *
     * @param item  the item, not null
     * @param deducted  the points deducted, not negative
     * @return the score, not null
     * @throws IllegalArgumentException if the deduction is negative
     */
    public static Score of(ReviewItem item, int deducted) {
        return new Score(item, Math.max(0, item.points() - deducted), deducted);
    }
}
