package io.github.quanze.referral;

import io.github.quanze.internal.Texts;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import java.util.Objects;

/**
 * A person of a joint team (联动执法小组成员): the team's leader (组长) or an agency's liaison (联络员), with the agency
 * they come from.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agency  the agency the person comes from, not null
 * @param officer  the person's officer id, not null
 * @param name  the person's name, one line of at most {@value #MAX_NAME_LENGTH} characters
 */
public record TeamOfficer(AgencyId agency, OfficerId officer, String name) {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 100;

    /**
     * Creates a person of a team.
     *
     * @param agency  the agency the person comes from, not null
     * @param officer  the person's officer id, not null
     * @param name  the person's name, one line of at most {@value #MAX_NAME_LENGTH} characters
     * @throws IllegalArgumentException if the name is blank, too long, or has a control character or surrounding
     *         spaces
     */
    public TeamOfficer {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(officer, "officer");
        Texts.checkLine("Team officer " + officer + ": name", name, MAX_NAME_LENGTH);
    }

    /**
     * Obtains a person of a team.
     *
     * @param agency  the agency, not null
     * @param officer  the officer id, not null
     * @param name  the name, not blank
     * @return the person, not null
     * @throws IllegalArgumentException if the name is malformed
     */
    public static TeamOfficer of(AgencyId agency, OfficerId officer, String name) {
        return new TeamOfficer(agency, officer, name);
    }
}
