package io.github.quanze.jackson.discretion;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.Disposition;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.discretion.StandardLevel;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.rule.Cell;
import io.github.quanze.text.BilingualText;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiscretionDocumentsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private static final String OFFENCE = """
            kind: offence
            version: 1
            item: YC-057
            act: 2025-03-02
            discovered: 2025-03-02
            decided: 2025-04-10
            base: 12000
            circumstances: {amount: 12000, repeated: false}
            """;

    @Test
    void theFixturesReadAsTheTobaccoFrameAndStandardBuiltInJava() throws IOException {
        DocumentContext context = fixtures();

        assertThat(context.get(BasisCatalogue.class)).contains(TobaccoDiscretion.basis());
        assertThat(context.get(StatutoryFrame.class)).contains(TobaccoDiscretion.frame());
        DiscretionStandard standard = context.get(DiscretionStandard.class).orElseThrow();
        assertThat(standard).isEqualTo(TobaccoDiscretion.standard());
        assertThat(standard.item("YC-056").orElseThrow().isFirstOffenceExempt()).isTrue();
        assertThat(standard.item("YC-057").orElseThrow().tiers().rows().get(0).cell("mitigation"))
                .isEqualTo(Cell.is(io.github.quanze.discretion.StatutoryMitigation.MUST));
    }

    @Test
    void theFixtureStandardDecidesAnOffenceReadFromYaml() throws IOException {
        DocumentContext context = fixtures();
        PenaltyDiscretion discretion = PenaltyDiscretion.of(List.of(context.get(DiscretionStandard.class)
                .orElseThrow()));

        PenaltyRuling ordinary = discretion.decide(offence(context, OFFENCE));
        PenaltyRuling repeated = discretion.decide(offence(context, OFFENCE.replace("repeated: false",
                "repeated: true")));

        assertThat(ordinary.disposition()).isEqualTo(Disposition.PENALTY);
        assertThat(ordinary.row().orElseThrow().id().value()).isEqualTo("YC-057.4");
        assertThat(ordinary.tier().map(Tier::level)).contains(TierLevel.ORDINARY);
        assertThat(ordinary.kinds()).containsExactlyInAnyOrder(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GAINS);
        assertThat(ordinary.bounds()).contains(new FineBounds(new java.math.BigDecimal("3600.00"),
                new java.math.BigDecimal("4800.00"), FineBounds.Source.MULTIPLE));
        assertThat(ordinary.midpoint()).contains(new java.math.BigDecimal("4200.00"));
        assertThat(repeated.row().orElseThrow().id().value()).isEqualTo("YC-057.2");
        assertThat(repeated.tier().map(Tier::level)).contains(TierLevel.HEAVIER);
        assertThat(repeated.bounds().map(FineBounds::max)).contains(new java.math.BigDecimal("6000.00"));
    }

    @Test
    void aFirstOffenceOnTheStandardsListIsNotPunished() throws IOException {
        DocumentContext context = fixtures();
        Offence first = offence(context, """
                kind: offence
                version: 1
                item: YC-056
                act: 2025-05-06
                discovered: 2025-05-07
                decided: 2025-05-20
                circumstances: {amount: 3000}
                party: {harm: SLIGHT, correctedInTime: true, firstOffence: true}
                """);

        PenaltyRuling ruling = PenaltyDiscretion.of(List.of(context.get(DiscretionStandard.class).orElseThrow()))
                .decide(first);

        assertThat(ruling.disposition()).isEqualTo(Disposition.NO_PENALTY);
        assertThat(ruling.grounds()).containsExactly(RulingGround.FIRST_OFFENCE);
        assertThat(first.party().isFirstOffence()).isTrue();
    }

    @Test
    void theRulingIsWrittenWithItsTierBoundsLimitationAndReasoning() throws IOException {
        DocumentContext context = fixtures();
        PenaltyRuling ruling = PenaltyDiscretion.of(List.of(context.get(DiscretionStandard.class).orElseThrow()))
                .decide(offence(context, OFFENCE));

        String json = QuanzeDocuments.json().writer(DiscretionDocuments.PENALTY_RULING).writeString(ruling);
        JsonNode doc = JsonMapper.builder().build().readTree(json);

        assertValid(DiscretionDocuments.PENALTY_RULING, QuanzeDocuments.json(), json);
        assertThat(doc.get("kind").asString()).isEqualTo("penalty-ruling");
        assertThat(doc.at("/offence/item").asString()).isEqualTo("YC-057");
        assertThat(doc.get("disposition").asString()).isEqualTo("PENALTY");
        assertThat(doc.has("grounds")).isFalse();
        assertThat(doc.at("/limitation/lastDay").asString()).isEqualTo("2027-03-02");
        assertThat(doc.at("/limitation/period").asString()).isEqualTo("P2Y");
        assertThat(doc.at("/limitation/cites/0").asString()).isEqualTo("《中华人民共和国行政处罚法》第三十六条第一款");
        assertThat(doc.get("standard").asString()).isEqualTo("某烟法〔2024〕1号");
        assertThat(doc.get("versionBasis").asString()).isEqualTo("UNCHANGED");
        assertThat(doc.get("row").asString()).isEqualTo("YC-057.4");
        assertThat(doc.at("/tier/level").asString()).isEqualTo("ORDINARY");
        assertThat(doc.at("/tier/fine/maxFactor").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(doc.get("kinds").toString()).isEqualTo("[\"FINE\",\"CONFISCATION_OF_GAINS\"]");
        assertThat(doc.at("/bounds/min").decimalValue()).isEqualByComparingTo("3600");
        assertThat(doc.at("/bounds/source").asString()).isEqualTo("MULTIPLE");
        assertThat(doc.get("midpoint").decimalValue()).isEqualByComparingTo("4200");
        assertThat(doc.at("/text/zh").asString()).contains("YC-057.4").contains("4200.00");
        assertThat(doc.at("/text/en").asString()).isNotBlank();
        assertThat(QuanzeDocuments.json().writer(DiscretionDocuments.PENALTY_RULING).writeString(
                PenaltyDiscretion.of(List.of(TobaccoDiscretion.standard())).decide(ruling.offence())))
                .isEqualTo(json);
    }

    @Test
    void offencesAreReadAsJsonLinesAndABadLineIsNamed() throws IOException {
        DocumentContext context = fixtures();
        StringWriter written = new StringWriter();
        QuanzeDocuments.json().writer(DiscretionDocuments.OFFENCE_DOCUMENT).writeLine(offence(context, OFFENCE),
                written);
        String one = written.toString().strip();
        String lines = one + "\n" + one.replace("\"YC-057\"", "\"YC-056\"") + "\n";

        try (Stream<Offence> read = QuanzeDocuments.json().reader(DiscretionDocuments.OFFENCE_DOCUMENT).with(context)
                .readAll("offences.jsonl", new StringReader(lines))) {
            assertThat(read.map(Offence::item)).containsExactly("YC-057", "YC-056");
        }
        String broken = lines + one.replace("\"YC-057\"", "\"YC-999\"") + "\n";
        try (Stream<Offence> read = QuanzeDocuments.json().reader(DiscretionDocuments.OFFENCE_DOCUMENT).with(context)
                .readAll("offences.jsonl", new StringReader(broken))) {
            assertThatThrownBy(read::toList).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.pointer()).isEqualTo("/item");
                assertThat(e.rule()).contains("unknown violation item").contains("[YC-057, YC-056]");
            });
        }
    }

    @Test
    void anOffenceReadWithoutAFrameKeepsItsItemForTheDecisionToResolve() {
        Offence read = QuanzeDocuments.yaml().reader(DiscretionDocuments.OFFENCE_DOCUMENT)
                .readString("o.yaml", OFFENCE.replace("YC-057", "YC-999"));

        assertThat(read.item()).isEqualTo("YC-999");
        assertThatIllegalArgumentException().isThrownBy(() -> PenaltyDiscretion.of(List.of(
                TobaccoDiscretion.standard())).decide(read)).withMessageContaining("no standard grades item");
    }

    @Test
    void aStandardNeedsItsFrameAndResolvesItsItemsAgainstIt() throws IOException {
        String standard = Files.readString(FIXTURES.resolve("discretion-standard.yaml"));
        DocumentContext basisOnly = DocumentContext.empty().with(BasisCatalogue.class, TobaccoDiscretion.basis());

        assertInvalid(DiscretionDocuments.DISCRETION_STANDARD, basisOnly, standard)
                .hasMessageContaining("refers to a statutory frame, which was not given to the reader");
        assertInvalid(DiscretionDocuments.DISCRETION_STANDARD, TobaccoDiscretion.context(),
                standard.replace("- code: YC-056", "- code: YC-058"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/items/1/code");
                    assertThat(e.line()).isEqualTo(lineOf(standard, "- code: YC-056"));
                    assertThat(e.field()).contains("code");
                    assertThat(e.value()).contains("\"YC-058\"");
                    assertThat(e.rule()).contains("unknown violation item");
                });
    }

    @Test
    void aTierRangeAndACircumstanceAreCheckedByCoresRules() throws IOException {
        String standard = Files.readString(FIXTURES.resolve("discretion-standard.yaml"));

        assertInvalid(DiscretionDocuments.DISCRETION_STANDARD, TobaccoDiscretion.context(),
                standard.replaceFirst("minFactor: 0.2, maxFactor: 0.3", "minFactor: 0.3, maxFactor: 0.2"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/items/0/tiers/rows/0/outcome/fine");
                    assertThat(e.field()).contains("fine");
                    assertThat(e.rule()).contains("minFactor 0.3 must not be above maxFactor 0.2");
                });
        assertInvalid(DiscretionDocuments.DISCRETION_STANDARD, TobaccoDiscretion.context(),
                standard.replace("columns: [mitigation, amount, repeated]", "columns: [mitigation, amount, repeat]"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/items/0/tiers/columns/2");
                    assertThat(e.value()).contains("\"repeat\"");
                    assertThat(e.rule()).contains("declares no circumstance \"repeat\"").contains("amount, repeated");
                });
        assertInvalid(DiscretionDocuments.DISCRETION_STANDARD, TobaccoDiscretion.context(),
                standard.replace("policy: UNIQUE", "policy: COLLECT"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/items/1/tiers/policy");
                    assertThat(e.rule()).contains("item 'YC-056': tiers cannot be collected");
                });
    }

    @Test
    void aDecisionBeforeTheActIsAnErrorAtTheOffence() {
        assertInvalid(DiscretionDocuments.OFFENCE_DOCUMENT, TobaccoDiscretion.context(),
                OFFENCE.replace("decided: 2025-04-10", "decided: 2025-03-01"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.pointer()).isEmpty();
                    assertThat(e.rule()).contains("decided 2025-03-01 is before the act was discovered on 2025-03-02");
                });
    }

    @Test
    void tiersNamedOtherwiseThanTheirItemAreNotWritten() {
        DiscretionStandard odd = DiscretionStandard.builder().title("基准").issuer("某局").number("X〔2024〕1号")
                .level(StandardLevel.COUNTY).effective(LocalDate.of(2024, 1, 1)).frame(TobaccoDiscretion.frame())
                .circumstances(TobaccoDiscretion.REPEATED)
                .item("YC-057", io.github.quanze.rule.TableSpec.<Tier>builder("another name",
                                io.github.quanze.rule.HitPolicy.FIRST).order(Tier.SEVERITY)
                        .columns(TobaccoDiscretion.REPEATED).row("R1").title(BilingualText.of("一", "one"))
                        .basis(LegalBasis.of(Provision.of(TobaccoDiscretion.REGULATION, 57)))
                        .then(Tier.without(TierLevel.LIGHTER, PenaltyKind.WARNING)).build())
                .build();

        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeDocuments.yaml()
                .writer(DiscretionDocuments.DISCRETION_STANDARD).writeString(odd))
                .withMessageContaining("are named \"another name\"");
    }

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void aFrameSurvivesJsonAndYaml(@ForAll("randoms") Random random) {
        assertRoundTrip(DiscretionDocuments.STATUTORY_FRAME, GeneratedDiscretion.frame(random),
                DocumentContext.empty().with(BasisCatalogue.class, TobaccoDiscretion.basis()));
    }

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void aStandardSurvivesJsonAndYaml(@ForAll("randoms") Random random) {
        StatutoryFrame frame = GeneratedDiscretion.frame(random);
        DiscretionStandard standard = GeneratedDiscretion.standard(random, frame, false);

        assertRoundTrip(DiscretionDocuments.DISCRETION_STANDARD, standard, DocumentContext.empty()
                .with(BasisCatalogue.class, TobaccoDiscretion.basis()).with(StatutoryFrame.class, frame));
    }

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void anOffenceSurvivesJsonAndYaml(@ForAll("randoms") Random random) {
        StatutoryFrame frame = GeneratedDiscretion.frame(random);

        assertRoundTrip(DiscretionDocuments.OFFENCE_DOCUMENT, GeneratedDiscretion.offence(random, frame),
                DocumentContext.empty().with(StatutoryFrame.class, frame));
    }

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void aRulingIsWrittenTheSameFromTheSameInputsAndIsValid(@ForAll("randoms") Random random) {
        StatutoryFrame frame = GeneratedDiscretion.frame(random);
        DiscretionStandard standard = GeneratedDiscretion.standard(random, frame, true);
        Offence offence = GeneratedDiscretion.offenceUnder(random, standard);

        PenaltyRuling ruling = PenaltyDiscretion.of(List.of(standard)).decide(offence);
        Statistics.label("disposition").collect(ruling.disposition());
        Statistics.label("tier").collect(ruling.tier().map(t -> t.level().name()).orElse("none"));
        String first = ruling(QuanzeDocuments.json(), ruling);
        String again = ruling(QuanzeDocuments.json(), PenaltyDiscretion.of(List.of(
                rebuilt(DiscretionDocuments.DISCRETION_STANDARD, standard, frame))).decide(
                rebuilt(DiscretionDocuments.OFFENCE_DOCUMENT, offence, frame)));

        assertThat(again).isEqualTo(first);
        assertValid(DiscretionDocuments.PENALTY_RULING, QuanzeDocuments.json(), first);
        assertValid(DiscretionDocuments.PENALTY_RULING, QuanzeDocuments.yaml(), ruling(QuanzeDocuments.yaml(),
                PenaltyDiscretion.of(List.of(standard)).decide(offence)));
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.longs().map(Random::new);
    }

    /** The value written and read back in JSON: equal, but built anew. */
    private static <T> T rebuilt(DocumentKind<T> kind, T value, StatutoryFrame frame) {
        DocumentContext context = DocumentContext.empty().with(BasisCatalogue.class, TobaccoDiscretion.basis())
                .with(StatutoryFrame.class, frame);
        return QuanzeDocuments.json().reader(kind).with(context).readString(kind.name(),
                QuanzeDocuments.json().writer(kind).with(context).writeString(value));
    }

    private static String ruling(QuanzeDocuments format, PenaltyRuling ruling) {
        return format.writer(DiscretionDocuments.PENALTY_RULING).writeString(ruling);
    }

    private static Offence offence(DocumentContext context, String yaml) {
        return QuanzeDocuments.yaml().reader(DiscretionDocuments.OFFENCE_DOCUMENT).with(context)
                .readString("offence.yaml", yaml);
    }

    /** The line of the first line holding {@code text}, counted from 1. */
    private static int lineOf(String document, String text) {
        return document.substring(0, document.indexOf(text)).split("\n", -1).length;
    }

    /** The basis, frame and standard of the fixtures, each read with those before it. */
    static DocumentContext fixtures() throws IOException {
        DocumentContext context = DocumentContext.empty();
        BasisCatalogue basis = read(io.github.quanze.jackson.basis.BasisDocuments.BASIS_CATALOGUE, context,
                "discretion-basis.yaml");
        context = context.with(BasisCatalogue.class, basis);
        context = context.with(StatutoryFrame.class, read(DiscretionDocuments.STATUTORY_FRAME, context,
                "discretion-frame.yaml"));
        return context.with(DiscretionStandard.class, read(DiscretionDocuments.DISCRETION_STANDARD, context,
                "discretion-standard.yaml"));
    }

    private static <T> T read(DocumentKind<T> kind, DocumentContext context, String file) throws IOException {
        return QuanzeDocuments.yaml().reader(kind).with(context).read(FIXTURES.resolve(file));
    }
}
