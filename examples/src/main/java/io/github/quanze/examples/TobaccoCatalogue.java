package io.github.quanze.examples;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.examples.TobaccoLaw.DISPLAY_NOTICE;
import static io.github.quanze.examples.TobaccoLaw.REGULATION;
import static io.github.quanze.examples.TobaccoLaw.REGULATION_2021;
import static io.github.quanze.examples.TobaccoLaw.TOBACCO_LAW;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_COERCION;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_INSPECTION;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_LICENSING;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_PENALTY;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_REWARD;
import static io.github.quanze.power.PowerKind.OTHER;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.power.AccountabilityClause;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import io.github.quanze.power.ResponsibilityItem;
import java.time.LocalDate;

/**
 * The power catalogue of the city tobacco monopoly bureau (权责清单): 23 powers drawn from 烟草专卖法 and its
 * implementing regulation, with their real provisions.
 * <p>
 * Two entries are deliberately flawed, as catalogues that were not kept up are: CF-006 still cites the 2021
 * edition of the regulation, and CF-012 rests only on the bureau's own notice. The self-check also asks for QZ-001,
 * a seizure resting on the implementing regulation alone, to be checked against 行政强制法 Art 10 and 13.
 */
final class TobaccoCatalogue {

    static final String AGENCY = "示例市烟草专卖局";
    static final String AREA = "烟草专卖";
    static final LocalDate DATE = LocalDate.of(2026, 1, 1);

    private TobaccoCatalogue() {}

