package io.github.quanze.procedure;

import io.github.quanze.basis.BilingualText;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.fault.Role;
import io.github.quanze.organization.OfficerId;
import java.util.Objects;

/**
 * A person involved in a violation (涉及人员), named with the part they played in the case (承办人、审核人、批准人).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param officer  the officer, not null
 * @param name  the officer's name, not null
 * @param role  the part played, not null
 */
public record Involvement(OfficerId officer, String name, Role role) {

    /** Creates an involvement. */
    public Involvement {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /**
     * Starts the fault of this person for what they did in the case: the officer as subject, their part as role,
     * and 直接责任 for their own act; the caller adds type, form, consequence, act date and description.
     *
     * @return a fault builder, not null
     */
    public Fault.Builder fault() {
        Fault.Builder builder = new Fault.Builder();
        builder.subject(FaultSubject.officer(officer, name)).role(role).responsibility(Responsibility.DIRECT);
        return builder;
    }

    /**
     * Renders the person as 张三（承办人）.
     *
     * @return the text in Chinese and English, not null
     */
    public BilingualText describe() {
        return BilingualText.of(name + "（" + role.label().zh() + "）", name + " (" + role.label().en() + ")");
    }
}
