package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
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
     * Renders the person as 张三（承办人）.
     *
     * @return the text in Chinese and English, not null
     */
    public BilingualText describe() {
        return BilingualText.of(name + "（" + role.label().zh() + "）", name + " (" + role.label().en() + ")");
    }
}