    /** Returns the catalogue, published on 2026-01-01. */
    static PowerCatalogue catalogue() {
        return PowerCatalogue.builder("示例市烟草专卖局权责清单（2026年版）", TobaccoBureau.CITY, DATE)
                .add(retailLicence())
                .add(power("XK-002", "烟草专卖批发企业许可证（省内经营）初审", ADMINISTRATIVE_LICENSING,
                        Provision.of(TOBACCO_LAW, 15), Provision.of(REGULATION, 12, 2)))
                .add(power("XK-003", "设立烟叶收购站（点）审批", ADMINISTRATIVE_LICENSING, Provision.of(REGULATION, 16)))
                .add(power("XK-004", "烟草专卖品准运证核发", ADMINISTRATIVE_LICENSING,
                        Provision.of(TOBACCO_LAW, 21), Provision.of(REGULATION, 32)))
                .add(power("CF-001", "对擅自收购烟叶的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(TOBACCO_LAW, 28), Provision.of(REGULATION, 51)))
                .add(power("CF-002", "对无准运证运输烟草专卖品的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(TOBACCO_LAW, 29, 1), Provision.of(REGULATION, 34),
                        Provision.ofItem(REGULATION, 52, 1), Provision.ofItem(REGULATION, 52, 2)))
                .add(power("CF-003", "对承运人明知是烟草专卖品而为无准运证的单位、个人运输的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(TOBACCO_LAW, 29, 2), Provision.ofItem(REGULATION, 52, 3)))
                .add(power("CF-004", "对无烟草专卖生产企业许可证生产烟草制品的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(TOBACCO_LAW, 30, 1), Provision.ofItem(REGULATION, 53, 1)))
                .add(wholesalePenalty())
                .add(power("CF-006", "对超越经营范围和地域范围从事烟草制品批发业务的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(REGULATION_2021, 55)))
                .add(power("CF-007", "对零售户未在当地烟草专卖批发企业进货的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(REGULATION, 23, 2), Provision.of(REGULATION, 56)))
                .add(power("CF-008", "对销售非法生产的烟草专卖品的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(REGULATION, 25), Provision.of(REGULATION, 58)))
                .add(power("CF-009", "对为无烟草专卖许可证的单位或者个人提供烟草专卖品的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(REGULATION, 26), Provision.of(REGULATION, 60)))
                .add(power("CF-010", "对拍卖企业擅自拍卖烟草专卖品的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(REGULATION, 48), Provision.of(REGULATION, 64)))
                .add(power("CF-011", "对无烟草专卖批发企业许可证擅自跨省从事烟草制品批发业务的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(REGULATION, 59)))
                .add(power("CF-012", "对卷烟零售户未亮证经营的处罚", ADMINISTRATIVE_PENALTY, Provision.of(DISPLAY_NOTICE, 4)))
                .add(power("QZ-001", "对违法生产、经营的烟草专卖品的扣押", ADMINISTRATIVE_COERCION,
                        Provision.ofItem(REGULATION, 46, 2)))
                .add(power("JC-001", "对烟草专卖法和实施条例执行情况的监督检查", ADMINISTRATIVE_INSPECTION,
                        Provision.of(TOBACCO_LAW, 38), Provision.of(REGULATION, 44)))
                .add(power("JC-002", "对非法运输烟草专卖品活动的检查", ADMINISTRATIVE_INSPECTION, Provision.of(REGULATION, 47)))
                .add(power("JC-003", "对取得烟草专卖许可证的企业、个人的检查", ADMINISTRATIVE_INSPECTION,
                        Provision.of(REGULATION, 14, 1)))
                .add(power("QT-001", "证据先行登记保存", OTHER, Provision.of(ADMINISTRATIVE_PENALTY_LAW, 56)))
                .add(power("QT-002", "监督销毁霉坏、变质的烟草制品", OTHER, Provision.of(REGULATION, 29)))
                .add(power("JL-001", "对检举烟草专卖违法案件有功单位和个人的奖励", ADMINISTRATIVE_REWARD,
                        Provision.of(REGULATION, 50)))
                .build();
    }

    /** The entry shown in full in the report: a licence with its duties at each stage and its liabilities. */
    static Power retailLicence() {
        return builder("XK-001", "烟草专卖零售许可证核发", ADMINISTRATIVE_LICENSING,
                Provision.of(TOBACCO_LAW, 16), Provision.of(REGULATION, 9), Provision.of(REGULATION, 13))
                .addResponsibilityItems(
                        new ResponsibilityItem("受理责任", "公示申请条件和材料；材料不全的，当场或者五日内一次告知需要补正的全部内容"),
                        new ResponsibilityItem("审查责任", "审查申请材料；需要实地核查的，指派两名以上工作人员核查"),
                        new ResponsibilityItem("决定责任", "在法定期限内作出准予或者不予许可的书面决定，不予许可的说明理由"),
                        new ResponsibilityItem("送达责任", "准予许可的，在十日内颁发、送达许可证"),
                        new ResponsibilityItem("事后监管责任", "对持证零售户进行监督检查"))
                .addAccountabilityClauses(
                        new AccountabilityClause("对符合法定条件的申请人不予行政许可或者不在法定期限内作出准予行政许可决定的",
                                LegalBasis.of(Provision.ofItem(ADMINISTRATIVE_LICENSING_LAW, 74, 2))),
                        new AccountabilityClause("申请材料不齐全、不符合法定形式，不一次告知申请人必须补正的全部内容的",
                                LegalBasis.of(Provision.ofItem(ADMINISTRATIVE_LICENSING_LAW, 72, 4))))
                .build();
    }

    /** The penalty shown in full in the report. */
    static Power wholesalePenalty() {
        return builder("CF-005", "对无烟草专卖批发企业许可证经营烟草制品批发业务的处罚", ADMINISTRATIVE_PENALTY,
                Provision.of(TOBACCO_LAW, 31), Provision.of(REGULATION, 24), Provision.of(REGULATION, 54))
                .addResponsibilityItems(
                        new ResponsibilityItem("立案责任", "对符合立案标准的案件及时立案"),
                        new ResponsibilityItem("调查取证责任", "执法人员不少于两人，出示执法证件，制作笔录"),
                        new ResponsibilityItem("告知责任", "作出处罚决定前告知拟处罚的内容及事实、理由、依据和陈述、申辩、听证权利"),
                        new ResponsibilityItem("决定责任", "负责人审查调查结果；情节复杂或者重大违法的，集体讨论决定"),
                        new ResponsibilityItem("送达责任", "决定书当场交付或者七日内送达"),
                        new ResponsibilityItem("执行责任", "督促履行，罚缴分离"))
                .addAccountabilityClauses(
                        new AccountabilityClause("违反法定的行政处罚程序的",
                                LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 76, 1, 3))),
                        new AccountabilityClause("执法人员未取得执法证件的",
                                LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 76, 1, 5))),
                        new AccountabilityClause("对符合立案标准的案件不及时立案的",
                                LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 76, 2))))
                .build();
    }

    private static Power power(String code, String name, PowerKind kind, Provision... provisions) {
        return builder(code, name, kind, provisions).build();
    }

    private static Power.Builder builder(String code, String name, PowerKind kind, Provision... provisions) {
        Power.Builder builder = Power.builder();
        builder.code(PowerCode.of(code)).name(name).kind(kind).implementingAgency(AGENCY).enforcementArea(AREA)
                .addProvisions(provisions);
        return builder;
    }
}
