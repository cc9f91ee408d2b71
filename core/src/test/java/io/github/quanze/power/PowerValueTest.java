package io.github.quanze.power;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.AREA_TOBACCO;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** A power as a value: what each builder call keeps, and its label and text. */
class PowerValueTest {

    private static final ResponsibilityItem FILING = new ResponsibilityItem("立案责任", "及时立案");
    private static final ResponsibilityItem INVESTIGATION = new ResponsibilityItem("调查责任", "全面调查");
    private static final AccountabilityClause LATE = new AccountabilityClause("不依法立案的",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 40)));
    private static final AccountabilityClause BIASED = new AccountabilityClause("徇私舞弊的",
            LegalBasis.of(Provision.of(TOBACCO_LAW, 41)));

    private static Power.Builder base() {
        return Power.builder().code(PowerCode.of("CF-009")).name("对某违法行为的处罚").kind(PowerKind.ADMINISTRATIVE_PENALTY)
                .implementingAgency("某市烟草专卖局").enforcementArea(AREA_TOBACCO);
    }

    @Example
    void theBuilderKeepsEachListInTheOrderGiven() {
        Power p = base().subKind("行政监督").provisions(List.of(Provision.of(TOBACCO_LAW, 31),
                Provision.of(TOBACCO_REGULATION_2023, 57))).addResponsibilityItems(FILING, INVESTIGATION)
                .addAccountabilityClauses(LATE, BIASED).build();

        assertThat(p.subKind()).contains("行政监督");
        assertThat(p.implementingAgency()).isEqualTo("某市烟草专卖局");
        assertThat(p.provisions()).containsExactly(Provision.of(TOBACCO_LAW, 31),
                Provision.of(TOBACCO_REGULATION_2023, 57));
        assertThat(p.responsibilityItems()).containsExactly(FILING, INVESTIGATION);
        assertThat(p.accountabilityClauses()).containsExactly(LATE, BIASED);
        assertThat(p).hasToString("Power{CF-009「对某违法行为的处罚」, ADMINISTRATIVE_PENALTY}");
        assertThat(base().addProvision(Provision.of(TOBACCO_LAW, 31)).build().subKind()).isEmpty();
    }

    @Example
    void eachListMakesPowersUnequal() {
        Power p = base().addProvision(Provision.of(TOBACCO_LAW, 31)).addResponsibilityItems(FILING)
                .addAccountabilityClauses(LATE).build();

        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.toBuilder().addResponsibilityItems(INVESTIGATION).build()).isNotEqualTo(p);
        assertThat(p.toBuilder().addAccountabilityClauses(BIASED).build()).isNotEqualTo(p);
        assertThat(p.toBuilder().provisions(List.of(Provision.of(TOBACCO_LAW, 32))).build()).isNotEqualTo(p);
        assertThat(p.toBuilder().subKind("行政监督").build()).isNotEqualTo(p);
    }

    @Example
    void aCatalogueFindsItsPowersByEachInstrumentTheyCite() {
        Power both = base().addProvisions(Provision.of(TOBACCO_LAW, 31), Provision.of(TOBACCO_REGULATION_2023, 57))
                .build();
        Power lawOnly = Power.builder().code(PowerCode.of("CF-010")).name("另一项处罚")
                .kind(PowerKind.ADMINISTRATIVE_PENALTY).implementingAgency("某市烟草专卖局")
                .enforcementArea(AREA_TOBACCO).addProvision(Provision.of(TOBACCO_LAW, 32)).build();
        PowerCatalogue catalogue = PowerCatalogue.builder("清单", AGENCY_CITY, LocalDate.of(2025, 1, 1))
                .add(both, lawOnly).build();

        assertThat(catalogue.byInstrument(TOBACCO_LAW)).containsExactly(both, lawOnly);
        assertThat(catalogue.byInstrument(TOBACCO_REGULATION_2023)).containsExactly(both);
    }

    @Example
    void catalogueIssuesAreLabelledInBothLanguages() {
        assertThat(CatalogueIssue.BASIS_NOT_IN_FORCE.label().zh()).isEqualTo("依据不在施行期内");
        assertThat(CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL.label().en()).isEqualTo("basis below the required level");
    }
}
