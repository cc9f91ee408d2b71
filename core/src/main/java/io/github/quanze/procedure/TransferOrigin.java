package io.github.quanze.procedure;

import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a transferred case came from (案件来源：移送): the sending agency, its case number and the day of the transfer,
 * as the receiving agency's record names them ({@link CaseRecord.Builder#transferredFrom}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agency  the sending agency, not null
 * @param caseId  the sending agency's case number, one line of at most {@value CaseRecord#MAX_ID_LENGTH} characters
 * @param date  the day of the transfer, not null
 */
public record TransferOrigin(AgencyId agency, String caseId, LocalDate date) {

    /**
     * Creates an origin.
     *
     * @param agency  the sending agency, not null
     * @param caseId  the sending agency's case number, one line of at most {@value CaseRecord#MAX_ID_LENGTH} characters
     * @param date  the day of the transfer, not null
     * @throws IllegalArgumentException if the case number is blank, has a control character or surrounding spaces,
     *         or is too long
     */
    public TransferOrigin {
        Objects.requireNonNull(agency, "agency");
        Texts.checkLine("Transfer origin: case id", caseId, CaseRecord.MAX_ID_LENGTH);
        Objects.requireNonNull(date, "date");
    }
}
