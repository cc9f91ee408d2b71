package io.github.quanze.benchmarks;

import io.github.quanze.fault.Fault;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.sanction.Sanction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The faults of {@link AccountabilityPeersTest#everyKind()} grouped by the thirteen inputs the peers read
 * ({@link FaultFacts}), once per test JVM.
 * <p>
 * Drools (either session), Easy Rules and DMN see a fault only through its {@link FaultFacts}, so a peer decides
 * alike on every fault of a group: checking each group once on one of its faults checks every fault, for a
 * thirteenth of the time (470,016 faults, 34,944 groups). What makes this sound is checked when the groups are
 * built: the table decides alike, rules fired and overridden included, on every fault of a group; a
 * {@link FaultFacts} that read a fault otherwise than the table would put faults the table tells apart into one
 * group and fail here.
 */
final class FaultCombinations {

    private static FaultCombinations instance;

    private final List<Fault> faults;
    private final List<Fault> representatives = new ArrayList<>();
    private final List<Decision<Sanction>> decisions = new ArrayList<>();

    private FaultCombinations(DecisionTable<Fault, Sanction> table) {
        this.faults = Collections.unmodifiableList(AccountabilityPeersTest.everyKind());
        Map<List<Object>, Integer> index = new LinkedHashMap<>();
        for (Fault fault : faults) {
            List<Object> inputs = inputs(new FaultFacts(fault));
            Decision<Sanction> decision = table.decide(fault);
            Integer known = index.putIfAbsent(inputs, representatives.size());
            if (known == null) {
                representatives.add(fault);
                decisions.add(decision);
            } else if (!decisions.get(known).equals(decision)) {
                throw new AssertionError("The table decides " + decisions.get(known) + " on "
                        + representatives.get(known).summary().en() + " but " + decision + " on "
                        + fault.summary().en() + ", with the same inputs " + inputs);
            }
        }
    }

    /** The groups of the national officer table of the 2020 edition, built on first use. */
    static synchronized FaultCombinations get() {
        if (instance == null) {
            instance = new FaultCombinations(QuanzeTables.officerTable());
        }
        return instance;
    }

    private static List<Object> inputs(FaultFacts f) {
        return List.of(f.getGravity(), f.getResponsibility(), f.getForm(), f.isAggravating(), f.getFaultsThisYear(),
                f.isMitigating(), f.isReducing(), f.isSuspectedCrime(), f.isMinorAndCorrected(),
                f.isExecutedOrderAfterObjecting(), f.isDutyDulyPerformed(), f.getLadderTier(), f.getReferralFailure());
    }

    /** Every fault, in the order {@link AccountabilityPeersTest#everyKind()} gives. */
    List<Fault> faults() {
        return faults;
    }

    /** One fault of each group, the first met. */
    List<Fault> representatives() {
        return Collections.unmodifiableList(representatives);
    }

    /** The table's decision on each group, in the order of {@link #representatives()}. */
    List<Decision<Sanction>> decisions() {
        return Collections.unmodifiableList(decisions);
    }
}
