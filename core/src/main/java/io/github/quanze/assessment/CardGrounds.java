package io.github.quanze.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * What a card is decided on (定卡依据): the facts of an officer's year and the rating they earned.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param year  the facts of the officer's year, not null
 * @param rating  the rating of the year, not null
 */
public record CardGrounds(OfficerYear year, OfficerRating rating) {

    /**
     * Creates the grounds.
     *
     * @param year  the facts of the officer's year, not null
     * @param rating  the rating of the year, not null
     */
    public CardGrounds {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(rating, "rating");
    }

    /**
     * Checks whether the officer is rated 不合格 for the second year in a row ("连续2年确定为不合格", the implementing
     * opinion read at fymate.net lar/168785).
     *
     * @return true if this year and the year before are INCOMPETENT
     */
    public boolean isSecondIncompetentYear() {
        return rating == OfficerRating.INCOMPETENT
                && year.previousRating().equals(Optional.of(OfficerRating.INCOMPETENT));
    }
}
