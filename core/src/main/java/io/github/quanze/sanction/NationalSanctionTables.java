package io.github.quanze.sanction;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.quanze.basis.Instruments.CIVIL_SERVANTS_LAW;
import static io.github.quanze.basis.Instruments.CIVIL_SERVANT_SANCTIONS_REGULATION;
import static io.github.quanze.basis.Instruments.GOVERNMENTAL_SANCTIONS_LAW;
import static io.github.quanze.basis.Instruments.HENAN_ENFORCEMENT_REGULATION;
import static io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS;
import static io.github.quanze.basis.Instruments.SUPERVISION_LAW;
import static io.github.quanze.fault.FaultForm.GROSS_NEGLIGENCE;
import static io.github.quanze.fault.FaultForm.INTENT;
import static io.github.quanze.fault.FaultForm.ORDINARY_NEGLIGENCE;
import static io.github.quanze.fault.Gravity.GRAVE;
import static io.github.quanze.fault.Gravity.MINOR;
import static io.github.quanze.fault.Gravity.SERIOUS;
import static io.github.quanze.fault.Responsibility.DIRECT;
import static io.github.quanze.fault.Responsibility.IMPORTANT_LEADERSHIP;
import static io.github.quanze.fault.Responsibility.PRINCIPAL_LEADERSHIP;
import static io.github.quanze.sanction.SanctionKind.AGENCY_REPRIMAND;
import static io.github.quanze.sanction.SanctionKind.AWARD_INELIGIBILITY;
import static io.github.quanze.sanction.SanctionKind.CRITICISM;
import static io.github.quanze.sanction.SanctionKind.DEMERIT;
import static io.github.quanze.sanction.SanctionKind.DEMOTION;
import static io.github.quanze.sanction.SanctionKind.DISMISSAL_FROM_POST;
import static io.github.quanze.sanction.SanctionKind.EXPULSION;
import static io.github.quanze.sanction.SanctionKind.MAJOR_DEMERIT;
import static io.github.quanze.sanction.SanctionKind.OFF_POST_TRAINING;
import static io.github.quanze.sanction.SanctionKind.PUBLIC_REPRIMAND;
import static io.github.quanze.sanction.SanctionKind.QUALIFICATION_REVOKED;
import static io.github.quanze.sanction.SanctionKind.RECTIFICATION;
import static io.github.quanze.sanction.SanctionKind.REFERRAL_JUDICIAL;
import static io.github.quanze.sanction.SanctionKind.REFERRAL_SUPERVISORY;
import static io.github.quanze.sanction.SanctionKind.REMINDER;
import static io.github.quanze.sanction.SanctionKind.REMOVAL_FROM_POST;
import static io.github.quanze.sanction.SanctionKind.WARNING;
import static io.github.quanze.sanction.SanctionKind.WRITTEN_SELF_CRITICISM;

