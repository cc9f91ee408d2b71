package io.github.quanze.allocation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.quanze.internal.Lists;
import io.github.quanze.power.PowerCode;
import io.github.quanze.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of an allocation audit (职权分解检查报告): the findings on one day, in a fixed order.
 * <p>
 * Findings are sorted by issue, then powers, then posts, so two audits of the same data are equal however the data
 * was ordered.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date  the day audited, not null
 * @param findings  the findings, sorted, not null
 */
public record AllocationReport(LocalDate date, List<AllocationFinding> findings) {

    /**
     * Creates a report, sorting its findings.
     *
     * @param date  the day audited, not null
     * @param findings  the findings, sorted, not null
     */
    public AllocationReport {
        Objects.requireNonNull(date, "date");
        findings = Lists.sortedCopyOf("findings", findings);
    }

    /**
     * Returns the findings of one issue.
     *
     * @param issue  the issue, not null
     * @return the findings, sorted, not null
     */
    public List<AllocationFinding> findings(AllocationIssue issue) {
        Objects.requireNonNull(issue, "issue");
        return findings.stream().filter(f -> f.issue() == issue).collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the findings of one severity.
     *
     * @param severity  the severity, not null
     * @return the findings, sorted, not null
     */
    public List<AllocationFinding> findings(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity).collect(ImmutableList.toImmutableList());
    }

    /**
     * Checks whether any finding is an ERROR.
     *
     * @return true if the allocation breaches a legal requirement
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Returns the powers of the catalogue that no post was allocated (遗漏).
     *
     * @return the codes, in order, not null
     */
    public Set<PowerCode> unallocatedPowers() {
        return findings(AllocationIssue.UNALLOCATED).stream().flatMap(f -> f.powers().stream())
                .collect(ImmutableSortedSet.toImmutableSortedSet(PowerCode::compareTo));
    }
}
