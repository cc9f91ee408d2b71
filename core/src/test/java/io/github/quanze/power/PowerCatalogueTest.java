package io.github.quanze.power;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.CATALOGUE;
import static io.github.quanze.testing.Fixtures.CODE_INSPECTION;
import static io.github.quanze.testing.Fixtures.CODE_RETAIL_LICENCE;
import static io.github.quanze.testing.Fixtures.CODE_TRANSPORT_PENALTY;
import static io.github.quanze.testing.Fixtures.CODE_WHOLESALE_PENALTY;
import static io.github.quanze.testing.Fixtures.DATE_2023_07_19;
import static io.github.quanze.testing.Fixtures.DATE_2024_01_01;
import static io.github.quanze.testing.Fixtures.LOCAL_NOTICE;
import static io.github.quanze.testing.Fixtures.POWER_INSPECTION;
import static io.github.quanze.testing.Fixtures.POWER_RETAIL_LICENCE;
import static io.github.quanze.testing.Fixtures.PROVINCIAL_TOBACCO_REGULATION;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2021;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static io.github.quanze.testing.Fixtures.power;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PowerCatalogueTest {

    @Example
    void queries_byCodeKindAndInstrument() {
        assertThat(CATALOGUE.power(CODE_RETAIL_LICENCE)).isEqualTo(POWER_RETAIL_LICENCE);
        assertThat(CATALOGUE.find(PowerCode.of("NONE"))).isEmpty();
        assertThat(CATALOGUE.byKind(PowerKind.ADMINISTRATIVE_PENALTY)).extracting(Power::code)
                .containsExactly(CODE_WHOLESALE_PENALTY, CODE_TRANSPORT_PENALTY);
        assertThat(CATALOGUE.byKind(PowerKind.ADMINISTRATIVE_LEVY)).isEmpty();
        assertThat(CATALOGUE.byInstrument(TOBACCO_REGULATION_2023)).extracting(Power::code)
                .containsExactly(CODE_WHOLESALE_PENALTY, CODE_TRANSPORT_PENALTY, CODE_INSPECTION);
        assertThat(CATALOGUE.byInstrument(TOBACCO_LAW)).hasSize(4);
        assertThat(CATALOGUE.byInstrumentTitle("中华人民共和国烟草专卖法实施条例")).hasSize(3);
    }

    @Example
    void power_throwsForAnUnknownCode() {
        assertThatExceptionOfType(UnknownPowerException.class)
                .isThrownBy(() -> CATALOGUE.power(PowerCode.of("XK-999")))
                .withMessage("Unknown power code 'XK-999' in catalogue '某市烟草专卖局权责清单'")
                .satisfies(e -> assertThat(e.code()).isEqualTo(PowerCode.of("XK-999")));
    }

    @Example
    void build_rejectsDuplicateCodes() {
        Power twin = power(CODE_INSPECTION, "另一项检查", PowerKind.ADMINISTRATIVE_INSPECTION, Provision.of(TOBACCO_LAW, 38));
        PowerCatalogue.Builder builder = CATALOGUE.toBuilder().add(twin);
        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessageContaining("has duplicate code 'JC-001': '对烟草专卖法实施情况的监督检查' and '另一项检查'");
        assertThat(CATALOGUE.powers()).hasSize(4).contains(POWER_INSPECTION);
    }

    @Example
    void build_rejectsBlankNameAndNoAgency() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PowerCatalogue.builder(" ", AGENCY_CITY, DATE_2024_01_01).build())
                .withMessageContaining("Power catalogue name must not be blank");
        assertThatNullPointerException()
                .isThrownBy(() -> PowerCatalogue.builder("清单", null, DATE_2024_01_01).build())
                .withMessage("agency");
        assertThat(CATALOGUE.agency()).isEqualTo(AGENCY_CITY);
    }

    @Example
    void findings_reportABasisRepealedBeforeTheCatalogueDate() {
        Power stale = power(PowerCode.of("CF-054"), "对无批发许可证经营批发业务的处罚", PowerKind.ADMINISTRATIVE_PENALTY,
                Provision.of(TOBACCO_LAW, 31), Provision.of(TOBACCO_REGULATION_2021, 54));
        PowerCatalogue catalogue = PowerCatalogue.builder("清单", AGENCY_CITY, DATE_2024_01_01).add(stale).build();
        List<CatalogueFinding> findings = catalogue.findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(CatalogueIssue.BASIS_NOT_IN_FORCE);
            assertThat(f.code()).isEqualTo("CATALOGUE.BASIS_NOT_IN_FORCE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.provisions()).containsExactly(Provision.of(TOBACCO_REGULATION_2021, 54));
            assertThat(f.parameters().date("date")).isEqualTo(DATE_2024_01_01);
            assertThat(f.parameters().text("powerName")).isEqualTo("对无批发许可证经营批发业务的处罚");
            assertThat(f.basis().toString()).contains("国办发〔2005〕37号");
        });
        assertThat(catalogue.findings(DATE_2023_07_19)).isEmpty();
    }

    @Example
    void findings_reportAPenaltyRestingOnlyOnANormativeDocument() {
        Power weak = power(PowerCode.of("CF-100"), "对未按规定摆放卷烟的处罚", PowerKind.ADMINISTRATIVE_PENALTY,
                Provision.of(LOCAL_NOTICE, 3));
        PowerCatalogue catalogue = PowerCatalogue.builder("清单", AGENCY_CITY, DATE_2024_01_01).add(weak).build();
        assertThat(catalogue.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL);
            assertThat(f.basis().toString()).isEqualTo("《中华人民共和国行政处罚法》第十六条");
            assertThat(f.parameters().list("requiredLevels")).isEqualTo(List.of(InstrumentLevel.LAW,
                    InstrumentLevel.ADMINISTRATIVE_REGULATION, InstrumentLevel.LOCAL_REGULATION,
                    InstrumentLevel.DEPARTMENTAL_RULE, InstrumentLevel.LOCAL_GOVERNMENT_RULE));
            assertThat(f.parameters().get("coercionByRegulation")).contains(false);
        });
    }

    @Example
    void findings_treatLicensingByLevelAsAWarningAndIgnoreOtherKinds() {
        Power licence = power(PowerCode.of("XK-100"), "某项许可", PowerKind.ADMINISTRATIVE_LICENSING,
                Provision.of(LOCAL_NOTICE, 1));
        Power inspection = power(PowerCode.of("JC-100"), "某项检查", PowerKind.ADMINISTRATIVE_INSPECTION,
                Provision.of(LOCAL_NOTICE, 2));
        PowerCatalogue catalogue = PowerCatalogue.builder("清单", AGENCY_CITY, DATE_2024_01_01).add(licence, inspection)
                .build();
        assertThat(catalogue.findings()).singleElement().satisfies(f -> {
            assertThat(f.power()).isEqualTo(PowerCode.of("XK-100"));
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Example
    void findings_warnOfACoercivePowerRestingOnlyOnRegulations() {
        Power seizure = power(PowerCode.of("QZ-100"), "对无准运证运输的烟草专卖品的扣押", PowerKind.ADMINISTRATIVE_COERCION,
                Provision.ofItem(TOBACCO_REGULATION_2023, 46, 2));
        Power sealing = power(PowerCode.of("QZ-101"), "对非法经营场所的查封", PowerKind.ADMINISTRATIVE_COERCION,
                Provision.of(PROVINCIAL_TOBACCO_REGULATION, 30));
        PowerCatalogue catalogue = PowerCatalogue.builder("清单", AGENCY_CITY, DATE_2024_01_01).add(seizure, sealing)
                .build();
        assertThat(catalogue.findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.issue()).isEqualTo(CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.basis()).hasToString("《中华人民共和国行政强制法》第十条、第十三条");
            assertThat(f.parameters().get("coercionByRegulation")).contains(true);
            assertThat(f.parameters().constant("kind", PowerKind.class)).isEqualTo(PowerKind.ADMINISTRATIVE_COERCION);
        });
    }

    @Example
    void findings_acceptACoercivePowerWithALawAndRejectOneWithoutAnyRegulation() {
        Power byLaw = power(PowerCode.of("QZ-200"), "某项强制", PowerKind.ADMINISTRATIVE_COERCION,
                Provision.of(TOBACCO_LAW, 38), Provision.of(TOBACCO_REGULATION_2023, 46));
        Power byNotice = power(PowerCode.of("QZ-201"), "某项强制", PowerKind.ADMINISTRATIVE_COERCION,
                Provision.of(LOCAL_NOTICE, 5));
        PowerCatalogue catalogue = PowerCatalogue.builder("清单", AGENCY_CITY, DATE_2024_01_01).add(byLaw, byNotice)
                .build();
        assertThat(catalogue.findings()).singleElement().satisfies(f -> {
            assertThat(f.power()).isEqualTo(PowerCode.of("QZ-201"));
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.basis()).hasToString("《中华人民共和国行政强制法》第十条、第十三条");
        });
    }

    @Example
    void findings_ofTheFixtureCatalogueAreEmpty() {
        assertThat(CATALOGUE.findings()).isEmpty();
    }

    @Property(tries = 50)
    void aCatalogueDoesNotDependOnTheOrderPowersWereAdded(@ForAll long seed) {
        List<Power> powers = new ArrayList<>(CATALOGUE.powers());
        Collections.shuffle(powers, new Random(seed));
        PowerCatalogue shuffled = PowerCatalogue.builder(CATALOGUE.name(), CATALOGUE.agency(), CATALOGUE.date())
                .addAll(powers).build();
        assertThat(shuffled).isEqualTo(CATALOGUE);
        assertThat(shuffled.powers()).isEqualTo(CATALOGUE.powers());
    }
}
