package io.github.quanze.organization;

import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import java.util.Objects;

/**
 * An enforcement agency (执法主体): an administrative organ, or an organization authorised by law, that enforces in
 * its own name, such as 某市烟草专卖局.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the identifier, not null
 * @param name  the full name, one line without surrounding spaces, not blank
 */
public record Agency(AgencyId id, String name) {

    /**
     * Creates an agency.
     *
     * @param id  the identifier, not null
     * @param name  the full name, one line without surrounding spaces, not blank
     * @throws IllegalArgumentException if the name is blank, has a control character or surrounding spaces
     */
    public Agency {
        Objects.requireNonNull(id, "id");
        Texts.checkLine("Agency " + id + ": name", name);
    }
}
