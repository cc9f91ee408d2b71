package io.github.quanze.rule;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.testkit.rule.TableSpecArbitrary;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Six columns (an ordered enum, an unordered enum, a boolean, an int range, a long range past
 * {@code Integer.MAX_VALUE} and a list of strings), the facts they read, random tables over them (drawn by the
 * testkit's {@link TableSpecArbitrary}), and the brute-force reference their decisions and verification are checked
 * against.
 */
final class TestTables {

    enum Level { LOW, MID, HIGH }

    enum Color { RED, GREEN, BLUE }

    /**
     * The facts: {@code amount} is a sum in 分, up to 5,000万元, past what an int holds.
     */
    record Facts(Level level, Color color, boolean flag, int count, long amount, String region) {

        Facts(Level level, Color color, boolean flag, int count) {
            this(level, color, flag, count, 0, "东部");
        }
    }

    static final int MAX_COUNT = 12;
    static final long MAX_AMOUNT = 5_000_000_000L;
    /** The ends of the ranges random cells of the amount column take, around the int limit. */
    static final long[] AMOUNT_BOUNDS = {0, 1, 100_000, 2_147_000_000L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
            3_000_000_000L, MAX_AMOUNT};
    static final List<String> REGIONS = List.of("东部", "中部", "西部");
    static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 5));

    static final Column LEVEL = Column.ofEnum("level", Level.class).graverWhenGreater();
    static final Column COLOR = Column.ofEnum("color", Color.class);
    static final Column FLAG = Column.ofBoolean("flag").graverWhenGreater();
    static final Column COUNT = Column.ofInt("count", 0, MAX_COUNT).graverWhenGreater();
    static final Column AMOUNT = Column.ofLong("amount", 0, MAX_AMOUNT).graverWhenGreater();
    static final Column REGION = Column.ofStrings("region", REGIONS).graverWhenGreater();

    static final FactSchema<Facts> SCHEMA = FactSchema.<Facts>builder("facts")
            .enumColumn("level", Level.class, Facts::level)
            .enumColumn("color", Color.class, Facts::color)
            .booleanColumn("flag", Facts::flag)
            .intColumn("count", Facts::count)
            .longColumn("amount", Facts::amount)
            .stringColumn("region", Facts::region)
            .build();

    private TestTables() {}

    /** One amount of each range random cells tell apart: each bound and the amount just below it. */
    static List<Long> amounts() {
        return AMOUNTS;
    }

    private static final List<Long> AMOUNTS = amountsOf();

    private static List<Long> amountsOf() {
        TreeSet<Long> amounts = new TreeSet<>();
        for (long bound : AMOUNT_BOUNDS) {
            amounts.add(bound);
            if (bound > 0) {
                amounts.add(bound - 1);
            }
        }
        return List.copyOf(amounts);
    }

    private static final List<Facts> ALL_FACTS = every();

    /** Every input point that random tables tell apart. */
    static List<Facts> allFacts() {
        return ALL_FACTS;
    }

    private static List<Facts> every() {
        List<Facts> all = new ArrayList<>();
        for (Level level : Level.values()) {
            for (Color color : Color.values()) {
                for (boolean flag : new boolean[] {false, true}) {
                    for (int count = 0; count <= MAX_COUNT; count++) {
                        for (long amount : amounts()) {
                            for (String region : REGIONS) {
                                all.add(new Facts(level, color, flag, count, amount, region));
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    static Arbitrary<Facts> facts() {
        return Combinators.combine(Arbitraries.of(Level.class), Arbitraries.of(Color.class), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, MAX_COUNT), Arbitraries.oneOf(Arbitraries.of(amounts()),
                        Arbitraries.longs().between(0, MAX_AMOUNT)), Arbitraries.of(REGIONS)).as(Facts::new);
    }

    /** Random tables of 1 to 12 rows with integer outcomes, under a random hit policy, without exceptions. */
    static Arbitrary<DecisionTable<Facts, Integer>> tables() {
        return tables(HitPolicy.values());
    }

    /**
     * Random tables of 1 to 12 rows with integer outcomes, under one of the hit policies given: properties of one
     * policy draw only tables of it, so that no try is spent on a table they would skip.
     */
    static Arbitrary<DecisionTable<Facts, Integer>> tables(HitPolicy... policies) {
        return specs().policies(policies[0], Arrays.copyOfRange(policies, 1, policies.length))
                .map(spec -> spec.compile(SCHEMA));
    }

    /** Random tables as {@link #tables()}, where now and then a row overrides some earlier rows or every other. */
    static Arbitrary<DecisionTable<Facts, Integer>> tablesWithExceptions() {
        return specs().withExceptions().map(spec -> spec.compile(SCHEMA));
    }

    /** The testkit's random specifications over the six columns, amounts ending at the bounds that matter. */
    private static TableSpecArbitrary specs() {
        return TableSpecArbitrary.over(LEVEL, COLOR, FLAG, COUNT, AMOUNT, REGION).bounds("amount", AMOUNT_BOUNDS);
    }

    static TableSpec.Builder<Integer> builder(String name, HitPolicy policy) {
        return TableSpec.<Integer>builder(name, policy).columns(LEVEL, COLOR, FLAG, COUNT, AMOUNT, REGION)
                .order(Comparator.naturalOrder())
                .aggregation(TestTables::max)
                .wording(DecisionWording.describing(n -> BilingualText.of("等级" + n, "grade " + n)));
    }

    static int max(List<Integer> outcomes) {
        return outcomes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    static RuleRef ref(String id) {
        return RuleRef.of(id, BilingualText.of("规则" + id, "rule " + id), BASIS);
    }

    /** The values of the facts, in column order, as cells match them. */
    static Object[] values(Facts facts) {
        return new Object[] {facts.level(), facts.color(), facts.flag(), (long) facts.count(), facts.amount(),
                facts.region()};
    }

    /** Checks whether facts fall inside a pattern reported by verification. */
    static boolean inside(InputPattern pattern, Facts facts) {
        return matcher(pattern).test(facts);
    }

    /** Reads a pattern reported by verification once, as a test of facts. */
    static Predicate<Facts> matcher(InputPattern pattern) {
        List<Predicate<Object>> cells = new ArrayList<>();
        for (String cell : pattern.cells()) {
            cells.add(cell(cell));
        }
        return facts -> {
            Object[] values = values(facts);
            for (int c = 0; c < values.length; c++) {
                if (!cells.get(c).test(values[c])) {
                    return false;
                }
            }
            return true;
        };
    }

    /** A cell as verification prints it: "-", a value, {a, b}, or ranges and numbers joined by " or ". */
    private static Predicate<Object> cell(String cell) {
        if (cell.equals("-")) {
            return value -> true;
        }
        List<long[]> ranges = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (String part : cell.split(" or ")) {
            if (part.startsWith("[")) {
                String[] ends = part.substring(1, part.length() - 1).split(", ");
                ranges.add(new long[] {Long.parseLong(ends[0]), Long.parseLong(ends[1])});
            } else if (part.matches("-?[0-9]+")) {
                ranges.add(new long[] {Long.parseLong(part), Long.parseLong(part)});
            } else {
                String body = part.startsWith("{") ? part.substring(1, part.length() - 1) : part;
                values.addAll(List.of(body.split(", ")));
            }
        }
        return value -> {
            if (value instanceof Long number) {
                for (long[] range : ranges) {
                    if (number >= range[0] && number <= range[1]) {
                        return true;
                    }
                }
                return false;
            }
            return values.contains(String.valueOf(value));
        };
    }

    /** The rows whose cells all match, by brute force over the specification's cells. */
    static List<Integer> matching(DecisionTable<Facts, Integer> table, Facts facts) {
        Object[] values = values(facts);
        List<Integer> rows = new ArrayList<>();
        List<Column> columns = table.columns();
        for (int r = 0; r < table.rows().size(); r++) {
            boolean all = true;
            for (int c = 0; c < columns.size(); c++) {
                all &= table.rows().get(r).cell(columns.get(c).name()).matches(values[c]);
            }
            if (all) {
                rows.add(r);
            }
        }
        return rows;
    }

    static String describe(DecisionTable<Facts, Integer> table) {
        return table.spec().render();
    }

    static String describeRows(DecisionTable<Facts, Integer> table) {
        return table.rows().stream().map(r -> r.id() + " " + r.cells() + " -> " + r.output())
                .collect(Collectors.joining("\n"));
    }
}
