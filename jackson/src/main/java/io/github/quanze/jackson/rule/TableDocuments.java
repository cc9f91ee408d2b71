package io.github.quanze.jackson.rule;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Position;
import io.github.quanze.jackson.codec.Schemas;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Citation;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.Decider;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.Overriding;
import io.github.quanze.rule.Row;
import io.github.quanze.rule.RuleBook;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.TableSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/**
 * 决策表与规则版本库文档 The documents of a decision table and of a rule book, so that an agency writes its own
 * sanction table in YAML and decides with it.
 * <p>
 * A table names the fact schema it reads ({@code facts: fault}), resolved in the {@link FactSchemas} given to the
 * reader, or the shipped ones; the schema types the columns (an enum column's constants are the schema's), reads
 * the outcomes with its codec, and gives the table its order on outcomes, its aggregation under {@code COLLECT}
 * and its wording. Rows name their cells by column:
 * <pre>
 * kind: decision-table
 * version: 1
 * name: 某市执法人员过错责任追究表
 * facts: fault
 * policy: COLLECT
 * columns:
 *   - {name: gravity, type: ENUM, graver: GREATER}
 *   - {name: faultsThisYear, type: INT, min: 1, max: 50, graver: GREATER}
 * rows:
 *   - id: CITY.SERIOUS
 *     title: {zh: 严重过错的，给予警告, en: a serious fault is warned}
 *     basis: [《中华人民共和国公职人员政务处分法》第三十九条]
 *     when: {gravity: {is: SERIOUS}, faultsThisYear: {atLeast: 3}}
 *     outcome: [WARNING]
 *     overrides: [CITY.MINOR]
 * </pre>
 * The fields come in that order: name, facts and policy before the columns, the columns before the rows, since
 * each row is checked against the columns as it is read. Every rule of the table's builder applies and is
 * reported where it applies: a cell for an unknown column or one its column cannot hold, a row id given twice, an
 * exception naming an unknown row. Only tables whose order and aggregation are those of their fact schema, and
 * whose rows cite provisions, are written; a rule book's versions are decision tables.
 */
public final class TableDocuments {

    private static final Codec<Cell> CELL = new CellCodec();
    private static final Codec<Map<String, Located<Cell>>> WHEN = new WhenCodec();
    private static final Codec<Object> FACTS = new FactsCodec();
    private static final Codec<Object> OUTCOME = new OutcomeCodec();

    /**
     * 输入列 A column: its name, type, range or values, and which way is graver. An enum column takes its constants
     * from the fact schema its table names, so only a decision table holds one; other documents that declare
     * columns, such as a discretion standard's circumstances, hold boolean, whole-number and string columns.
     */
    public static final ObjectCodec<Column> COLUMN = ObjectCodec
            .builderFrom("column", TableDraft.ColumnDraft::new, TableDraft.ColumnDraft::build)
            .description("输入列 A column of a decision table; an enum column's constants are those the fact schema "
                    + "reads")
            .about("The column's name, the same as the fact schema's")
            .required("name", Codecs.STRING, Column::name, (d, v) -> d.name = v)
            .required("type", Codecs.enumOf(Column.Kind.class), Column::kind, (d, v) -> d.type = v)
            .about("The least value of an INT or LONG column")
            .optional("min", Codecs.LONG, c -> ranged(c) ? Optional.of(c.min()) : Optional.empty(),
                    (d, v) -> d.min = v)
            .about("The greatest value of an INT or LONG column")
            .optional("max", Codecs.LONG, c -> ranged(c) ? Optional.of(c.max()) : Optional.empty(),
                    (d, v) -> d.max = v)
            .about("The values of a STRING column, lightest first")
            .list("values", Codecs.STRING, c -> c.kind() == Column.Kind.STRING
                    ? c.values().stream().map(String.class::cast).toList() : List.of(), (d, v) -> d.values.add(v))
            .about("Which way the facts are graver, for the proportionality check (过罚相当)")
            .defaulted("graver", Codecs.enumOf(Column.Direction.class), Column::direction, (d, v) -> d.graver = v,
                    Column.Direction.NONE)
            .build();

