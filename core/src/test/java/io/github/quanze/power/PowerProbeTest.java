package io.github.quanze.power;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.CATALOGUE;
import static io.github.quanze.testing.Fixtures.CODE_INSPECTION;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Probes.dates;
import static io.github.quanze.testing.Probes.probe;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.testing.TextProbes;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Example;

/**
 * Bad input to every factory and builder of the package gives a value, a short IllegalArgumentException, or a
 * NullPointerException naming the argument; never an error from inside. The text arguments are probed by
 * {@link TextProbes}.
 */
class PowerProbeTest extends TextProbes {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(TOBACCO_LAW, 40));

    @Example
    void dates_areTakenOrRejectedShortly() {
        dates("PowerCatalogue.builder", d -> PowerCatalogue.builder("清单", AGENCY_CITY, d).build().findings());
        dates("PowerCatalogue.findings", CATALOGUE::findings);
    }

    @Example
    void nulls_areRejectedByName() {
        probe("Power.code", () -> power().code(null));
        probe("Power.addProvision", () -> power().addProvision(null));
        probe("PowerCode.of", () -> PowerCode.of(null));
        probe("AccountabilityClause(basis)", () -> new AccountabilityClause("情形", null));
        probe("PowerCatalogue.builder(name)", () -> PowerCatalogue.builder(null, AGENCY_CITY, DAY).build());
        probe("PowerCatalogue.builder(agency)", () -> PowerCatalogue.builder("清单", null, DAY).build());
        probe("PowerCatalogue.builder(date)", () -> PowerCatalogue.builder("清单", AGENCY_CITY, null).build());
        probe("PowerCatalogue.add", () -> CATALOGUE.toBuilder().add((Power) null));
        probe("PowerCatalogue.add(array)", () -> CATALOGUE.toBuilder().add((Power[]) null));
        probe("PowerCatalogue.addAll", () -> CATALOGUE.toBuilder().addAll(null));
        probe("PowerCatalogue.contains", () -> CATALOGUE.contains(null));
        probe("PowerCatalogue.find", () -> CATALOGUE.find(null));
        probe("PowerCatalogue.power", () -> CATALOGUE.power(null));
        probe("PowerCatalogue.byKind", () -> CATALOGUE.byKind(null));
        probe("PowerCatalogue.byInstrument", () -> CATALOGUE.byInstrument(null));
        probe("PowerCatalogue.byInstrumentTitle", () -> CATALOGUE.byInstrumentTitle(null));
        probe("PowerCatalogue.findings", () -> CATALOGUE.findings(null));
        probe("CatalogueFinding(provisions)", () -> new CatalogueFinding(CatalogueIssue.BASIS_NOT_IN_FORCE,
                CODE_INSPECTION, null, io.github.quanze.rule.Severity.ERROR,
                io.github.quanze.text.Parameters.empty(), BASIS));
        probe("CatalogueFinding(parameters)", () -> new CatalogueFinding(CatalogueIssue.BASIS_NOT_IN_FORCE,
                CODE_INSPECTION, List.of(), io.github.quanze.rule.Severity.ERROR, null, BASIS));
    }

    @Override
    protected Map<String, Consumer<String>> textCalls() {
        Map<String, Consumer<String>> calls = new LinkedHashMap<>();
        calls.put("Power.name", t -> power().name(t).build());
        calls.put("Power.implementingAgency", t -> power().implementingAgency(t).build());
        calls.put("Power.enforcementArea", t -> power().enforcementArea(t).build());
        calls.put("Power.subKind", t -> power().subKind(t).build());
        calls.put("PowerCode.of", PowerCode::of);
        calls.put("PowerCatalogue.builder", t -> PowerCatalogue.builder(t, AGENCY_CITY, DAY).build());
        calls.put("PowerCatalogue.byInstrumentTitle", CATALOGUE::byInstrumentTitle);
        calls.put("ResponsibilityItem(stage)", t -> new ResponsibilityItem(t, "及时立案"));
        calls.put("ResponsibilityItem(duty)", t -> new ResponsibilityItem("立案责任", t));
        calls.put("AccountabilityClause", t -> new AccountabilityClause(t, BASIS));
        return calls;
    }

    /** A power, as a builder on which each attribute can be set once more. */
    private static Power.Builder power() {
        return Power.builder().code(PowerCode.of("CF-009")).name("对某违法行为的处罚").kind(PowerKind.ADMINISTRATIVE_PENALTY)
                .implementingAgency("某市烟草专卖局").enforcementArea("烟草专卖").addProvision(Provision.of(TOBACCO_LAW, 31))
                .build().toBuilder();
    }
}
