package io.github.quanze.jackson.fault;

import io.github.quanze.fault.Fault;
import io.github.quanze.fault.ReviewFaults;
import io.github.quanze.fault.ViolationFaults;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.rule.Decision;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 案件过错认定 The faults found in one case, by replaying its procedure ({@link ViolationFaults}) or reviewing its
 * file ({@link ReviewFaults}), each with the sanction decided for its person once a policy has decided it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param caseId  the case, not blank
 * @param faults  the faults found, each with its decision if decided, not null
 */
public record FaultFindings(String caseId, List<Found> faults) {

    /**
     * Creates the findings.
     *
     * @param caseId  the case, not blank
     * @param faults  the faults found, each with its decision if decided, not null
     */
    public FaultFindings {
        if (caseId == null || caseId.isBlank()) {
            throw new IllegalArgumentException("the case id of fault findings must not be blank");
        }
        faults = List.copyOf(faults);
    }

    /**
     * 认定的过错 One fault found, and the decision on its person's sanction if one was made.
     *
     * @param fault  the fault, not null
     * @param sanction  the decision, empty if not decided, not null
     */
    public record Found(Fault fault, Optional<Decision<Sanction>> sanction) {

        /**
         * Creates a found fault.
         *
         * @param fault  the fault, not null
         * @param sanction  the decision, empty if not decided, not null
         */
        public Found {
            Objects.requireNonNull(fault, "fault");
            Objects.requireNonNull(sanction, "sanction");
        }
    }

    /**
     * Obtains the findings of faults not yet decided.
     *
     * @param caseId  the case, not blank
     * @param faults  the faults, not null
     * @return the findings, not null
     */
    public static FaultFindings of(String caseId, List<Fault> faults) {
        return new FaultFindings(caseId, faults.stream().map(f -> new Found(f, Optional.empty())).toList());
    }

    /**
     * Obtains the faults a replayed case shows ({@link ViolationFaults#of(CaseState)}).
     *
     * @param state  the replayed case, not null
     * @return the findings, not null
     */
    public static FaultFindings of(CaseState state) {
        return of(state.caseId(), ViolationFaults.of(state));
    }

    /**
     * Obtains the faults a case file review found ({@link ReviewFaults#of(ReviewReport)}).
     *
     * @param report  the review, not null
     * @return the findings, not null
     */
    public static FaultFindings of(ReviewReport report) {
        return of(report.caseId(), ReviewFaults.of(report));
    }

    /**
     * Returns the findings with each fault decided by a policy on a day.
     *
     * @param policy  the sanction policy, not null
     * @param on  the day of the decision, not null
     * @return the findings, not null
     */
    public FaultFindings decided(SanctionPolicy policy, LocalDate on) {
        return new FaultFindings(caseId, faults.stream()
                .map(f -> new Found(f.fault(), Optional.of(policy.decide(f.fault(), on)))).toList());
    }
}
