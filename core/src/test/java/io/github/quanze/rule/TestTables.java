package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random decision tables over four columns, and the brute-force reference their verification is checked against. */
final class TestTables {

    enum Level { LOW, MID, HIGH }

    enum Color { RED, GREEN, BLUE }

    record Facts(Level level, Color color, boolean flag, int count) {}

    static final int MAX_COUNT = 12;
    static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 5));

    static final Column<Facts> LEVEL = Column.<Facts, Level>ofEnum("level", Level.class, Facts::level)
            .graverWhenGreater();
    static final Column<Facts> COLOR = Column.ofEnum("color", Color.class, Facts::color);
    static final Column<Facts> FLAG = Column.<Facts>ofBoolean("flag", Facts::flag).graverWhenGreater();
    static final Column<Facts> COUNT = Column.<Facts>ofInt("count", 0, MAX_COUNT, Facts::count).graverWhenGreater();

    private TestTables() {}

    /** Every input point of the four columns. */
    static List<Facts> allFacts() {
        List<Facts> all = new ArrayList<>();
        for (Level level : Level.values()) {
            for (Color color : Color.values()) {
                for (boolean flag : new boolean[] {false, true}) {
                    for (int count = 0; count <= MAX_COUNT; count++) {
                        all.add(new Facts(level, color, flag, count));
                    }
                }
            }
        }
        return all;
    }

    static Arbitrary<Facts> facts() {
        return Combinators.combine(Arbitraries.of(Level.class), Arbitraries.of(Color.class), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, MAX_COUNT)).as(Facts::new);
    }

    /** Random tables of 1 to 12 rows with integer outcomes, under a random hit policy. */
    static Arbitrary<DecisionTable<Facts, Integer>> tables() {
        return tables(HitPolicy.values());
    }

    /**
     * Random tables of 1 to 12 rows with integer outcomes, under one of the hit policies given: properties of one
     * policy draw only tables of it, so that no try is spent on a table they would skip.
     */
    static Arbitrary<DecisionTable<Facts, Integer>> tables(HitPolicy... policies) {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.of(policies),
                Arbitraries.longs()).as((rows, policy, seed) -> table(rows, policy, new Random(seed)));
    }

    static DecisionTable<Facts, Integer> table(int rows, HitPolicy policy, Random random) {
        DecisionTable.Builder<Facts, Integer> table = builder("random", policy);
        for (int r = 0; r < rows; r++) {
            table.row(ref("R" + r), random.nextInt(5), enumCell(Level.values(), random),
                    enumCell(Color.values(), random), boolCell(random), intCell(random));
        }
        return table.build();
    }

    static DecisionTable.Builder<Facts, Integer> builder(String name, HitPolicy policy) {
        return DecisionTable.<Facts, Integer>builder(name, policy).input(LEVEL, COLOR, FLAG, COUNT)
                .order(Comparator.naturalOrder())
                .aggregation(outcomes -> outcomes.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .describer(n -> BilingualText.of("等级" + n, "grade " + n));
    }

    static RuleRef ref(String id) {
        return RuleRef.of(id, BilingualText.of("规则" + id, "rule " + id), BASIS);
    }

    /** A cell of an enum column; now and then one that excludes every constant, so that its row matches nothing. */
    private static Cell enumCell(Object[] values, Random random) {
        if (random.nextInt(40) == 0) {
            return Cell.notIn(values);
        }
        switch (random.nextInt(4)) {
            case 0:
                return Cell.any();
            case 1:
                return Cell.is(values[random.nextInt(values.length)]);
            case 2:
                return Cell.in(values[random.nextInt(values.length)], values[random.nextInt(values.length)]);
            default:
                return Cell.notIn(values[random.nextInt(values.length)]);
        }
    }

    private static Cell boolCell(Random random) {
        int pick = random.nextInt(3);
        return pick == 0 ? Cell.any() : pick == 1 ? Cell.yes() : Cell.no();
    }

    private static Cell intCell(Random random) {
        int low = random.nextInt(MAX_COUNT + 1);
        int high = low + random.nextInt(MAX_COUNT + 1 - low);
        switch (random.nextInt(4)) {
            case 0:
                return Cell.any();
            case 1:
                return Cell.range(low, high);
            case 2:
                return Cell.atLeast(low);
            default:
                return Cell.atMost(high);
        }
    }

    /** Checks whether facts fall inside a pattern reported by verification. */
    static boolean inside(InputPattern pattern, Facts facts) {
        return cellHolds(pattern.cells().get(0), facts.level().name())
                && cellHolds(pattern.cells().get(1), facts.color().name())
                && cellHolds(pattern.cells().get(2), String.valueOf(facts.flag()))
                && intHolds(pattern.cells().get(3), facts.count());
    }

    private static boolean cellHolds(String cell, String value) {
        if (cell.equals("-")) {
            return true;
        }
        String body = cell.startsWith("{") ? cell.substring(1, cell.length() - 1) : cell;
        return List.of(body.split(", ")).contains(value);
    }

    private static boolean intHolds(String cell, int value) {
        if (cell.equals("-")) {
            return true;
        }
        for (String part : cell.split(" or ")) {
            if (part.startsWith("[")) {
                String[] ends = part.substring(1, part.length() - 1).split(", ");
                if (value >= Integer.parseInt(ends[0]) && value <= Integer.parseInt(ends[1])) {
                    return true;
                }
            } else if (Integer.parseInt(part) == value) {
                return true;
            }
        }
        return false;
    }

    /** The rows whose cells all match, by brute force over the cells. */
    static List<Integer> matching(DecisionTable<Facts, Integer> table, Facts facts) {
        Object[] values = {facts.level(), facts.color(), facts.flag(), facts.count()};
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            boolean all = true;
            for (int c = 0; c < 4; c++) {
                all &= table.rows().get(r).cells().get(c).matches(values[c]);
            }
            if (all) {
                rows.add(r);
            }
        }
        return rows;
    }

    static String describe(DecisionTable<Facts, Integer> table) {
        return table.rows().stream().map(r -> r.id() + " " + r.cells() + " -> " + r.output())
                .collect(Collectors.joining("\n"));
    }
}
