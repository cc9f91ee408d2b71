package io.github.quanze.sanction;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.CIVIL_SERVANTS_LAW;
import static io.github.quanze.basis.Instruments.CIVIL_SERVANT_SANCTIONS_REGULATION;
import static io.github.quanze.basis.Instruments.GOVERNMENTAL_SANCTIONS_LAW;
import static io.github.quanze.basis.Instruments.CRIMINAL_REFERRAL_PROVISIONS;
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
import static io.github.quanze.sanction.SanctionKind.CORRECTION_ORDERED;
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
import static io.github.quanze.sanction.SanctionKind.REFERRAL_ORDERED;
import static io.github.quanze.sanction.SanctionKind.REFERRAL_SUPERVISORY;
import static io.github.quanze.sanction.SanctionKind.REMINDER;
import static io.github.quanze.sanction.SanctionKind.REMOVAL_FROM_POST;
import static io.github.quanze.sanction.SanctionKind.WARNING;
import static io.github.quanze.sanction.SanctionKind.WRITTEN_SELF_CRITICISM;

import static io.github.quanze.sanction.SanctionColumns.AGENCY_COLUMNS;
import static io.github.quanze.sanction.SanctionColumns.FAULT;
import static io.github.quanze.sanction.SanctionColumns.OFFICER_COLUMNS;
import static io.github.quanze.sanction.SanctionNotes.AGENCY_NOTE;
import static io.github.quanze.sanction.SanctionNotes.DEFAULT_ROW;
import static io.github.quanze.sanction.SanctionNotes.DUTY_NOTE;
import static io.github.quanze.sanction.SanctionNotes.ITEMS_NOTE;
import static io.github.quanze.sanction.SanctionNotes.LADDER_NOTE;
import static io.github.quanze.sanction.SanctionNotes.LATE_REFERRAL_NOTE;
import static io.github.quanze.sanction.SanctionNotes.NONE_NOTE;
import static io.github.quanze.sanction.SanctionNotes.REFUSED_NOTE;
import static io.github.quanze.sanction.SanctionNotes.REPEATED_NOTE;
import static io.github.quanze.sanction.SanctionNotes.join;

