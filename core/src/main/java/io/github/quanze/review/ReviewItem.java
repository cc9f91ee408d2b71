package io.github.quanze.review;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import java.util.Objects;

/**
 * An item of a review standard (评查项目), such as 执法主体 or 案卷归档, with the points it carries; the file's
 * score on the item is its points less the deductions of its criteria, never below zero ("扣完为止，不计负分").
 *
 * @param code  the item's code within its standard, such as {@code EVIDENCE}, one line without surrounding spaces,
 *        not blank
 * @param name  the item's name, not null
 * @param part  the part of the standard it belongs to, not null
 * @param points  the points it carries, at least 1
 */
public record ReviewItem(String code, BilingualText name, ReviewPart part, int points) {

    /**
     * Creates an item.
     *
     * @param code  the item's code within its standard, such as {@code EVIDENCE}, one line without surrounding spaces,
     *         not blank
     * @param name  the item's name, not null
     * @param part  the part of the standard it belongs to, not null
     * @param points  the points it carries, at least 1
     * @throws IllegalArgumentException if the code is blank, has a control character or surrounding spaces, or the
     *         points are less than 1
     */
    public ReviewItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(part, "part");
        Texts.checkLine("Review item code", code);
        checkArgument(points >= 1, "Review item %s: points must be at least 1, but were %s", Texts.quoted(code),
                points);
    }
}
