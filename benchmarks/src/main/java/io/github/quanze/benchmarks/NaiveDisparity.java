package io.github.quanze.benchmarks;

import io.github.quanze.discretion.FineBounds;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityCounts;
import io.github.quanze.disparity.DisparityFinding;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.disparity.Expectation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The analysis of like cases as a vendor writes it by hand (手写类案统计): one pass over the cases into
 * {@code HashMap<String, long[]>}s keyed by strings — the group ({@code item|name=value;…}), the group and agency,
 * the group and officer — with amounts in fen and rates compared by cross-multiplication, then a pass over the groups.
 * It computes the counts of the findings by kind and the rows of each agency and officer (cases, outlier cases,
 * cases in a group with a disparity), and refuses a case number given twice as the analysis does; it names no case,
 * builds no finding, message or group value, and sorts only the rows.
 * <p>
 * Amounts fit a long in fen and their products in a long only for amounts up to some 10^8 yuan; the generated cases
 * stay far below. Not thread-safe; one instance per run.
 */
final class NaiveDisparity {

    // group stats: count, 5 level counts, amounts (count, min, max in fen), rates (count, min fine, min base,
    // max fine, max base in fen)
    private static final int COUNT = 0;
    private static final int LEVELS = 1;
    private static final int AMOUNTS = 6;
    private static final int MIN = 7;
    private static final int MAX = 8;
    private static final int RATES = 9;
    private static final int MIN_FINE = 10;
    private static final int MIN_BASE = 11;
    private static final int MAX_FINE = 12;
    private static final int MAX_BASE = 13;

    /**
     * The outcome: findings by kind and the rows of the agencies and officers, each {cases, outliers, disparate}.
     *
     * @param groups  the number of groups
     * @param tiers  the groups with different levels
     * @param spreads  the spreads beyond the ratio, by amount and by rate
     * @param outlierLevels  the cases at another level than expected
     * @param outlierFines  the fines outside the expected bounds
     * @param agencies  the rows of the agencies, by name
     * @param officers  the rows of the officers, by name
     */
    record Result(long groups, long tiers, long spreads, long outlierLevels, long outlierFines,
            Map<String, List<Long>> agencies, Map<String, List<Long>> officers) {

        /** The same counts, read from a report. */
        static Result of(DisparityReport report) {
            return new Result(report.groups().size(), report.findings(DisparityFinding.Kind.TIERS).size(),
                    report.findings(DisparityFinding.Kind.SPREAD).size(),
                    report.findings(DisparityFinding.Kind.OUTLIER_LEVEL).size(),
                    report.findings(DisparityFinding.Kind.OUTLIER_FINE).size(), rows(report.agencies()),
                    rows(report.officers()));
        }

        private static Map<String, List<Long>> rows(List<DisparityCounts> counts) {
            Map<String, List<Long>> rows = new TreeMap<>();
            counts.forEach(c -> rows.put(c.name(), List.of(c.cases(), c.outlierCases(), c.disparateCases())));
            return rows;
        }

        /** The number of findings in all, so that nothing is optimised away. */
        long findings() {
            return tiers + spreads + outlierLevels + outlierFines;
        }
    }

    private final Set<String> ids = new HashSet<>();
    private final Map<String, long[]> groups = new HashMap<>();
    private final Map<String, long[]> groupAgencies = new HashMap<>();
    private final Map<String, long[]> groupOfficers = new HashMap<>();
    private final Map<String, long[]> agencyOutliers = new HashMap<>();
    private final Map<String, long[]> officerOutliers = new HashMap<>();
    private long outlierLevels;
    private long outlierFines;

    /**
     * Analyses the cases.
     *
     * @param cases  the cases, not null
     * @param ratio  the spread ratio, a whole number
     * @param minimumGroupSize  the fewest cases a group needs for its cases to be compared
     * @return the counts, not null
     */
    static Result run(DecidedPenalty[] cases, long ratio, int minimumGroupSize) {
        NaiveDisparity naive = new NaiveDisparity();
        for (DecidedPenalty d : cases) {
            naive.add(d);
        }
        return naive.result(ratio, minimumGroupSize);
    }

