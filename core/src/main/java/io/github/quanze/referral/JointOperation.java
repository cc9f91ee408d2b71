package io.github.quanze.referral;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A joint enforcement operation (联动执法行动) of a team: the day, the agencies that took part and the cases it produced.
 * Each case belongs to its competent agency and is that agency's record; the record references the operation by id
 * ({@link CaseRecord.Builder#operation}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the operation's id, one line of at most {@value #MAX_ID_LENGTH} characters
 * @param team  the id of the team that ran it, not blank
 * @param date  the day of the operation, not null
 * @param agencies  the agencies that took part, at least one, sorted, not null
 * @param cases  the case numbers it produced, none twice, not null
 */
public record JointOperation(String id, String team, LocalDate date, Set<AgencyId> agencies, List<String> cases) {

    /** The longest operation id accepted. */
    public static final int MAX_ID_LENGTH = 100;

    /**
     * Creates an operation.
     *
     * @param id  the operation's id, one line of at most {@value #MAX_ID_LENGTH} characters
     * @param team  the id of the team that ran it, not blank
     * @param date  the day of the operation, not null
     * @param agencies  the agencies that took part, at least one, sorted, not null
     * @param cases  the case numbers it produced, none twice, not null
     * @throws IllegalArgumentException if the id, team or a case number is malformed, no agency is given or a case
     *         is given twice; the message names the operation and the value
     */
    public JointOperation {
        Texts.checkLine("Joint operation id", id, MAX_ID_LENGTH);
        Texts.checkLine("Joint operation " + id + ": team", team, JointTeam.MAX_ID_LENGTH);
        Objects.requireNonNull(date, "date");
        agencies = ImmutableSortedSet.copyOf(Lists.copyOf("agencies", agencies));
        cases = ImmutableList.copyOf(Lists.copyOf("cases", cases));
        checkArgument(!agencies.isEmpty(), "Joint operation %s: at least one agency must take part", id);
        checkArgument(Lists.isDistinct(cases), "Joint operation %s: cases %s name a case twice", id,
                Texts.quote(cases));
        for (String c : cases) {
            Texts.checkLine("Joint operation " + id + ": case", c, CaseRecord.MAX_ID_LENGTH);
        }
    }

    /**
     * Obtains an operation.
     *
     * @param id  the operation's id, not blank
     * @param team  the team's id, not blank
     * @param date  the day, not null
     * @param agencies  the agencies that took part, not null
     * @param cases  the case numbers it produced, not null
     * @return the operation, not null
     * @throws IllegalArgumentException as the constructor
     */
    public static JointOperation of(String id, String team, LocalDate date, Set<AgencyId> agencies,
            List<String> cases) {
        return new JointOperation(id, team, date, agencies, cases);
    }

    /**
     * Checks whether a case record came out of this operation: it references the operation and the operation lists
     * it.
     *
     * @param record  the case record, not null
     * @return true if the record is one of the operation's cases
     */
    public boolean produced(CaseRecord record) {
        Objects.requireNonNull(record, "record");
        return record.operation().filter(id::equals).isPresent() && cases.contains(record.id());
    }
}
