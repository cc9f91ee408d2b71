package io.github.quanze.jackson.disparity;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityAnalysis;
import io.github.quanze.disparity.DisparityFinding;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.disparity.DisparitySettings;
import io.github.quanze.disparity.Expectation;
import io.github.quanze.jackson.QuanzeDocuments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
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
 * The document of the analysis of like cases: settings, groups with their levels and spreads, findings with their
 * cases, agencies and officers, and the counts; the same cases give the same document whatever their order, and
 * every written document is valid against the published schema.
 */
class DisparityDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Circumstances SMALL = Circumstances.builder().set("amount", 3_200).set("repeated", false)
            .build();
    private static final Circumstances LARGE = Circumstances.builder().set("amount", 52_000).set("repeated", true)
            .build();
    private static final Expectation ORDINARY = Expectation.of(TierLevel.ORDINARY,
            new FineBounds(new BigDecimal("960.00"), new BigDecimal("1280.00"), FineBounds.Source.MULTIPLE));
    private static final String[] AGENCIES = {"甲县烟草专卖局", "乙县烟草专卖局"};
    private static final String[] OFFICERS = {"张三", "李四", "王五"};

    @Test
    void aReportIsWrittenWithItsGroupsFindingsAndCounts() {
        DisparityReport report = DisparityAnalysis.create().addAll(List.of(
                decided("A-1", 0, "TL-57", SMALL, TierLevel.ORDINARY, "1000", "3200", ORDINARY),
                decided("A-2", 0, "TL-57", SMALL, TierLevel.ORDINARY, "1200", "3200", ORDINARY),
                decided("B-1", 1, "TL-57", SMALL, TierLevel.HEAVIER, "1600", "3200", ORDINARY),
                decided("B-2", 1, "TL-58", LARGE, TierLevel.HEAVIER, "20000", null, null))).report();
        String json = write(report);
        JsonNode doc = JSON.readTree(json);

        assertValid(DisparityDocuments.DISPARITY_REPORT, QuanzeDocuments.json(), json);
        assertValid(DisparityDocuments.DISPARITY_REPORT, QuanzeDocuments.yaml(),
                QuanzeDocuments.yaml().writer(DisparityDocuments.DISPARITY_REPORT).writeString(report));
        assertThat(doc.get("kind").asString()).isEqualTo("disparity-report");
        assertThat(doc.at("/settings/spreadRatio").decimalValue()).isEqualByComparingTo("2");
        assertThat(doc.at("/settings/minimumGroupSize").asInt()).isEqualTo(2);
        assertThat(doc.get("cases").asLong()).isEqualTo(4);
        assertThat(doc.get("groups")).hasSize(2);
        JsonNode small = doc.at("/groups/0");
        assertThat(small.get("item").asString()).isEqualTo("TL-57");
        assertThat(small.get("profile").toString()).isEqualTo("{\"amount\":3200,\"repeated\":false}");
        assertThat(small.get("cases").asLong()).isEqualTo(3);
        assertThat(small.get("levels").toString()).isEqualTo(
                "[{\"level\":\"ORDINARY\",\"cases\":2},{\"level\":\"HEAVIER\",\"cases\":1}]");
        assertThat(small.at("/rates/measure").asString()).isEqualTo("RATE");
        assertThat(small.at("/rates/minCase").asString()).isEqualTo("A-1");
        assertThat(small.at("/rates/maxCase").asString()).isEqualTo("B-1");
        assertThat(small.has("amounts")).isFalse();
        assertThat(doc.at("/groups/1/amounts/min").decimalValue()).isEqualByComparingTo("20000");
        assertThat(doc.at("/groups/1").has("rates")).isFalse();

        List<String> codes = new ArrayList<>();
        doc.get("findings").forEach(f -> codes.add(f.get("code").asString()));
        assertThat(codes).isEqualTo(report.findings().stream().map(DisparityFinding::code).toList())
                .containsExactly("DISPARITY.TIERS", "DISPARITY.OUTLIER_LEVEL", "DISPARITY.OUTLIER_FINE");
        JsonNode tiers = doc.at("/findings/0");
        assertThat(tiers.get("kind").asString()).isEqualTo("TIERS");
        assertThat(tiers.get("severity").asString()).isEqualTo("WARNING");
        assertThat(tiers.get("item").asString()).isEqualTo("TL-57");
        assertThat(tiers.get("cases").toString()).isEqualTo("[\"A-1\",\"B-1\"]");
        // sorted as strings: 乙 (U+4E59) before 甲 (U+7532)
        assertThat(tiers.get("agencies").toString()).isEqualTo("[\"" + AGENCIES[1] + "\",\"" + AGENCIES[0] + "\"]");
        assertThat(tiers.get("cites").toString()).isEqualTo("[\"《中华人民共和国行政处罚法》第五条第二款\"]");
        assertThat(tiers.at("/message/zh").asString()).isEqualTo(report.findings().get(0).message().zh());
        JsonNode fine = doc.at("/findings/2");
        assertThat(fine.get("cases").toString()).isEqualTo("[\"B-1\"]");
        assertThat(fine.get("cites")).hasSize(2);
        assertThat(fine.at("/message/en").asString()).isEqualTo(report.findings().get(2).message().en());

        assertThat(doc.get("agencies").toString()).isEqualTo("[{\"name\":\"" + AGENCIES[1] + "\",\"cases\":2,"
                + "\"outlierCases\":1,\"disparateCases\":1},{\"name\":\"" + AGENCIES[0] + "\",\"cases\":2,"
                + "\"outlierCases\":0,\"disparateCases\":2}]");
        assertThat(doc.get("officers")).hasSize(report.officers().size());
    }

    @Test
    void anEmptyAnalysisWritesItsSettingsAndNoLists() {
        DisparityReport report = DisparityAnalysis.create().report(DisparitySettings.defaults()
                .withSpreadRatio(new BigDecimal("1.50")).withMinimumGroupSize(3));
        JsonNode doc = JSON.readTree(write(report));

        assertThat(doc.toString()).isEqualTo("{\"kind\":\"disparity-report\",\"version\":1,"
                + "\"settings\":{\"spreadRatio\":1.5,\"minimumGroupSize\":3},\"cases\":0}");
        assertValid(DisparityDocuments.DISPARITY_REPORT, QuanzeDocuments.json(), write(report));
    }

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void aReportIsWrittenTheSameWhateverTheOrderOfItsCasesAndIsValid(@ForAll("randoms") Random random) {
        List<DecidedPenalty> cases = new ArrayList<>();
        for (int i = 0, n = random.nextInt(30); i < n; i++) {
            cases.add(random(random, "C-" + i));
        }
        List<DecidedPenalty> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, random);
        DisparitySettings settings = new DisparitySettings(new BigDecimal(List.of("1", "1.5", "2", "3")
                .get(random.nextInt(4))), 2 + random.nextInt(3));

        DisparityReport report = DisparityAnalysis.create().addAll(cases).report(settings);
        String json = write(report);
        for (DisparityFinding.Kind kind : DisparityFinding.Kind.values()) {
            Statistics.label(kind.name()).collect(!report.findings(kind).isEmpty());
        }

        assertThat(write(DisparityAnalysis.create().addAll(shuffled).report(settings))).isEqualTo(json);
        assertValid(DisparityDocuments.DISPARITY_REPORT, QuanzeDocuments.json(), json);
        assertValid(DisparityDocuments.DISPARITY_REPORT, QuanzeDocuments.yaml(),
                QuanzeDocuments.yaml().writer(DisparityDocuments.DISPARITY_REPORT).writeString(report));
        JsonNode doc = JSON.readTree(json);
        assertThat(doc.get("cases").asLong()).isEqualTo(cases.size());
        assertThat(doc.has("groups")).isEqualTo(!report.groups().isEmpty());
        for (int i = 0; i < report.findings().size(); i++) {
            DisparityFinding finding = report.findings().get(i);
            JsonNode f = doc.get("findings").get(i);
            assertThat(f.get("code").asString()).isEqualTo(finding.code());
            assertThat(f.get("cases")).hasSize(finding.cases().size());
            assertThat(f.get("officers")).hasSize(finding.officers().size());
            assertThat(f.at("/message/zh").asString()).isEqualTo(finding.message().zh());
        }
        long levelled = 0;
        for (JsonNode group : doc.path("groups")) {
            for (JsonNode level : group.get("levels")) {
                levelled += level.get("cases").asLong();
            }
        }
        assertThat(levelled).isEqualTo(cases.size());
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.longs().map(Random::new);
    }

    private static String write(DisparityReport report) {
        return QuanzeDocuments.json().writer(DisparityDocuments.DISPARITY_REPORT).writeString(report);
    }

    private static DecidedPenalty random(Random random, String id) {
        TierLevel level = TierLevel.values()[random.nextInt(TierLevel.values().length)];
        String fine = level == TierLevel.NO_PENALTY || random.nextInt(4) == 0 ? null
                : String.valueOf(100 + random.nextInt(2000));
        String base = fine != null && random.nextBoolean() ? "3200" : null;
        Expectation expected = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> Expectation.of(TierLevel.values()[random.nextInt(TierLevel.values().length)]);
            default -> ORDINARY;
        };
        return decided(id, random.nextInt(2), random.nextBoolean() ? "TL-57" : "TL-58",
                random.nextBoolean() ? SMALL : LARGE, level, fine, base, expected);
    }

    private static DecidedPenalty decided(String id, int agency, String item, Circumstances profile, TierLevel level,
            String fine, String base, Expectation expected) {
        DecidedPenalty.Builder b = DecidedPenalty.builder().caseId(id).agency(AGENCIES[agency])
                .officers(List.of(OFFICERS[agency], OFFICERS[2])).item(item).profile(profile).level(level);
        if (fine != null) {
            b.fine(new BigDecimal(fine));
        }
        if (base != null) {
            b.base(new BigDecimal(base));
        }
        if (expected != null) {
            b.expected(expected);
        }
        return b.build();
    }
}