    private void add(DecidedPenalty d) {
        if (!ids.add(d.caseId())) {
            throw new IllegalArgumentException("Case " + d.caseId() + " is given twice");
        }
        StringBuilder key = new StringBuilder(64).append(d.item()).append('|');
        d.profile().values().forEach((name, value) -> key.append(name).append('=').append(value).append(';'));
        String group = key.toString();
        long[] s = groups.computeIfAbsent(group, k -> new long[] {0, 0, 0, 0, 0, 0, 0, Long.MAX_VALUE, -1, 0, -1, 1,
            -1, 1});
        s[COUNT]++;
        s[LEVELS + d.level().ordinal()]++;
        if (d.fine().isPresent()) {
            long fine = fen(d.fine().get());
            if (d.base().isPresent()) {
                long base = fen(d.base().get());
                s[RATES]++;
                if (s[MIN_FINE] < 0 || fine * s[MIN_BASE] < s[MIN_FINE] * base) {
                    s[MIN_FINE] = fine;
                    s[MIN_BASE] = base;
                }
                if (s[MAX_FINE] < 0 || fine * s[MAX_BASE] > s[MAX_FINE] * base) {
                    s[MAX_FINE] = fine;
                    s[MAX_BASE] = base;
                }
            } else {
                s[AMOUNTS]++;
                s[MIN] = Math.min(s[MIN], fine);
                s[MAX] = Math.max(s[MAX], fine);
            }
        }
        groupAgencies.computeIfAbsent(group + '\t' + d.agency(), k -> new long[1])[0]++;
        for (String officer : d.officers()) {
            groupOfficers.computeIfAbsent(group + '\t' + officer, k -> new long[1])[0]++;
        }
        if (d.expected().isPresent()) {
            Expectation e = d.expected().get();
            boolean level = d.level() != e.level();
            boolean fine = false;
            if (d.fine().isPresent() && e.bounds().isPresent()) {
                FineBounds b = e.bounds().get();
                long f = fen(d.fine().get());
                fine = f < fen(b.min()) || f > fen(b.max());
            }
            if (level) {
                outlierLevels++;
            }
            if (fine) {
                outlierFines++;
            }
            if (level || fine) {
                agencyOutliers.computeIfAbsent(d.agency(), k -> new long[1])[0]++;
                for (String officer : d.officers()) {
                    officerOutliers.computeIfAbsent(officer, k -> new long[1])[0]++;
                }
            }
        }
    }

    private static long fen(BigDecimal yuan) {
        return yuan.unscaledValue().longValueExact(); // amounts of the library have two decimal places
    }

    private Result result(long ratio, int minimumGroupSize) {
        long tiers = 0;
        long spreads = 0;
        Set<String> disparate = new HashSet<>();
        for (Map.Entry<String, long[]> e : groups.entrySet()) {
            long[] s = e.getValue();
            if (s[COUNT] < minimumGroupSize) {
                continue;
            }
            int levels = 0;
            for (int i = 0; i < 5; i++) {
                levels += s[LEVELS + i] > 0 ? 1 : 0;
            }
            boolean found = false;
            if (levels > 1) {
                tiers++;
                found = true;
            }
            if (s[AMOUNTS] > 1 && s[MAX] > ratio * s[MIN]) {
                spreads++;
                found = true;
            }
            if (s[RATES] > 1 && s[MAX_FINE] * s[MIN_BASE] > ratio * s[MIN_FINE] * s[MAX_BASE]) {
                spreads++;
                found = true;
            }
            if (found) {
                disparate.add(e.getKey());
            }
        }
        return new Result(groups.size(), tiers, spreads, outlierLevels, outlierFines,
                rows(groupAgencies, agencyOutliers, disparate), rows(groupOfficers, officerOutliers, disparate));
    }

    private static Map<String, List<Long>> rows(Map<String, long[]> byGroup, Map<String, long[]> outliers,
            Set<String> disparate) {
        Map<String, long[]> rows = new HashMap<>();
        byGroup.forEach((key, n) -> {
            int tab = key.lastIndexOf('\t');
            long[] row = rows.computeIfAbsent(key.substring(tab + 1), k -> new long[3]);
            row[0] += n[0];
            if (disparate.contains(key.substring(0, tab))) {
                row[2] += n[0];
            }
        });
        outliers.forEach((name, n) -> rows.get(name)[1] += n[0]);
        Map<String, List<Long>> sorted = new TreeMap<>();
        rows.forEach((name, row) -> sorted.put(name, List.of(row[0], row[1], row[2])));
        return sorted;
    }
}
