package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import io.github.quanze.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The shared core of every rule set and decision table: removes the rules overridden by applicable exceptions,
 * then combines the rest by the hit policy into a {@link Decision}.
 */
final class Resolver<O> {

    private final String name;
    private final RuleRef[] refs;
    private final HitPolicy policy;
    private final Aggregation<O> aggregation;
    private final Comparator<? super O> order;
    private final Function<? super O, BilingualText> describer;
    /** For each rule, the rules it overrides directly or through other exceptions; null if none. */
    private final long[][] overrides;
    private final boolean hasExceptions;

    private Resolver(String name, RuleRef[] refs, HitPolicy policy, Aggregation<O> aggregation,
            Comparator<? super O> order, Function<? super O, BilingualText> describer, long[][] overrides) {
        this.name = name;
        this.refs = refs;
        this.policy = policy;
        this.aggregation = aggregation;
        this.order = order;
        this.describer = describer;
        this.overrides = overrides;
        this.hasExceptions = Arrays.stream(overrides).anyMatch(Objects::nonNull);
    }

    static <O> Resolver<O> create(String name, List<RuleRef> refs, List<RuleId[]> exceptions, HitPolicy policy,
            Aggregation<O> aggregation, Comparator<? super O> order, Function<? super O, BilingualText> describer) {
        checkArgument(name != null && !name.isBlank(), "Rule set name must not be blank, but was %s",
                Texts.quoted(name));
        Objects.requireNonNull(policy, "policy");
        checkArgument(policy != HitPolicy.PRIORITY || order != null,
                "Rule set %s has hit policy PRIORITY and needs an order on outcomes", Texts.quoted(name));
        checkArgument(policy != HitPolicy.COLLECT || aggregation != null,
                "Rule set %s has hit policy COLLECT and needs an aggregation", Texts.quoted(name));
        Map<RuleId, Integer> index = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            Integer earlier = index.putIfAbsent(refs.get(i).id(), i);
            checkArgument(earlier == null, "Rule set %s has duplicate rule id '%s'", Texts.quoted(name),
                    refs.get(i).id());
        }
        List<List<Integer>> direct = new ArrayList<>();
        refs.forEach(r -> direct.add(new ArrayList<>()));
        for (RuleId[] pair : exceptions) {
            Integer exception = index.get(pair[0]);
            Integer base = index.get(pair[1]);
            checkArgument(exception != null, "Rule set %s: exception names unknown rule '%s'", Texts.quoted(name),
                    pair[0]);
            checkArgument(base != null, "Rule set %s: rule '%s' is an exception to unknown rule '%s'",
                    Texts.quoted(name), pair[0], pair[1]);
            checkArgument(!exception.equals(base), "Rule set %s: rule '%s' cannot be an exception to itself",
                    Texts.quoted(name), pair[0]);
            direct.get(exception).add(base);
        }
        long[][] closure = new long[refs.size()][];
        int[] state = new int[refs.size()];
        for (int i = 0; i < refs.size(); i++) {
            close(name, refs, direct, i, state, closure, new ArrayList<>());
        }
        return new Resolver<>(name, refs.toArray(new RuleRef[0]), policy, aggregation, order,
                describer == null ? o -> BilingualText.of(String.valueOf(o), String.valueOf(o)) : describer, closure);
    }

    /** Depth-first closure of the exception graph, rejecting cycles with the path that closes them. */
    private static void close(String name, List<RuleRef> refs, List<List<Integer>> direct, int rule, int[] state,
            long[][] closure, List<Integer> path) {
        if (state[rule] == 2) {
            return;
        }
        if (state[rule] == 1) {
            StringBuilder cycle = new StringBuilder();
            for (int i = path.indexOf(rule); i < path.size(); i++) {
                cycle.append(refs.get(path.get(i)).id()).append(" -> ");
            }
            throw new IllegalArgumentException(String.format("Rule set %s has an exception cycle: %s%s",
                    Texts.quoted(name),
                    cycle, refs.get(rule).id()));
        }
        state[rule] = 1;
        path.add(rule);
        long[] mask = null;
        for (int base : direct.get(rule)) {
            close(name, refs, direct, base, state, closure, path);
            mask = mask == null ? new long[(refs.size() + 63) >>> 6] : mask;
            mask[base >>> 6] |= 1L << base;
            if (closure[base] != null) {
                for (int w = 0; w < mask.length; w++) {
                    mask[w] |= closure[base][w];
                }
            }
        }
        path.remove(path.size() - 1);
        closure[rule] = mask;
        state[rule] = 2;
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

    RuleRef ref(int rule) {
        return refs[rule];
    }

    int size() {
        return refs.length;
    }

    /** Checks whether {@code exception} overrides {@code base}, directly or through other exceptions. */
    boolean overrides(int exception, int base) {
        long[] mask = overrides[exception];
        return mask != null && (mask[base >>> 6] & 1L << base) != 0;
    }

    /**
     * Resolves the applicable rules into a decision.
     *
     * @param applicable  the indexes of the applicable rules, ascending, in the first {@code count} places
     * @param count  how many rules apply
     * @param outcomeOf  the outcome of an applicable rule, by index
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
            return new Decision<>(name, Optional.empty(), List.of(), overridden, Optional.empty(), describer);
        }
        switch (policy) {
            case UNIQUE:
                if (alive > 1) {
                    throw new IllegalStateException(String.format(
                            "Rule set %s has hit policy UNIQUE but rules '%s' and '%s' both apply", Texts.quoted(name),
                            refs[applicable[0]].id(), refs[applicable[1]].id()));
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
                        Optional.empty(), describer);
            case COLLECT:
                List<O> outcomes = new ArrayList<>(alive);
                RuleRef[] fired = new RuleRef[alive];
                for (int i = 0; i < alive; i++) {
                    outcomes.add(outcomeOf.apply(applicable[i]));
                    fired[i] = refs[applicable[i]];
                }
                O combined = Objects.requireNonNull(aggregation.combine(outcomes),
                        () -> "Aggregation of rule set '" + name + "' returned null");
                return new Decision<>(name, Optional.of(combined), List.of(fired), overridden, Optional.empty(),
                        describer);
            default:
                throw new AssertionError(policy);
        }
    }

    private Decision<O> single(int rule, IntFunction<O> outcomeOf, List<OverriddenRule> overridden) {
        return new Decision<>(name, Optional.of(outcomeOf.apply(rule)), List.of(refs[rule]), overridden,
                Optional.empty(), describer);
    }
}