import io.github.quanze.basis.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactsReader;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleId;
import io.github.quanze.sanction.SanctionPolicy.Edition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The national sanction tables (默认责任追究规则): what LAW.md §7.4 calls the default table, in two editions.
 * <p>
 * Interpretation, throughout: the statutes say which measures exist and give ranges of governmental sanctions by
 * 情节; which measure answers which tier of gravity and responsibility is the default of the municipal measures
 * (LAW.md §7.4), and each row says so in its basis. Every kind of fault is graded on one ladder, that of
 * 行政机关公务员处分条例 Art 21 in the 2007 edition and of 公职人员政务处分法 Art 39 in the 2020 edition, and every
 * row that cites the ladder says so in its title ({@link io.github.quanze.fault.FaultType} lists the ladder each
 * kind has in the statutes, {@link Gravity} how the tiers sit on it). 处分条例 Art 21 itself reaches only the acts it
 * lists: 行政许可、行政强制措施、行政处罚 (items 1–3), 行政委托 (item 4) and matters such as 招标投标、征收征用
 * (item 5); a {@link Fault} does not say in which kind of power it arose, so for a fault outside them the 2007 edition borrows the tiers of Art 21, and says so in the
 * row's title ("按第二十一条的处分档次"), rather than applying them as the statute's own rule.
 * <p>
 * For a person with direct responsibility the range of a SERIOUS fault is the first tier of the ladder (警告–记过
 * under Art 21, 警告–记大过 under Art 39), that of a GRAVE fault runs from 记大过 to the top (撤职 under Art 21,
 * 开除 under Art 39); the form of fault places the sanction in the range. 从重 (an aggravating circumstance, or a
 * third fault within 12 months) takes the heavier end; 从轻 (a circumstance of 政务处分法 Art 11 or 处分条例 Art 13)
 * the lighter end, never below it, and only where no 从重 applies (interpretation: 政务处分法 Art 13 makes 从重
 * mandatory where Art 11 makes 从轻 discretionary; 处分条例 Art 12 and 13 make both mandatory and say nothing of a
 * person who has both, and the 2007 edition lets 从重 prevail too, so that 从旧兼从轻 compares like with like);
 * 减轻 goes one grade below the range, and below 警告 to no governmental
 * sanction (处分条例 Art 15(2)). The 2020 edition differs from the 2007 one where Art 39 widens the ranges: an
 * intentional grave fault with 从重 may lead to 开除, where Art 21 stopped at 撤职; an intentional serious fault with
 * 从重 to 记大过, where Art 21 stopped at 记过.
 * <p>
 * Exemptions differ by what they waive. 尽职免责 and an order executed after objecting (公务员法 Art 60) waive every
 * sanction row. 情节轻微，经批评教育后改正 waives only the 处分 (公务员法 Art 61; 处分条例 Art 14(2)): the person gets the
 * measure a minor fault gets; in the 2020 edition, with a circumstance of Art 11 as well, the rule is 政务处分法
 * Art 12(1), which names the same measures. No exemption waives the referral of a suspected crime: whether an order
 * was 明显违法, or a crime was committed, is for the body the case is referred to. Both editions cite 公务员法 in its
 * 2018 numbering (Art 60); the law of 2005, in force until 2019-05-31, laid down the same rule on superior orders
 * in the same words as its Art 54 (as the NPC's commentary on that law quotes it).
 * <p>
 * Referral (interpretation): an enforcement fault is a failure to perform, or a wrong performance of, a statutory
 * duty, so a crime suspected in it is a suspected duty crime (职务犯罪: 滥用职权、玩忽职守、徇私舞弊、贪污贿赂, 监察法
 * Art 11). The 2020 edition refers it to the supervisory commission (公务员法 Art 57(3)), whatever the person's
 * responsibility; a crime that is not a duty crime (such as an assault in uncivil enforcement) goes to the public
 * security organs instead, and an agency that meets one replaces row {@code OFFICER.CRIME}. The 2007 edition keeps
 * the wording of 处分条例 Art 5, 移送司法机关, which was the route before 监察法 came into force on 2018-03-20.
 */
final class NationalSanctionTables {

    static final String OFFICER_TABLE = "执法人员过错责任追究表";
    static final String AGENCY_TABLE = "行政执法机关过错责任追究表";

    /** A third fault within 12 months aggravates. */
    private static final int REPEATED = 3;

    private static final Provision OPINIONS = Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS);

    static final Column<Fault> GRAVITY = Column.<Fault, Gravity>ofEnum("gravity", Gravity.class, Fault::gravity)
            .graverWhenGreater();
    static final Column<Fault> RESPONSIBILITY = Column.<Fault, Responsibility>ofEnum("responsibility",
            Responsibility.class, Fault::responsibility).graverWhenGreater();
    static final Column<Fault> FORM = Column.<Fault, FaultForm>ofEnum("form", FaultForm.class, Fault::form)
            .graverWhenGreater();
    static final Column<Fault> AGGRAVATING = Column.<Fault>ofBoolean("aggravating",
            f -> f.has(Circumstance.Effect.AGGRAVATE)).graverWhenGreater();
    static final Column<Fault> FAULTS_THIS_YEAR = Column.<Fault>ofInt("faultsThisYear", 1,
            Fault.MAX_FAULTS_PER_YEAR, Fault::faultsThisYear).graverWhenGreater();
    static final Column<Fault> MITIGATING = Column.<Fault>ofBoolean("mitigating", Fault::mitigated)
            .graverWhenSmaller();
    static final Column<Fault> REDUCING = Column.<Fault>ofBoolean("reducing", Fault::reduced).graverWhenSmaller();
    static final Column<Fault> SUSPECTED_CRIME = Column.<Fault>ofBoolean("suspectedCrime", Fault::suspectedCrime)
            .graverWhenGreater();
    static final Column<Fault> MINOR_AND_CORRECTED = Column.<Fault>ofBoolean("minorAndCorrected",
            f -> f.has(Circumstance.MINOR_AND_CORRECTED)).graverWhenSmaller();
    static final Column<Fault> EXECUTED_ORDER = Column.<Fault>ofBoolean("executedOrderAfterObjecting",
            f -> f.has(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING)).graverWhenSmaller();
    static final Column<Fault> DUTY_DULY_PERFORMED = Column.<Fault>ofBoolean("dutyDulyPerformed",
            Fault::dulyPerformed).graverWhenSmaller();

    /** The columns of the officer table, in order. */
    static final List<Column<Fault>> OFFICER_COLUMNS = List.of(GRAVITY, RESPONSIBILITY, FORM, AGGRAVATING,
            FAULTS_THIS_YEAR, MITIGATING, REDUCING, SUSPECTED_CRIME, MINOR_AND_CORRECTED, EXECUTED_ORDER,
            DUTY_DULY_PERFORMED);

    /**
     * Reads all {@link #OFFICER_COLUMNS} of a fault in one call, in their order, exactly as the columns' readers do
     * (the fast path of {@link io.github.quanze.rule.FactsReader}; {@code decideByScan} checks it against them).
     */
    static void readOfficer(Fault f, int[] values) {
        values[0] = f.gravity().ordinal();
        values[1] = f.responsibility().ordinal();
        values[2] = f.form().ordinal();
        values[3] = f.has(Circumstance.Effect.AGGRAVATE) ? 1 : 0;
        values[4] = f.faultsThisYear();
        values[5] = f.mitigated() ? 1 : 0;
        values[6] = f.reduced() ? 1 : 0;
        values[7] = f.suspectedCrime() ? 1 : 0;
        values[8] = f.has(Circumstance.MINOR_AND_CORRECTED) ? 1 : 0;
        values[9] = f.has(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING) ? 1 : 0;
        values[10] = f.dulyPerformed() ? 1 : 0;
    }

    private static final Column<Fault> AGENCY_EXEMPTING = Column.<Fault>ofBoolean("exempting",
            f -> f.has(Circumstance.Effect.EXEMPT)).graverWhenSmaller();
    private static final List<Column<Fault>> AGENCY_COLUMNS = List.of(GRAVITY, AGGRAVATING, AGENCY_EXEMPTING);

    private NationalSanctionTables() {}

    /** The officer table of an edition. */
    static DecisionTable<Fault, Sanction> officers(Edition edition) {
        OfficerTable t = new OfficerTable(edition);
        boolean law2020 = edition == Edition.ED_2020;
        t.rows.row("OFFICER.NONE", title("不承担责任的人员", "a person who bears no responsibility", Sanction.none()),
                law2020 ? LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 9))
                        : LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 11)),
                Sanction.none(), t.cells(null, Responsibility.NONE), List.of());
        t.family("MINOR.DIRECT", MINOR, DIRECT).base(t.opinions(), Sanction.of(WRITTEN_SELF_CRITICISM));
        t.family("MINOR.PRINCIPAL", MINOR, PRINCIPAL_LEADERSHIP).base(t.opinions(), Sanction.of(CRITICISM));
        t.family("MINOR.IMPORTANT", MINOR, IMPORTANT_LEADERSHIP).base(t.opinions(), Sanction.of(REMINDER));

        t.family("SERIOUS.DIRECT", SERIOUS, DIRECT, ORDINARY_NEGLIGENCE, GROSS_NEGLIGENCE)
                .base(t.range(), Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, WARNING))
                .aggravated(Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT))
                .reduced(Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND));
        t.family("SERIOUS.DIRECT.INTENT", SERIOUS, DIRECT, INTENT)
                .base(t.range(), Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT))
                .aggravated(Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, law2020 ? MAJOR_DEMERIT : DEMERIT))
                .mitigated(Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, WARNING))
                .reduced(Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND));
        t.family("SERIOUS.PRINCIPAL", SERIOUS, PRINCIPAL_LEADERSHIP)
                .base(t.range(), Sanction.of(PUBLIC_REPRIMAND, WARNING))
                .reduced(Sanction.of(PUBLIC_REPRIMAND));
        t.family("SERIOUS.IMPORTANT", SERIOUS, IMPORTANT_LEADERSHIP)
                .base(t.opinions(), Sanction.of(WRITTEN_SELF_CRITICISM));

        t.family("GRAVE.DIRECT.NEGLIGENCE", GRAVE, DIRECT, ORDINARY_NEGLIGENCE)
                .base(t.range(), Sanction.of(REMOVAL_FROM_POST, MAJOR_DEMERIT))
                .aggravated(Sanction.of(REMOVAL_FROM_POST, DEMOTION))
                .reduced(Sanction.of(REMOVAL_FROM_POST, DEMERIT));
        t.family("GRAVE.DIRECT.GROSS", GRAVE, DIRECT, GROSS_NEGLIGENCE)
                .base(t.range(), Sanction.of(REMOVAL_FROM_POST, DEMOTION))
                .aggravated(Sanction.of(REMOVAL_FROM_POST, DISMISSAL_FROM_POST))
                .mitigated(Sanction.of(REMOVAL_FROM_POST, MAJOR_DEMERIT))
                .reduced(Sanction.of(REMOVAL_FROM_POST, DEMERIT));
        t.family("GRAVE.DIRECT.INTENT", GRAVE, DIRECT, INTENT)
                .base(t.range(), Sanction.of(QUALIFICATION_REVOKED, DISMISSAL_FROM_POST))
                .aggravated(Sanction.of(QUALIFICATION_REVOKED, law2020 ? EXPULSION : DISMISSAL_FROM_POST))
                .mitigated(Sanction.of(QUALIFICATION_REVOKED, MAJOR_DEMERIT))
                .reduced(Sanction.of(QUALIFICATION_REVOKED, DEMERIT));
        t.family("GRAVE.PRINCIPAL", GRAVE, PRINCIPAL_LEADERSHIP)
                .base(t.range(), Sanction.of(MAJOR_DEMERIT))
                .reduced(Sanction.of(DEMERIT));
        t.family("GRAVE.IMPORTANT", GRAVE, IMPORTANT_LEADERSHIP)
                .base(t.range(), Sanction.of(WARNING))
                .reduced(Sanction.of(WRITTEN_SELF_CRITICISM));

        t.crime();
        t.minorAndCorrected(DIRECT, Sanction.of(WRITTEN_SELF_CRITICISM));
        t.minorAndCorrected(PRINCIPAL_LEADERSHIP, Sanction.of(CRITICISM));
        t.minorAndCorrected(IMPORTANT_LEADERSHIP, Sanction.of(REMINDER));
        t.exemption("OFFICER.EXECUTED_ORDER_AFTER_OBJECTING", EXECUTED_ORDER,
                BilingualText.of("认为上级的决定有错误并提出改正意见，上级不改变而执行的，执行的后果由上级负责，不予追究责任",
                        "an officer who objected to a superior's order and then executed it does not answer for it"),
                Circumstance.EXECUTED_ORDER_AFTER_OBJECTING.basis());
        t.exemption("OFFICER.DUTY_DULY_PERFORMED", DUTY_DULY_PERFORMED,
                BilingualText.of("依法履行职责、符合尽职免责条件的，不予追究责任（尽职免责）",
                        "a person who performed their duty as the law requires is exempt (尽职免责)"),
                DutyPerformance.BASIS.and(LegalBasis.of(OPINIONS)));
        return t.rows.build();
    }

    /** The agency table: 限期整改; 情况严重或者逾期不改正的，通报批评、取消评比先进资格 (国办发〔2005〕37号). */
    static DecisionTable<Fault, Sanction> agencies() {
        LegalBasis basis = LegalBasis.of(OPINIONS, Provision.of(HENAN_ENFORCEMENT_REGULATION, 44));
        Rows t = new Rows(AGENCY_TABLE, AGENCY_COLUMNS);
        for (Gravity gravity : Gravity.values()) {
            Sanction sanction = gravity == MINOR ? Sanction.of(RECTIFICATION)
                    : gravity == SERIOUS ? Sanction.of(RECTIFICATION, AGENCY_REPRIMAND)
                    : Sanction.of(RECTIFICATION, AGENCY_REPRIMAND, AWARD_INELIGIBILITY);
            t.row("AGENCY." + gravity.name(), title(gravity.label().zh() + "的行政执法机关",
                    "an agency with a " + gravity.label().en(), sanction), basis, sanction,
                    t.cells().is(GRAVITY, gravity), List.of());
        }
        t.row("AGENCY.AGGRAVATED", BilingualText.of("逾期不改正或者有其他从重情节的，给予通报批评、取消评比先进资格",
                        "not corrected in time, or otherwise aggravated: public reprimand and loss of award eligibility"),
                basis, Sanction.of(RECTIFICATION, AGENCY_REPRIMAND, AWARD_INELIGIBILITY),
                t.cells().is(AGGRAVATING, true), List.of());
        t.row("AGENCY.EXEMPT", BilingualText.of("有免予追究情节的，不予追究责任", "exempt: not held to account"), basis,
                Sanction.none(), t.cells().is(AGENCY_EXEMPTING, true), t.added());
        return t.build();
    }

    private static BilingualText title(String who, String whoEn, Sanction sanction) {
        return BilingualText.of(who + "：" + sanction.describe().zh(), whoEn + ": " + sanction.describe().en());
    }

    /**
     * A row's cells by column, any value where not set: rows name the columns they test, not their positions.
     * Immutable: each setter returns a copy.
     */
    private static final class Cells {
        private final List<Column<Fault>> columns;
        private final Cell[] cells;

        private Cells(List<Column<Fault>> columns, Cell[] cells) {
            this.columns = columns;
            this.cells = cells;
        }

        static Cells any(List<Column<Fault>> columns) {
            Cell[] cells = new Cell[columns.size()];
            Arrays.fill(cells, Cell.any());
            return new Cells(columns, cells);
        }

        Cells with(Column<Fault> column, Cell cell) {
            int index = columns.indexOf(column);
            checkArgument(index >= 0, "Column '%s' is not one of the table's columns %s", column.name(),
                    columns.stream().map(Column::name).toList());
            Cell[] copy = cells.clone();
            copy[index] = cell;
            return new Cells(columns, copy);
        }

        Cells is(Column<Fault> column, Object value) {
            return with(column, Cell.is(value));
        }

        Cell[] toArray() {
            return cells.clone();
        }
    }

    /** A table under construction: each row is added with the rows it is an exception to. */
    private static final class Rows {
        private final List<Column<Fault>> columns;
        private final DecisionTable.Builder<Fault, Sanction> builder;
        private final List<RuleId> added = new ArrayList<>();

        Rows(String name, List<Column<Fault>> columns) {
            this.columns = columns;
            this.builder = DecisionTable.<Fault, Sanction>builder(name, HitPolicy.COLLECT)
                    .aggregation(Sanction::combine)
                    .order(Sanction.HEAVIER)
                    .describer(Sanction::describe);
            columns.forEach(builder::input);
        }

        Rows(String name, List<Column<Fault>> columns, FactsReader<Fault> reader) {
            this(name, columns);
            builder.reader(reader);
        }

        Cells cells() {
            return Cells.any(columns);
        }

        /** Adds a row that replaces the rows {@code overrides} whenever both apply. */
        RuleId row(String id, BilingualText title, LegalBasis basis, Sanction sanction, Cells cells,
                List<RuleId> overrides) {
            builder.row(id, title, basis, sanction, cells.toArray());
            RuleId rule = RuleId.of(id);
            overrides.forEach(base -> builder.exception(rule, base));
            added.add(rule);
            return rule;
        }

        /** The rows added so far. */
        List<RuleId> added() {
            return List.copyOf(added);
        }

        DecisionTable<Fault, Sanction> build() {
            return builder.build();
        }
    }

    /** The officer table of one edition under construction, with the provisions each kind of row cites. */
    private static final class OfficerTable {
        final Rows rows = new Rows(OFFICER_TABLE, OFFICER_COLUMNS, NationalSanctionTables::readOfficer);
        final Edition edition;
        /** The rows that impose a sanction: those an exemption replaces. */
        final List<RuleId> sanctionRows = new ArrayList<>();

        OfficerTable(Edition edition) {
            this.edition = edition;
        }

        boolean law2020() {
            return edition == Edition.ED_2020;
        }

        /** Gravity, responsibility and forms as given (null or none for any), every other column any. */
        Cells cells(Gravity gravity, Responsibility responsibility, FaultForm... forms) {
            Cells cells = rows.cells();
            if (gravity != null) {
                cells = cells.is(GRAVITY, gravity);
            }
            if (responsibility != null) {
                cells = cells.is(RESPONSIBILITY, responsibility);
            }
            return forms.length == 0 ? cells : cells.with(FORM, Cell.in((Object[]) forms));
        }

        Family family(String key, Gravity gravity, Responsibility responsibility, FaultForm... forms) {
            return new Family(this, "OFFICER." + key, cells(gravity, responsibility, forms),
                    who(gravity, responsibility, forms), whoEn(gravity, responsibility, forms));
        }

        RuleId sanctionRow(String id, BilingualText title, LegalBasis basis, Sanction sanction, Cells cells,
                List<RuleId> overrides) {
            RuleId rule = rows.row(id, ladderTitle(title, basis), basis, sanction, cells, overrides);
            sanctionRows.add(rule);
            return rule;
        }

        /** Says in the title which ladder's tiers the row applies, when its basis cites the ladder. */
        private BilingualText ladderTitle(BilingualText title, LegalBasis basis) {
            Provision ladder = ladder();
            if (!basis.provisions().contains(ladder)) {
                return title;
            }
            return BilingualText.of(title.zh() + "（按" + ladder.articleReference() + "的处分档次）",
                    title.en() + " (on the tiers of Art " + ladder.englishReference() + ")");
        }

        /** 涉嫌犯罪的，移送: whatever the responsibility, and never waived. */
        void crime() {
            Cells cells = rows.cells().is(SUSPECTED_CRIME, true).with(RESPONSIBILITY, Cell.notIn(Responsibility.NONE));
            if (law2020()) {
                rows.row("OFFICER.CRIME", BilingualText.of("负有责任的人员涉嫌职务犯罪的，移送监察机关依法处理",
                        "a responsible person suspected of a duty crime is referred to the supervisory commission"),
                        LegalBasis.of(Provision.of(CIVIL_SERVANTS_LAW, 57, 3),
                                Provision.of(SUPERVISION_LAW, 11).withItem(2)),
                        Sanction.of(REFERRAL_SUPERVISORY), cells, List.of());
            } else {
                rows.row("OFFICER.CRIME", BilingualText.of("负有责任的人员涉嫌犯罪的，移送司法机关依法追究刑事责任",
                        "a responsible person suspected of a crime is referred to the judicial authorities"),
                        LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 5)),
                        Sanction.of(REFERRAL_JUDICIAL), cells, List.of());
            }
        }

        /**
         * 情节轻微，经批评教育后改正: no 处分, the measure of a minor fault instead (公务员法 Art 61; 处分条例 Art 14(2));
         * in the 2020 edition, with a circumstance of 政务处分法 Art 11, under Art 12(1).
         */
        void minorAndCorrected(Responsibility responsibility, Sanction measure) {
            String id = "OFFICER.MINOR_AND_CORRECTED." + key(responsibility);
            String who = "负" + responsibility.label().zh() + "的人员";
            String whoEn = "a person with " + responsibility.label().en();
            Cells cells = rows.cells().is(MINOR_AND_CORRECTED, true).is(RESPONSIBILITY, responsibility);
            RuleId waived = sanctionRow(id, title(who + "情节轻微，经批评教育后改正的，免予处分",
                    whoEn + " whose fault was minor and corrected after criticism gets no disciplinary sanction",
                    measure), law2020() ? LegalBasis.of(Provision.of(CIVIL_SERVANTS_LAW, 61, 1))
                            : LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 14, 2)),
                    measure, cells, List.copyOf(sanctionRows));
            if (law2020()) {
                sanctionRow(id + ".MITIGATED", title(who + "违法行为情节轻微，且有从轻或者减轻情节的，免予政务处分",
                        whoEn + " whose offence was minor, with a mitigating circumstance, gets no governmental "
                                + "sanction", measure),
                        LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 12, 1),
                                Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 11)),
                        measure, cells.is(MITIGATING, true), List.of(waived));
            }
        }

        /** An exemption from every sanction, never from the referral of a suspected crime. */
        void exemption(String id, Column<Fault> column, BilingualText title, LegalBasis basis) {
            rows.row(id, title, basis, Sanction.none(),
                    rows.cells().is(column, true).with(RESPONSIBILITY, Cell.notIn(Responsibility.NONE)),
                    List.copyOf(sanctionRows));
        }

        LegalBasis opinions() {
            return law2020() ? LegalBasis.of(OPINIONS, Provision.of(CIVIL_SERVANTS_LAW, 57, 2))
                    : LegalBasis.of(OPINIONS);
        }

        /** The ladder the edition grades governmental sanctions on. */
        Provision ladder() {
            return law2020() ? Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 39)
                    : Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 21);
        }

        LegalBasis range() {
            return LegalBasis.of(OPINIONS, ladder());
        }

        LegalBasis aggravation() {
            return law2020() ? LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 13), ladder())
                    : LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 12),
                            Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 1), ladder());
        }

        LegalBasis mitigation() {
            return law2020() ? LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 11), ladder())
                    : LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 13),
                            Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 1), ladder());
        }

        LegalBasis reduction() {
            return law2020() ? LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 11),
                    Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 2))
                    : LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 14, 1),
                            Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 2));
        }
    }

    /**
     * The rows of one tier of gravity and responsibility: the base row, then where they differ the rows with 从重,
     * 从轻 and 减轻, each added with the rows of the family it replaces.
     */
    private static final class Family {
        private final OfficerTable table;
        private final String id;
        private final Cells cells;
        private final String who;
        private final String whoEn;
        private final List<RuleId> rows = new ArrayList<>();

        Family(OfficerTable table, String id, Cells cells, String who, String whoEn) {
            this.table = table;
            this.id = id;
            this.cells = cells;
            this.who = who;
            this.whoEn = whoEn;
        }

        Family base(LegalBasis basis, Sanction sanction) {
            rows.add(table.sanctionRow(id, title(who, whoEn, sanction), basis, sanction, cells, List.of()));
            return this;
        }

        /** 从重: an aggravating circumstance, or a third fault within 12 months. */
        Family aggravated(Sanction sanction) {
            List<RuleId> base = List.of(rows.get(0));
            rows.add(table.sanctionRow(id + ".AGGRAVATED", title(who + "，有从重情节",
                    whoEn + ", with an aggravating circumstance", sanction), table.aggravation(), sanction,
                    cells.is(AGGRAVATING, true), base));
            rows.add(table.sanctionRow(id + ".AGGRAVATED.REPEATED", title(who + "，一年内三次以上过错",
                    whoEn + ", with three or more faults within 12 months", sanction), table.aggravation(), sanction,
                    cells.with(FAULTS_THIS_YEAR, Cell.atLeast(REPEATED)), base));
            return this;
        }

        /** 从轻: the lighter end of the range, where nothing aggravates. */
        Family mitigated(Sanction sanction) {
            rows.add(table.sanctionRow(id + ".MITIGATED", title(who + "，有从轻情节",
                    whoEn + ", with a mitigating circumstance", sanction), table.mitigation(), sanction,
                    cells.is(MITIGATING, true).is(AGGRAVATING, false)
                            .with(FAULTS_THIS_YEAR, Cell.atMost(REPEATED - 1)),
                    List.of(rows.get(0))));
            return this;
        }

        /** 减轻: one grade below the range; replaces every row of the family. */
        Family reduced(Sanction sanction) {
            rows.add(table.sanctionRow(id + ".REDUCED", title(who + "，有减轻情节",
                    whoEn + ", with a reducing circumstance", sanction), table.reduction(), sanction,
                    cells.is(REDUCING, true), List.copyOf(rows)));
            return this;
        }
    }

    private static String key(Responsibility responsibility) {
        return responsibility == DIRECT ? "DIRECT" : responsibility == PRINCIPAL_LEADERSHIP ? "PRINCIPAL" : "IMPORTANT";
    }

    private static String who(Gravity gravity, Responsibility responsibility, FaultForm... forms) {
        String form = forms.length == 0 ? "" : "（" + Arrays.stream(forms).map(f -> f.label().zh())
                .collect(Collectors.joining("或者")) + "）";
        return gravity.label().zh() + "中负" + responsibility.label().zh() + "的人员" + form;
    }

    private static String whoEn(Gravity gravity, Responsibility responsibility, FaultForm... forms) {
        String form = forms.length == 0 ? "" : " (" + Arrays.stream(forms).map(f -> f.label().en())
                .collect(Collectors.joining(" or ")) + ")";
        return "a " + gravity.label().en() + " with " + responsibility.label().en() + form;
    }
}
