package io.github.quanze.jackson.power;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.PowerCatalogue;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CatalogueFindingDocumentsTest {

    private static final DocumentContext TOBACCO = DocumentContext.empty()
            .with(BasisCatalogue.class, TobaccoPowers.basis());
    private static final LocalDate AUDIT = LocalDate.of(2026, 6, 30);

    @Test
    void theTobaccoSelfCheckIsWrittenTheSameTwiceAndValid() {
        String first = json(CatalogueFindings.of(TobaccoPowers.catalogue(), AUDIT));
        String second = json(CatalogueFindings.of(TobaccoPowers.catalogue(), AUDIT));

        assertThat(first).isEqualTo(second);
        assertValid(CatalogueFindingDocuments.CATALOGUE_FINDINGS, QuanzeDocuments.json(), first);
        assertValid(CatalogueFindingDocuments.CATALOGUE_FINDINGS, QuanzeDocuments.yaml(), QuanzeDocuments.yaml()
                .writer(CatalogueFindingDocuments.CATALOGUE_FINDINGS).with(TOBACCO)
                .writeString(CatalogueFindings.of(TobaccoPowers.catalogue(), AUDIT)));
    }

    @Test
    void eachFindingNamesItsCodePowerProvisionsAndTexts() {
        JsonNode doc = JsonMapper.builder().build().readTree(json(CatalogueFindings.of(TobaccoPowers.catalogue(),
                AUDIT)));

        assertThat(doc.get("kind").asString()).isEqualTo("catalogue-findings");
        assertThat(doc.get("catalogue").asString()).isEqualTo("示例市烟草专卖局权责清单（2026年版）");
        assertThat(doc.get("agency").asString()).isEqualTo("SYC");
        assertThat(doc.get("date").asString()).isEqualTo("2026-06-30");
        List<String> found = doc.get("findings").valueStream()
                .map(f -> f.get("code").asString() + " " + f.get("power").asString() + " "
                        + f.get("severity").asString())
                .toList();
        assertThat(found).containsExactlyInAnyOrder(
                "CATALOGUE.BASIS_NOT_IN_FORCE CF-006 ERROR",
                "CATALOGUE.BASIS_BELOW_REQUIRED_LEVEL CF-012 ERROR",
                "CATALOGUE.BASIS_BELOW_REQUIRED_LEVEL QZ-001 WARNING");
        JsonNode stale = finding(doc, "CF-006");
        assertThat(stale.at("/provisions/0/citation").asString()).isEqualTo("《中华人民共和国烟草专卖法实施条例》第五十五条");
        assertThat(stale.at("/provisions/0/edition").asString()).isEqualTo("2021-11-10");
        assertThat(stale.at("/parameters/date").asString()).isEqualTo("2026-06-30");
        assertThat(stale.at("/message/zh").asString()).contains("CF-006").contains("不在施行期内");
        assertThat(stale.at("/message/en").asString()).contains("not in force on 2026-06-30");
        assertThat(stale.at("/cites/0").asString()).isEqualTo("《国务院办公厅关于推行行政执法责任制的若干意见》（国办发〔2005〕37号）");
        JsonNode coercion = finding(doc, "QZ-001");
        assertThat(coercion.at("/parameters/kind/code").asString()).isEqualTo("ADMINISTRATIVE_COERCION");
        assertThat(coercion.at("/parameters/requiredLevels/0/code").asString()).isEqualTo("LAW");
        assertThat(coercion.at("/parameters/coercionByRegulation").asBoolean()).isTrue();
    }

    @Test
    void aCatalogueWithNothingFoundIsWrittenWithoutFindings() {
        PowerCatalogue empty = PowerCatalogue.builder("空清单", AgencyId.of("SYC"), AUDIT).build();

        String text = QuanzeDocuments.yaml().writer(CatalogueFindingDocuments.CATALOGUE_FINDINGS)
                .writeString(CatalogueFindings.of(empty));

        assertThat(text).isEqualTo("""
                kind: catalogue-findings
                version: 1
                catalogue: 空清单
                agency: SYC
                date: 2026-06-30
                """);
    }

    @Test
    void findingsAreOnlyWritten() {
        assertThat(CatalogueFindingDocuments.CATALOGUE_FINDINGS.readable()).isFalse();
        assertThatThrownBy(() -> QuanzeDocuments.json().reader(CatalogueFindingDocuments.CATALOGUE_FINDINGS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 40)
    void generatedFindingsAreWrittenTheSameTwiceAndValid(@ForAll("catalogues") PowerCatalogue catalogue,
            @ForAll @IntRange(min = 0, max = 6000) int day) {
        LocalDate date = LocalDate.of(2012, 1, 1).plusDays(day);

        String first = json(CatalogueFindings.of(catalogue, date));

        assertThat(json(CatalogueFindings.of(catalogue, date))).isEqualTo(first);
        assertValid(CatalogueFindingDocuments.CATALOGUE_FINDINGS, QuanzeDocuments.json(), first);
    }

    @Provide
    Arbitrary<PowerCatalogue> catalogues() {
        return Arbitraries.integers().between(0, 20).flatMap(size -> Arbitraries.randomValue(
                random -> GeneratedPowers.catalogue(random, size, AgencyId.of("SYC"))));
    }

    private static String json(CatalogueFindings findings) {
        return QuanzeDocuments.json().writer(CatalogueFindingDocuments.CATALOGUE_FINDINGS).with(TOBACCO)
                .writeString(findings);
    }

    private static JsonNode finding(JsonNode doc, String power) {
        return doc.get("findings").valueStream().filter(f -> f.get("power").asString().equals(power)).findFirst()
                .orElseThrow();
    }
}
