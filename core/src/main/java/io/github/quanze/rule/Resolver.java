package io.github.quanze.rule;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The shared core of every rule set and decision table: removes the rules overridden by applicable exceptions,
 * then combines the rest by the hit policy into a {@link Decision}.
 */
final class Resolver<O> {

    private final String name;
    private final String owner;
    private final String noun;
    private final RuleRef[] refs;
    private final HitPolicy policy;
    private final Aggregation<O> aggregation;
    private final Comparator<? super O> order;
    private final DecisionWording<? super O> wording;
    /** For each rule, the rules it overrides directly or through other exceptions; null if none. */
    private final long[][] overrides;
    private final boolean hasExceptions;

    Resolver(String name, String noun, List<RuleRef> refs, DeciderSettings<O> settings, long[][] overrides) {
        this.name = name;
        this.owner = settings.owner;
        this.noun = noun;
        this.refs = refs.toArray(new RuleRef[0]);
        this.policy = settings.policy;
        this.aggregation = settings.aggregation;
        this.order = settings.order;
        this.wording = settings.wordingOrPlain();
        this.overrides = overrides;
        this.hasExceptions = Arrays.stream(overrides).anyMatch(Objects::nonNull);
    }

    String name() {
        return name;
    }

    HitPolicy policy() {
        return policy;
    }

    Comparator<? super O> order() {
        return order;
    }

    DecisionWording<? super O> wording() {
        return wording;
    }

    RuleRef ref(int rule) {
        return refs[rule];
    }

    /** Checks whether {@code exception} overrides {@code base}, directly or through other exceptions. */
    boolean overrides(int exception, int base) {
        long[] mask = overrides[exception];
        return mask != null && (mask[base >>> 6] & 1L << base) != 0;
    }

    /** Resolves the rules of a bitset of applicable rules. */
    Decision<O> resolve(long[] matched, IntFunction<O> outcomeOf) {
        int[] applicable = new int[Long.bitCount(matched[0]) + (matched.length > 1 ? bits(matched) : 0)];
        int count = 0;
        for (int w = 0; w < matched.length; w++) {
            long bits = matched[w];
            while (bits != 0) {
                applicable[count++] = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        }
        return resolve(applicable, count, outcomeOf);
    }

    private static int bits(long[] words) {
        int count = 0;
        for (int w = 1; w < words.length; w++) {
            count += Long.bitCount(words[w]);
        }
        return count;
    }

    /**
     * Resolves the applicable rules into a decision.
     *
     * @param applicable  the indexes of the applicable rules, ascending, in the first {@code count} places
     * @param count  how many rules apply
     * @param outcomeOf  the outcome of an applicable rule
     */
    Decision<O> resolve(int[] applicable, int count, IntFunction<O> outcomeOf) {
        List<OverriddenRule> overridden = List.of();
        int alive = count;
        if (hasExceptions && count > 1) {
            boolean[] gone = new boolean[count];
            for (int i = 0; i < count; i++) {
                for (int k = 0; k < count && !gone[i]; k++) {
                    gone[i] = k != i && overrides(applicable[k], applicable[i]);
                }
            }
            int[] kept = new int[count];
            alive = 0;
            List<OverriddenRule> gave = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (!gone[i]) {
                    kept[alive++] = applicable[i];
                    continue;
                }
                // name an exception that itself stands: the top of the chain that displaced this rule
                for (int k = 0; k < count; k++) {
                    if (!gone[k] && overrides(applicable[k], applicable[i])) {
                        gave.add(new OverriddenRule(refs[applicable[i]], refs[applicable[k]]));
                        break;
                    }
                }
            }
            applicable = kept;
            overridden = ImmutableList.copyOf(gave);
        }
        if (alive == 0) {
            return new Decision<>(name, Optional.empty(), List.of(), overridden, Optional.empty(), wording);
        }
        switch (policy) {
            case UNIQUE:
                if (alive > 1) {
                    throw new IllegalStateException(String.format("%s has hit policy UNIQUE but %ss '%s' and '%s' "
                            + "both apply", owner, noun, refs[applicable[0]].id(), refs[applicable[1]].id()));
                }
                return single(applicable[0], outcomeOf, overridden);
            case FIRST:
                return single(applicable[0], outcomeOf, overridden);
            case PRIORITY:
                int best = applicable[0];
                O heaviest = outcomeOf.apply(best);
                for (int i = 1; i < alive; i++) {
                    O outcome = outcomeOf.apply(applicable[i]);
                    if (order.compare(outcome, heaviest) > 0) {
                        best = applicable[i];
                        heaviest = outcome;
                    }
                }
                return new Decision<>(name, Optional.of(heaviest), List.of(refs[best]), overridden,
                        Optional.empty(), wording);
            case COLLECT:
                List<O> outcomes = new ArrayList<>(alive);
                RuleRef[] fired = new RuleRef[alive];
                for (int i = 0; i < alive; i++) {
                    outcomes.add(outcomeOf.apply(applicable[i]));
                    fired[i] = refs[applicable[i]];
                }
                O combined = Objects.requireNonNull(aggregation.combine(outcomes),
                        () -> "Aggregation of " + owner + " returned null");
                return new Decision<>(name, Optional.of(combined), List.of(fired), overridden, Optional.empty(),
                        wording);
            default:
                throw new AssertionError(policy);
        }
    }

    private Decision<O> single(int rule, IntFunction<O> outcomeOf, List<OverriddenRule> overridden) {
        return new Decision<>(name, Optional.of(outcomeOf.apply(rule)), List.of(refs[rule]), overridden,
                Optional.empty(), wording);
    }
}
