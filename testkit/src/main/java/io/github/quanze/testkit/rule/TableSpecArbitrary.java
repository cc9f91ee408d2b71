package io.github.quanze.testkit.rule;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionWording;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.testkit.Choices;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generated decision-table specifications (决策表) over the caller's columns, with integer outcomes 0 to 4 (graded
 * "等级 n"), ordered naturally and aggregated by their maximum. By default random tables of 1 to 12 rows under any
 * hit policy, whose cells take every shape (any, one value, some values, all but one, ranges open on either side)
 * and now and then exclude every value; {@link #withExceptions()} adds rows that override earlier ones or every
 * other. {@link #withFlaw} instead gives a clean table over the first graded column with one flaw planted. Shrinks to
 * one row with no condition.
 * <p>
 * Compile a generated specification with the caller's schema: {@code spec.compile(schema)}.
 * <p>
 * Each configuration method returns a new arbitrary; this class is immutable and thread-safe.
 */
public final class TableSpecArbitrary extends ArbitraryDecorator<TableSpec<Integer>> {

    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 5));

    private final List<Column> columns;
    private final List<HitPolicy> policies;
    private final boolean exceptions;
    private final Map<String, long[]> bounds;
    private final Optional<TableFlaw> flaw;

    private TableSpecArbitrary(List<Column> columns, List<HitPolicy> policies, boolean exceptions,
            Map<String, long[]> bounds, Optional<TableFlaw> flaw) {
        this.columns = List.copyOf(columns);
        this.policies = List.copyOf(policies);
        this.exceptions = exceptions;
        this.bounds = bounds;
        this.flaw = flaw;
    }

    /**
     * Returns random tables over the columns.
     *
     * @param first  a column, not null
     * @param more  more columns, not null
     * @return the arbitrary, not null
     */
    public static TableSpecArbitrary over(Column first, Column... more) {
        List<Column> columns = new ArrayList<>(List.of(Objects.requireNonNull(first, "first")));
        columns.addAll(List.of(more));
        return new TableSpecArbitrary(columns, List.of(HitPolicy.values()), false, Map.of(), Optional.empty());
    }

    /**
     * Returns tables under one of the given hit policies only.
     *
     * @param first  a policy, not null
     * @param more  more policies, not null
     * @return the arbitrary, not null
     */
    public TableSpecArbitrary policies(HitPolicy first, HitPolicy... more) {
        List<HitPolicy> chosen = new ArrayList<>(List.of(Objects.requireNonNull(first, "first")));
        chosen.addAll(List.of(more));
        return new TableSpecArbitrary(columns, chosen, exceptions, bounds, flaw);
    }

    /**
     * Returns tables where now and then a row overrides some earlier rows, or every other row.
     *
     * @return the arbitrary, not null
     */
    public TableSpecArbitrary withExceptions() {
        return new TableSpecArbitrary(columns, policies, true, bounds, flaw);
    }

    /**
     * Returns tables whose cells of an int or long column end at the given bounds only (for instance the amounts
     * around a limit that matter), rather than anywhere in the column's range.
     *
     * @param column  the column's name, one of the columns, not null
     * @param ends  the bounds, strictly ascending, at least one, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the column is not an int or long column of the table, no bound is given,
     *         or the bounds do not ascend
     */
    public TableSpecArbitrary bounds(String column, long... ends) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(ends, "ends");
        for (int i = 1; i < ends.length; i++) {
            if (ends[i] <= ends[i - 1]) {
                throw new IllegalArgumentException("Bounds of '" + column + "' must ascend strictly, but "
                        + ends[i] + " follows " + ends[i - 1]);
            }
        }
        boolean numeric = columns.stream().anyMatch(c -> c.name().equals(column)
                && (c.kind() == Column.Kind.INT || c.kind() == Column.Kind.LONG));
        if (!numeric || ends.length == 0) {
            throw new IllegalArgumentException("Bounds need an int or long column of the table and at least one "
                    + "bound, but were given for '" + column + "' with " + ends.length + " bounds");
        }
        Map<String, long[]> more = new LinkedHashMap<>(bounds);
        more.put(column, ends.clone());
        return new TableSpecArbitrary(columns, policies, exceptions, more, flaw);
    }

    /**
     * Returns clean tables over the first column that has values (an enum, boolean or string column) and a gravity
     * direction, declaring that column only: one row per value, outcomes rising with gravity, under UNIQUE (FIRST for
     * a shadowed row); with the flaw planted, their verification reports exactly one finding, of the flaw's kind.
     *
     * @param kind  the flaw, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if no column is graded
     */
    public TableSpecArbitrary withFlaw(TableFlaw kind) {
        Objects.requireNonNull(kind, "kind");
        graded();
        return new TableSpecArbitrary(columns, policies, exceptions, bounds, Optional.of(kind));
    }

    /**
     * Returns clean tables, as {@link #withFlaw} before the flaw is planted: their verification finds nothing.
     *
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if no column is graded
     */
    public Arbitrary<TableSpec<Integer>> clean() {
        Column graded = graded();
        return Combinators.combine(steps(), Arbitraries.integers().between(0, 99))
                .as((steps, at) -> PlantedFlaws.table(graded, steps, Optional.empty(), at));
    }

    /**
     * Returns a specification builder over the columns with the generated tables' settings: integer outcomes in
     * natural order, the maximum as aggregation, wording "等级 n".
     *
     * @param name  the table's name, not null
     * @param policy  the hit policy, not null
     * @param columns  the columns, not null
     * @return the builder, not null
     */
    public static TableSpec.Builder<Integer> builder(String name, HitPolicy policy, List<Column> columns) {
        return TableSpec.<Integer>builder(name, policy).columns(columns)
                .order(Comparator.naturalOrder())
                .aggregation(outcomes -> outcomes.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .wording(DecisionWording.describing(n -> BilingualText.of("等级" + n, "grade " + n)));
    }

    /**
     * Returns the reference of a generated row: its id, a title "规则 id", citing 行政处罚法 Art 5.
     *
     * @param id  the row's id, not null
     * @return the reference, not null
     */
    public static RuleRef ref(String id) {
        return RuleRef.of(id, BilingualText.of("规则" + id, "rule " + id), BASIS);
    }

    @Override
    protected Arbitrary<TableSpec<Integer>> arbitrary() {
        if (flaw.isPresent()) {
            Column graded = graded();
            return Combinators.combine(steps(), Arbitraries.integers().between(0, 99))
                    .as((steps, at) -> PlantedFlaws.table(graded, steps, flaw, at));
        }
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.of(policies), Choices.of(128))
                .as((rows, policy, choices) -> RandomRows.table(columns, bounds, rows, policy, exceptions, choices));
    }

    private static Arbitrary<List<Integer>> steps() {
        return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(4);
    }

    private Column graded() {
        return columns.stream().filter(c -> c.direction() != Column.Direction.NONE
                        && (c.kind() == Column.Kind.ENUM || c.kind() == Column.Kind.BOOLEAN
                                || c.kind() == Column.Kind.STRING) && c.values().size() >= 2)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("A planted flaw needs a graded column of "
                        + "values (an enum, boolean or string column with a direction), but the columns were "
                        + columns));
    }
}
