package io.github.quanze.power;

import static io.github.quanze.testing.Fixtures.LOCAL_NOTICE;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2021;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static io.github.quanze.testing.Rendering.assertRendered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Severity;
import io.github.quanze.testkit.text.TextArbitraries;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The wording of catalogue findings: exact sentences for each issue, and every issue rendered from data. */
class CatalogueMessagesTest {

    private static final LegalBasis BASIS = LegalBasis.of(Provision.wholeOf(Instruments.RESPONSIBILITY_SYSTEM_OPINIONS));
    private static final PowerCode POWER = PowerCode.of("CF-054");
    private static final Provision REPEALED = Provision.of(TOBACCO_REGULATION_2021, 54);
    private static final Provision NOT_YET = Provision.of(TOBACCO_REGULATION_2023, 54);

    @Example
    void basisNotInForce_saysWhyForEachProvision() {
        CatalogueFinding f = new CatalogueFinding(CatalogueIssue.BASIS_NOT_IN_FORCE, POWER, List.of(REPEALED),
                Severity.ERROR, Parameters.builder().put("powerName", "对无批发许可证经营批发业务的处罚")
                        .put("date", LocalDate.of(2024, 1, 1)).build(), BASIS);
        assertThat(f.message().zh()).isEqualTo("职权CF-054「对无批发许可证经营批发业务的处罚」的实施依据"
                + REPEALED + "（已于2023-07-20失效）在2024-01-01不在施行期内，应当及时调整权责清单");
        assertThat(f.message().en()).isEqualTo("Power CF-054 (对无批发许可证经营批发业务的处罚) cites " + REPEALED.toEnglish()
                + " (no longer in force from 2023-07-20), not in force on 2024-01-01; the catalogue must be updated");
        CatalogueFinding early = new CatalogueFinding(CatalogueIssue.BASIS_NOT_IN_FORCE, POWER, List.of(NOT_YET),
                Severity.ERROR, Parameters.builder().put("powerName", "处罚").put("date", LocalDate.of(2022, 1, 1))
                        .build(), BASIS);
        assertThat(early.message().zh()).contains(NOT_YET + "（2023-07-20起施行）");
        assertThat(early.message().en()).contains(NOT_YET.toEnglish() + " (in force from 2023-07-20)");
    }

    @Example
    void basisBelowLevel_listsTheLevelsThatWouldDo() {
        CatalogueFinding f = new CatalogueFinding(CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL, PowerCode.of("CF-012"),
                List.of(Provision.of(LOCAL_NOTICE, 3)), Severity.ERROR, Parameters.builder()
                        .put("powerName", "对卷烟零售户未亮证经营的处罚").put("kind", PowerKind.ADMINISTRATIVE_PENALTY)
                        .put("requiredLevels", List.of(InstrumentLevel.LAW, InstrumentLevel.LOCAL_REGULATION))
                        .put("coercionByRegulation", false).build(), BASIS);
        assertThat(f.message()).isEqualTo(BilingualText.of(
                "职权CF-012「对卷烟零售户未亮证经营的处罚」属于行政处罚，但实施依据中没有法律或者地方性法规，依据层级不足以设定该职权",
                "Power CF-012 (对卷烟零售户未亮证经营的处罚) is of the kind administrative penalty but cites no law or local "
                        + "regulation; its basis cannot create such a power"));
    }

    @Example
    void coercionByRegulation_saysWhatToCheck() {
        CatalogueFinding f = new CatalogueFinding(CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL, PowerCode.of("QZ-001"),
                List.of(NOT_YET), Severity.WARNING, Parameters.builder().put("powerName", "扣押")
                        .put("kind", PowerKind.ADMINISTRATIVE_COERCION)
                        .put("requiredLevels", List.of(InstrumentLevel.LAW)).put("coercionByRegulation", true).build(),
                BASIS);
        assertThat(f.message().zh()).startsWith("职权QZ-001「扣押」属于行政强制，但实施依据中没有法律，只有行政法规或者地方性法规。")
                .endsWith("应当核实该职权是行政强制措施还是行政强制执行、属于哪一种，以及所引法规是否有权设定");
        assertThat(f.message().en()).startsWith("Power QZ-001 (扣押) is of the kind administrative coercion but cites "
                + "administrative or local regulations and no law.").endsWith("whether the regulation cited may create it");
    }

