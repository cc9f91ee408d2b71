package io.github.quanze.disparity;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The report of an analysis of like cases (类案分析报告): the settings it was made with, every group of like cases,
 * the findings, and the counts of each agency and each officer.
 * <p>
 * Everything is sorted, so that the report does not depend on the order in which cases were added or how the
 * analysis was split and merged: groups by item, then profile; findings first those of the groups, in the order of
 * the groups (within a group {@link DisparityFinding.Kind#TIERS}, then {@link DisparityFinding.Kind#SPREAD} by
 * amount, then by rate), then every outlier, by case number ({@link DisparityFinding.Kind#OUTLIER_LEVEL} before
 * {@link DisparityFinding.Kind#OUTLIER_FINE} for one case); agencies and officers by name. Outliers are all listed,
 * however many. Where a finding names one case among equals — the lowest or highest fine, the example of a level —
 * it is the one with the smallest case number.
 * <p>
 * Every group is listed, whatever its size; the settings' minimum group size limits only which groups are compared
 * for findings. Reports compare by value. This class is immutable and thread-safe.
 */
public final class DisparityReport {

    private final DisparitySettings settings;
    private final long cases;
    private final ImmutableList<DisparityGroup> groups;
    private final ImmutableList<DisparityFinding> findings;
    private final ImmutableList<DisparityCounts> agencies;
    private final ImmutableList<DisparityCounts> officers;

    DisparityReport(DisparitySettings settings, long cases, List<DisparityGroup> groups,
            List<DisparityFinding> findings, List<DisparityCounts> agencies, List<DisparityCounts> officers) {
        this.settings = settings;
        this.cases = cases;
        this.groups = ImmutableList.copyOf(groups);
        this.findings = ImmutableList.copyOf(findings);
        this.agencies = ImmutableList.copyOf(agencies);
        this.officers = ImmutableList.copyOf(officers);
    }

    /**
     * Returns the settings the report was made with.
     *
     * @return the settings, not null
     */
    public DisparitySettings settings() {
        return settings;
    }

    /**
     * Returns how many cases were analysed.
     *
     * @return the number of cases, at least 0
     */
    public long cases() {
        return cases;
    }

    /**
     * Returns every group of like cases, by item, then profile; their cases add up to {@link #cases()}.
     *
     * @return the groups, not null
     */
    public List<DisparityGroup> groups() {
        return groups;
    }

    /**
     * Returns the findings: those of the groups in the order of the groups, then the outliers by case number.
     *
     * @return the findings, not null
     */
    public List<DisparityFinding> findings() {
        return findings;
    }

    /**
     * Returns the findings of one kind, in the order of {@link #findings()}.
     *
     * @param kind  the kind, not null
     * @return the findings, not null
     */
    public List<DisparityFinding> findings(DisparityFinding.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /**
     * Returns the counts of each agency, by name; their cases add up to {@link #cases()}.
     *
     * @return the counts, one per agency with a case, not null
     */
    public List<DisparityCounts> agencies() {
        return agencies;
    }

    /**
     * Returns the counts of each officer, by name; a case with several officers counts for each.
     *
     * @return the counts, one per officer with a case, not null
     */
    public List<DisparityCounts> officers() {
        return officers;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DisparityReport r && cases == r.cases && settings.equals(r.settings)
                && groups.equals(r.groups) && findings.equals(r.findings) && agencies.equals(r.agencies)
                && officers.equals(r.officers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, cases, groups, findings, agencies, officers);
    }

    /** Returns the counts: DisparityReport[cases=…, groups=…, findings=…, agencies=…, officers=…]. */
    @Override
    public String toString() {
        return "DisparityReport[cases=" + cases + ", groups=" + groups.size() + ", findings=" + findings.size()
                + ", agencies=" + agencies.size() + ", officers=" + officers.size() + "]";
    }
}
