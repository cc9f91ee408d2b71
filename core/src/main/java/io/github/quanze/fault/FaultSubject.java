package io.github.quanze.fault;

import io.github.quanze.internal.Texts;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import java.util.Objects;

/**
 * Who a fault concerns (过错主体): an officer (执法人员) or an agency (行政执法机关).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  officer or agency, not null
 * @param id  the officer's or agency's identifier, not blank
 * @param name  the name shown in decisions, not blank
 */
public record FaultSubject(Kind kind, String id, String name) {

    /** The kind of subject (过错主体类型): a person or an agency; each kind has its own sanction table. */
    public enum Kind {
        /** 执法人员. */
        OFFICER,
        /** 行政执法机关. */
        AGENCY
    }

    /**
     * Creates a subject.
     *
     * @param kind  officer or agency, not null
     * @param id  the officer's or agency's identifier, not blank
     * @param name  the name shown in decisions, not blank
     * @throws IllegalArgumentException if the id or name is blank, has a control character or surrounding spaces
     */
    public FaultSubject {
        Objects.requireNonNull(kind, "Fault subject: kind must not be null");
        Texts.checkLine("Fault subject id", id);
        Texts.checkLine("Fault subject " + id + ": name", name);
    }

    /**
     * Obtains an officer as the subject.
     *
     * @param id  the officer's identifier, not null
     * @param name  the officer's name, not blank
     * @return the subject, not null
     * @throws NullPointerException if the id is null
     * @throws IllegalArgumentException if the name is blank, has a control character or surrounding spaces
     */
    public static FaultSubject officer(OfficerId id, String name) {
        Objects.requireNonNull(id, "Fault subject: officer id must not be null");
        return new FaultSubject(Kind.OFFICER, id.value(), name);
    }

    /**
     * Obtains an agency as the subject.
     *
     * @param id  the agency's identifier, not null
     * @param name  the agency's name, not blank
     * @return the subject, not null
     * @throws NullPointerException if the id is null
     * @throws IllegalArgumentException if the name is blank, has a control character or surrounding spaces
     */
    public static FaultSubject agency(AgencyId id, String name) {
        Objects.requireNonNull(id, "Fault subject: agency id must not be null");
        return new FaultSubject(Kind.AGENCY, id.value(), name);
    }
}
