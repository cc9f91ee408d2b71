package io.github.quanze.organization;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * An internal unit of an agency (内设机构), such as 专卖监督管理科 or 法规科.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the identifier, not null
 * @param agency  the agency the unit belongs to, not null
 * @param name  the name, not blank
 */
public record Unit(UnitId id, AgencyId agency, String name) {

    /**
     * Creates a unit.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agency, "agency");
        checkArgument(name != null && !name.isBlank(), "Unit %s: name must not be blank, but was '%s'", id, name);
    }
}