    private static final ObjectCodec<RowDoc> ROW = row("row", OUTCOME, "The outcome when every cell matches, as "
            + "the fact schema's outcome codec writes it");

    private static final ObjectCodec<DecisionTable<?, ?>> TABLE = table("decisionTable", true);

    private static final ObjectCodec<DecisionTable<?, ?>> VERSION_TABLE = table("versionTable", false);

    private static final ObjectCodec<RuleBook.Version<?, ?>> VERSION = ObjectCodec
            .<RuleBook.Version<?, ?>, VersionDraft>builder("ruleBookVersion", VersionDraft::new, VersionDraft::build)
            .description("规则版本 One version of a rule book: its source (文号), its period and its table")
            .required("source", Codecs.STRING, v -> v.source(), (d, v) -> d.source = v)
            .about("The first day in force")
            .required("from", Codecs.DATE, v -> v.from(), (d, v) -> d.from = v)
            .about("The first day no longer in force, if the version was replaced or repealed")
            .optional("until", Codecs.DATE, v -> v.until(), (d, v) -> d.until = v)
            .required("table", VERSION_TABLE, TableDocuments::table, (d, v) -> d.table = v)
            .build();

    private static final ObjectCodec<RuleBook<?, ?>> BOOK = ObjectCodec
            .builderFrom("ruleBook", BookDraft::new, BookDraft::build)
            .required("name", Codecs.STRING, RuleBook::name, (d, v) -> d.name = v)
            .about("The name of the fact schema every version's table reads, such as fault")
            .required("facts", FACTS, b -> b, (d, v) -> { })
            .about("The provisions of 从旧兼从轻 a decision cites when it chooses a version")
            .required("lexMitior", BasisDocuments.LEGAL_BASIS, b -> provisions(b.lexMitior(), null),
                    (d, v) -> d.lexMitior = v)
            .list("versions", Located.codec(VERSION), b -> b.versions().stream()
                    .map(v -> Located.<RuleBook.Version<?, ?>>of(v)).toList(), (d, v) -> d.versions.add(v))
            .build();

