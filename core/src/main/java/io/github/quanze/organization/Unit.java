package io.github.quanze.organization;

import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import java.util.Objects;

/**
 * An internal unit of an agency (内设机构), such as 专卖监督管理科 or 法规科.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the identifier, not null
 * @param agency  the agency the unit belongs to, not null
 * @param name  the name, one line without surrounding spaces, not blank
 */
public record Unit(UnitId id, AgencyId agency, String name) {

    /**
     * Creates a unit.
     *
     * @param id  the identifier, not null
     * @param agency  the agency the unit belongs to, not null
     * @param name  the name, one line without surrounding spaces, not blank
     * @throws IllegalArgumentException if the name is blank, has a control character or surrounding spaces
     */
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agency, "agency");
        Texts.checkLine("Unit " + id + ": name", name);
    }
}
