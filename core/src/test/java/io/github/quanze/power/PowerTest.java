package io.github.quanze.power;

import static io.github.quanze.testing.Fixtures.AREA_TOBACCO;
import static io.github.quanze.testing.Fixtures.LOCAL_NOTICE;
import static io.github.quanze.testing.Fixtures.POWER_WHOLESALE_PENALTY;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.util.List;
import net.jqwik.api.Example;

class PowerTest {

    @Example
    void build_requiresALegalBasis() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().build())
                .withMessageContaining(
                        "Power CF-009 ('对某违法行为的处罚') must cite at least one provision as its legal basis");
    }

    @Example
    void build_rejectsBlankFields() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().addProvision(Provision.of(TOBACCO_LAW, 31)).name(" ").build())
                .withMessageContaining("Power CF-009: name must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().addProvision(Provision.of(TOBACCO_LAW, 31)).enforcementArea("").build())
                .withMessageContaining("Power CF-009: enforcement area must not be blank");
    }

    @Example
    void build_rejectsBlankAgencyAndSubKind() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().addProvision(Provision.of(TOBACCO_LAW, 31)).implementingAgency(" ").build())
                .withMessageContaining("Power CF-009: implementing agency must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().addProvision(Provision.of(TOBACCO_LAW, 31)).subKind("").build())
                .withMessageContaining("Power CF-009: sub-kind must not be blank");
    }

    @Example
    void catalogueEntries_rejectBlankTexts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponsibilityItem(" ", "及时立案"))
                .withMessageContaining("Responsibility item stage must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponsibilityItem("立案责任", ""))
                .withMessageContaining("Responsibility item '立案责任': duty must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AccountabilityClause("", LegalBasis.of(Provision.of(TOBACCO_LAW, 40))))
                .withMessageContaining("Accountability clause situation must not be blank");
    }

    @Example
    void build_rejectsTheSameProvisionTwice() {
        Provision p = Provision.of(TOBACCO_LAW, 31);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().addProvisions(p, p).build())
                .withMessageContaining("Power CF-009 must not cite a provision twice");
    }

    @Example
    void legalBasis_citesTheProvisionsInOrder() {
        assertThat(POWER_WHOLESALE_PENALTY.legalBasis().toString())
                .isEqualTo("《中华人民共和国烟草专卖法》第三十一条、《中华人民共和国烟草专卖法实施条例》第五十四条");
        assertThat(POWER_WHOLESALE_PENALTY.label()).isEqualTo("CF-001「对无烟草专卖批发企业许可证经营烟草制品批发业务的处罚」");
    }

    @Example
    void build_keepsResponsibilityItemsAndAccountabilityClauses() {
        Power power = base().addProvision(Provision.of(TOBACCO_LAW, 31))
                .addResponsibilityItem(new ResponsibilityItem("立案责任", "符合立案标准的，及时立案"))
                .addAccountabilityClause(new AccountabilityClause("执法人员未取得执法证件的",
                        LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 76, 1, 5))))
                .build();
        assertThat(power.responsibilityItems()).extracting(ResponsibilityItem::stage).containsExactly("立案责任");
        assertThat(power.accountabilityClauses().get(0).basis().toString())
                .isEqualTo("《中华人民共和国行政处罚法》第七十六条第一款第（五）项");
    }

    @Example
    void build_rejectsAPowerThatCitesOnlyAWholeLaw() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().addProvision(Provision.wholeOf(TOBACCO_LAW)).build())
                .withMessage("Power CF-009 must cite the article (条) that grants it, not only whole laws, regulations "
                        + "or rules, but cited '《中华人民共和国烟草专卖法》'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().addProvisions(Provision.wholeOf(TOBACCO_LAW),
                        Provision.wholeOf(TOBACCO_REGULATION_2023)).build())
                .withMessageContaining("must cite the article (条) that grants it");
    }

    @Example
    void build_acceptsAWholeNormativeDocumentOrAWholeLawBesideAnArticle() {
        assertThat(base().kind(PowerKind.OTHER).addProvision(Provision.wholeOf(LOCAL_NOTICE)).build().provisions())
                .containsExactly(Provision.wholeOf(LOCAL_NOTICE));
        assertThat(base().addProvisions(Provision.of(TOBACCO_LAW, 31), Provision.wholeOf(TOBACCO_REGULATION_2023))
                .build().provisions()).hasSize(2);
    }

    @Example
    void build_normalisesTheEnforcementArea() {
        Power padded = base().addProvision(Provision.of(TOBACCO_LAW, 31)).enforcementArea(" 烟草专卖\u3000").build();
        assertThat(padded.enforcementArea()).isEqualTo(AREA_TOBACCO);
        assertThat(padded).isEqualTo(base().addProvision(Provision.of(TOBACCO_LAW, 31)).build());
    }

    @Example
    void build_rejectsControlCharactersInNameAgencyAndArea() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().addProvision(Provision.of(TOBACCO_LAW, 31)).name("对\u0007的处罚").build())
                .withMessage("Power CF-009: name must not contain control character U+0007 (at index 1), but was "
                        + "'对\\u0007的处罚'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().addProvision(Provision.of(TOBACCO_LAW, 31)).implementingAgency("某市\n烟草专卖局")
                        .build())
                .withMessageStartingWith("Power CF-009: implementing agency must not contain control character U+000A");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().addProvision(Provision.of(TOBACCO_LAW, 31)).enforcementArea("烟草\u0000专卖")
                        .build())
                .withMessageStartingWith("Power CF-009: enforcement area must not contain control character U+0000");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResponsibilityItem("立案\t责任", "及时立案"))
                .withMessageStartingWith("Responsibility item stage must not contain control character U+0009");
    }

    /** A power without provisions, as a builder on which each attribute can be set once more. */
    private static Power.Builder base() {
        return Power.builder().code(PowerCode.of("CF-009")).name("对某违法行为的处罚").kind(PowerKind.ADMINISTRATIVE_PENALTY)
                .implementingAgency("某市烟草专卖局").enforcementArea(AREA_TOBACCO).addProvision(Provision.of(TOBACCO_LAW, 31))
                .build().toBuilder().provisions(List.of());
    }
}
