package io.github.quanze.jackson.basis;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BasisDocumentsTest {

    private static final String TOBACCO = """
            kind: basis-catalogue
            version: 1
            name: 烟草专卖执法依据
            instruments:
              - title: 中华人民共和国烟草专卖法
                level: LAW
                adoptionDate: 2015-04-24
                effectiveDate: 2015-04-24
            """;

    @Test
    void readsACatalogueAndItsDates() {
        BasisCatalogue c = QuanzeDocuments.yaml().reader(BasisDocuments.BASIS_CATALOGUE).readString("b.yaml", TOBACCO);

        assertThat(c.name()).isEqualTo("烟草专卖执法依据");
        assertThat(c.instruments()).singleElement().satisfies(i -> {
            assertThat(i.level()).isEqualTo(InstrumentLevel.LAW);
            assertThat(i.effectiveDate()).isEqualTo(LocalDate.of(2015, 4, 24));
            assertThat(i.repealDate()).isEmpty();
        });
    }

    @Property
    void aCatalogueSurvivesJsonAndYaml(@ForAll("catalogues") BasisCatalogue catalogue) {
        assertRoundTrip(BasisDocuments.BASIS_CATALOGUE, catalogue, DocumentContext.empty());
    }

    @Test
    void aCitationResolvesAgainstTheDocumentsCatalogueThenTheNationalOnes() {
        BasisCatalogue tobacco = QuanzeDocuments.yaml().reader(BasisDocuments.BASIS_CATALOGUE)
                .readString("b.yaml", TOBACCO);
        var in = DocumentContext.empty().with(BasisCatalogue.class, tobacco);

        Provision own = Provisions.read(in, "《中华人民共和国烟草专卖法》第三十一条");
        Provision national = Provisions.read(in, "《中华人民共和国行政处罚法》第六十四条第（二）项");

        assertThat(own.instrument()).isEqualTo(tobacco.instruments().get(0));
        assertThat(national).isEqualTo(Provision.ofItem(Instruments.ADMINISTRATIVE_PENALTY_LAW, 64, 2));
        assertThat(Provisions.write(in, national)).isEqualTo("\"《中华人民共和国行政处罚法》第六十四条第（二）项\"");
    }

    @Test
    void anUnknownInstrumentIsAnError() {
        assertThat(Provisions.error(DocumentContext.empty(), "《某省不存在条例》第三条"))
                .contains("unknown instrument 《某省不存在条例》")
                .contains("national instruments");
    }

    @Test
    void aTitleWithTwoEditionsNeedsItsEdition() {
        LegalInstrument old = LegalInstrument.builder().title("某省行政执法条例").level(InstrumentLevel.LOCAL_REGULATION)
                .adoptionDate(LocalDate.of(2009, 6, 1)).effectiveDate(LocalDate.of(2010, 1, 1)).repealDate(LocalDate.of(2020, 1, 1)).build();
        LegalInstrument current = LegalInstrument.builder().title("某省行政执法条例").level(InstrumentLevel.LOCAL_REGULATION)
                .adoptionDate(LocalDate.of(2019, 6, 1)).effectiveDate(LocalDate.of(2020, 1, 1)).build();
        var in = DocumentContext.empty().with(BasisCatalogue.class,
                BasisCatalogue.builder("某省").add(old, current).build());

        assertThat(Provisions.error(in, "《某省行政执法条例》第三条")).contains("2 editions");
        Provision p = Provisions.read(in, "{citation: 《某省行政执法条例》第三条, edition: 2010-01-01}");
        assertThat(p.instrument()).isEqualTo(old);
        assertThat(Provisions.write(in, p)).isEqualTo(
                "{\"citation\":\"《某省行政执法条例》第三条\",\"edition\":\"2010-01-01\"}");
    }

    @Test
    void anUnknownFieldIsAnErrorUnlessLenient() {
        String typo = TOBACCO.replace("level: LAW", "level: LAW\n    levle: LAW");

        assertInvalid(BasisDocuments.BASIS_CATALOGUE, DocumentContext.empty(), typo)
                .hasMessageStartingWith("doc.yaml:7:5 /instruments/0/levle: field \"levle\": unknown field");
        assertThat(QuanzeDocuments.yaml().reader(BasisDocuments.BASIS_CATALOGUE).lenient().readString("b", typo)
                .instruments()).hasSize(1);
    }

    @Test
    void aBuildersRuleBecomesTheErrorsRule() {
        assertInvalid(BasisDocuments.BASIS_CATALOGUE, DocumentContext.empty(),
                TOBACCO.replace("title: 中华人民共和国烟草专卖法", "title: 《中华人民共和国烟草专卖法》"))
                .satisfies(e -> {
                    InvalidDocumentException d = (InvalidDocumentException) e;
                    assertThat(d.pointer()).isEqualTo("/instruments/0/title");
                    assertThat(d.line()).isEqualTo(5);
                    assertThat(d.field()).contains("title");
                    assertThat(d.value()).contains("\"《中华人民共和国烟草专卖法》\"");
                    assertThat(d.rule()).contains("book-title");
                });
    }

    @Test
    void theWrongKindOrVersionIsRefused() {
        assertInvalid(BasisDocuments.BASIS_CATALOGUE, DocumentContext.empty(),
                TOBACCO.replace("basis-catalogue", "power-catalogue"))
                .hasMessageContaining("/kind: field \"kind\" value \"power-catalogue\": wrong document kind");
        assertInvalid(BasisDocuments.BASIS_CATALOGUE, DocumentContext.empty(),
                TOBACCO.replace("version: 1", "version: 2"))
                .hasMessageContaining("wrong format version; this reader reads 1");
    }

    @Provide
    Arbitrary<BasisCatalogue> catalogues() {
        Arbitrary<LegalInstrument> instruments = Combinators.combine(
                Arbitraries.of("中华人民共和国烟草专卖法", "烟草专卖许可证管理办法", "某省烟草专卖管理条例", "Regulation 7"),
                Arbitraries.of(InstrumentLevel.class),
                Arbitraries.of("", "国烟法〔2019〕12号"),
                Arbitraries.integers().between(0, 5000),
                Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(-1, 4000)).as((title, level, number, start, lag, life) -> {
                    LocalDate effective = LocalDate.of(2005, 1, 1).plusDays(start);
                    LegalInstrument.Builder b = LegalInstrument.builder().title(title).level(level)
                            .adoptionDate(effective.minusDays(lag)).effectiveDate(effective);
                    if (!number.isEmpty()) {
                        b.documentNumber(number);
                    }
                    if (life >= 0) {
                        b.repealDate(effective.plusDays(life + 1));
                    }
                    return b.build();
                });
        return instruments.list().ofMaxSize(4).uniqueElements(LegalInstrument::title)
                .map(list -> BasisCatalogue.builder("依据目录").addAll(List.copyOf(list)).build());
    }
}
