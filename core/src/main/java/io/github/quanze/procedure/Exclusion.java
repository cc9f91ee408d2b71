package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.basis.LegalBasis;
import java.util.Objects;
import java.util.Set;

/**
 * An exclusion a procedure allows (期限扣除): the activities whose time is not counted in the time limits of some of
 * its steps, the provision that allows it, and whether the party must be told in writing.
 * <pre>{@code
 * // 行政许可法 Art 45: 听证、招标 … 专家评审 are not counted in the periods of 第三节; the applicant is told in writing
 * Exclusion.of(LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW, 45)), Set.of(DECISION, ISSUE), true,
 *         EnumSet.of(HEARING, TENDER, AUCTION, INSPECTION, TESTING, QUARANTINE, APPRAISAL, EXPERT_REVIEW));
 * }</pre>
 * <p>
 * A time limit stops only for what its procedure allows: 行政处罚法 Art 60 has no exclusion of its own, so the
 * penalty templates allow none; a procedure under a law, regulation or rule that provides one declares it with that
 * provision.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param basis  the provision that allows the exclusion, not null
 * @param limits  the steps whose time limits the exclusion applies to, at least one, not null
 * @param writtenNotice  whether the party must be told of the excluded time in writing
 * @param activities  the activities excluded, at least one, not null
 */
public record Exclusion(LegalBasis basis, Set<StepKind> limits, boolean writtenNotice,
        Set<ExcludedActivity> activities) {

    /**
     * Creates an exclusion.
     *
     * @param basis  the provision that allows the exclusion, not null
     * @param limits  the steps whose time limits the exclusion applies to, at least one, not null
     * @param writtenNotice  whether the party must be told of the excluded time in writing
     * @param activities  the activities excluded, at least one, not null
     * @throws IllegalArgumentException if no step or no activity is named
     */
    public Exclusion {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(activities, "activities");
        checkArgument(!limits.isEmpty(), "Exclusion %s: limits must name at least one step", basis);
        checkArgument(!activities.isEmpty(), "Exclusion %s: activities must name at least one activity", basis);
        limits = Sets.immutableEnumSet(limits);
        activities = Sets.immutableEnumSet(activities);
    }

    /**
     * Obtains an exclusion.
     *
     * @param basis  the provision that allows it, not null
     * @param limits  the steps whose time limits it applies to, not null
     * @param writtenNotice  whether the party must be told in writing
     * @param activities  the activities excluded, not null
     * @return the exclusion, not null
     * @throws IllegalArgumentException if no step or no activity is named
     */
    public static Exclusion of(LegalBasis basis, Set<StepKind> limits, boolean writtenNotice,
            Set<ExcludedActivity> activities) {
        return new Exclusion(basis, limits, writtenNotice, activities);
    }
}
