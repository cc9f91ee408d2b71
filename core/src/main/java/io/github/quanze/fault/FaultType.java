package io.github.quanze.fault;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_COERCION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LITIGATION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.CHONGQING_RESPONSIBILITY_REGULATION;
import static io.github.quanze.basis.Instruments.CRIMINAL_REFERRAL_PROVISIONS;
import static io.github.quanze.basis.Instruments.GOVERNMENTAL_SANCTIONS_LAW;
import static io.github.quanze.basis.Instruments.HENAN_ENFORCEMENT_REGULATION;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import java.util.Arrays;

/**
 * The type of an enforcement fault (执法过错类型), from the liability articles of 行政处罚法, 行政许可法, 行政强制法,
 * 行政诉讼法 (what a court annuls) and the provincial regulations.
 * <p>
 * Each type has its legal basis, the subjects it can concern (an officer, an agency or both) and a default
 * gravity. The default gravities are an interpretation: the statutes grade by circumstances, not by type; the
 * defaults are what a fault of the type with ordinary facts would be, before {@link Fault#gravity()} adjusts them
 * for the form of fault and the consequence.
 * <p>
 * The statutes give each kind of act its own ladder of governmental sanctions:
 * <table>
 * <caption>Ladders by type</caption>
 * <tr><th>Types</th><th>行政机关公务员处分条例 (acts to 2020-06-30)</th><th>公职人员政务处分法 (acts from 2020-07-01)</th></tr>
 * <tr><td>NO_LEGAL_BASIS, ULTRA_VIRES, ABUSE_OF_DISCRETION, FACTS_UNCLEAR, WRONG_LAW, PROCEDURE_VIOLATION, OVERDUE,
 * NO_CREDENTIAL, SEIZED_PROPERTY_MISUSE, OBSTRUCTING_SUPERVISION</td><td>Art 21 (违法设定或者实施
 * 行政许可、行政强制、行政处罚): 警告或者记过; 情节较重 记大过或者降级; 情节严重 撤职</td><td>Art 39 items (1), (2) (滥用职权;
 * 不履行或者不正确履行职责), 造成不良后果或者影响的: 警告、记过或者记大过; 情节较重 降级或者撤职; 情节严重 开除</td></tr>
 * <tr><td>FAILURE_TO_ACT</td><td>Art 20 item (4) (玩忽职守、贻误工作): 记过、记大过; 情节较重 降级或者撤职; 情节严重 开除</td>
 * <td>Art 39 item (2)</td></tr>
 * <tr><td>FINANCIAL_MISCONDUCT</td><td>Art 21 item (3) for 自行收缴; Art 23 (贪污) for 截留、私分</td><td>Art 39 item (2); Art 33 item (1)
 * (贪污贿赂, the ranges of Art 39 without its harm condition) for 截留、私分</td></tr>
 * <tr><td>CORRUPTION</td><td>Art 23: 记过或者记大过; 情节较重 降级或者撤职; 情节严重 开除</td><td>Art 33 item (1)</td></tr>
 * <tr><td>RETALIATION</td><td>Art 25 item (2): 记过或者记大过; 情节较重 降级或者撤职; 情节严重 开除</td><td>Art 32 item (3) (the
 * ranges of Art 39)</td></tr>
 * <tr><td>UNCIVIL_CONDUCT</td><td>Art 28: 警告、记过或者记大过</td><td>Art 38 item (3): 情节较重 警告、记过或者记大过;
 * 情节严重 降级或者撤职</td></tr>
 * </table>
 * FAILURE_TO_REFER and LATE_REFERRAL have the two tiers of 行政执法机关移送涉嫌犯罪案件的规定 Art 16 in either period,
 * CASE_ITEMS_MISHANDLED the 降级以上 of its Art 15, and the national sanction tables give them rows of their own.
 * <p>
 * Apart from those, the national sanction tables do not tell the types apart, an interpretation: they grade every officer fault on
 * the ladder of 处分条例 Art 21 (2007 edition) or of 政务处分法 Art 39 (2020 edition), and say so in each row that
 * cites it. For acts under the 2020 edition this matches the statute for every type but UNCIVIL_CONDUCT, whose
 * ladder is a tier lower. For acts under the 2007 edition, FAILURE_TO_ACT, CORRUPTION and RETALIATION have ladders
 * that start at 记过, above the table's 警告 for a SERIOUS fault; an agency deciding such acts replaces those rows.
 */
