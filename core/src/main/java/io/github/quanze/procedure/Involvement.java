package io.github.quanze.procedure;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
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
public record Involvement(OfficerId officer, String name, Role role) implements Labelled {

    /**
     * Creates an involvement.
     *
     * @param officer  the officer, not null
     * @param name  the officer's name, not null
     * @param role  the part played, not null
     */
    public Involvement {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /**
     * Renders the person as 张三（承办人）.
     *
     * @return the text in Chinese and English, not null
     */
    public BilingualText describe() {
        return ProcedureMessages.describe(this);
    }

    /** Returns {@link #describe()}: a list of people renders as 张三（承办人）、李四（审核人）. */
    @Override
    public BilingualText label() {
        return describe();
    }
}
