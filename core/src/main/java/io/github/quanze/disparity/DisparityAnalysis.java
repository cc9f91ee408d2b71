package io.github.quanze.disparity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.internal.Texts;
import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The analysis of like cases (类案分析): decided penalty cases are added one by one, grouped by violation item and
 * circumstance profile, and turned into a {@link DisparityReport} — the groups whose cases were decided at
 * different levels or whose fines lie further apart than a ratio (类案不同罚), the cases decided away from what the
 * discretion standard gives for their facts (畸轻畸重), and the counts of each agency and officer.
 * <pre>{@code
 * DisparityAnalysis analysis = DisparityAnalysis.create();
 * for (DecidedPenalty decided : cases) {
 *     analysis.add(decided);
 * }
 * DisparityReport report = analysis.report(DisparitySettings.defaults());
 *
 * // or over parts: per file, per thread, per shard
 * DisparityAnalysis whole = cases.parallelStream()
 *     .collect(DisparityAnalysis::create, DisparityAnalysis::add, DisparityAnalysis::merge);
 * }</pre>
 * <p>
 * Like {@link java.util.IntSummaryStatistics}, an analysis is a mutable accumulator that merges. {@link #add} takes
 * constant time (amortised; a case with several officers counts each); {@link #merge} adds another analysis's
 * cases in time proportional to its cases and groups. The report is the same whatever the order in which cases
 * were added and however they were split into analyses and merged: everything in it is a count, an exact sum, a
 * least or greatest value (among equal values the smallest case number), or sorted. Making a report takes time
 * proportional to the groups, their agencies and officers, and the outliers (which it sorts), and leaves the
 * analysis as it was: more cases can be added and another report made.
 * <p>
 * Memory grows with the groups, and with the agencies and officers of each group, not with the cases — except for
 * two things: the case numbers (some 24 bytes a case besides the text), kept to refuse a case added twice (a case
 * counted twice would tilt every count), and the outlier cases, which the report lists one by one.
 * <p>
 * An analysis holds at most {@value #MAX_CASES} cases. A case number is analysed once: adding a case whose number
 * was added before, or merging an analysis that shares a case number, is refused with an exception naming it, and
 * leaves the analysis unchanged.
 * <p>
 * What the report calls a disparity is this library's reading of 行政处罚法 Art 5 ¶2 (过罚相当): that cases of one
 * violation item with the same declared circumstances should be decided at the same level (类案同罚), and that their
 * fines should not lie further apart than the settings' ratio, which no statute sets. An outlier is any departure
 * from what the standard gives; whether it was justified, the case file says. The findings' messages say so.
 * <p>
 * This class is not thread-safe: give each thread its own analysis and merge them.
 */
public final class DisparityAnalysis {

    /** The most cases an analysis holds: 2^29, some 537 million. */
    public static final int MAX_CASES = 1 << 29;

    private static final Comparator<GroupTally> GROUP_ORDER = Comparator.comparing(g -> g.key);
    private static final Comparator<DecidedPenalty> CASE_ORDER = Comparator.comparing(DecidedPenalty::caseId);

    private final CaseNumbers ids = new CaseNumbers();
    private final Map<GroupKey, GroupTally> groups = new HashMap<>();
    private final GroupKey.Probe probe = new GroupKey.Probe();
    private final Names agencies = new Names();
    private final Names officers = new Names();
    private final List<DecidedPenalty> outliers = new ArrayList<>();

    private DisparityAnalysis() {}

    /**
     * Starts an analysis with no case.
     *
     * @return the empty analysis, not null
     */
    public static DisparityAnalysis create() {
        return new DisparityAnalysis();
    }

    /**
     * Adds a decided case, in constant time.
     *
     * @param decided  the case, not null
     * @return this analysis, not null
     * @throws IllegalArgumentException if a case of the same number was added before; the message names it, and the
     *         analysis is unchanged
     * @throws IllegalStateException if the analysis holds {@value #MAX_CASES} cases already
     */
    public DisparityAnalysis add(DecidedPenalty decided) {
        Objects.requireNonNull(decided, "decided");
        checkState(ids.size() < MAX_CASES, "Disparity analysis: holds %s cases, the most it can", MAX_CASES);
        checkArgument(ids.add(decided.caseId()), "Disparity analysis: case %s is already added; each case is "
                + "analysed once", Texts.quoted(decided.caseId()));
        GroupTally tally = groups.get(probe.set(decided.item(), decided.profile()));
        if (tally == null) {
            GroupKey key = probe.key();
            tally = new GroupTally(key);
            groups.put(key, tally);
        }
        tally.add(decided);
        tally.agencies.add(agencies.number(decided.agency()), 1);
        List<String> handlers = decided.officers();
        for (int i = 0; i < handlers.size(); i++) {
            tally.officers.add(officers.number(handlers.get(i)), 1);
        }
        if (isOutlier(decided)) {
            outliers.add(decided);
        }
        return this;
    }

    /**
     * Adds decided cases, as {@link #add} each; all or none: a null case, or one whose number was added before or
     * is given twice, leaves the analysis unchanged.
     *
     * @param cases  the cases, not null
     * @return this analysis, not null
     * @throws NullPointerException if the cases or one of them is null
     * @throws IllegalArgumentException if a case number was added before or is given twice; the message names it
     * @throws IllegalStateException if the analysis would hold more than {@value #MAX_CASES} cases
     */
    public DisparityAnalysis addAll(Iterable<DecidedPenalty> cases) {
        Objects.requireNonNull(cases, "cases");
        List<DecidedPenalty> all = new ArrayList<>();
        Set<String> batch = new HashSet<>();
        for (DecidedPenalty decided : cases) {
            Objects.requireNonNull(decided, "cases element");
            checkArgument(!ids.contains(decided.caseId()) && batch.add(decided.caseId()), "Disparity analysis: case "
                    + "%s is already added or given twice; each case is analysed once", Texts.quoted(decided.caseId()));
            all.add(decided);
        }
        checkState(ids.size() <= MAX_CASES - all.size(), "Disparity analysis: %s and %s cases are more than the %s an "
                + "analysis holds", ids.size(), all.size(), MAX_CASES);
        all.forEach(this::add);
        return this;
    }

    /**
     * Adds the cases of another analysis, such as that of another file or thread; the other analysis is not changed.
     * The result is the analysis of all the cases of both, as if they had been added to one.
     *
     * @param other  the analysis to add, not this one, not null
     * @return this analysis, not null
     * @throws IllegalArgumentException if the other analysis is this one or has a case number this one has; the
     *         message names it, and this analysis is unchanged
     * @throws IllegalStateException if the two together hold more than {@value #MAX_CASES} cases
     */
    public DisparityAnalysis merge(DisparityAnalysis other) {
        Objects.requireNonNull(other, "other");
        checkArgument(other != this, "Disparity analysis: an analysis cannot be merged into itself; its cases would "
                + "count twice");
        checkState(ids.size() <= MAX_CASES - other.ids.size(), "Disparity analysis: %s and %s cases are more than the "
                + "%s an analysis holds", ids.size(), other.ids.size(), MAX_CASES);
        for (String id : other.ids.numbers()) {
            checkArgument(!ids.contains(id), "Disparity analysis: case %s is in both analyses; each case is analysed "
                    + "once", Texts.quoted(id));
        }
        other.ids.numbers().forEach(ids::add);
        int[] agencyNumbers = agencies.numbersOf(other.agencies);
        int[] officerNumbers = officers.numbersOf(other.officers);
        other.groups.forEach((key, tally) -> groups.computeIfAbsent(key, GroupTally::new).merge(tally, agencyNumbers,
                officerNumbers));
        outliers.addAll(other.outliers);
        return this;
    }

    /**
     * Returns how many cases were added.
     *
     * @return the number of cases, at least 0
     */
    public long cases() {
        return ids.size();
    }

    /**
     * Makes the report with the default settings ({@link DisparitySettings#defaults()}).
     *
     * @return the report, not null
     */
    public DisparityReport report() {
        return report(DisparitySettings.defaults());
    }

    /**
     * Makes the report of the cases added so far; the analysis is not changed.
     *
     * @param settings  the spread ratio and minimum group size, not null
     * @return the report, not null
     */
    public DisparityReport report(DisparitySettings settings) {
        Objects.requireNonNull(settings, "settings");
        List<GroupTally> sorted = new ArrayList<>(groups.values());
        sorted.sort(GROUP_ORDER);
        List<DisparityGroup> reported = new ArrayList<>(sorted.size());
        List<DisparityFinding> findings = new ArrayList<>();
        // rows by agency and officer number: cases, outlier cases, cases in a group with a disparity
        long[][] agencyRows = new long[agencies.size()][3];
        long[][] officerRows = new long[officers.size()][3];
        for (GroupTally tally : sorted) {
            DisparityGroup group = tally.toGroup();
            reported.add(group);
            List<DisparityFinding> found = tally.findings(group, settings);
            findings.addAll(found);
            count(agencyRows, tally.agencies, !found.isEmpty());
            count(officerRows, tally.officers, !found.isEmpty());
        }
        List<DecidedPenalty> outlying = new ArrayList<>(outliers);
        outlying.sort(CASE_ORDER);
        for (DecidedPenalty decided : outlying) {
            outlierFindings(decided, findings);
            agencyRows[agencies.number(decided.agency())][1]++;
            for (String officer : decided.officers()) {
                officerRows[officers.number(officer)][1]++;
            }
        }
        return new DisparityReport(settings, ids.size(), reported, findings, rows(agencies, agencyRows),
                rows(officers, officerRows));
    }

    private static void count(long[][] rows, IndexCounts group, boolean disparate) {
        group.forEach((number, n) -> {
            rows[number][0] += n;
            if (disparate) {
                rows[number][2] += n;
            }
        });
    }

    private static List<DisparityCounts> rows(Names names, long[][] rows) {
        TreeMap<String, long[]> byName = new TreeMap<>();
        for (int i = 0; i < rows.length; i++) {
            byName.put(names.name(i), rows[i]);
        }
        List<DisparityCounts> counts = new ArrayList<>(rows.length);
        byName.forEach((name, n) -> counts.add(new DisparityCounts(name, n[0], n[1], n[2])));
        return counts;
    }

    private static boolean isOutlier(DecidedPenalty decided) {
        if (decided.expected().isEmpty()) {
            return false;
        }
        Expectation expected = decided.expected().get();
        return decided.level() != expected.level() || decided.fine().isPresent() && expected.bounds().isPresent()
                && !expected.bounds().get().contains(decided.fine().get());
    }

    private static void outlierFindings(DecidedPenalty decided, List<DisparityFinding> findings) {
        Expectation expected = decided.expected().orElseThrow();
        if (decided.level() != expected.level()) {
            Deviation deviation = decided.level().compareTo(expected.level()) < 0 ? Deviation.LIGHTER
                    : Deviation.GRAVER;
            findings.add(outlier(DisparityFinding.Kind.OUTLIER_LEVEL, decided, Parameters.builder()
                    .put("level", decided.level()).put("expected", expected.level()).put("deviation", deviation)
                    .build()));
        }
        if (decided.fine().isPresent() && expected.bounds().isPresent()
                && !expected.bounds().get().contains(decided.fine().get())) {
            BigDecimal fine = decided.fine().get();
            FineBounds bounds = expected.bounds().get();
            Deviation deviation = fine.compareTo(bounds.min()) < 0 ? Deviation.LIGHTER : Deviation.GRAVER;
            findings.add(outlier(DisparityFinding.Kind.OUTLIER_FINE, decided, Parameters.builder()
                    .put("fine", fine).put("min", bounds.min()).put("max", bounds.max()).put("deviation", deviation)
                    .build()));
        }
    }

    private static DisparityFinding outlier(DisparityFinding.Kind kind, DecidedPenalty decided, Parameters p) {
        return new DisparityFinding(kind, decided.item(), decided.profile(), ImmutableList.of(decided.caseId()),
                ImmutableList.of(decided.agency()), decided.officers(), p);
    }
}
