package io.github.quanze.sanction;

import static io.github.quanze.basis.Instruments.CIVIL_SERVANTS_LAW;
import static io.github.quanze.basis.Instruments.CIVIL_SERVANT_SANCTIONS_REGULATION;
import static io.github.quanze.basis.Instruments.GOVERNMENTAL_SANCTIONS_LAW;
import static io.github.quanze.basis.Instruments.HENAN_ENFORCEMENT_REGULATION;
import static io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS;
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
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The national sanction tables (默认责任追究规则): what LAW.md §7.4 calls the default table, in two editions.
 * <p>
 * Interpretation, throughout: the statutes say which measures exist and give ranges of governmental sanctions by
 * 情节 (行政机关公务员处分条例 Art 21; 公职人员政务处分法 Art 39); which measure answers which tier of gravity and
 * responsibility is the default of the municipal measures (LAW.md §7.4), and each row says so in its basis.
 * The 2020 edition differs from the 2007 one where 政务处分法 Art 39 widens the ranges: an intentional grave fault
 * with aggravating circumstances may lead to 开除, where Art 21 stopped at 撤职; an intentional serious fault with
 * aggravating circumstances to 记大过, where Art 21 stopped at 记过.
 */
final class NationalSanctionTables {

    static final String OFFICER_TABLE = "执法人员过错责任追究表";
    static final String AGENCY_TABLE = "行政执法机关过错责任追究表";