public enum FaultType implements Labelled {
    /** 没有法定依据. */
    NO_LEGAL_BASIS("没有法定依据实施执法行为", "acting without a legal basis", Gravity.SERIOUS, true, true,
            p(ADMINISTRATIVE_PENALTY_LAW, 76, 1, 1), item(ADMINISTRATIVE_COERCION_LAW, 61, 1)),
    /** 超越职权. */
    ULTRA_VIRES("超越职权", "acting beyond the agency's powers", Gravity.SERIOUS, true, true,
            item(ADMINISTRATIVE_LITIGATION_LAW, 70, 4), item(HENAN_ENFORCEMENT_REGULATION, 45, 5)),
    /** 滥用职权、明显不当、擅自改变处罚种类幅度. */
    ABUSE_OF_DISCRETION("滥用职权或者擅自改变处罚种类、幅度", "abuse of power or of discretion", Gravity.SERIOUS, true,
            true, p(ADMINISTRATIVE_PENALTY_LAW, 76, 1, 2), item(ADMINISTRATIVE_LITIGATION_LAW, 70, 5),
            item(ADMINISTRATIVE_LITIGATION_LAW, 70, 6)),
    /** 认定事实不清、主要证据不足. */
    FACTS_UNCLEAR("认定事实不清、主要证据不足", "facts unclear or evidence insufficient", Gravity.SERIOUS, true, true,
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 40), item(ADMINISTRATIVE_LITIGATION_LAW, 70, 1)),
    /** 适用依据错误. */
    WRONG_LAW("适用法律、法规错误", "wrong law applied", Gravity.SERIOUS, true, true,
            item(ADMINISTRATIVE_LITIGATION_LAW, 70, 2)),
    /** 违反法定程序. */
    PROCEDURE_VIOLATION("违反法定程序", "breach of statutory procedure", Gravity.SERIOUS, true, true,
            p(ADMINISTRATIVE_PENALTY_LAW, 76, 1, 3), item(ADMINISTRATIVE_COERCION_LAW, 61, 3),
            item(ADMINISTRATIVE_LITIGATION_LAW, 70, 3), item(HENAN_ENFORCEMENT_REGULATION, 45, 3)),
    /** 不履行或者拖延履行法定职责. */
    FAILURE_TO_ACT("不履行或者拖延履行法定职责", "failure to perform a statutory duty", Gravity.SERIOUS, true, true,
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 83), item(HENAN_ENFORCEMENT_REGULATION, 45, 2)),
    /** 超过法定期限. */
    OVERDUE("超过法定期限", "statutory time limit missed", Gravity.MINOR, true, true,
            item(ADMINISTRATIVE_LICENSING_LAW, 74, 2), item(ADMINISTRATIVE_COERCION_LAW, 62, 3)),
    /** 未取得执法证件执法或者未出示执法证件. */
    NO_CREDENTIAL("未取得执法证件执法或者未出示执法证件", "enforcing without a valid certificate", Gravity.SERIOUS,
            true, true, p(ADMINISTRATIVE_PENALTY_LAW, 42, 1), p(ADMINISTRATIVE_PENALTY_LAW, 76, 1, 5),
            Provision.of(ADMINISTRATIVE_COERCION_LAW, 17, 3), item(HENAN_ENFORCEMENT_REGULATION, 45, 1)),
    /**
     * 应当移送而不移送、以罚代刑 (行政执法机关移送涉嫌犯罪案件的规定 Art 11 第一款, 16 第二款; 行政处罚法 Art 82): the
     * agency is ordered to correct and reported (责令改正，给予通报); its heads and those directly responsible get
     * 记过 or more only if it refuses to correct (拒不改正, {@link Circumstance#REFUSED_TO_CORRECT}).
     */
    FAILURE_TO_REFER("应当移送涉嫌犯罪案件而不移送，或者以行政处罚代替移送", "failure to refer a suspected crime, or a "
            + "penalty in place of referral", Gravity.GRAVE, true, true, p(CRIMINAL_REFERRAL_PROVISIONS, 16, 2),
            p(CRIMINAL_REFERRAL_PROVISIONS, 11, 1), Provision.of(ADMINISTRATIVE_PENALTY_LAW, 82)),
    /**
     * 逾期不移送 (行政执法机关移送涉嫌犯罪案件的规定 Art 5, 16 第一款): the agency is ordered to refer within a time,
     * and its 正职负责人 or 主持工作的负责人, and those directly responsible (第三款), get 记过 or more.
     */
    LATE_REFERRAL("逾期不将涉嫌犯罪案件移送公安机关", "late referral of a suspected crime", Gravity.SERIOUS, true, true,
            p(CRIMINAL_REFERRAL_PROVISIONS, 16, 1), p(CRIMINAL_REFERRAL_PROVISIONS, 5, 2)),
    /** 违法收缴、截留私分罚没款物. */
    FINANCIAL_MISCONDUCT("自行收缴罚款或者截留、私分罚没款物", "collecting fines unlawfully or diverting proceeds",
            Gravity.GRAVE, true, true, Provision.of(ADMINISTRATIVE_PENALTY_LAW, 78),
            p(ADMINISTRATIVE_PENALTY_LAW, 79, 1), Provision.of(ADMINISTRATIVE_COERCION_LAW, 63)),
    /** 索取、收受财物. */
    CORRUPTION("利用职务便利索取、收受他人财物", "soliciting or accepting bribes", Gravity.GRAVE, true, false,
            p(ADMINISTRATIVE_PENALTY_LAW, 79, 2), Provision.of(ADMINISTRATIVE_LICENSING_LAW, 73),
            Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 33)),
    /** 扩大查封扣押范围、使用或者损毁查封扣押财物. */
    SEIZED_PROPERTY_MISUSE("扩大查封、扣押范围或者使用、损毁查封、扣押财物", "misuse of sealed or seized property",
            Gravity.SERIOUS, true, true, item(ADMINISTRATIVE_COERCION_LAW, 62, 1),
            item(ADMINISTRATIVE_COERCION_LAW, 62, 2), Provision.of(ADMINISTRATIVE_PENALTY_LAW, 80)),
    /** 打击报复申诉、控告、检举者. */
    RETALIATION("对申诉、控告、检举者打击报复", "retaliation against complainants", Gravity.GRAVE, true, false,
            item(HENAN_ENFORCEMENT_REGULATION, 45, 6)),
    /** 拒绝或者阻碍执法监督. */
    OBSTRUCTING_SUPERVISION("拒绝或者阻碍行政执法监督", "obstructing supervision", Gravity.SERIOUS, true, true,
            item(HENAN_ENFORCEMENT_REGULATION, 44, 12), item(HENAN_ENFORCEMENT_REGULATION, 45, 7)),
    /** 不文明执法. */
    UNCIVIL_CONDUCT("执法过程中有不文明行为", "uncivil conduct in enforcement", Gravity.MINOR, true, false,
            p(ADMINISTRATIVE_PENALTY_LAW, 42, 2), item(HENAN_ENFORCEMENT_REGULATION, 45, 4)),
    /** 未落实行政执法责任制 (agencies only). */
    RESPONSIBILITY_SYSTEM_NOT_IMPLEMENTED("未落实行政执法责任制", "responsibility system not implemented",
            Gravity.SERIOUS, false, true, item(HENAN_ENFORCEMENT_REGULATION, 44, 4),
            Provision.of(CHONGQING_RESPONSIBILITY_REGULATION, 21)),
    /** 下达或者变相下达行政处罚指标 (agencies only). */
    PENALTY_QUOTAS("下达或者变相下达行政处罚指标", "setting penalty quotas", Gravity.SERIOUS, false, true,
            item(HENAN_ENFORCEMENT_REGULATION, 44, 6)),
    /** 未执行持证上岗或者重大执法决定法制审核制度 (agencies only). */
    CORE_SYSTEMS_NOT_IMPLEMENTED("未执行持证上岗或者重大执法决定法制审核制度",
            "certification or legality review system not implemented", Gravity.SERIOUS, false, true,
            item(HENAN_ENFORCEMENT_REGULATION, 44, 10), item(HENAN_ENFORCEMENT_REGULATION, 44, 11)),
    /**
     * 隐匿、私分、销毁涉案物品 (行政执法机关移送涉嫌犯罪案件的规定 Art 15): the 正职负责人 gets 降级 or more by the
     * circumstances (第一款), and those directly responsible alike (第二款, 比照). A case record cannot show it; the
     * finder of fact records the fault. Officers only: Art 15 sanctions people, not the agency.
     */
    CASE_ITEMS_MISHANDLED("隐匿、私分、销毁涉案物品", "hiding, dividing up or destroying the items of a case",
            Gravity.GRAVE, true, false, p(CRIMINAL_REFERRAL_PROVISIONS, 15, 1), p(CRIMINAL_REFERRAL_PROVISIONS, 15, 2));

    private final BilingualText label;
    private final Gravity defaultGravity;
    private final boolean officers;
    private final boolean agencies;
    private final LegalBasis basis;

    FaultType(String zh, String en, Gravity defaultGravity, boolean officers, boolean agencies,
            Provision... provisions) {
        this.label = BilingualText.of(zh, en);
        this.defaultGravity = defaultGravity;
        this.officers = officers;
        this.agencies = agencies;
        this.basis = LegalBasis.of(provisions[0], Arrays.copyOfRange(provisions, 1, provisions.length));
    }

    private static Provision p(LegalInstrument instrument, int article, int paragraph) {
        return Provision.of(instrument, article, paragraph);
    }

    private static Provision p(LegalInstrument instrument, int article, int paragraph, int item) {
        return Provision.of(instrument, article, paragraph, item);
    }

    private static Provision item(LegalInstrument instrument, int article, int item) {
        return Provision.of(instrument, article).withItem(item);
    }

    /**
     * Returns the name of the type in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns the gravity of a fault of this type with ordinary facts (interpretation).
     *
     * @return the default gravity, not null
     */
    public Gravity defaultGravity() {
        return defaultGravity;
    }

    /**
     * Returns the provisions that make this a fault.
     *
     * @return the legal basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Checks whether 公职人员政务处分法 sanctions a fault of this type only where it 造成不良后果或者影响: the acts of
     * Art 39 (滥用职权; 不履行或者不正确履行职责) and of Art 38 item (3) (态度恶劣粗暴). Corruption and bribery (Art 33) and
     * retaliation (Art 32 item (3)) carry no such condition; failures to refer follow 行政执法机关移送涉嫌犯罪案件的规定
     * Art 16 instead, and items of a case hidden, divided up or destroyed its Art 15. {@link #FINANCIAL_MISCONDUCT} covers both 自行收缴 (Art 39) and 截留、私分 (Art 33); it is taken
     * to need harm, so that the condition never wrongly lets a sanction through.
     *
     * @return true if a governmental sanction under the 2020 law needs harm
     */
    public boolean needsHarmForSanction() {
        return this != CORRUPTION && this != RETALIATION && this != FAILURE_TO_REFER && this != LATE_REFERRAL
                && this != CASE_ITEMS_MISHANDLED;
    }

    /**
     * Checks whether a fault of this type can concern a subject of the given kind.
     *
     * @param kind  officer or agency, not null
     * @return true if it can
     */
    public boolean concerns(FaultSubject.Kind kind) {
        return kind == FaultSubject.Kind.OFFICER ? officers : agencies;
    }
}