import io.github.quanze.text.BilingualText;
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
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.rule.TableSpec.RowBuilder;
import io.github.quanze.sanction.SanctionColumns.Referral;
import io.github.quanze.sanction.SanctionPolicy.Edition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The national sanction tables (默认责任追究规则), in two editions.
 * <p>
 * Interpretation, throughout: the statutes say which measures exist and give ranges of governmental sanctions by
 * 情节; which measure answers which tier of gravity and responsibility, and which measures go together, is the
 * library's default, after the tiers the municipal and provincial 过错责任追究办法 define (一般、严重、特别严重过错),
 * and every such row says so in its decision text ("解释：…"). Every kind of fault but a failure to refer is graded on
 * one ladder, that of 行政机关公务员处分条例 Art 21 in the 2007 edition and of 公职人员政务处分法 Art 39 in the 2020
 * edition, and every row that cites the ladder says so in its title ({@link io.github.quanze.fault.FaultType} lists
 * the ladder each kind has in the statutes, {@link Gravity} how the tiers sit on it). 处分条例 Art 21 itself reaches
 * only the acts it lists: 行政许可、行政强制措施、行政处罚 (items 1–3), 行政委托 (item 4) and matters such as 招标投标、
 * 征收征用 (item 5); a {@link Fault} does not say in which kind of power it arose, so for a fault outside them the 2007
 * edition borrows the tiers of Art 21, and says so in the row's title ("按第二十一条的处分档次"), rather than applying
 * them as the statute's own rule.
 * <p>
 * For a person with direct responsibility the range of a SERIOUS fault is the first tier of the ladder (警告–记过
 * under Art 21, 警告–记大过 under Art 39), that of a GRAVE fault runs from 记大过 to the top (撤职 under Art 21,
 * 开除 under Art 39); the form of fault places the sanction in the range. 从重 (an aggravating circumstance, or, as
 * the local measures commonly provide, a third fault within 12 months) takes the heavier end; 从轻 (a circumstance of
 * 政务处分法 Art 11 or 处分条例 Art 13) the lighter end, never below it, and only where no 从重 applies
 * (interpretation: 政务处分法 Art 13 makes 从重 mandatory where Art 11 makes 从轻 discretionary; 处分条例 Art 12 and 13
 * make both mandatory and say nothing of a person who has both, and the 2007 edition lets 从重 prevail too, so that
 * 从旧兼从轻 compares like with like); 减轻 goes one grade below the range, and below 警告 to no governmental sanction
 * (处分条例 Art 15(2)). The 2020 edition differs from the 2007 one where Art 39 widens the ranges: an intentional
 * grave fault with 从重 may lead to 开除, where Art 21 stopped at 撤职; an intentional serious fault with 从重 to
 * 记大过, where Art 21 stopped at 记过.
 * <p>
 * The 2020 edition applies Art 39's conditions on the facts: the ladder reaches only acts that 造成不良后果或者影响,
 * 降级 and 撤职 need 情节较重, and 开除 情节严重. quanze reads them on the fault's consequence (an interpretation the
 * rows' texts state): no harm allows no governmental sanction for the kinds of fault Art 39 and Art 38(3) govern (the
 * person gets only the measures that need no such finding: those of the row, or a measure of 公务员法 Art 57 第二款),
 * minor harm at most 记大过, serious harm at most 撤职, grave harm anything. Corruption and retaliation, which Art 33
 * and Art 32 sanction without the harm condition, still need the harm for the higher tiers.
 * <p>
 * Exemptions differ by what they waive. 尽职免责 and an order executed after objecting (公务员法 Art 60, unless the
 * order was 明显违法) waive every sanction row. 情节轻微，经批评教育后改正 waives only the 处分 (公务员法 Art 61;
 * 处分条例 Art 14(2)): the person gets the measure a minor fault gets; in the 2020 edition, with a circumstance of
 * Art 11 as well, the rule is 政务处分法 Art 12(1), which names the same measures. No exemption waives the referral of
 * a suspected crime. Both editions cite 公务员法 in its 2018 numbering (Art 60); the law of 2005, in force until
 * 2019-05-31, laid down the same rule on superior orders in its Art 54.
 * <p>
 * A failure to refer a suspected crime has its own two tiers (行政执法机关移送涉嫌犯罪案件的规定 Art 16), in both
 * editions: a late referral brings 记过 or more on the heads and those directly responsible (第一款、第三款); not
 * referring, or a penalty in its place, first an order to correct and a report to the agency, and 记过 or more only if
 * the agency refuses to correct (第二款). 行政处罚法 Art 82 says only "依法给予处分"; quanze reads it with Art 16 第二款
 * (an interpretation). The tiers are those of the text as revised on 2020-08-07; applying them to earlier acts is an
 * interpretation too.
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

    /** A third fault within 12 months aggravates (the local measures' rule, {@link SanctionNotes#REPEATED_NOTE}). */
    private static final int REPEATED = 3;

    private static final Provision OPINIONS = Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS);

    private NationalSanctionTables() {}

    /** The officer table of an edition. */
    static DecisionTable<Fault, Sanction> officers(Edition edition) {
        OfficerTable t = new OfficerTable(edition);
        boolean law2020 = edition == Edition.ED_2020;
        LegalBasis noneBasis = law2020 ? LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 6),
                Provision.of(CIVIL_SERVANTS_LAW, 61, 1)) : LegalBasis.of(Provision.of(CIVIL_SERVANTS_LAW, 61, 1));
        t.add(RuleRef.of("OFFICER.NONE", title("不承担责任的人员", "a person who bears no responsibility",
                Sanction.none()), noneBasis).withInterpretation(NONE_NOTE), Sanction.none(),
                t.cells(null, Responsibility.NONE), List.of());
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

        t.referral();
        t.crime();
        List<RuleId> corrected = new ArrayList<>();
        corrected.addAll(t.minorAndCorrected(DIRECT, Sanction.of(WRITTEN_SELF_CRITICISM)));
        corrected.addAll(t.minorAndCorrected(PRINCIPAL_LEADERSHIP, Sanction.of(CRITICISM)));
        corrected.addAll(t.minorAndCorrected(IMPORTANT_LEADERSHIP, Sanction.of(REMINDER)));
        t.failureToReferBeforeRefusal(corrected);
        t.exemption("OFFICER.EXECUTED_ORDER_AFTER_OBJECTING", Condition.ANY.is("executedOrderAfterObjecting", true),
                BilingualText.of("认为上级的决定有错误并提出改正意见，上级不改变而执行的，执行的后果由上级负责，不予追究责任"
                                + "（所执行的决定或者命令明显违法的除外）",
                        "an officer who objected to a superior's order and then executed it does not answer for it, "
                                + "unless the order was manifestly unlawful"),
                Circumstance.EXECUTED_ORDER_AFTER_OBJECTING.basis(), Optional.empty());
        t.exemption("OFFICER.DUTY_DULY_PERFORMED", Condition.ANY.is("dutyDulyPerformed", true),
                BilingualText.of("依法履行职责、符合尽职免责条件的，不予追究责任（尽职免责）",
                        "a person who performed their duty as the law requires is exempt (尽职免责)"),
                DutyPerformance.BASIS, Optional.of(DUTY_NOTE));
        return t.table.build().compile(FAULT);
    }

    /**
     * The agency table: 限期整改; 情况严重或者逾期不改正的，通报批评、取消评比先进资格 (国办发〔2005〕37号); for a failure to
     * refer, the measures of 行政执法机关移送涉嫌犯罪案件的规定 Art 16.
     */
    static DecisionTable<Fault, Sanction> agencies() {
        LegalBasis basis = LegalBasis.of(OPINIONS);
        TableSpec.Builder<Sanction> t = spec(AGENCY_TABLE, AGENCY_COLUMNS);
        List<RuleId> generic = new ArrayList<>();
        for (Gravity gravity : Gravity.values()) {
            Sanction sanction = gravity == MINOR ? Sanction.of(RECTIFICATION)
                    : gravity == SERIOUS ? Sanction.of(RECTIFICATION, AGENCY_REPRIMAND)
                    : Sanction.of(RECTIFICATION, AGENCY_REPRIMAND, AWARD_INELIGIBILITY);
            RuleRef ref = RuleRef.of("AGENCY." + gravity.name(), title(gravity.label().zh() + "的行政执法机关",
                    "an agency with a " + gravity.label().en(), sanction), basis).withInterpretation(AGENCY_NOTE);
            t.row(ref).when("gravity", Cell.is(gravity)).then(sanction);
            generic.add(ref.id());
        }
        t.row(RuleRef.of("AGENCY.AGGRAVATED", BilingualText.of("逾期不改正或者有其他从重情节的，给予通报批评、取消评比先进资格",
                        "not corrected in time, or otherwise aggravated: public reprimand and loss of award "
                                + "eligibility"), basis).withInterpretation(AGENCY_NOTE))
                .when("aggravating", Cell.yes())
                .then(Sanction.of(RECTIFICATION, AGENCY_REPRIMAND, AWARD_INELIGIBILITY));
        generic.add(RuleId.of("AGENCY.AGGRAVATED"));
        t.row(RuleRef.of("AGENCY.LATE_REFERRAL", BilingualText.of("逾期不将涉嫌犯罪案件移送公安机关的，责令限期移送",
                        "a late referral of a suspected crime: the agency is ordered to refer within a time limit"),
                        LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 16, 1))))
                .when("referralFailure", Cell.is(Referral.LATE))
                .then(Sanction.of(REFERRAL_ORDERED)).overrides(generic);
        t.row(RuleRef.of("AGENCY.FAILURE_TO_REFER", BilingualText.of("对应当移送的案件不移送或者以行政处罚代替移送的，责令"
                        + "改正，给予通报", "a suspected crime not referred, or a penalty in place of referral: the "
                        + "agency is ordered to correct and reported"),
                        LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 16, 2))))
                .when("referralFailure", Cell.anyOf(Referral.NOT_REFERRED, Referral.REFUSED_TO_CORRECT))
                .then(Sanction.of(CORRECTION_ORDERED, AGENCY_REPRIMAND)).overrides(generic);
        List<RuleId> all = new ArrayList<>(generic);
        all.add(RuleId.of("AGENCY.LATE_REFERRAL"));
        all.add(RuleId.of("AGENCY.FAILURE_TO_REFER"));
        t.row(RuleRef.of("AGENCY.EXEMPT", BilingualText.of("有免予追究情节的，不予追究责任", "exempt: not held to account"),
                        basis))
                .when("exempting", Cell.yes())
                .then(Sanction.none()).overrides(all);
        return t.build().compile(FAULT);
    }

    /** A sanction table: every applicable row contributes, the measures united, worded as a decision to sanction. */
    private static TableSpec.Builder<Sanction> spec(String name, List<Column> columns) {
        return TableSpec.<Sanction>builder(name, HitPolicy.COLLECT)
                .columns(columns)
                .aggregation(Sanction::combine)
                .order(Sanction.HEAVIER)
                .wording(LegalWording.of(Sanction::describe));
    }

    private static BilingualText title(String who, String whoEn, Sanction sanction) {
        return BilingualText.of(who + "：" + sanction.describe().zh(), whoEn + ": " + sanction.describe().en());
    }


    /**
     * A row's condition: the cells it sets, by column name, every other column any. Conditions compose, so that the
     * rows of one family share their cells and add their own.
     */
    @FunctionalInterface
    private interface Condition extends UnaryOperator<RowBuilder<Sanction>> {

        /** No cell: any value in every column. */
        Condition ANY = row -> row;

        /** This condition and a cell of another column. */
        default Condition and(String column, Cell cell) {
            return row -> apply(row).when(column, cell);
        }

        /** This condition and one value of another column. */
        default Condition is(String column, Object value) {
            return and(column, Cell.is(value));
        }
    }

    /** The officer table of one edition under construction, with the provisions each kind of row cites. */
    private static final class OfficerTable {
        final TableSpec.Builder<Sanction> table = spec(OFFICER_TABLE, OFFICER_COLUMNS);
        final Edition edition;
        /** The rows that impose a sanction: those an exemption replaces. */
        final List<RuleId> sanctionRows = new ArrayList<>();
        /** For each row split on the ladder's tiers, the rows of the tiers below it. */
        final Map<RuleId, List<RuleId>> lowerTiers = new HashMap<>();

        OfficerTable(Edition edition) {
            this.edition = edition;
        }

        boolean law2020() {
            return edition == Edition.ED_2020;
        }

        /** Gravity, responsibility and forms as given (null or none for any), every other column any. */
        Condition cells(Gravity gravity, Responsibility responsibility, FaultForm... forms) {
            Condition cells = Condition.ANY;
            if (gravity != null) {
                cells = cells.is("gravity", gravity);
            }
            if (responsibility != null) {
                cells = cells.is("responsibility", responsibility);
            }
            return forms.length == 0 ? cells : cells.and("form", Cell.anyOf((Object[]) forms));
        }

        /**
         * Adds a row that replaces the rows {@code overrides} whenever both apply; a row named twice, as the rows of
         * a lower tier reached both as a sanction row and through their upper tier, is overridden once.
         */
        RuleId add(RuleRef ref, Sanction sanction, Condition cells, List<RuleId> overrides) {
            RowBuilder<Sanction> row = cells.apply(table.row(ref)).then(sanction);
            if (!overrides.isEmpty()) {
                row.overrides(List.copyOf(new LinkedHashSet<>(overrides)));
            }
            return ref.id();
        }

        Family family(String key, Gravity gravity, Responsibility responsibility, FaultForm... forms) {
            return new Family(this, "OFFICER." + key, cells(gravity, responsibility, forms),
                    who(gravity, responsibility, forms), whoEn(gravity, responsibility, forms),
                    responsibility == PRINCIPAL_LEADERSHIP ? Sanction.of(PUBLIC_REPRIMAND)
                            : Sanction.of(WRITTEN_SELF_CRITICISM));
        }

        /**
         * Adds a sanction row. In the 2020 edition a row with a governmental sanction applies only where the facts
         * reach its tier of Art 39's ladder; for each tier below, a row of the same cells gives the sanction capped
         * at that tier: 记大过 for the first, 撤职 for the second, and, below the ladder, only the row's other
         * measures, or {@code fallback} where it has none.
         */
        RuleId sanctionRow(String id, String who, String whoEn, LegalBasis basis, Sanction sanction, Condition cells,
                List<RuleId> overrides, BilingualText note, Sanction fallback) {
            List<RuleId> replaced = withLowerTiers(overrides);
            int tier = law2020() ? sanction.governmental().map(SanctionColumns::tierOf).orElse(0) : 0;
            RuleId rule = add(RuleRef.of(id, ladderTitle(title(who, whoEn, sanction), basis), basis)
                    .withInterpretation(tier > 0 ? join(note, LADDER_NOTE) : note), sanction,
                    tier > 0 ? cells.and("ladderTier", Cell.atLeast(tier)) : cells, replaced);
            sanctionRows.add(rule);
            List<RuleId> below = new ArrayList<>();
            for (int k = tier - 1; k >= 0; k--) {
                Sanction capped = capped(sanction, k, fallback);
                String why = k == 0 ? "，未造成不良后果或者影响" : k == 1 ? "，情节未达较重" : "，情节未达严重";
                String whyEn = k == 0 ? ", without bad consequences or influence" : k == 1
                        ? ", circumstances not serious" : ", circumstances not grave";
                LegalBasis tierBasis = k == 0 ? basis.and(LegalBasis.of(Provision.of(CIVIL_SERVANTS_LAW, 57, 2)))
                        : basis;
                BilingualText tierTitle = title(who + why, whoEn + whyEn, capped);
                RuleId lower = add(RuleRef.of(id + (k == 0 ? ".NO_HARM" : ".TIER" + k),
                        k == 0 ? tierTitle : ladderTitle(tierTitle, basis), tierBasis)
                        .withInterpretation(join(note, LADDER_NOTE)), capped, cells.and("ladderTier", Cell.range(k, k)),
                        replaced);
                sanctionRows.add(lower);
                below.add(lower);
            }
            lowerTiers.put(rule, below);
            return rule;
        }

        /** The rows given and the rows of their lower tiers: an exception replaces a row at every tier. */
        private List<RuleId> withLowerTiers(List<RuleId> overrides) {
            List<RuleId> all = new ArrayList<>();
            for (RuleId base : overrides) {
                all.add(base);
                all.addAll(lowerTiers.getOrDefault(base, List.of()));
            }
            return all;
        }

        /** A sanction with its governmental sanction capped at a tier of the ladder (tier 0: none). */
        private static Sanction capped(Sanction sanction, int tier, Sanction fallback) {
            List<Sanction> parts = new ArrayList<>();
            sanction.kinds().stream().filter(k -> k.group() != SanctionKind.Group.GOVERNMENTAL_SANCTION)
                    .forEach(k -> parts.add(Sanction.of(k)));
            if (tier > 0) {
                parts.add(Sanction.of(tier == 1 ? MAJOR_DEMERIT : DISMISSAL_FROM_POST));
            }
            return parts.isEmpty() ? fallback : Sanction.combine(parts);
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

        /**
         * 行政执法机关移送涉嫌犯罪案件的规定 Art 16: a late referral brings 记过 or more (第一款); not referring or a
         * penalty in its place brings 记过 or more once the agency refuses to correct (第二款); those directly
         * responsible alike (第三款). Replaces every row of the ladder for these kinds of fault.
         */
        void referral() {
            List<RuleId> generic = List.copyOf(sanctionRows);
            Condition responsible = Condition.ANY.and("responsibility", Cell.noneOf(Responsibility.NONE));
            LegalBasis late = LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 16, 1),
                    Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 16, 3));
            String lateWho = "逾期不移送涉嫌犯罪案件的正职负责人或者主持工作的负责人、直接负责的主管人员和其他直接责任人员";
            String lateWhoEn = "a head, supervisor or person directly responsible for a late referral of a suspected "
                    + "crime";
            Condition lateCells = responsible.is("referralFailure", Referral.LATE);
            RuleId lateRow = plainRow("OFFICER.LATE_REFERRAL", title(lateWho, lateWhoEn, Sanction.of(DEMERIT)), late,
                    Sanction.of(DEMERIT), lateCells, generic, law2020() ? Optional.empty()
                            : Optional.of(LATE_REFERRAL_NOTE));
            List<RuleId> lateBase = new ArrayList<>(generic);
            lateBase.add(lateRow);
            plainRow("OFFICER.LATE_REFERRAL.AGGRAVATED", title(lateWho + "，有从重情节", lateWhoEn
                            + ", with an aggravating circumstance", Sanction.of(MAJOR_DEMERIT)), late,
                    Sanction.of(MAJOR_DEMERIT), lateCells.is("aggravating", true), lateBase,
                    Optional.of(LATE_REFERRAL_NOTE));
            plainRow("OFFICER.FAILURE_TO_REFER.REFUSED", title("对应当移送的涉嫌犯罪案件不移送或者以行政处罚代替移送，"
                                    + "责令改正而拒不改正的负责人员", "a person responsible for a suspected crime not "
                                    + "referred, or a penalty in its place, where the agency refused to correct",
                            Sanction.of(DEMERIT)), refusal(), Sanction.of(DEMERIT),
                    responsible.is("referralFailure", Referral.REFUSED_TO_CORRECT), generic,
                    Optional.of(REFUSED_NOTE));
            items(generic, responsible);
        }

        /**
         * 行政执法机关移送涉嫌犯罪案件的规定 Art 15: hiding, dividing up or destroying the items of a case brings the
         * principal head 降级 or more by the circumstances (第一款), and those directly responsible alike (第二款).
         */
        private void items(List<RuleId> generic, Condition responsible) {
            LegalBasis basis = LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 15, 1),
                    Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 15, 2));
            String who = "隐匿、私分、销毁涉案物品的正职负责人、直接负责的主管人员和其他直接责任人员";
            String whoEn = "a principal head, supervisor or person directly responsible for hiding, dividing up or "
                    + "destroying the items of a case";
            Condition cells = responsible.is("referralFailure", Referral.ITEMS);
            RuleId row = plainRow("OFFICER.CASE_ITEMS", title(who, whoEn, Sanction.of(DEMOTION)), basis,
                    Sanction.of(DEMOTION), cells, generic, Optional.of(ITEMS_NOTE));
            List<RuleId> base = new ArrayList<>(generic);
            base.add(row);
            plainRow("OFFICER.CASE_ITEMS.AGGRAVATED", title(who + "，有从重情节", whoEn
                            + ", with an aggravating circumstance", Sanction.of(DISMISSAL_FROM_POST)), basis,
                    Sanction.of(DISMISSAL_FROM_POST), cells.is("aggravating", true), base, Optional.of(ITEMS_NOTE));
        }

        /**
         * 行政执法机关移送涉嫌犯罪案件的规定 Art 16 第二款, before any refusal: the agency is ordered to correct and
         * reported, and no one yet gets a 处分; this replaces the minor-and-corrected measures too, which would be
         * heavier.
         */
        void failureToReferBeforeRefusal(List<RuleId> corrected) {
            List<RuleId> replaced = new ArrayList<>(sanctionRows);
            replaced.addAll(corrected);
            plainRow("OFFICER.FAILURE_TO_REFER", title("对应当移送的涉嫌犯罪案件不移送或者以行政处罚代替移送，尚未拒不"
                                    + "改正的负责人员（由上级责令改正、给予通报）", "a person responsible for a suspected "
                                    + "crime not referred, or a penalty in its place, before any refusal to correct "
                                    + "(the agency is ordered to correct and reported)", Sanction.none()),
                    refusal(), Sanction.none(), Condition.ANY.and("responsibility", Cell.noneOf(Responsibility.NONE))
                            .is("referralFailure", Referral.NOT_REFERRED), replaced,
                    Optional.of(REFUSED_NOTE));
        }

        private LegalBasis refusal() {
            return LegalBasis.of(Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 16, 2),
                    Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 16, 3), Provision.of(ADMINISTRATIVE_PENALTY_LAW, 82));
        }

        private RuleId plainRow(String id, BilingualText title, LegalBasis basis, Sanction sanction, Condition cells,
                List<RuleId> overrides, Optional<BilingualText> note) {
            RuleRef ref = RuleRef.of(id, title, basis);
            RuleId rule = add(note.map(ref::withInterpretation).orElse(ref), sanction, cells, overrides);
            sanctionRows.add(rule);
            return rule;
        }

        /** 涉嫌犯罪的，移送: whatever the responsibility, and never waived. */
        void crime() {
            Condition cells = Condition.ANY.is("suspectedCrime", true)
                    .and("responsibility", Cell.noneOf(Responsibility.NONE));
            if (law2020()) {
                add(RuleRef.of("OFFICER.CRIME", BilingualText.of("负有责任的人员涉嫌职务犯罪的，移送监察机关依法处理",
                        "a responsible person suspected of a duty crime is referred to the supervisory commission"),
                        LegalBasis.of(Provision.of(CIVIL_SERVANTS_LAW, 57, 3),
                                Provision.of(SUPERVISION_LAW, 11).withItem(2))),
                        Sanction.of(REFERRAL_SUPERVISORY), cells, List.of());
            } else {
                add(RuleRef.of("OFFICER.CRIME", BilingualText.of("负有责任的人员涉嫌犯罪的，移送司法机关依法追究刑事责任",
                        "a responsible person suspected of a crime is referred to the judicial authorities"),
                        LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 5))),
                        Sanction.of(REFERRAL_JUDICIAL), cells, List.of());
            }
        }

        /**
         * 情节轻微，经批评教育后改正: no 处分, the measure of a minor fault instead (公务员法 Art 61; 处分条例 Art 14(2));
         * in the 2020 edition, with a circumstance of 政务处分法 Art 11, under Art 12(1).
         *
         * @return the rows added
         */
        List<RuleId> minorAndCorrected(Responsibility responsibility, Sanction measure) {
            String id = "OFFICER.MINOR_AND_CORRECTED." + key(responsibility);
            String who = "负" + responsibility.label().zh() + "的人员";
            String whoEn = "a person with " + responsibility.label().en();
            Condition cells = Condition.ANY.is("minorAndCorrected", true).is("responsibility", responsibility);
            List<RuleId> added = new ArrayList<>();
            RuleId waived = sanctionRow(id, who + "情节轻微，经批评教育后改正的，免予处分", whoEn + " whose fault was minor "
                    + "and corrected after criticism gets no disciplinary sanction", law2020()
                            ? LegalBasis.of(Provision.of(CIVIL_SERVANTS_LAW, 61, 1))
                            : LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 14, 2)),
                    measure, cells, List.copyOf(sanctionRows), DEFAULT_ROW, measure);
            added.add(waived);
            if (law2020()) {
                added.add(sanctionRow(id + ".MITIGATED", who + "违法行为情节轻微，且有从轻或者减轻情节的，免予政务处分",
                        whoEn + " whose offence was minor, with a mitigating circumstance, gets no governmental "
                                + "sanction", LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 12, 1),
                                Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 11)),
                        measure, cells.is("mitigating", true), List.of(waived), DEFAULT_ROW, measure));
            }
            return added;
        }

        /** An exemption from every sanction, never from the referral of a suspected crime. */
        void exemption(String id, Condition cells, BilingualText title, LegalBasis basis, Optional<BilingualText> note) {
            RuleRef ref = RuleRef.of(id, title, basis);
            add(note.map(ref::withInterpretation).orElse(ref), Sanction.none(),
                    cells.and("responsibility", Cell.noneOf(Responsibility.NONE)), List.copyOf(sanctionRows));
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
        private final Condition cells;
        private final String who;
        private final String whoEn;
        private final Sanction fallback;
        private final List<RuleId> rows = new ArrayList<>();

        Family(OfficerTable table, String id, Condition cells, String who, String whoEn, Sanction fallback) {
            this.table = table;
            this.id = id;
            this.cells = cells;
            this.who = who;
            this.whoEn = whoEn;
            this.fallback = fallback;
        }

        Family base(LegalBasis basis, Sanction sanction) {
            rows.add(table.sanctionRow(id, who, whoEn, basis, sanction, cells, List.of(), DEFAULT_ROW, fallback));
            return this;
        }

        /** 从重: an aggravating circumstance, or a third fault within 12 months (the local measures' rule). */
        Family aggravated(Sanction sanction) {
            List<RuleId> base = List.of(rows.get(0));
            rows.add(table.sanctionRow(id + ".AGGRAVATED", who + "，有从重情节", whoEn + ", with an aggravating "
                    + "circumstance", table.aggravation(), sanction, cells.is("aggravating", true), base, DEFAULT_ROW,
                    fallback));
            rows.add(table.sanctionRow(id + ".AGGRAVATED.REPEATED", who + "，一年内三次以上过错", whoEn + ", with three "
                    + "or more faults within 12 months", table.range(), sanction,
                    cells.and("faultsThisYear", Cell.atLeast(REPEATED)), base, join(DEFAULT_ROW, REPEATED_NOTE),
                    fallback));
            return this;
        }

        /** 从轻: the lighter end of the range, where nothing aggravates. */
        Family mitigated(Sanction sanction) {
            rows.add(table.sanctionRow(id + ".MITIGATED", who + "，有从轻情节", whoEn + ", with a mitigating "
                    + "circumstance", table.mitigation(), sanction, cells.is("mitigating", true).is("aggravating", false)
                            .and("faultsThisYear", Cell.atMost(REPEATED - 1)), List.of(rows.get(0)), DEFAULT_ROW,
                    fallback));
            return this;
        }

        /** 减轻: one grade below the range; replaces every row of the family. */
        Family reduced(Sanction sanction) {
            rows.add(table.sanctionRow(id + ".REDUCED", who + "，有减轻情节", whoEn + ", with a reducing circumstance",
                    table.reduction(), sanction, cells.is("reducing", true), List.copyOf(rows), DEFAULT_ROW, fallback));
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
