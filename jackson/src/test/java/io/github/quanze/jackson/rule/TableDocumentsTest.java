package io.github.quanze.jackson.rule;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleBook;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionKind;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.text.BilingualText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TableDocumentsTest {

    private static final FactSchema<Fault> FAULT = SanctionPolicy.faultSchema();
    private static final DecisionTable<Fault, Sanction> NATIONAL_2020 =
            SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2020);
    private static final LegalBasis LADDER = LegalBasis.of(Provision.of(Instruments.GOVERNMENTAL_SANCTIONS_LAW, 39));
    private static final String CITY = "fixtures/table-city.yaml";

    // ---- generated tables over the fault schema ----

    @Property(tries = 60)
    void aGeneratedTableSurvivesJsonAndYaml(@ForAll("tables") DecisionTable<Fault, Sanction> table) {
        assertRoundTrip(cast(TableDocuments.DECISION_TABLE), table, DocumentContext.empty());
    }

    @Property(tries = 30)
    void aGeneratedTableReadBackDecidesAsItself(@ForAll("tables") DecisionTable<Fault, Sanction> table,
            @ForAll("faults") List<Fault> faults) {
        DecisionTable<Fault, Sanction> read = readBack(table);
        assertThat(read.spec()).isEqualTo(table.spec());
        for (Fault f : faults) {
            if (table.policy() != HitPolicy.UNIQUE) {
                assertThat(read.decide(f)).isEqualTo(table.decide(f));
            }
        }
    }

    // ---- the shipped national tables and rule books ----

    @Example
    void theNationalTablesReadBackEqualAndDecideAlike() {
        List<DecisionTable<Fault, Sanction>> national = List.of(
                SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2007), NATIONAL_2020,
                SanctionPolicy.nationalAgencyTable());
        List<Fault> faults = QuanzeArbitraries.faults().sampleStream().limit(300).toList();
        for (DecisionTable<Fault, Sanction> table : national) {
            assertRoundTrip(cast(TableDocuments.DECISION_TABLE), table, DocumentContext.empty());
            DecisionTable<Fault, Sanction> read = readBack(table);
            assertThat(read).isEqualTo(table);
            for (Fault f : faults) {
                assertThat(read.decide(f)).as("%s on %s", table.name(), f).isEqualTo(table.decide(f));
                assertThat(read.decide(f).explain()).isEqualTo(table.decide(f).explain());
            }
        }
    }

    @Property(tries = 20)
    void theNationalRuleBooksReadBackEqualAndDecideAlike(@ForAll("faults") List<Fault> faults,
            @ForAll @IntRange(max = 3000) int lag) {
        SanctionPolicy policy = SanctionPolicy.national();
        for (RuleBook<Fault, Sanction> book : List.of(policy.officers(), policy.agencies())) {
            String yaml = QuanzeDocuments.yaml().writer(cast(TableDocuments.RULE_BOOK)).writeString(book);
            @SuppressWarnings("unchecked")
            RuleBook<Fault, Sanction> read = (RuleBook<Fault, Sanction>) QuanzeDocuments.yaml()
                    .reader(TableDocuments.RULE_BOOK).readString("book.yaml", yaml);
            assertThat(read).isEqualTo(book);
            for (Fault f : faults) {
                LocalDate decided = f.actDate().plusDays(lag);
                assertThat(read.decide(f, f.actDate(), decided)).isEqualTo(book.decide(f, f.actDate(), decided));
            }
        }
    }

    @Property(tries = 30)
    void aGeneratedRuleBookSurvivesJsonAndYaml(@ForAll("tables") DecisionTable<Fault, Sanction> old,
            @ForAll("tables") DecisionTable<Fault, Sanction> now, @ForAll boolean repealed) {
        LocalDate change = LocalDate.of(2021, 7, 15);
        RuleBook.Builder<Fault, Sanction> b = RuleBook.<Fault, Sanction>builder("某市责任追究规则", Sanction.HEAVIER,
                SanctionPolicy.LEX_MITIOR).version("旧规〔2015〕1号", LocalDate.of(2015, 1, 1), change, old);
        if (repealed) {
            b.version("新规〔2021〕2号", change, LocalDate.of(2030, 1, 1), now);
        } else {
            b.version("新规〔2021〕2号", change, now);
        }
        assertRoundTrip(cast(TableDocuments.RULE_BOOK), b.build(), DocumentContext.empty());
    }

    @Example
    void theNationalRuleBooksPassTheSchema() {
        assertRoundTrip(cast(TableDocuments.RULE_BOOK), SanctionPolicy.national().agencies(), DocumentContext.empty());
    }

    // ---- a table written by hand ----

    @Property(tries = 30)
    void aHandWrittenTableDecidesAsItsJavaTwin(@ForAll("faults") List<Fault> faults) throws IOException {
        DecisionTable<Fault, Sanction> read = readCity();
        DecisionTable<Fault, Sanction> twin = cityTwin();
        assertThat(read).isEqualTo(twin);
        for (Fault f : faults) {
            assertThat(read.decide(f)).isEqualTo(twin.decide(f));
        }
    }

    @Example
    void aHandWrittenTableReadsItsCellsAndExceptions() throws IOException {
        DecisionTable<Fault, Sanction> city = readCity();
        assertThat(city.columns()).extracting(Column::name).containsExactly("gravity", "responsibility", "form",
                "faultsThisYear", "ladderTier", "suspectedCrime", "dutyDulyPerformed");
        assertThat(city.spec().exceptions()).extracting(Object::toString)
                .containsExactly("CITY.REPEATED overrides CITY.MINOR", "CITY.DUTY_PERFORMED overrides every other");
        assertThat(city.verify().findings()).isNotNull();
    }

    // ---- errors ----

    @Example
    void aCellForAnUnknownColumnIsReportedAtTheCellWithTheBuildersRule() throws IOException {
        String yaml = Files.readString(Path.of("src/test/resources", CITY))
                .replace("      faultsThisYear: {atMost: 2}", "      faultsThisYer: {atMost: 2}");
        assertInvalid(TableDocuments.DECISION_TABLE, DocumentContext.empty(), yaml).satisfies(e -> {
            InvalidDocumentException d = (InvalidDocumentException) e;
            assertThat(d.pointer()).isEqualTo("/rows/1/when/faultsThisYer");
            assertThat(d.line()).isEqualTo(28);
            assertThat(d.field()).contains("faultsThisYer");
            assertThat(d.rule()).isEqualTo("Table '示例市执法人员过错责任追究表' row 'CITY.MINOR' has a cell for unknown "
                    + "column 'faultsThisYer' ([min, 2]); the columns are [gravity, responsibility, form, "
                    + "faultsThisYear, ladderTier, suspectedCrime, dutyDulyPerformed]");
        });
    }

    @Example
    void anUnknownConstantIsRefusedByItsColumn() throws IOException {
        String yaml = Files.readString(Path.of("src/test/resources", CITY)).replace("{is: GRAVE}", "{is: DIRE}");
        assertInvalid(TableDocuments.DECISION_TABLE, DocumentContext.empty(), yaml)
                .hasMessageContaining("/rows/4/when/gravity")
                .hasMessageContaining("row 'CITY.GRAVE' column 'gravity' (enum Gravity): cell DIRE holds 'DIRE', "
                        + "which is not a Gravity");
    }

    @Example
    void anOwnFactSchemaIsRegisteredAndNamed() {
        FactSchema<Integer> numbers = FactSchema.<Integer>builder("number").intColumn("n", i -> i).build();
        FactSchemas.Entry<Integer, String> entry = FactSchemas.Entry.of("number", numbers, String.class, Codecs.STRING);
        FactSchemas schemas = FactSchemas.shipped().with(entry);
        DecisionTable<Integer, String> table = TableSpec.<String>builder("数表", HitPolicy.FIRST)
                .columns(Column.ofInt("n", 0, 9))
                .row("SMALL").title(BilingualText.of("小", "small")).basis(LADDER).when("n", Cell.atMost(4))
                .then("small")
                .row("LARGE").title(BilingualText.of("大", "large")).basis(LADDER).then("large")
                .build().compile(numbers);
        DocumentContext context = DocumentContext.empty().with(FactSchemas.class, schemas);
        assertRoundTrip(cast(TableDocuments.DECISION_TABLE), table, context);
        assertThat(QuanzeDocuments.yaml().writer(TableDocuments.DECISION_TABLE).with(context).writeString(table))
                .contains("facts: number");
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeDocuments.yaml()
                .writer(TableDocuments.DECISION_TABLE).writeString(table))
                .withMessageContaining("not among the fact schemas given to the writer");
        assertThatIllegalArgumentException().isThrownBy(() -> schemas.with(entry))
                .withMessageContaining("registered already");
    }

    @Example
    void aTableWithAnotherAggregationIsNotWritten() {
        TableSpec<Sanction> spec = NATIONAL_2020.spec();
        DecisionTable<Fault, Sanction> heaviest = TableSpec.<Sanction>builder("表", HitPolicy.COLLECT)
                .columns(spec.columns().get(0)).order(Sanction.HEAVIER).aggregation(Sanction::combine)
                .row("R").title(BilingualText.of("行", "row")).basis(LADDER).then(Sanction.none()).build()
                .compile(FAULT);
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeDocuments.json()
                .writer(TableDocuments.DECISION_TABLE).writeString(heaviest))
                .withMessageContaining("aggregation other than those of fact schema \"fault\"");
    }

    // ---- helpers and generators ----

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> io.github.quanze.jackson.codec.DocumentKind<T> cast(
            io.github.quanze.jackson.codec.DocumentKind<?> kind) {
        return (io.github.quanze.jackson.codec.DocumentKind) kind;
    }

    @SuppressWarnings("unchecked")
    private static DecisionTable<Fault, Sanction> readBack(DecisionTable<Fault, Sanction> table) {
        String json = QuanzeDocuments.json().writer(TableDocuments.DECISION_TABLE).writeString(table);
        return (DecisionTable<Fault, Sanction>) QuanzeDocuments.json().reader(TableDocuments.DECISION_TABLE)
                .readString("table.json", json);
    }

    @SuppressWarnings("unchecked")
    static DecisionTable<Fault, Sanction> readCity() throws IOException {
        return (DecisionTable<Fault, Sanction>) QuanzeDocuments.yaml().reader(TableDocuments.DECISION_TABLE)
                .read(Path.of("src/test/resources", CITY));
    }

    /** The hand-written table of fixtures/table-city.yaml, built in Java. */
    static DecisionTable<Fault, Sanction> cityTwin() {
        TableSpec<Sanction> national = NATIONAL_2020.spec();
        LegalBasis none = LegalBasis.of(Provision.of(Instruments.CIVIL_SERVANTS_LAW, 61, 1));
        return TableSpec.<Sanction>builder("示例市执法人员过错责任追究表", HitPolicy.COLLECT)
                .columns(Column.ofEnum("gravity", Gravity.class).graverWhenGreater(),
                        Column.ofEnum("responsibility", Responsibility.class).graverWhenGreater(),
                        Column.ofEnum("form", FaultForm.class).graverWhenGreater(),
                        Column.ofInt("faultsThisYear", 1, 50).graverWhenGreater(),
                        Column.ofInt("ladderTier", 0, 3).graverWhenGreater(),
                        Column.ofBoolean("suspectedCrime").graverWhenGreater(),
                        Column.ofBoolean("dutyDulyPerformed").graverWhenSmaller())
                .aggregation(national.aggregation().orElseThrow()).order(Sanction.HEAVIER)
                .wording(national.wording())
                .row("CITY.NONE").title(BilingualText.of("不承担责任的人员不予追究",
                        "a person who bears no responsibility is not held to account")).basis(none)
                        .when("responsibility", Cell.is(Responsibility.NONE)).then(Sanction.none())
                .row("CITY.MINOR").title(BilingualText.of("一般过错的，批评教育", "a minor fault is met with criticism"))
                        .basis(LegalBasis.of(Provision.wholeOf(Instruments.RESPONSIBILITY_SYSTEM_OPINIONS)))
                        .interpretation(BilingualText.of("解释：示例市的办法", "interpretation: the city's measure"))
                        .when("gravity", Cell.is(Gravity.MINOR))
                        .when("responsibility", Cell.noneOf(Responsibility.NONE))
                        .when("faultsThisYear", Cell.atMost(2)).then(Sanction.of(SanctionKind.CRITICISM))
                .row("CITY.SERIOUS").title(BilingualText.of("严重过错的，警告", "a serious fault is warned")).basis(LADDER)
                        .when("gravity", Cell.is(Gravity.SERIOUS))
                        .when("responsibility", Cell.anyOf(Responsibility.DIRECT,
                                Responsibility.PRINCIPAL_LEADERSHIP))
                        .when("ladderTier", Cell.range(1, 3))
                        .then(Sanction.of(SanctionKind.OFF_POST_TRAINING, SanctionKind.WARNING))
                .row("CITY.REPEATED").title(BilingualText.of("一年内三次以上过错的，记过",
                        "three faults in a year bring a demerit")).basis(LADDER)
                        .when("responsibility", Cell.noneOf(Responsibility.NONE))
                        .when("faultsThisYear", Cell.atLeast(3)).when("ladderTier", Cell.atLeast(1))
                        .then(Sanction.of(SanctionKind.DEMERIT)).overrides("CITY.MINOR")
                .row("CITY.GRAVE").title(BilingualText.of("特别严重过错的，记大过、调离执法岗位",
                        "a grave fault brings a major demerit and removal")).basis(LADDER)
                        .when("gravity", Cell.is(Gravity.GRAVE))
                        .when("responsibility", Cell.noneOf(Responsibility.NONE))
                        .when("form", Cell.anyOf(FaultForm.GROSS_NEGLIGENCE, FaultForm.INTENT))
                        .when("ladderTier", Cell.is(3))
                        .then(Sanction.of(SanctionKind.REMOVAL_FROM_POST, SanctionKind.MAJOR_DEMERIT))
                .row("CITY.CRIME").title(BilingualText.of("涉嫌职务犯罪的，移送监察机关",
                        "a suspected duty crime is referred to the supervisory commission"))
                        .basis(LegalBasis.of(Provision.of(Instruments.SUPERVISION_LAW, 11)))
                        .when("suspectedCrime", Cell.yes()).then(Sanction.of(SanctionKind.REFERRAL_SUPERVISORY))
                .row("CITY.DUTY_PERFORMED").title(BilingualText.of("尽职免责", "duty duly performed")).basis(none)
                        .when("dutyDulyPerformed", Cell.yes()).when("suspectedCrime", Cell.no())
                        .then(Sanction.none()).overridesEveryOther()
                .build().compile(FAULT);
    }

    @Provide
    Arbitrary<List<Fault>> faults() {
        return QuanzeArbitraries.faults().list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<DecisionTable<Fault, Sanction>> tables() {
        return Arbitraries.integers().between(1, 24).flatMap(size -> Arbitraries.longs().map(seed ->
                table(new Random(seed), size)));
    }

    private static final String[] COLUMNS = {"gravity", "responsibility", "form", "aggravating", "faultsThisYear",
        "mitigating", "ladderTier", "referralFailure", "suspectedCrime"};

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column column(String name, Random random) {
        Column c = switch (FAULT.kindOf(name).orElseThrow()) {
            case ENUM -> Column.ofEnum(name, (Class) FAULT.enumTypeOf(name).orElseThrow());
            case BOOLEAN -> Column.ofBoolean(name);
            default -> name.equals("ladderTier") ? Column.ofInt(name, 0, 3) : Column.ofInt(name, 1, 50);
        };
        int way = random.nextInt(3);
        return way == 0 ? c : way == 1 ? c.graverWhenGreater() : c.graverWhenSmaller();
    }

    private static Cell cell(Column column, Random random) {
        List<Object> values = column.values();
        switch (column.kind()) {
            case INT: {
                long low = column.min() + random.nextInt((int) (column.max() - column.min() + 1));
                long high = low + random.nextInt((int) (column.max() - low + 1));
                int kind = random.nextInt(4);
                return kind == 0 ? Cell.range(low, high) : kind == 1 ? Cell.atLeast(low)
                        : kind == 2 ? Cell.atMost(high) : Cell.is(low);
            }
            case BOOLEAN:
                return random.nextBoolean() ? Cell.yes() : Cell.no();
            default: {
                List<Object> some = new ArrayList<>(values);
                java.util.Collections.shuffle(some, random);
                List<Object> chosen = some.subList(0, 1 + random.nextInt(Math.max(1, values.size() - 1)));
                return random.nextBoolean() ? Cell.anyOf(chosen.toArray()) : Cell.noneOf(chosen.toArray());
            }
        }
    }

    private static DecisionTable<Fault, Sanction> table(Random random, int size) {
        HitPolicy policy = HitPolicy.values()[random.nextInt(HitPolicy.values().length)];
        TableSpec<Sanction> national = NATIONAL_2020.spec();
        TableSpec.Builder<Sanction> b = TableSpec.<Sanction>builder("生成表" + size, policy).order(Sanction.HEAVIER);
        if (policy == HitPolicy.COLLECT) {
            b.aggregation(national.aggregation().orElseThrow());
        }
        List<Column> columns = new ArrayList<>();
        for (String name : COLUMNS) {
            if (random.nextInt(3) > 0) {
                columns.add(column(name, random));
            }
        }
        if (columns.isEmpty()) {
            columns.add(column("gravity", random));
        }
        b.columns(columns);
        SanctionKind[] kinds = SanctionKind.values();
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = "R" + i + (random.nextBoolean() ? ".X" : "");
            TableSpec.RowBuilder<Sanction> row = b.row(id)
                    .title(BilingualText.of("第" + i + "行", "row " + i)).basis(LADDER);
            if (random.nextInt(4) == 0) {
                row.interpretation(BilingualText.of("解释", "interpretation"));
            }
            for (Column c : columns) {
                if (random.nextInt(3) == 0) {
                    row.when(c.name(), cell(c, random));
                }
            }
            int measures = random.nextInt(4);
            row.then(measures == 0 ? Sanction.none() : Sanction.of(kinds[random.nextInt(kinds.length)],
                    java.util.stream.IntStream.range(1, measures).mapToObj(k -> kinds[random.nextInt(kinds.length)])
                            .toArray(SanctionKind[]::new)));
            if (i > 0 && random.nextInt(6) == 0) {
                row.overridesEveryOther();
                continue;
            }
            if (!plain.isEmpty() && random.nextInt(3) == 0) {
                List<String> overridden = new ArrayList<>();
                for (String earlier : plain) {
                    if (random.nextInt(3) == 0) {
                        overridden.add(earlier);
                    }
                }
                if (overridden.isEmpty()) {
                    overridden.add(plain.get(random.nextInt(plain.size())));
                }
                row.overrides(overridden.toArray(new String[0]));
            }
            plain.add(id);
        }
        return b.build().compile(FAULT);
    }
}
