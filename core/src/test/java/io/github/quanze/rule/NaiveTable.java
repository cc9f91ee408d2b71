package io.github.quanze.rule;

import io.github.quanze.rule.TestTables.Facts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference compiled tables are checked against: the specification read row by row, its exceptions followed
 * by a plain search, and the hit policy applied as DMN states it. It shares no code with the index.
 */
final class NaiveTable {

    /**
     * What the specification decides on some facts.
     *
     * @param outcome  the outcome, empty if no row stands
     * @param fired  the rows the outcome comes from
     * @param overridden  the rows that matched but gave way to an exception
     * @param uniqueViolated  whether several rows stand under UNIQUE
     */
    record Outcome(Optional<Integer> outcome, List<RuleId> fired, Set<RuleId> overridden, boolean uniqueViolated) {}

    private NaiveTable() {}

    static Outcome decide(TableSpec<Integer> spec, Facts facts) {
        Object[] values = TestTables.values(facts);
        List<Row<Integer>> matched = new ArrayList<>();
        for (Row<Integer> row : spec.rows()) {
            boolean all = true;
            for (int c = 0; c < spec.columns().size(); c++) {
                all &= row.cell(spec.columns().get(c).name()).matches(values[c]);
            }
            if (all) {
                matched.add(row);
            }
        }
        List<Row<Integer>> standing = new ArrayList<>();
        Set<RuleId> overridden = new LinkedHashSet<>();
        for (Row<Integer> row : matched) {
            boolean gone = matched.stream().anyMatch(other -> other != row && reaches(spec, other.id(), row.id()));
            if (gone) {
                overridden.add(row.id());
            } else {
                standing.add(row);
            }
        }
        if (standing.isEmpty()) {
            return new Outcome(Optional.empty(), List.of(), overridden, false);
        }
        switch (spec.policy()) {
            case UNIQUE:
                if (standing.size() > 1) {
                    return new Outcome(Optional.empty(), List.of(), overridden, true);
                }
                return single(standing.get(0), overridden);
            case FIRST:
                return single(standing.get(0), overridden);
            case PRIORITY:
                Row<Integer> best = standing.get(0);
                for (Row<Integer> row : standing) {
                    if (row.output() > best.output()) {
                        best = row;
                    }
                }
                return single(best, overridden);
            default:
                List<Integer> outcomes = standing.stream().map(Row::output).toList();
                return new Outcome(Optional.of(TestTables.max(outcomes)), standing.stream().map(Row::id).toList(),
                        overridden, false);
        }
    }

    private static Outcome single(Row<Integer> row, Set<RuleId> overridden) {
        return new Outcome(Optional.of(row.output()), List.of(row.id()), overridden, false);
    }

    /** Whether {@code from} overrides {@code to}, directly or through other exceptions. */
    static boolean reaches(TableSpec<Integer> spec, RuleId from, RuleId to) {
        Set<RuleId> seen = new HashSet<>();
        Deque<RuleId> todo = new ArrayDeque<>(direct(spec, from));
        while (!todo.isEmpty()) {
            RuleId next = todo.pop();
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(direct(spec, next));
            }
        }
        return false;
    }

    private static List<RuleId> direct(TableSpec<Integer> spec, RuleId rule) {
        Set<RuleId> everyOther = new HashSet<>();
        spec.exceptions().stream().filter(Overriding::everyOther).forEach(o -> everyOther.add(o.rule()));
        List<RuleId> direct = new ArrayList<>();
        for (Overriding o : spec.exceptions()) {
            if (!o.rule().equals(rule)) {
                continue;
            }
            if (o.everyOther()) {
                spec.rows().stream().map(Row::id).filter(id -> !everyOther.contains(id)).forEach(direct::add);
            } else {
                direct.addAll(o.overridden());
            }
        }
        return direct;
    }
}