    /** 决策表 The document of a decision table, compiled with the fact schema it names. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final DocumentKind<DecisionTable<?, ?>> DECISION_TABLE = DocumentKind.of("decision-table", 1,
            (Class) DecisionTable.class, "决策表 decision table", TABLE);

    /** 规则版本库 The document of a rule book: the versions of a table with their periods, deciding by 从旧兼从轻. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final DocumentKind<RuleBook<?, ?>> RULE_BOOK = DocumentKind.of("rule-book", 1,
            (Class) RuleBook.class, "规则版本库 rule book", BOOK);

    private TableDocuments() {
    }

    private static ObjectCodec<DecisionTable<?, ?>> table(String name, boolean standalone) {
        ObjectCodec.Builder<DecisionTable<?, ?>, TableDraft> b = ObjectCodec
                .builderFrom(name, standalone ? TableDraft::open : TableDraft::nested, TableDraft::build)
                .description("决策表 A decision table: named, typed columns and rows with named cells")
                .required("name", Codecs.STRING, DecisionTable::name, (d, v) -> d.name = v);
        if (standalone) {
            b.about("The name of the fact schema the table reads, such as fault")
                    .required("facts", FACTS, t -> t, (d, v) -> { });
        }
        return b.about("How the outcomes of several matching rows combine")
                .required("policy", Codecs.enumOf(HitPolicy.class), DecisionTable::policy, (d, v) -> d.policy = v)
                .list("columns", COLUMN, DecisionTable::columns, TableDraft::column)
                .list("rows", ROW, TableDocuments::rows, (d, v) -> { })
                .build();
    }

    /**
     * The codec of a row whose outcome is read and written with {@code outcome}.
     *
     * @param name  the name of the row's type in schemas, not null
     * @param outcome  the codec of the outcome, not null
     * @param about  the description of the outcome field, not null
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static ObjectCodec<RowDoc> row(String name, Codec<?> outcome, String about) {
        return ObjectCodec
                .builderFrom(name, TableDraft.RowDraft::new, TableDraft.RowDraft::build)
                .description("决策表行 A row: its id, title and basis, a cell for each column it tests, its outcome and "
                        + "the rows it overrides")
                .required("id", Located.codec(Codecs.STRING), d -> Located.of(d.row.id().value()), (d, v) -> d.id = v)
                .required("title", TextDocuments.BILINGUAL, d -> d.row.ref().title(), (d, v) -> d.title = v)
                .about("The provisions the row rests on")
                .required("basis", BasisDocuments.LEGAL_BASIS, d -> provisions(d.row.ref().basis(), d.row.id()),
                        (d, v) -> d.basis = v)
                .about("What the row adds to its basis, and on whose authority (解释)")
                .optional("interpretation", TextDocuments.BILINGUAL, d -> d.row.ref().interpretation(),
                        (d, v) -> d.interpretation = v)
                .about("The cell of each column the row tests, by column name; any value in the others")
                .optional("when", WHEN, TableDocuments::cells, (d, v) -> d.cells = v)
                .about(about)
                .required("outcome", (Codec<Object>) outcome, d -> d.row.output(), (d, v) -> d.outcome = v)
                .about("The rows this row is an exception to: when both match, only this one does")
                .optional("overrides", Located.codec(Codecs.listOf(Codecs.STRING)), TableDocuments::overrides,
                        (d, v) -> d.overrides = v)
                .about("Whether this row is an exception to every other row, such as an exemption")
                .defaulted("overridesEveryOther", Codecs.BOOLEAN, d -> d.exception != null && d.exception.everyOther(),
                        (d, v) -> d.everyOther = v, false)
                .build();
    }

    private static boolean ranged(Column c) {
        return c.kind() == Column.Kind.INT || c.kind() == Column.Kind.LONG;
    }

    private static LegalBasis provisions(Citation basis, RuleId row) {
        if (basis instanceof LegalBasis b) {
            return b;
        }
        throw new IllegalArgumentException((row == null ? "the rule book" : "row '" + row + "'")
                + " cites something other than provisions of law (" + basis.citation().zh()
                + "), which a document cannot hold");
    }

    private static DecisionTable<?, ?> table(RuleBook.Version<?, ?> version) {
        if (version.rules() instanceof DecisionTable<?, ?> t) {
            return t;
        }
        throw new IllegalArgumentException("rule book version \"" + version.source() + "\" holds a rule set, which "
                + "is code and has no document; only decision tables are written");
    }

    private static List<RowDoc> rows(DecisionTable<?, ?> table) {
        return rows(table.spec());
    }

    /** The rows of a specification, each with the exception it declares, to write. */
    static List<RowDoc> rows(TableSpec<?> spec) {
        List<RowDoc> rows = new ArrayList<>();
        for (Row<?> row : spec.rows()) {
            Overriding exception = spec.exceptions().stream().filter(e -> e.rule().equals(row.id()))
                    .findFirst().orElse(null);
            rows.add(new RowDoc(row, exception));
        }
        return rows;
    }

