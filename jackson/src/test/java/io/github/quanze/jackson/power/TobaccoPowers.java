package io.github.quanze.jackson.power;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_COERCION;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_INSPECTION;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_LICENSING;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_PENALTY;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_REWARD;
import static io.github.quanze.power.PowerKind.OTHER;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.power.AccountabilityClause;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import io.github.quanze.power.ResponsibilityItem;
import java.time.LocalDate;

/**
 * A smaller equivalent of the examples' city tobacco monopoly bureau: its basis catalogue (the tobacco law, two
 * editions of its implementing regulation, a notice of the bureau) and its power catalogue, with the faults a
 * self-check finds (a repealed edition cited, a penalty set by a notice, a seizure set by a regulation only).
 */
public final class TobaccoPowers {

    /** The city bureau. */
    public static final AgencyId CITY = AgencyId.of("SYC");
    /** The enforcement area of every power. */
    public static final String AREA = "烟草专卖";

    static final LegalInstrument TOBACCO_LAW = LegalInstrument.builder().title("中华人民共和国烟草专卖法")
            .englishTitle("Tobacco Monopoly Law of the People's Republic of China").level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2015, 4, 24)).effectiveDate(LocalDate.of(2015, 4, 24)).build();
    static final LegalInstrument REGULATION_2021 = regulation(LocalDate.of(2021, 11, 10))
            .repealDate(LocalDate.of(2023, 7, 20)).build();
    static final LegalInstrument REGULATION = regulation(LocalDate.of(2023, 7, 20)).build();
    static final LegalInstrument DISPLAY_NOTICE = LegalInstrument.builder()
            .title("示例市烟草专卖局关于规范卷烟零售户亮证经营的通知").level(InstrumentLevel.NORMATIVE_DOCUMENT)
            .documentNumber("示烟专〔2022〕7号").adoptionDate(LocalDate.of(2022, 3, 1))
            .effectiveDate(LocalDate.of(2022, 3, 1)).build();

    private TobaccoPowers() {
    }

    /**
     * Returns the bureau's basis catalogue.
     *
     * @return the catalogue
     */
    public static BasisCatalogue basis() {
        return BasisCatalogue.builder("示例市烟草专卖局执法依据目录")
                .add(TOBACCO_LAW, REGULATION_2021, REGULATION, DISPLAY_NOTICE).build();
    }

    /**
     * Returns the bureau's power catalogue.
     *
     * @return the catalogue
     */
    public static PowerCatalogue catalogue() {
        return PowerCatalogue.builder("示例市烟草专卖局权责清单（2026年版）", CITY, LocalDate.of(2026, 1, 1))
                .add(power("XK-001", "烟草专卖零售许可证核发", ADMINISTRATIVE_LICENSING,
                        Provision.of(TOBACCO_LAW, 16), Provision.of(REGULATION, 9))
                        .subKind("核发")
                        .addResponsibilityItems(
                                new ResponsibilityItem("受理责任", "材料不全的，当场或者五日内一次告知需要补正的全部内容"),
                                new ResponsibilityItem("决定责任", "在法定期限内作出准予或者不予许可的书面决定"))
                        .addAccountabilityClauses(new AccountabilityClause(
                                "对符合法定条件的申请人不予行政许可的",
                                LegalBasis.of(Provision.ofItem(ADMINISTRATIVE_LICENSING_LAW, 74, 2))))
                        .build())
                .add(power("XK-004", "烟草专卖品准运证核发", ADMINISTRATIVE_LICENSING,
                        Provision.of(TOBACCO_LAW, 21), Provision.of(REGULATION, 32)).build())
                .add(power("CF-002", "对无准运证运输烟草专卖品的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(TOBACCO_LAW, 29, 1), Provision.ofItem(REGULATION, 52, 1))
                        .addAccountabilityClauses(new AccountabilityClause("违反法定的行政处罚程序的",
                                LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 76, 1, 3))))
                        .build())
                .add(power("CF-006", "对超越经营范围和地域范围从事烟草制品批发业务的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(REGULATION_2021, 55)).build())
                .add(power("CF-008", "对销售非法生产的烟草专卖品的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(REGULATION, 25), Provision.of(REGULATION, 58)).build())
                .add(power("CF-012", "对卷烟零售户未亮证经营的处罚", ADMINISTRATIVE_PENALTY,
                        Provision.of(DISPLAY_NOTICE, 4)).build())
                .add(power("QZ-001", "对违法生产、经营的烟草专卖品的扣押", ADMINISTRATIVE_COERCION,
                        Provision.ofItem(REGULATION, 46, 2)).build())
                .add(power("JC-002", "对非法运输烟草专卖品活动的检查", ADMINISTRATIVE_INSPECTION,
                        Provision.of(REGULATION, 47)).build())
                .add(power("QT-001", "证据先行登记保存", OTHER, Provision.of(ADMINISTRATIVE_PENALTY_LAW, 56)).build())
                .add(power("JL-001", "对检举烟草专卖违法案件有功单位和个人的奖励", ADMINISTRATIVE_REWARD,
                        Provision.of(REGULATION, 50)).build())
                .build();
    }

    private static Power.Builder power(String code, String name, PowerKind kind, Provision... provisions) {
        return Power.builder().code(PowerCode.of(code)).name(name).kind(kind).implementingAgency("示例市烟草专卖局")
                .enforcementArea(AREA).addProvisions(provisions);
    }

    private static LegalInstrument.Builder regulation(LocalDate revised) {
        return LegalInstrument.builder().title("中华人民共和国烟草专卖法实施条例")
                .level(InstrumentLevel.ADMINISTRATIVE_REGULATION).documentNumber("国务院令第223号")
                .adoptionDate(revised).effectiveDate(revised);
    }
}
