package io.github.quanze.organization;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * An enforcement agency (执法主体): an administrative organ, or an organization authorised by law, that enforces in
 * its own name, such as 某市烟草专卖局.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the identifier, not null
 * @param name  the full name, not blank
 */
public record Agency(AgencyId id, String name) {

    /**
     * Creates an agency.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Agency {
        Objects.requireNonNull(id, "id");
        checkArgument(name != null && !name.isBlank(), "Agency %s: name must not be blank, but was '%s'", id, name);
    }
}