    private static Optional<Map<String, Located<Cell>>> cells(RowDoc d) {
        if (d.row.cells().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Located<Cell>> cells = new LinkedHashMap<>();
        d.row.cells().forEach((column, cell) -> cells.put(column, Located.of(cell)));
        return Optional.of(cells);
    }

    private static Optional<Located<List<String>>> overrides(RowDoc d) {
        if (d.exception == null || d.exception.everyOther()) {
            return Optional.empty();
        }
        return Optional.of(Located.of(d.exception.overridden().stream().map(RuleId::value).toList()));
    }

    /** Checks that a table's settings are those its fact schema gives, which is what a reader will give it. */
    private static void checkSettings(TableSpec<?> spec, FactSchemas.Entry<?, ?> entry) {
        Object order = entry.order().orElse(null);
        Object aggregation = spec.policy() == HitPolicy.COLLECT ? entry.aggregation().orElse(null) : null;
        if (!Objects.equals(spec.order().orElse(null), order)
                || !Objects.equals(spec.aggregation().orElse(null), aggregation)) {
            throw new IllegalArgumentException("table \"" + spec.name() + "\" has an order on outcomes or an "
                    + "aggregation other than those of fact schema \"" + entry.name() + "\", which a document's table "
                    + "takes; register an entry with them to write it");
        }
    }

    /** A row to write, with the exception it declares; a row read is put into its table's builder instead. */
    static final class RowDoc {
        static final RowDoc READ = new RowDoc(null, null);
        final Row<?> row;
        final Overriding exception;

        RowDoc(Row<?> row, Overriding exception) {
            this.row = row;
            this.exception = exception;
        }
    }

    /** Reads a version of a rule book. */
    private static final class VersionDraft {
        String source;
        LocalDate from;
        LocalDate until;
        DecisionTable<?, ?> table;

        @SuppressWarnings({"unchecked", "rawtypes"})
        RuleBook.Version<?, ?> build() {
            return new RuleBook.Version(source, from, Optional.ofNullable(until), (Decider) table);
        }
    }

    /** Reads a rule book; its versions' tables read the facts it names. */
    private static final class BookDraft {
        private final TableScope scope;
        String name;
        LegalBasis lexMitior;
        final List<Located<RuleBook.Version<?, ?>>> versions = new ArrayList<>();

        BookDraft(Input in) {
            scope = TableScope.start(in);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        RuleBook<?, ?> build() {
            FactSchemas.Entry<?, ?> entry = scope.entry("the end of the rule book");
            RuleBook.Builder b = RuleBook.builder(name, entry.order().orElseThrow(() ->
                    new IllegalArgumentException("a rule book tells the lighter version by an order on outcomes, "
                            + "and fact schema \"" + entry.name() + "\" gives none")), lexMitior);
            for (Located<RuleBook.Version<?, ?>> located : versions) {
                RuleBook.Version<?, ?> v = located.value();
                if (v.until().isPresent()) {
                    b.version(v.source(), v.from(), v.until().get(), v.rules());
                } else {
                    b.version(v.source(), v.from(), v.rules());
                }
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                throw TableDocuments.locate(versions, e);
            }
        }
    }

    /**
     * Finds the version whose period overlaps an earlier one's, which the rule book's builder finds only when the
     * book is whole, so that the error points at it; any other failure stays the book's.
     */
    private static RuntimeException locate(List<Located<RuleBook.Version<?, ?>>> versions,
            IllegalArgumentException e) {
        for (Located<RuleBook.Version<?, ?>> later : versions) {
            for (Located<RuleBook.Version<?, ?>> earlier : versions) {
                RuleBook.Version<?, ?> a = earlier.value();
                RuleBook.Version<?, ?> b = later.value();
                if (a != b && !a.from().isAfter(b.from()) && a.until().map(u -> u.isAfter(b.from())).orElse(true)) {
                    return later.in().error(later.at(), later.field(), Input.quote(b.source()),
                            Codecs.messageOf(e), e);
                }
            }
        }
        return e;
    }

    /** The fact schema's name: resolved when read, looked up by the table's schema when written. */
    private static final class FactsCodec implements Codec<Object> {

        @Override
        public Object read(Input in) {
            String name = Codecs.STRING.read(in);
            FactSchemas schemas = in.context(FactSchemas.class).orElse(FactSchemas.shipped());
            FactSchemas.Entry<?, ?> entry = schemas.named(name).orElseThrow(() -> in.error(
                    "unknown fact schema; the fact schemas given are " + schemas.names()));
            TableScope.of(in).entry = entry;
            return entry;
        }

        @Override
        public void write(Object value, Output out) {
            FactSchemas schemas = out.context(FactSchemas.class).orElse(FactSchemas.shipped());
            List<DecisionTable<?, ?>> tables = new ArrayList<>();
            if (value instanceof DecisionTable<?, ?> t) {
                tables.add(t);
            } else {
                ((RuleBook<?, ?>) value).versions().forEach(v -> tables.add(table(v)));
            }
            FactSchema<?> schema = tables.get(0).schema();
            FactSchemas.Entry<?, ?> entry = schemas.of(schema).orElseThrow(() -> new IllegalArgumentException(
                    "fact schema " + schema.name() + " is not among the fact schemas given to the writer ("
                            + schemas.names() + "); register it in a FactSchemas"));
            for (DecisionTable<?, ?> t : tables) {
                if (t.schema() != schema) {
                    throw new IllegalArgumentException("the versions of a rule book must read one fact schema, but "
                            + "they read " + schema.name() + " and " + t.schema().name());
                }
                checkSettings(t.spec(), entry);
            }
            if (value instanceof RuleBook<?, ?> book && !Optional.of(book.order()).equals(entry.order())) {
                throw new IllegalArgumentException("rule book \"" + book.name() + "\" orders outcomes otherwise than "
                        + "fact schema \"" + entry.name() + "\", whose order a document's rule book takes");
            }
            TableScope.of(out).entry = entry;
            out.generator().writeString(entry.name());
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return schemas.object().put("type", "string").put("description", "事实模式 The name of a fact schema, "
                    + "such as fault, agency-measure, apportionment, officer-year, card-grounds, or one registered");
        }
    }

    /** An outcome, read and written with the codec of the fact schema in scope. */
    private static final class OutcomeCodec implements Codec<Object> {

        @Override
        @SuppressWarnings("unchecked")
        public Object read(Input in) {
            FactSchemas.Entry<?, ?> entry;
            try {
                entry = TableScope.of(in).entry("rows");
            } catch (IllegalArgumentException e) {
                throw in.error(e.getMessage());
            }
            return entry.outcome().read(in);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(Object value, Output out) {
            ((Codec<Object>) TableScope.of(out).entry("rows").outcome()).write(value, out);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return schemas.object().put("description", "结果 The outcome, as the fact schema's outcome codec writes "
                    + "it: for fault, the list of sanction measures, such as [PUBLIC_REPRIMAND, WARNING]");
        }
    }

    /** The cells of a row, by column name. */
    private static final class WhenCodec implements Codec<Map<String, Located<Cell>>> {

        @Override
        public Map<String, Located<Cell>> read(Input in) {
            if (in.token() != JsonToken.START_OBJECT) {
                throw in.error("must be an object from column name to cell, such as {gravity: {is: SERIOUS}}");
            }
            Map<String, Located<Cell>> cells = new LinkedHashMap<>();
            for (JsonToken t = in.next(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
                String column = in.parser().currentName();
                if (cells.containsKey(column)) {
                    throw in.error(in.position(), column, null, "the cell of column " + column + " is given twice",
                            null);
                }
                in.next();
                Position at = in.position();
                cells.put(column, new Located<>(CELL.read(in), in, at, column));
            }
            return cells;
        }

        @Override
        public void write(Map<String, Located<Cell>> value, Output out) {
            out.generator().writeStartObject();
            for (Map.Entry<String, Located<Cell>> e : value.entrySet()) {
                out.generator().writeName(e.getKey());
                CELL.write(e.getValue().value(), out);
            }
            out.generator().writeEndObject();
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            ObjectNode s = schemas.object().put("type", "object");
            s.set("additionalProperties", CELL.schema(schemas));
            return s;
        }
    }
}