    @Example
    void aFindingThatDoesNotFitItsIssue_isRejectedWhenMade() {
        Parameters inForce = Parameters.builder().put("powerName", "处罚").put("date", LocalDate.of(2022, 1, 1)).build();
        assertThatIllegalArgumentException().isThrownBy(() -> new CatalogueFinding(CatalogueIssue.BASIS_NOT_IN_FORCE,
                POWER, List.of(REPEALED), Severity.ERROR, inForce, BASIS))
                .withMessage("Catalogue finding 'CATALOGUE.BASIS_NOT_IN_FORCE' of power CF-054: provision " + REPEALED
                        + " is in force on 2022-01-01");
        assertThatIllegalArgumentException().isThrownBy(() -> new CatalogueFinding(CatalogueIssue.BASIS_NOT_IN_FORCE,
                POWER, List.of(), Severity.ERROR, inForce, BASIS))
                .withMessageContaining("a basis not in force needs the provisions not in force");
        assertThatIllegalArgumentException().isThrownBy(() -> new CatalogueFinding(
                CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL, POWER, List.of(), Severity.ERROR, inForce, BASIS))
                .withMessage("CATALOGUE.BASIS_BELOW_REQUIRED_LEVEL: parameter 'kind' is required, but absent; present: "
                        + "[powerName, date]");
        Parameters stale = Parameters.builder().put("powerName", "处罚").put("date", LocalDate.of(2030, 1, 1)).build();
        assertThatIllegalArgumentException().isThrownBy(() -> new CatalogueFinding(CatalogueIssue.BASIS_NOT_IN_FORCE,
                POWER, List.of(REPEALED), Severity.WARNING, stale, BASIS))
                .withMessage("Catalogue finding 'CATALOGUE.BASIS_NOT_IN_FORCE' of power CF-054: severity must be ERROR "
                        + "for its issue and details, but was WARNING");
        Parameters licensing = Parameters.builder().put("powerName", "许可").put("kind", PowerKind.ADMINISTRATIVE_LICENSING)
                .put("requiredLevels", List.of(InstrumentLevel.LAW)).put("coercionByRegulation", false).build();
        assertThatIllegalArgumentException().isThrownBy(() -> new CatalogueFinding(
                CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL, POWER, List.of(), Severity.ERROR, licensing, BASIS))
                .withMessageContaining("severity must be WARNING");
        assertThatIllegalArgumentException().isThrownBy(() -> new CatalogueFinding(
                CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL, POWER, List.of(), Severity.WARNING, Parameters.builder()
                        .put("powerName", "许可").put("kind", PowerKind.ADMINISTRATIVE_LICENSING)
                        .put("requiredLevels", List.of("LAW")).put("coercionByRegulation", false).build(), BASIS))
                .withMessageContaining("parameter 'requiredLevels': element 0 must be an InstrumentLevel constant");
    }

    @Property
    void everyIssue_rendersInBothLanguagesFromRandomData(@ForAll("findings") CatalogueFinding finding) {
        assertRendered(finding.message());
        assertThat(finding.code()).isEqualTo("CATALOGUE." + finding.issue().name());
    }

    @Example
    void everyIssue_hasADetailSchema() {
        assertThat(CatalogueMessages.SCHEMAS).containsOnlyKeys(CatalogueIssue.values());
    }

    @Provide
    Arbitrary<CatalogueFinding> findings() {
        return Arbitraries.of(CatalogueIssue.class).flatMap(issue -> TextArbitraries.parameters(
                CatalogueMessages.SCHEMAS.get(issue), Map.of("requiredLevels", Arbitraries.of(InstrumentLevel.class)))
                .filter(p -> !p.has("requiredLevels")
                        || !p.list("requiredLevels").isEmpty())
                .map(details -> new CatalogueFinding(issue, POWER, provisions(issue, details),
                        CatalogueRules.severity(issue, details), details, BASIS)));
    }

    /** For a basis not in force, the provisions not in force on the day: one of the two editions at least. */
    private static List<Provision> provisions(CatalogueIssue issue, Parameters details) {
        if (issue != CatalogueIssue.BASIS_NOT_IN_FORCE) {
            return List.of(REPEALED, NOT_YET);
        }
        LocalDate date = details.date("date");
        return Stream.of(REPEALED, NOT_YET).filter(p -> !p.instrument().isInForceOn(date))
                .collect(Collectors.toList());
    }
}
