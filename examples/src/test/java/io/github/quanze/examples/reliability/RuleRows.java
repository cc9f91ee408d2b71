package io.github.quanze.examples.reliability;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Citation;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleBook;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Bad inputs to decision tables (决策表), their columns and cells, fact schemas and rule books (从旧兼从轻). */
final class RuleRows {

    private static final FactSchema<Integer> COUNT = FactSchema.<Integer>builder("count").intColumn("count", n -> n)
            .build();
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.GOVERNMENTAL_SANCTIONS_LAW, 39));
    private static final LocalDate OLD = LocalDate.of(2015, 1, 1);
    private static final LocalDate NEW = LocalDate.of(2021, 1, 1);

    private RuleRows() {}

    static List<BadInput> rule() {
        Rows rows = new Rows("rule");
        rows.call("column name with surrounding spaces", () -> Column.ofInt(" count", 0, 9),
                IllegalArgumentException.class, "Column name", "surrounding spaces", "' count'");
        rows.call("whole-number column with an empty range", () -> Column.ofInt("count", 9, 0),
                IllegalArgumentException.class, "Column 'count'", "range [9, 0]", "must not be empty");
        rows.call("string column without values", () -> Column.ofStrings("kind", List.of()),
                IllegalArgumentException.class, "Column 'kind'", "at least one string value");
        rows.call("string column declaring a value twice", () -> Column.ofStrings("kind", "警告", "警告"),
                IllegalArgumentException.class, "Column 'kind'", "'警告'", "twice");
        rows.call("string column with a blank value", () -> Column.ofStrings("kind", "警告", " "),
                IllegalArgumentException.class, "Column 'kind'", "must not be blank");
        rows.on("column ordered twice", () -> Column.ofInt("count", 0, 9).graverWhenGreater(),
                Column::graverWhenSmaller, IllegalArgumentException.class, "Column 'count'", "already graver",
                "ordered twice");
        rows.call("cell range from high to low", () -> Cell.range(5, 1), IllegalArgumentException.class,
                "Cell range must not be empty", "[5, 1]");
        rows.call("cell of any of no values", Cell::anyOf, IllegalArgumentException.class, "needs at least one value");
        rows.call("cell of a number where constants belong", () -> Cell.anyOf(3), IllegalArgumentException.class,
                "takes enum constants, booleans or strings", "3");
        rows.call("rule id with a space", () -> RuleId.of("RULE 1"), IllegalArgumentException.class, "'RULE 1'");
        rows.building("table without a column", () -> TableSpec.<Integer>builder("示例表", HitPolicy.FIRST),
                TableSpec.Builder::build, IllegalArgumentException.class, "示例表", "at least one column");
        rows.builder("table with two columns of one name", RuleRows::spec, TableSpec.Builder::build,
                b -> b.columns(Column.ofInt("count", 0, 5)), IllegalArgumentException.class, "示例表",
                "two columns named 'count'");
        rows.builder("table with a row id twice", RuleRows::spec, TableSpec.Builder::build, b -> b.row("GENERAL"),
                IllegalArgumentException.class, "Table '示例表'", "duplicate row id 'GENERAL'");
        rows.builder("row with a cell for an unknown column", () -> row("AGED"), RuleRows::finish,
                r -> r.when("age", Cell.atLeast(3)), IllegalArgumentException.class, "row 'AGED'",
                "unknown column 'age'", "the columns are [count]");
        rows.builder("cell range outside its column's range", () -> row("MANY"), RuleRows::finish,
                r -> r.when("count", Cell.range(5, 20)), IllegalArgumentException.class, "row 'MANY'",
                "column 'count'", "[5, 20] is outside the column's range [0, 9]");
        rows.builder("cell listing values for a whole-number column", () -> row("NAMED"), RuleRows::finish,
                r -> r.when("count", Cell.is("三")), IllegalArgumentException.class, "row 'NAMED'", "column 'count'",
                "lists values", "takes ranges");
        rows.builder("cell with a value its string column does not declare", () -> TableSpec.<Integer>builder(
                "示例表", HitPolicy.FIRST).columns(Column.ofStrings("kind", "警告", "记过")).row("X").title(title())
                .basis(BASIS), RuleRows::finish, r -> r.when("kind", Cell.is("开除")), IllegalArgumentException.class,
                "row 'X'", "column 'kind'", "'开除'", "not one of its values");
        rows.building("exception naming an unknown row", () -> spec().row("HEAVY").title(title()).basis(BASIS)
                .when("count", Cell.atLeast(3)).then(2).overrides("NOPE"), TableSpec.RowBuilder::build,
                IllegalArgumentException.class, "unknown", "'NOPE'");
        rows.builder("removing a row the table does not have", RuleRows::spec, TableSpec.Builder::build,
                b -> b.remove(RuleId.of("NOPE")), IllegalArgumentException.class, "has no row 'NOPE'");
        rows.builder("reordering that names a row twice", () -> spec().row("HEAVY").title(title()).basis(BASIS)
                .when("count", Cell.atLeast(3)).then(2).table(), TableSpec.Builder::build,
                b -> b.reorder(List.of(RuleId.of("GENERAL"), RuleId.of("GENERAL"))), IllegalArgumentException.class,
                "must name each of its 2 rows once", "GENERAL");
        rows.on("table compiled against a schema without its column", () -> TableSpec.<Integer>builder("示例表",
                HitPolicy.FIRST).columns(Column.ofInt("age", 0, 99)).row("GENERAL").title(title()).basis(BASIS)
                .then(1).build(), s -> s.compile(COUNT), IllegalArgumentException.class, "column 'age'",
                "fact schema 'count'", "no column of that name");
        rows.on("table compiled against a schema that reads its column otherwise", () -> TableSpec.<Integer>builder(
                "示例表", HitPolicy.FIRST).columns(Column.ofBoolean("count")).row("GENERAL").title(title())
                .basis(BASIS).then(1).build(), s -> s.compile(COUNT), IllegalArgumentException.class,
                "column 'count'", "does not fit fact schema 'count'");
        rows.call("fact schema with a blank name", () -> FactSchema.<Integer>builder(" "),
                IllegalArgumentException.class, "Fact schema name must not be blank", "' '");
        rows.call("fact schema declaring a column twice", () -> FactSchema.<Integer>builder("count")
                .intColumn("count", n -> n).longColumn("count", n -> n), IllegalArgumentException.class,
                "Fact schema 'count'", "column 'count' twice");
        rows.call("rule book with a blank name", () -> RuleBook.<Integer, Integer>builder(" ",
                Comparator.naturalOrder(), Citation.none()).version("规〔2015〕1号", OLD, table()).build(),
                IllegalArgumentException.class, "Rule book name must not be blank", "' '");
        rows.building("rule book without a version", () -> RuleBook.<Integer, Integer>builder("处分规则",
                Comparator.naturalOrder(), Citation.none()), RuleBook.Builder::build, IllegalArgumentException.class,
                "'处分规则'", "at least one version");
        rows.building("rule book versions that overlap", () -> RuleBook.<Integer, Integer>builder("处分规则",
                Comparator.naturalOrder(), Citation.none()).version("旧规", OLD, table()).version("新规", NEW, table()),
                RuleBook.Builder::build, IllegalArgumentException.class, "'处分规则'", "'旧规'", "open-ended",
                "overlap");
        rows.call("rule book version with a blank source", () -> new RuleBook.Version<>(" ", OLD, Optional.empty(),
                table()), IllegalArgumentException.class, "version source must not be blank");
        rows.call("rule book version ending before it starts", () -> new RuleBook.Version<>("旧规", NEW,
                Optional.of(OLD), table()), IllegalArgumentException.class, "'旧规'", "must end (2015-01-01)",
                "after it starts (2021-01-01)");
        rows.on("decision dated before the act", RuleRows::book, b -> b.decide(4, NEW, OLD),
                IllegalArgumentException.class, "'处分规则'", "decision date 2015-01-01", "before act date 2021-01-01");
        rows.on("act dated before every version", RuleRows::book,
                b -> b.decide(4, OLD.minusYears(1), NEW), IllegalArgumentException.class, "'处分规则'",
                "no version in force on the act date 2014-01-01");
        return rows.rows();
    }

    private static BilingualText title() {
        return BilingualText.of("三次以上的，记过", "a demerit from the third");
    }

    private static TableSpec.Builder<Integer> spec() {
        return TableSpec.<Integer>builder("示例表", HitPolicy.FIRST).columns(Column.ofInt("count", 0, 9))
                .order(Comparator.naturalOrder()).row("GENERAL").title(BilingualText.of("一般给予警告", "a warning"))
                .basis(BASIS).then(1).table();
    }

    private static TableSpec.RowBuilder<Integer> row(String id) {
        return spec().row(id).title(title()).basis(BASIS);
    }

    private static TableSpec<Integer> finish(TableSpec.RowBuilder<Integer> row) {
        return row.then(2).build();
    }

    private static DecisionTable<Integer, Integer> table() {
        return spec().build().compile(COUNT);
    }

    private static RuleBook<Integer, Integer> book() {
        return RuleBook.<Integer, Integer>builder("处分规则", Comparator.naturalOrder(), Citation.none())
                .version("旧规", OLD, NEW, table()).version("新规", NEW, table()).build();
    }
}
