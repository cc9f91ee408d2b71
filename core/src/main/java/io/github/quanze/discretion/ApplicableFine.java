package io.github.quanze.discretion;

import java.util.Objects;

/**
 * A fine a violation item would impose for an act (可适用的罚款规定): the item and the concrete statutory range its
 * fine clause gives for the facts, one of the candidates {@link SingleFine} chooses among.
 *
 * @param item  the violation item, not null
 * @param bounds  the concrete range of its fine for the facts, as {@link ViolationItem#fineBoundsFor}, not null
 */
public record ApplicableFine(ViolationItem item, FineBounds bounds) {

    /**
     * Creates a candidate.
     *
     * @param item  the violation item, not null
     * @param bounds  the concrete range of its fine for the facts, as {@link ViolationItem#fineBoundsFor}, not null
     * @throws NullPointerException if a component is null
     */
    public ApplicableFine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(bounds, "bounds");
    }
}
