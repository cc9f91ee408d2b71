package io.github.quanze.jackson.discretion;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.StandardFinding;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/**
 * The document of the verification of discretion standards: each finding with its code, severity, parameters,
 * message and citations, then its kind, standard, item, rows and higher standard; the same verification is written
 * the same, and every written document is valid against the published schema.
 */
class StandardVerificationDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HIGHER = "某烟法〔2024〕1号";
    private static final String LOWER = "某县烟〔2025〕3号";

    @Test
    void aCountyTierAboveTheProvincialOneIsWrittenWithBothStandardsAndBothRows() throws IOException {
        StandardVerification verification = againstTheFixture("minFactor: 0.35, maxFactor: 0.45");
        String json = write(verification);
        JsonNode doc = JSON.readTree(json);

        assertValid(DiscretionDocuments.STANDARD_VERIFICATION, QuanzeDocuments.json(), json);
        assertValid(DiscretionDocuments.STANDARD_VERIFICATION, QuanzeDocuments.yaml(),
                QuanzeDocuments.yaml().writer(DiscretionDocuments.STANDARD_VERIFICATION).writeString(verification));
        assertThat(doc.get("kind").asString()).isEqualTo("standard-verification");
        assertThat(doc.get("standards").toString()).isEqualTo("[\"" + LOWER + "\",\"" + HIGHER + "\"]");
        assertThat(doc.get("clean").asBoolean()).isFalse();
        // the fixture's YC-056.2 does not test mitigation: the provincial standard has that finding too
        assertThat(verification.findings()).extracting(StandardFinding::kind).containsExactly(
                StandardFinding.Kind.NOT_CONTAINED, StandardFinding.Kind.MITIGATION_IGNORED);
        assertThat(doc.get("findings")).hasSize(2);
        JsonNode finding = doc.at("/findings/0");
        assertThat(finding.get("code").asString()).isEqualTo("STANDARD.NOT_CONTAINED");
        assertThat(finding.get("kind").asString()).isEqualTo("NOT_CONTAINED");
        assertThat(finding.get("severity").asString()).isEqualTo("WARNING");
        assertThat(finding.get("standard").asString()).isEqualTo(LOWER);
        assertThat(finding.get("item").asString()).isEqualTo("YC-057");
        assertThat(finding.get("rows").toString()).isEqualTo("[\"YC-057.4\",\"YC-057.4\"]");
        assertThat(finding.get("higher").asString()).isEqualTo(HIGHER);
        assertThat(finding.at("/parameters/higher").toString()).contains(HIGHER);
        assertThat(finding.at("/message/zh").asString()).isEqualTo(verification.findings().get(0).message().zh())
                .contains(LOWER).contains(HIGHER);
        assertThat(finding.at("/message/en").asString()).isEqualTo(verification.findings().get(0).message().en());
    }

    @Test
    void aContainedCountyTierGivesNoContainmentFindingAndAFindingOfItsOwnHasNoHigher() throws IOException {
        StandardVerification verification = againstTheFixture("minFactor: 0.32, maxFactor: 0.38");
        JsonNode doc = JSON.readTree(write(verification));

        assertThat(verification.findings()).extracting(StandardFinding::kind)
                .containsExactly(StandardFinding.Kind.MITIGATION_IGNORED);
        assertThat(doc.get("clean").asBoolean()).isFalse();
        assertThat(doc.at("/findings/0/code").asString()).isEqualTo("STANDARD.MITIGATION_IGNORED");
        assertThat(doc.at("/findings/0/severity").asString()).isEqualTo("WARNING");
        assertThat(doc.at("/findings/0/rows").toString()).isEqualTo("[\"YC-056.2\"]");
        assertThat(doc.at("/findings/0").has("higher")).isFalse();
        assertThat(doc.at("/findings/0/cites").toString()).contains("《中华人民共和国行政处罚法》第三十二条");
        assertValid(DiscretionDocuments.STANDARD_VERIFICATION, QuanzeDocuments.json(), write(verification));
    }

    @Test
    void aCleanVerificationWritesNoFindings() throws IOException {
        DocumentContext context = DiscretionDocumentsTest.fixtures();
        String purchases = "level: ORDINARY\n            kinds: [FINE, CONFISCATION_OF_GAINS]\n"
                + "            fine: {type: multiple, base: PURCHASES, minFactor: 0.05, maxFactor: 0.1}";
        DiscretionStandard lighter = county(context, purchases, purchases.replace("ORDINARY", "LIGHTER")
                .replace("0.1}", "0.07}"));
        StandardVerification verification = StandardVerifier.standard().verify(lighter);
        JsonNode doc = JSON.readTree(write(verification));

        assertThat(verification.isClean()).isTrue();
        assertThat(doc.get("clean").asBoolean()).isTrue();
        assertThat(doc.has("findings")).isFalse();
        assertValid(DiscretionDocuments.STANDARD_VERIFICATION, QuanzeDocuments.json(), write(verification));
    }

    @Test
    void aTierAboveTheStatuteIsAnErrorCitingTheRowsProvision() throws IOException {
        DocumentContext context = DiscretionDocumentsTest.fixtures();
        DiscretionStandard high = county(context, "minFactor: 0.4, maxFactor: 0.5}\n        - id: YC-057.3",
                "minFactor: 0.4, maxFactor: 0.6}\n        - id: YC-057.3");

        StandardVerification verification = StandardVerifier.standard().verify(high);
        JsonNode doc = JSON.readTree(write(verification));

        List<String> codes = new ArrayList<>();
        doc.get("findings").forEach(f -> codes.add(f.get("code").asString()));
        assertThat(codes).contains("STANDARD.ABOVE_MAXIMUM");
        JsonNode above = doc.get("findings").get(codes.indexOf("STANDARD.ABOVE_MAXIMUM"));
        assertThat(above.get("severity").asString()).isEqualTo("ERROR");
        assertThat(above.get("rows").toString()).isEqualTo("[\"YC-057.2\"]");
        assertThat(above.has("higher")).isFalse();
        assertThat(above.get("cites").toString()).contains("《中华人民共和国烟草专卖法实施条例》第五十七条");
        assertThat(above.at("/parameters/row").toString()).contains("YC-057.2");
    }

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void aVerificationIsWrittenTheSameFromTheSameStandardsAndIsValid(@ForAll("randoms") Random random) {
        StatutoryFrame frame = GeneratedDiscretion.frame(random);
        DiscretionStandard one = GeneratedDiscretion.standard(random, frame, false);
        DiscretionStandard two = GeneratedDiscretion.standard(random, frame, false);
        boolean paired = one.level() != two.level();
        DiscretionStandard lower = one.level().compareTo(two.level()) > 0 ? one : two;
        DiscretionStandard higher = lower == one ? two : one;

        StandardVerification verification = paired ? StandardVerifier.standard().verify(lower, higher)
                : StandardVerifier.standard().verify(one);
        StandardVerification again = paired ? StandardVerifier.standard().verify(rebuilt(lower, frame),
                rebuilt(higher, frame)) : StandardVerifier.standard().verify(rebuilt(one, frame));
        Statistics.label("verified against a higher standard").collect(paired);
        Statistics.label("containment found").collect(!verification.findings(StandardFinding.Kind.NOT_CONTAINED)
                .isEmpty());
        String json = write(verification);

        assertThat(write(again)).isEqualTo(json);
        assertValid(DiscretionDocuments.STANDARD_VERIFICATION, QuanzeDocuments.json(), json);
        assertValid(DiscretionDocuments.STANDARD_VERIFICATION, QuanzeDocuments.yaml(),
                QuanzeDocuments.yaml().writer(DiscretionDocuments.STANDARD_VERIFICATION).writeString(verification));
        JsonNode doc = JSON.readTree(json);
        assertThat(doc.get("clean").asBoolean()).isEqualTo(verification.isClean());
        assertThat(doc.has("findings")).isEqualTo(!verification.isClean());
        for (int i = 0; i < verification.findings().size(); i++) {
            StandardFinding finding = verification.findings().get(i);
            JsonNode f = doc.get("findings").get(i);
            assertThat(f.get("code").asString()).isEqualTo(finding.code());
            assertThat(f.get("severity").asString()).isEqualTo(finding.severity().name());
            assertThat(f.get("standard").asString()).isEqualTo(finding.standard());
            assertThat(f.has("item")).isEqualTo(finding.item().isPresent());
            assertThat(f.has("higher")).isEqualTo(finding.higher().isPresent());
            List<String> rows = new ArrayList<>();
            if (f.has("rows")) {
                f.get("rows").forEach(r -> rows.add(r.asString()));
            }
            assertThat(rows).isEqualTo(finding.rows().stream().map(RuleId::value).toList());
            assertThat(f.at("/message/zh").asString()).isEqualTo(finding.message().zh());
            Statistics.label("severity").collect(finding.severity() == Severity.ERROR ? "error" : "other");
        }
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.longs().map(Random::new);
    }

    private static String write(StandardVerification verification) {
        return QuanzeDocuments.json().writer(DiscretionDocuments.STANDARD_VERIFICATION).writeString(verification);
    }

    /** The verification of a county standard, its YC-057.4 with the fine given, against the fixture's provincial one. */
    private static StandardVerification againstTheFixture(String fine) throws IOException {
        DocumentContext context = DiscretionDocumentsTest.fixtures();
        DiscretionStandard higher = context.get(DiscretionStandard.class).orElseThrow();
        return StandardVerifier.standard().verify(county(context, "minFactor: 0.3, maxFactor: 0.4", fine), higher);
    }

    /** A county standard implementing the fixture's provincial one, with one text of its document replaced. */
    private static DiscretionStandard county(DocumentContext context, String from, String to) throws IOException {
        String yaml = Files.readString(Path.of("src/test/resources/fixtures/discretion-standard.yaml"));
        assertThat(yaml).contains(from);
        String county = yaml.replace("number: " + HIGHER, "number: " + LOWER)
                .replace("level: PROVINCIAL", "level: COUNTY")
                .replace("effective: 2024-03-01", "effective: 2025-03-01\nimplementing: " + HIGHER)
                .replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        return QuanzeDocuments.yaml().reader(DiscretionDocuments.DISCRETION_STANDARD).with(context)
                .readString("county.yaml", county);
    }

    /** The standard written and read back: equal, but built anew. */
    private static DiscretionStandard rebuilt(DiscretionStandard standard, StatutoryFrame frame) {
        DocumentContext context = DocumentContext.empty().with(BasisCatalogue.class, TobaccoDiscretion.basis())
                .with(StatutoryFrame.class, frame);
        return QuanzeDocuments.json().reader(DiscretionDocuments.DISCRETION_STANDARD).with(context).readString(
                "standard", QuanzeDocuments.json().writer(DiscretionDocuments.DISCRETION_STANDARD).with(context)
                        .writeString(standard));
    }
}