    private static final Provision OPINIONS = Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS);
    private static final int COLUMNS = 9;

    private NationalSanctionTables() {}

    /** The columns of the officer table, in order. */
    static List<Column<Fault>> officerColumns() {
        return List.of(
                Column.<Fault, Gravity>ofEnum("gravity", Gravity.class, Fault::gravity).graverWhenGreater(),
                Column.<Fault, Responsibility>ofEnum("responsibility", Responsibility.class, Fault::responsibility)
                        .graverWhenGreater(),
                Column.<Fault, FaultForm>ofEnum("form", FaultForm.class, Fault::form).graverWhenGreater(),
                Column.<Fault>ofBoolean("aggravating", f -> f.has(Circumstance.Effect.AGGRAVATE)).graverWhenGreater(),
                Column.<Fault>ofInt("faultsThisYear", 1, Fault.MAX_FAULTS_PER_YEAR, Fault::faultsThisYear)
                        .graverWhenGreater(),
                Column.<Fault>ofBoolean("reducing", f -> f.has(Circumstance.Effect.REDUCE)).graverWhenSmaller(),
                Column.<Fault>ofBoolean("suspectedCrime", Fault::suspectedCrime).graverWhenGreater(),
                Column.<Fault>ofBoolean("exempting", f -> f.has(Circumstance.Effect.EXEMPT)).graverWhenSmaller(),
                Column.<Fault>ofBoolean("dutyDulyPerformed", Fault::dulyPerformed).graverWhenSmaller());
    }

    /**
     * The officer table of an edition: {@code true} for 公职人员政务处分法 (from 2020-07-01), {@code false} for
     * 行政机关公务员处分条例 (2007-06-01 to 2020-06-30).
     */
    static DecisionTable<Fault, Sanction> officers(boolean governmentalSanctionsLaw) {
        Edition e = new Edition(governmentalSanctionsLaw);
        DecisionTable.Builder<Fault, Sanction> t = DecisionTable.<Fault, Sanction>builder(OFFICER_TABLE,
                        HitPolicy.COLLECT)
                .aggregation(Sanction::combine)
                .order(Sanction.HEAVIER)
                .describer(Sanction::describe);
        officerColumns().forEach(t::input);
        List<RuleId> all = new ArrayList<>();

        t.row("OFFICER.NONE", title("不承担责任的人员", "a person who bears no responsibility", Sanction.none()),
                LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 9)), Sanction.none(),
                cells(null, Responsibility.NONE));
        base(t, all, "MINOR.DIRECT", MINOR, DIRECT, e.opinions(), Sanction.of(WRITTEN_SELF_CRITICISM));
        base(t, all, "MINOR.PRINCIPAL", MINOR, PRINCIPAL_LEADERSHIP, e.opinions(), Sanction.of(CRITICISM));
        base(t, all, "MINOR.IMPORTANT", MINOR, IMPORTANT_LEADERSHIP, e.opinions(), Sanction.of(REMINDER));
        base(t, all, "SERIOUS.DIRECT", SERIOUS, DIRECT, e.range(), Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND,
                WARNING), ORDINARY_NEGLIGENCE, GROSS_NEGLIGENCE);
        base(t, all, "SERIOUS.DIRECT.INTENT", SERIOUS, DIRECT, e.range(), Sanction.of(OFF_POST_TRAINING,
                PUBLIC_REPRIMAND, DEMERIT), INTENT);
        base(t, all, "SERIOUS.PRINCIPAL", SERIOUS, PRINCIPAL_LEADERSHIP, e.range(), Sanction.of(PUBLIC_REPRIMAND,
                WARNING));
        base(t, all, "SERIOUS.IMPORTANT", SERIOUS, IMPORTANT_LEADERSHIP, e.opinions(),
                Sanction.of(WRITTEN_SELF_CRITICISM));
        base(t, all, "GRAVE.DIRECT.NEGLIGENCE", GRAVE, DIRECT, e.range(), Sanction.of(REMOVAL_FROM_POST, MAJOR_DEMERIT),
                ORDINARY_NEGLIGENCE);
        base(t, all, "GRAVE.DIRECT.GROSS", GRAVE, DIRECT, e.range(), Sanction.of(REMOVAL_FROM_POST, DEMOTION),
                GROSS_NEGLIGENCE);
        base(t, all, "GRAVE.DIRECT.INTENT", GRAVE, DIRECT, e.range(), Sanction.of(QUALIFICATION_REVOKED,
                DISMISSAL_FROM_POST), INTENT);
        base(t, all, "GRAVE.PRINCIPAL", GRAVE, PRINCIPAL_LEADERSHIP, e.range(), Sanction.of(MAJOR_DEMERIT));
        base(t, all, "GRAVE.IMPORTANT", GRAVE, IMPORTANT_LEADERSHIP, e.range(), Sanction.of(WARNING));

        // 从重: the heavier end of the range, for an aggravating circumstance or a third fault in a year
        aggravated(t, all, e, "SERIOUS.DIRECT", SERIOUS, Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT),
                ORDINARY_NEGLIGENCE, GROSS_NEGLIGENCE);
        aggravated(t, all, e, "SERIOUS.DIRECT.INTENT", SERIOUS, Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND,
                e.law2020 ? MAJOR_DEMERIT : DEMERIT), INTENT);
        aggravated(t, all, e, "GRAVE.DIRECT.NEGLIGENCE", GRAVE, Sanction.of(REMOVAL_FROM_POST, DEMOTION),
                ORDINARY_NEGLIGENCE);
        aggravated(t, all, e, "GRAVE.DIRECT.GROSS", GRAVE, Sanction.of(REMOVAL_FROM_POST, DISMISSAL_FROM_POST),
                GROSS_NEGLIGENCE);
        aggravated(t, all, e, "GRAVE.DIRECT.INTENT", GRAVE, Sanction.of(QUALIFICATION_REVOKED,
                e.law2020 ? EXPULSION : DISMISSAL_FROM_POST), INTENT);

        // 减轻: one grade below the range; below 警告 no governmental sanction (处分条例 Art 15)
        reduced(t, all, e, "SERIOUS.DIRECT", SERIOUS, DIRECT, Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND),
                ORDINARY_NEGLIGENCE, GROSS_NEGLIGENCE);
        reduced(t, all, e, "SERIOUS.DIRECT.INTENT", SERIOUS, DIRECT, Sanction.of(OFF_POST_TRAINING,
                PUBLIC_REPRIMAND), INTENT);
        reduced(t, all, e, "SERIOUS.PRINCIPAL", SERIOUS, PRINCIPAL_LEADERSHIP, Sanction.of(PUBLIC_REPRIMAND));
        reduced(t, all, e, "GRAVE.DIRECT.NEGLIGENCE", GRAVE, DIRECT, Sanction.of(REMOVAL_FROM_POST, DEMERIT),
                ORDINARY_NEGLIGENCE);
        reduced(t, all, e, "GRAVE.DIRECT.GROSS", GRAVE, DIRECT, Sanction.of(REMOVAL_FROM_POST, DEMERIT),
                GROSS_NEGLIGENCE);
        reduced(t, all, e, "GRAVE.DIRECT.INTENT", GRAVE, DIRECT, Sanction.of(QUALIFICATION_REVOKED, DEMERIT), INTENT);
        reduced(t, all, e, "GRAVE.PRINCIPAL", GRAVE, PRINCIPAL_LEADERSHIP, Sanction.of(DEMERIT));
        reduced(t, all, e, "GRAVE.IMPORTANT", GRAVE, IMPORTANT_LEADERSHIP, Sanction.of(WRITTEN_SELF_CRITICISM));

        Cell[] crime = cells(null, DIRECT);
        crime[6] = Cell.yes();
        t.row("OFFICER.CRIME", BilingualText.of("直接责任人员涉嫌犯罪的，移送司法机关处理",
                "a directly responsible person suspected of a crime is referred to the judicial authorities"),
                LegalBasis.of(OPINIONS), Sanction.of(REFERRAL_JUDICIAL), crime);

        Cell[] exempt = cells(null, null);
        exempt[7] = Cell.yes();
        t.row("OFFICER.EXEMPT", BilingualText.of("有免予追究情节的，不予追究责任",
                "a person with an exempting circumstance is not held to account"), e.exemptions(), Sanction.none(),
                exempt);
        Cell[] duty = cells(null, null);
        duty[8] = Cell.yes();
        t.row("OFFICER.DUTY_DULY_PERFORMED", BilingualText.of("依法履行职责、符合尽职免责条件的，不予追究责任（尽职免责）",
                "a person who performed their duty as the law requires is exempt (尽职免责)"),
                DutyPerformance.BASIS.and(LegalBasis.of(OPINIONS)), Sanction.none(), duty);
        t.exceptionToAll(RuleId.of("OFFICER.EXEMPT"));
        t.exceptionToAll(RuleId.of("OFFICER.DUTY_DULY_PERFORMED"));
        return t.build();
    }

    /** The agency table: 限期整改; 情况严重或者逾期不改正的，通报批评、取消评比先进资格 (国办发〔2005〕37号). */
    static DecisionTable<Fault, Sanction> agencies() {
        LegalBasis basis = LegalBasis.of(OPINIONS, Provision.of(HENAN_ENFORCEMENT_REGULATION, 44));
        DecisionTable.Builder<Fault, Sanction> t = DecisionTable.<Fault, Sanction>builder(AGENCY_TABLE,
                        HitPolicy.COLLECT)
                .aggregation(Sanction::combine)
                .order(Sanction.HEAVIER)
                .describer(Sanction::describe)
                .input(Column.<Fault, Gravity>ofEnum("gravity", Gravity.class, Fault::gravity).graverWhenGreater(),
                        Column.<Fault>ofBoolean("aggravating", f -> f.has(Circumstance.Effect.AGGRAVATE))
                                .graverWhenGreater(),
                        Column.<Fault>ofBoolean("exempting", f -> f.has(Circumstance.Effect.EXEMPT))
                                .graverWhenSmaller());
        agencyRow(t, "AGENCY.MINOR", MINOR, basis, Sanction.of(RECTIFICATION));
        agencyRow(t, "AGENCY.SERIOUS", SERIOUS, basis, Sanction.of(RECTIFICATION, AGENCY_REPRIMAND));
        agencyRow(t, "AGENCY.GRAVE", GRAVE, basis, Sanction.of(RECTIFICATION, AGENCY_REPRIMAND, AWARD_INELIGIBILITY));
        t.row("AGENCY.AGGRAVATED", BilingualText.of("逾期不改正或者有其他从重情节的，给予通报批评、取消评比先进资格",
                        "not corrected in time, or otherwise aggravated: public reprimand and loss of award "
                                + "eligibility"), basis, Sanction.of(RECTIFICATION, AGENCY_REPRIMAND, AWARD_INELIGIBILITY),
                Cell.any(), Cell.yes(), Cell.any());
        t.row("AGENCY.EXEMPT", BilingualText.of("有免予追究情节的，不予追究责任", "exempt: not held to account"), basis,
                Sanction.none(), Cell.any(), Cell.any(), Cell.yes());
        t.exceptionToAll(RuleId.of("AGENCY.EXEMPT"));
        return t.build();
    }

    private static void agencyRow(DecisionTable.Builder<Fault, Sanction> t, String id, Gravity gravity,
            LegalBasis basis, Sanction sanction) {
        t.row(id, title(gravity.label().zh() + "的行政执法机关", "an agency with a " + gravity.label().en(), sanction),
                basis, sanction, Cell.is(gravity), Cell.any(), Cell.any());
    }

    private static void base(DecisionTable.Builder<Fault, Sanction> t, List<RuleId> all, String key, Gravity gravity,
            Responsibility responsibility, LegalBasis basis, Sanction sanction, FaultForm... forms) {
        String id = "OFFICER." + key;
        t.row(id, title(who(gravity, responsibility, forms), whoEn(gravity, responsibility, forms), sanction), basis,
                sanction, cells(gravity, responsibility, forms));
        all.add(RuleId.of(id));
    }

    private static void aggravated(DecisionTable.Builder<Fault, Sanction> t, List<RuleId> all, Edition e, String key,
            Gravity gravity, Sanction sanction, FaultForm... forms) {
        Cell[] circumstance = cells(gravity, DIRECT, forms);
        circumstance[3] = Cell.yes();
        Cell[] repeated = cells(gravity, DIRECT, forms);
        repeated[4] = Cell.atLeast(3);
        String who = who(gravity, DIRECT, forms);
        String whoEn = whoEn(gravity, DIRECT, forms);
        String id = "OFFICER." + key + ".AGGRAVATED";
        t.row(id, title(who + "，有从重情节", whoEn + ", with an aggravating circumstance", sanction), e.aggravation(),
                sanction, circumstance);
        t.row(id + ".REPEATED", title(who + "，一年内三次以上过错", whoEn + ", with three or more faults in a year",
                sanction), e.aggravation(), sanction, repeated);
        t.exception(RuleId.of(id), RuleId.of("OFFICER." + key));
        t.exception(RuleId.of(id + ".REPEATED"), RuleId.of("OFFICER." + key));
        all.add(RuleId.of(id));
        all.add(RuleId.of(id + ".REPEATED"));
    }

    private static void reduced(DecisionTable.Builder<Fault, Sanction> t, List<RuleId> all, Edition e, String key,
            Gravity gravity, Responsibility responsibility, Sanction sanction, FaultForm... forms) {
        Cell[] cells = cells(gravity, responsibility, forms);
        cells[5] = Cell.yes();
        String id = "OFFICER." + key + ".REDUCED";
        t.row(id, title(who(gravity, responsibility, forms) + "，有减轻情节",
                whoEn(gravity, responsibility, forms) + ", with a reducing circumstance", sanction), e.reduction(),
                sanction, cells);
        for (RuleId rule : List.copyOf(all)) {
            if (rule.value().equals("OFFICER." + key) || rule.value().startsWith("OFFICER." + key + ".AGGRAVATED")) {
                t.exception(RuleId.of(id), rule);
            }
        }
        all.add(RuleId.of(id));
    }

    /** One cell per column: gravity, responsibility and form as given, the rest any. */
    private static Cell[] cells(Gravity gravity, Responsibility responsibility, FaultForm... forms) {
        Cell[] cells = new Cell[COLUMNS];
        Arrays.fill(cells, Cell.any());
        cells[0] = gravity == null ? Cell.any() : Cell.is(gravity);
        cells[1] = responsibility == null ? Cell.any() : Cell.is(responsibility);
        cells[2] = forms.length == 0 ? Cell.any() : Cell.in((Object[]) forms);
        return cells;
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

    private static BilingualText title(String who, String whoEn, Sanction sanction) {
        return BilingualText.of(who + "：" + sanction.describe().zh(), whoEn + ": " + sanction.describe().en());
    }

    /** The provisions each kind of row cites, by edition. */
    private static final class Edition {
        final boolean law2020;

        Edition(boolean law2020) {
            this.law2020 = law2020;
        }

        LegalBasis opinions() {
            return law2020 ? LegalBasis.of(OPINIONS, Provision.of(CIVIL_SERVANTS_LAW, 57)) : LegalBasis.of(OPINIONS);
        }

        LegalBasis range() {
            return law2020 ? LegalBasis.of(OPINIONS, Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 39))
                    : LegalBasis.of(OPINIONS, Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 21));
        }

        LegalBasis aggravation() {
            return law2020 ? LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 13),
                    Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 39))
                    : LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 12),
                            Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 1),
                            Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 21));
        }

        LegalBasis reduction() {
            return law2020 ? LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 11),
                    Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 2))
                    : LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 14, 1),
                            Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 2));
        }

        LegalBasis exemptions() {
            LegalBasis basis = LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 14, 2));
            return law2020 ? basis.and(LegalBasis.of(Provision.of(CIVIL_SERVANTS_LAW, 60),
                    Provision.of(CIVIL_SERVANTS_LAW, 61), Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 12, 1))) : basis;
        }
    }
}
