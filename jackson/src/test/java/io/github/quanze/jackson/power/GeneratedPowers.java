package io.github.quanze.jackson.power;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.Instruments;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Valid power catalogues made from a random source, for round-trip properties: powers of every kind citing the
 * generated basis catalogue (with two editions of one title and a repealed instrument) and the national instruments,
 * in every citation form.
 */
public final class GeneratedPowers {

    private static final String[] NAMES = {"烟草专卖零售许可证核发", "对无证经营的处罚", "扣押", "监督检查",
        "Inspection of premises", "证据先行登记保存", "对举报有功人员的奖励"};
    private static final String[] STAGES = {"受理责任", "审查责任", "决定责任", "送达责任", "事后监管责任"};
    private static final String[] DUTIES = {"一次告知需要补正的全部内容", "指派两名以上工作人员核查",
        "在法定期限内作出书面决定\n不予许可的说明理由", "Deliver the decision within 7 days"};
    private static final String[] SITUATIONS = {"违反法定的行政处罚程序的", "执法人员未取得执法证件的",
        "对符合立案标准的案件不及时立案的"};
    private static final String[] AREAS = {"烟草专卖", "市场监管", "交通运输"};

    private GeneratedPowers() {
    }

    /**
     * Returns a basis catalogue whose instruments the generated catalogues cite.
     *
     * @return the catalogue
     */
    public static BasisCatalogue basis() {
        return TobaccoPowers.basis();
    }

    /**
     * Returns a valid power catalogue.
     *
     * @param random  the source, not null
     * @param size  the number of powers
     * @param agency  the agency whose catalogue it is, not null
     * @return the catalogue
     */
    public static PowerCatalogue catalogue(Random random, int size, AgencyId agency) {
        PowerCatalogue.Builder b = PowerCatalogue.builder("权责清单 " + size, agency,
                LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2500)));
        for (int i = 0; i < size; i++) {
            b.add(power(random, PowerCode.of(String.format("P-%03d", random.nextInt(1000) * 100 + i))));
        }
        return b.build();
    }

    private static Power power(Random random, PowerCode code) {
        Power.Builder b = Power.builder().code(code).name(pick(random, NAMES))
                .kind(pick(random, PowerKind.values())).implementingAgency("示例市烟草专卖局")
                .enforcementArea(pick(random, AREAS));
        if (random.nextInt(4) == 0) {
            b.subKind("子项" + random.nextInt(5));
        }
        Set<Provision> provisions = new LinkedHashSet<>();
        provisions.add(provision(random, true));
        for (int n = random.nextInt(4); n > 0; n--) {
            provisions.add(provision(random, false));
        }
        provisions.forEach(b::addProvision);
        for (int n = random.nextInt(4); n > 0; n--) {
            b.addResponsibilityItem(new ResponsibilityItem(pick(random, STAGES), pick(random, DUTIES)));
        }
        for (int n = random.nextInt(3); n > 0; n--) {
            List<Provision> cited = new ArrayList<>();
            for (int k = random.nextInt(2); k >= 0; k--) {
                cited.add(provision(random, true));
            }
            b.addAccountabilityClause(new AccountabilityClause(pick(random, SITUATIONS),
                    new LegalBasis(cited.stream().distinct().toList())));
        }
        return b.build();
    }

    /**
     * Returns a provision of the generated basis catalogue or of the national instruments.
     *
     * @param random  the source, not null
     * @param article  whether the provision must name an article
     * @return the provision
     */
    public static Provision provision(Random random, boolean article) {
        List<LegalInstrument> instruments = new ArrayList<>(basis().instruments());
        instruments.add(Instruments.ADMINISTRATIVE_PENALTY_LAW);
        instruments.add(Instruments.ADMINISTRATIVE_LICENSING_LAW);
        instruments.add(Instruments.ADMINISTRATIVE_COERCION_LAW);
        LegalInstrument instrument = pick(random, instruments.toArray(LegalInstrument[]::new));
        if (!article && random.nextInt(4) == 0) {
            return Provision.wholeOf(instrument);
        }
        int a = 1 + random.nextInt(80);
        return switch (random.nextInt(4)) {
            case 0 -> Provision.of(instrument, a);
            case 1 -> Provision.of(instrument, a, 1 + random.nextInt(3));
            case 2 -> Provision.ofItem(instrument, a, 1 + random.nextInt(6));
            default -> Provision.of(instrument, a, 1 + random.nextInt(3), 1 + random.nextInt(6));
        };
    }

    /**
     * Returns one of the values.
     *
     * @param random  the source
     * @param values  the values, not empty
     * @param <T>  the type of value
     * @return one of them
     */
    @SafeVarargs
    public static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
