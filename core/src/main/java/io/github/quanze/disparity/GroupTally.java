package io.github.quanze.disparity;

import io.github.quanze.discretion.TierLevel;
import io.github.quanze.text.Parameters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The running counts of one group of like cases (类案组的累计): the cases by level with the case of the smallest
 * number at each, the spreads of fines and rates, and the cases of each agency and each officer, kept so that the
 * counts of the agencies and officers in groups with a disparity can be worked out when a report is made. Memory
 * grows with the agencies and officers of the group, not with its cases. Not thread-safe.
 */
final class GroupTally {

    private static final TierLevel[] LEVELS = TierLevel.values();

    final GroupKey key;
    private long cases;
    private final long[] levelCases = new long[LEVELS.length];
    private final DecidedPenalty[] examples = new DecidedPenalty[LEVELS.length];
    private final FineExtremes amounts = new FineExtremes(FineMeasure.AMOUNT);
    private final FineExtremes rates = new FineExtremes(FineMeasure.RATE);
    /** The cases by agency number. */
    final IndexCounts agencies = new IndexCounts();
    /** The cases by officer number. */
    final IndexCounts officers = new IndexCounts();

    GroupTally(GroupKey key) {
        this.key = key;
    }

    /** Adds a case's level and fine; the caller counts its agency and officers by number. */
    void add(DecidedPenalty decided) {
        cases++;
        int level = decided.level().ordinal();
        levelCases[level]++;
        if (examples[level] == null || decided.caseId().compareTo(examples[level].caseId()) < 0) {
            examples[level] = decided;
        }
        long fine = decided.fineFen();
        if (fine >= 0) {
            long base = decided.baseFen();
            if (base > 0) {
                rates.add(fine, base, decided);
            } else {
                amounts.add(fine, 1, decided);
            }
        }
    }

    /** Adds the counts of another analysis's tally, whose agency and officer numbers map to these by the arrays. */
    void merge(GroupTally other, int[] agencyNumbers, int[] officerNumbers) {
        cases += other.cases;
        for (int i = 0; i < LEVELS.length; i++) {
            levelCases[i] += other.levelCases[i];
            DecidedPenalty example = other.examples[i];
            if (example != null && (examples[i] == null || example.caseId().compareTo(examples[i].caseId()) < 0)) {
                examples[i] = example;
            }
        }
        amounts.merge(other.amounts);
        rates.merge(other.rates);
        other.agencies.forEach((number, n) -> agencies.add(agencyNumbers[number], n));
        other.officers.forEach((number, n) -> officers.add(officerNumbers[number], n));
    }

    DisparityGroup toGroup() {
        Map<TierLevel, Long> levels = new EnumMap<>(TierLevel.class);
        for (int i = 0; i < LEVELS.length; i++) {
            if (levelCases[i] > 0) {
                levels.put(LEVELS[i], levelCases[i]);
            }
        }
        return new DisparityGroup(key.item, key.profile, cases, levels, Optional.ofNullable(amounts.spread()),
                Optional.ofNullable(rates.spread()));
    }

    /** The findings of the group under the settings, in kind order: the tiers, then the spreads, amount first. */
    List<DisparityFinding> findings(DisparityGroup group, DisparitySettings settings) {
        List<DisparityFinding> found = new ArrayList<>(0);
        if (cases < settings.minimumGroupSize()) {
            return found;
        }
        if (group.levels().size() > 1) {
            found.add(tiers());
        }
        spread(group.amounts(), amounts, settings, found);
        spread(group.rates(), rates, settings, found);
        return found;
    }

    private DisparityFinding tiers() {
        List<TierLevel> levels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<DecidedPenalty> named = new ArrayList<>();
        for (int i = 0; i < LEVELS.length; i++) {
            if (examples[i] != null) {
                levels.add(LEVELS[i]);
                counts.add(levelCases[i]);
                ids.add(examples[i].caseId());
                named.add(examples[i]);
            }
        }
        Parameters p = Parameters.builder().put("groupCases", cases).put("levels", levels).put("levelCases", counts)
                .put("examples", ids).build();
        return finding(DisparityFinding.Kind.TIERS, named, p);
    }

    private void spread(Optional<FineSpread> spread, FineExtremes extremes, DisparitySettings settings,
            List<DisparityFinding> found) {
        if (!extremes.isBeyond(settings.spreadRatio())) {
            return;
        }
        FineSpread s = spread.get();
        Parameters p = Parameters.builder().put("measure", s.measure()).put("count", s.cases())
                .put("min", s.min()).put("minCase", s.minCase()).put("max", s.max()).put("maxCase", s.maxCase())
                .put("ratio", settings.spreadRatio()).build();
        found.add(finding(DisparityFinding.Kind.SPREAD, List.of(extremes.minCase(), extremes.maxCase()), p));
    }

    private DisparityFinding finding(DisparityFinding.Kind kind, List<DecidedPenalty> named, Parameters p) {
        TreeSet<String> ids = new TreeSet<>();
        TreeSet<String> agencyNames = new TreeSet<>();
        TreeSet<String> officerNames = new TreeSet<>();
        for (DecidedPenalty d : named) {
            ids.add(d.caseId());
            agencyNames.add(d.agency());
            officerNames.addAll(d.officers());
        }
        return new DisparityFinding(kind, key.item, key.profile, List.copyOf(ids), List.copyOf(agencyNames),
                List.copyOf(officerNames), p);
    }
}
