package io.github.quanze.jackson.power;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.Provision;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PowerDocumentsTest {

    private static final DocumentContext TOBACCO = DocumentContext.empty()
            .with(BasisCatalogue.class, TobaccoPowers.basis());

    @Test
    void readsTheFixtureCatalogueWithItsCitationsResolved() throws IOException {
        PowerCatalogue c = readFixture();

        assertThat(c.name()).isEqualTo("示例市烟草专卖局权责清单（2026年版）");
        assertThat(c.agency()).isEqualTo(AgencyId.of("SYC"));
        assertThat(c.date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(c.powers()).extracting(p -> p.code().value()).containsExactly("CF-002", "QT-001", "QZ-001",
                "XK-001");
        Power licence = c.power(PowerCode.of("XK-001"));
        assertThat(licence.kind()).isEqualTo(PowerKind.ADMINISTRATIVE_LICENSING);
        assertThat(licence.provisions()).extracting(Provision::toString).containsExactly(
                "《中华人民共和国烟草专卖法》第十六条", "《中华人民共和国烟草专卖法实施条例》第九条");
        assertThat(licence.responsibilityItems()).extracting(i -> i.stage()).containsExactly("受理责任", "决定责任");
        assertThat(licence.accountabilityClauses()).singleElement().satisfies(clause -> assertThat(
                clause.basis().provisions()).containsExactly(
                        Provision.ofItem(Instruments.ADMINISTRATIVE_LICENSING_LAW, 74, 2)));
        assertThat(c.power(PowerCode.of("QT-001")).provisions())
                .containsExactly(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 56));
    }

    @Test
    void theTobaccoCatalogueSurvivesJsonAndYaml() {
        assertRoundTrip(PowerDocuments.POWER_CATALOGUE, TobaccoPowers.catalogue(), TOBACCO);
    }

    @Test
    void aCitationOfATitleWithTwoEditionsNamesItsEdition() {
        String yaml = QuanzeDocuments.yaml().writer(PowerDocuments.POWER_CATALOGUE).with(TOBACCO)
                .writeString(TobaccoPowers.catalogue());

        assertThat(yaml).contains("citation: 《中华人民共和国烟草专卖法实施条例》第五十五条\n")
                .contains("edition: 2021-11-10")
                .contains("- 《中华人民共和国烟草专卖法》第十六条\n")
                .contains("subKind: 核发");
    }

    @Property(tries = 60)
    void aGeneratedCatalogueSurvivesJsonAndYaml(@ForAll("catalogues") PowerCatalogue catalogue) {
        assertRoundTrip(PowerDocuments.POWER_CATALOGUE, catalogue, TOBACCO);
    }

    @Test
    void anUnknownInstrumentIsAnErrorAtTheCitation() throws IOException {
        String text = fixture().replace("《中华人民共和国烟草专卖法》第二十九条第一款", "《烟草专卖条例》第二十九条第一款");

        assertInvalid(PowerDocuments.POWER_CATALOGUE, basisContext(), text).isInstanceOfSatisfying(
                InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/powers/1/basis/0");
                    assertThat(e.line()).isEqualTo(30);
                    assertThat(e.rule()).contains("unknown instrument 《烟草专卖条例》");
                });
    }

    @Test
    void withoutItsBasisCatalogueTheTobaccoLawIsUnknown() throws IOException {
        assertInvalid(PowerDocuments.POWER_CATALOGUE, DocumentContext.empty(), fixture())
                .hasMessageContaining("/powers/0/basis/0")
                .hasMessageContaining("no basis catalogue given and not among the national instruments");
    }

    @Test
    void aDuplicateCodeIsTheCataloguesOwnError() throws IOException {
        String text = fixture().replace("code: QT-001", "code: CF-002");

        assertInvalid(PowerDocuments.POWER_CATALOGUE, basisContext(), text).isInstanceOfSatisfying(
                InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEmpty();
                    assertThat(e.rule()).contains("duplicate code 'CF-002'");
                });
    }

    @Test
    void aPowerReferenceResolvesAgainstTheCatalogue() {
        DocumentContext context = DocumentContext.empty().with(PowerCatalogue.class, TobaccoPowers.catalogue());

        assertThat(Values.read(PowerDocuments.POWER_REFERENCE, context, "CF-002")).isEqualTo(PowerCode.of("CF-002"));
        assertThat(Values.error(PowerDocuments.POWER_REFERENCE, context, "CF-999"))
                .contains("value \"CF-999\"").contains("Unknown power code 'CF-999'");
        assertThat(Values.error(PowerDocuments.POWER_REFERENCE, DocumentContext.empty(), "CF-002"))
                .contains("refers to a power catalogue, which was not given to the reader");
    }

    @Provide
    Arbitrary<PowerCatalogue> catalogues() {
        return Arbitraries.integers().between(0, 30).flatMap(size -> Arbitraries.randomValue(
                random -> GeneratedPowers.catalogue(random, size, AgencyId.of("A-" + size % 3))));
    }

    static String fixture() throws IOException {
        return Files.readString(Path.of("src/test/resources/fixtures/power-catalogue.yaml"));
    }

    static DocumentContext basisContext() throws IOException {
        BasisCatalogue basis = QuanzeDocuments.yaml().reader(io.github.quanze.jackson.basis.BasisDocuments.BASIS_CATALOGUE)
                .read(Path.of("src/test/resources/fixtures/basis.yaml"));
        return DocumentContext.empty().with(BasisCatalogue.class, basis);
    }

    static PowerCatalogue readFixture() throws IOException {
        return QuanzeDocuments.yaml().reader(PowerDocuments.POWER_CATALOGUE).with(basisContext())
                .readString("power-catalogue.yaml", fixture());
    }
}
