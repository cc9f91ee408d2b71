package io.github.quanze.power;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.AGENCY_COUNTY;
import static io.github.quanze.testing.Fixtures.CATALOGUE;
import static io.github.quanze.testing.Fixtures.CODE_INSPECTION;
import static io.github.quanze.testing.Fixtures.DATE_2024_01_01;
import static io.github.quanze.testing.Fixtures.POWER_INSPECTION;
import static io.github.quanze.testing.Fixtures.POWER_RETAIL_LICENCE;
import static io.github.quanze.testing.Fixtures.POWER_TRANSPORT_PENALTY;
import static io.github.quanze.testing.Fixtures.POWER_WHOLESALE_PENALTY;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.Instruments;
import java.util.List;
import net.jqwik.api.Example;

/** A catalogue's equality and look-ups, answered both ways. */
class PowerCatalogueContractTest {

    private static PowerCatalogue.Builder catalogue() {
        return PowerCatalogue.builder("某市烟草专卖局权责清单", AGENCY_CITY, DATE_2024_01_01);
    }

    @Example
    void equals_nameAgencyDateAndPowers() {
        PowerCatalogue same = catalogue().addAll(CATALOGUE.powers()).build();
        assertThat(CATALOGUE).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(CATALOGUE).isNotEqualTo(PowerCatalogue.builder("另一清单", AGENCY_CITY, DATE_2024_01_01)
                .addAll(CATALOGUE.powers()).build());
        assertThat(CATALOGUE).isNotEqualTo(PowerCatalogue.builder("某市烟草专卖局权责清单", AGENCY_COUNTY,
                DATE_2024_01_01).addAll(CATALOGUE.powers()).build());
        assertThat(CATALOGUE).isNotEqualTo(PowerCatalogue.builder("某市烟草专卖局权责清单", AGENCY_CITY,
                DATE_2024_01_01.plusDays(1)).addAll(CATALOGUE.powers()).build());
        assertThat(CATALOGUE).isNotEqualTo(catalogue().add(POWER_RETAIL_LICENCE).build());
        assertThat(CATALOGUE).isNotEqualTo(CATALOGUE.toString()).isNotEqualTo(null);
        assertThat(CATALOGUE.toBuilder().build()).isEqualTo(CATALOGUE);
        assertThat(CATALOGUE).hasToString("PowerCatalogue{某市烟草专卖局权责清单, CITY, 2024-01-01, 4 powers}");
    }

    @Example
    void lookUps_findWhatIsListedAndNothingElse() {
        PowerCatalogue one = catalogue().add(POWER_RETAIL_LICENCE).build();
        assertThat(one.contains(POWER_RETAIL_LICENCE.code())).isTrue();
        assertThat(one.contains(CODE_INSPECTION)).isFalse();
        assertThat(one.find(CODE_INSPECTION)).isEmpty();
        assertThat(one.find(POWER_RETAIL_LICENCE.code())).contains(POWER_RETAIL_LICENCE);
        assertThat(one.power(POWER_RETAIL_LICENCE.code())).isSameAs(POWER_RETAIL_LICENCE);
        assertThat(one.size()).isEqualTo(1);
        assertThat(CATALOGUE.size()).isEqualTo(4);
        assertThat(CATALOGUE.byKind(PowerKind.ADMINISTRATIVE_PENALTY))
                .containsExactly(POWER_WHOLESALE_PENALTY, POWER_TRANSPORT_PENALTY);
        assertThat(CATALOGUE.byKind(PowerKind.ADMINISTRATIVE_COERCION)).isEmpty();
        assertThat(CATALOGUE.byInstrument(TOBACCO_LAW)).hasSize(4);
        assertThat(CATALOGUE.byInstrument(Instruments.ADMINISTRATIVE_PENALTY_LAW)).isEmpty();
        assertThat(CATALOGUE.byInstrumentTitle(TOBACCO_LAW.title())).hasSize(4);
        assertThat(CATALOGUE.byInstrumentTitle("不存在的法")).isEmpty();
        assertThat(CATALOGUE.name()).isEqualTo("某市烟草专卖局权责清单");
        assertThat(CATALOGUE.agency()).isEqualTo(AGENCY_CITY);
        assertThat(CATALOGUE.date()).isEqualTo(DATE_2024_01_01);
        assertThat(catalogue().addAll(List.of(POWER_INSPECTION)).build().powers()).containsExactly(POWER_INSPECTION);
    }
}
