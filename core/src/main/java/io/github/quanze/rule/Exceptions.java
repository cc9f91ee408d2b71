package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Closes the exceptions of a table or rule set (例外关系的闭包): for each rule, every rule it overrides directly or
 * through other exceptions, as a bitset; rejects unknown rules, duplicate ids and cycles, naming them.
 */
final class Exceptions {

    private Exceptions() {}

    /**
     * Closes the exceptions.
     *
     * @param owner  names the table or rule set in messages, such as {@code Table '表'}
     * @param noun  what the rules are called in messages: {@code row} or {@code rule}
     * @param ids  the rules' ids, in order
     * @param exceptions  the exceptions declared
     * @return for each rule, the rules it overrides as bitset words, or null if none
     */
    static long[][] close(String owner, String noun, List<RuleId> ids, List<Overriding> exceptions) {
        Map<RuleId, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer earlier = index.putIfAbsent(ids.get(i), i);
            checkArgument(earlier == null, "%s has duplicate %s id '%s'", owner, noun, ids.get(i));
        }
        List<List<Integer>> direct = new ArrayList<>();
        ids.forEach(r -> direct.add(new ArrayList<>()));
        List<Integer> toAll = new ArrayList<>();
        for (Overriding exception : exceptions) {
            Integer rule = index.get(exception.rule());
            checkArgument(rule != null, "%s: an exception names unknown %s '%s'", owner, noun, exception.rule());
            if (exception.everyOther()) {
                toAll.add(rule);
            }
            for (RuleId base : exception.overridden()) {
                Integer overridden = index.get(base);
                checkArgument(overridden != null, "%s: %s '%s' overrides unknown %s '%s'", owner, noun,
                        exception.rule(), noun, base);
                direct.get(rule).add(overridden);
            }
        }
        for (int exception : toAll) {
            for (int r = 0; r < ids.size(); r++) {
                if (!toAll.contains(r)) {
                    direct.get(exception).add(r);
                }
            }
        }
        long[][] closure = new long[ids.size()][];
        int[] state = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            close(owner, ids, direct, i, state, closure, new ArrayList<>());
        }
        return closure;
    }

    /** Depth-first closure of the exception graph, rejecting cycles with the path that closes them. */
    private static void close(String owner, List<RuleId> ids, List<List<Integer>> direct, int rule, int[] state,
            long[][] closure, List<Integer> path) {
        if (state[rule] == 2) {
            return;
        }
        if (state[rule] == 1) {
            StringBuilder cycle = new StringBuilder();
            for (int i = path.indexOf(rule); i < path.size(); i++) {
                cycle.append(ids.get(path.get(i))).append(" -> ");
            }
            throw new IllegalArgumentException(String.format("%s has an exception cycle: %s%s", owner, cycle,
                    ids.get(rule)));
        }
        state[rule] = 1;
        path.add(rule);
        long[] mask = null;
        for (int base : direct.get(rule)) {
            close(owner, ids, direct, base, state, closure, path);
            mask = mask == null ? new long[(ids.size() + 63) >>> 6] : mask;
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

    /** Names a table or rule set in messages. */
    static String owner(String container, String name) {
        return container + " " + Texts.quote(name);
    }
}
