package io.github.quanze.jackson.assessment;

import static io.github.quanze.testkit.assessment.AssessmentArbitraries.FROM;
import static io.github.quanze.testkit.assessment.AssessmentArbitraries.TO;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.AgencyTally;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.assessment.ReconsiderationOutcome;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.power.AgencyId;
import io.github.quanze.testkit.QuanzeArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AssessmentDocumentsTest {

    private static final DocumentContext NONE = DocumentContext.empty();

    /** A county's own scheme, as it writes it. */
    private static final String OWN = """
            kind: assessment-scheme
            version: 1
            name: 某县2026年度行政执法评议考核方案
            sections:
              - code: CASES
                name: {zh: 案件办理, en: cases}
                weight: 60
              - code: PUBLIC
                name: {zh: 社会评议, en: public}
                weight: 40
            items:
              - code: PASS_RATE
                section: CASES
                indicator: CASE_FILE_PASS_RATE
                points: 60
                fullAt: 100
                zeroAt: 50
              - code: SATISFACTION
                section: PUBLIC
                indicator: SATISFACTION_RATE
                points: 40
                fullAt: 97.5
                zeroAt: 60
            bonusItems:
              - code: COMMENDED
                name: {zh: 受到上级表彰, en: commended}
                pointsEach: 1.5
                cap: 3
            bonusCap: 3
            excellentFrom: 92.5
            passFrom: 70
            """;

    @Example
    void theDefaultSchemeSurvivesExactly() {
        assertRoundTrip(AssessmentDocuments.ASSESSMENT_SCHEME, AssessmentScheme.DEFAULT, NONE);
        String yaml = QuanzeDocuments.yaml().writer(AssessmentDocuments.ASSESSMENT_SCHEME)
                .writeString(AssessmentScheme.DEFAULT);
        assertThat(yaml).contains("fullAt: 0\n").contains("zeroAt: 10\n").contains("bonusCap: 5\n")
                .doesNotContain("minimumCoverage").doesNotContain("excellentFrom");
    }

    @Property(tries = 200)
    void aSchemeSurvivesJsonAndYaml(@ForAll("schemes") AssessmentScheme scheme) {
        assertRoundTrip(AssessmentDocuments.ASSESSMENT_SCHEME, scheme, NONE);
    }

    @Example
    void aCountysOwnSchemeIsReadThroughTheBuilder() {
        AssessmentScheme own = QuanzeDocuments.yaml().reader(AssessmentDocuments.ASSESSMENT_SCHEME)
                .readString("own.yaml", OWN);

        assertThat(own.items()).extracting(AssessmentScheme.Item::fullAt).containsExactly(100.0, 97.5);
        assertThat(own.excellentFrom()).isEqualTo(92.5);
        assertThat(own.minimumCoverage()).isEqualTo(50);
        assertThat(own.bonusItems()).singleElement().satisfies(b -> assertThat(b.pointsEach()).isEqualTo(1.5));
        assertRoundTrip(AssessmentDocuments.ASSESSMENT_SCHEME, own, NONE);
    }

    @Example
    void theSchemeBuildersRulesAreTheErrorsRules() {
        assertInvalid(AssessmentDocuments.ASSESSMENT_SCHEME, NONE, OWN.replace("weight: 40", "weight: 50"))
                .hasMessageContaining("sections add up to 110 points, but must add up to 100");
        assertInvalid(AssessmentDocuments.ASSESSMENT_SCHEME, NONE, OWN.replace("fullAt: 97.5", "fullAt: 50"))
                .hasMessageContaining("the full-marks value must be better than the zero value");
        assertInvalid(AssessmentDocuments.ASSESSMENT_SCHEME, NONE, OWN.replace("code: PUBLIC", "code: CASES"))
                .satisfies(e -> {
                    InvalidDocumentException d = (InvalidDocumentException) e;
                    assertThat(d.pointer()).isEqualTo("/sections/1");
                    assertThat(d.line()).isEqualTo(8);
                    assertThat(d.rule()).contains("two sections of code \"CASES\"");
                });
    }

    @Property(tries = 200)
    void aPeriodSurvivesJsonAndYaml(@ForAll("periods") AgencyPeriod period) {
        assertRoundTrip(AssessmentDocuments.AGENCY_PERIOD, period, NONE);
    }

    @Example
    void aPeriodLeavesOutWhatIsZero() {
        AgencyPeriod period = AgencyTally.of(AgencyId.of("COUNTY-SAMR"), "某县市场监督管理局", FROM, TO)
                .cases(40, 2).reconsiderations(ReconsiderationOutcome.UPHELD, 3).toPeriod();
        String yaml = QuanzeDocuments.yaml().writer(AssessmentDocuments.AGENCY_PERIOD).writeString(period);

        assertThat(yaml).isEqualTo("""
                kind: agency-period
                version: 1
                agency: COUNTY-SAMR
                agencyName: 某县市场监督管理局
                from: 2026-01-01
                to: 2026-12-31
                cases: 40
                overdueCases: 2
                reconsiderations:
                - outcome: UPHELD
                  count: 3
                """);
        assertInvalid(AssessmentDocuments.AGENCY_PERIOD, NONE, yaml.replace("overdueCases: 2", "overdueCases: 41"))
                .hasMessageContaining("overdueCases must be 0 to 40, but was 41");
    }

    @Example
    void aPeriodReadsAndWritesItsPublicationAndRecordingCounts() {
        AgencyPeriod period = AgencyTally.of(AgencyId.of("COUNTY-SAMR"), "某县市场监督管理局", FROM, TO)
                .cases(40, 2).publications(30, 27).recordedSteps(200, 196).toPeriod();
        String yaml = QuanzeDocuments.yaml().writer(AssessmentDocuments.AGENCY_PERIOD).writeString(period);

        assertThat(yaml).endsWith("""
                decisionsToPublish: 30
                decisionsPublishedOnTime: 27
                recordedSteps: 200
                completelyRecordedSteps: 196
                """);
        AgencyPeriod read = QuanzeDocuments.yaml().reader(AssessmentDocuments.AGENCY_PERIOD).readString("p.yaml", yaml);
        assertThat(read).isEqualTo(period);
        assertThat(read.indicator(Indicator.PUBLICATION_ON_TIME_RATE).value()).hasValue(90.0);
        assertThat(read.indicator(Indicator.RECORDING_COMPLETENESS_RATE).value()).hasValue(98.0);
        assertInvalid(AssessmentDocuments.AGENCY_PERIOD, NONE, yaml.replace("decisionsPublishedOnTime: 27",
                "decisionsPublishedOnTime: 31"))
                .hasMessageContaining("decisionsPublishedOnTime must be 0 to 30, but was 31");
        assertInvalid(AssessmentDocuments.AGENCY_PERIOD, NONE, yaml.replace("completelyRecordedSteps: 196",
                "completelyRecordedSteps: -1"))
                .hasMessageContaining("completelyRecordedSteps");
    }

    @Property(tries = 100)
    void anAssessmentIsWrittenTheSameFromTheSameInput(@ForAll("periods") AgencyPeriod period,
            @ForAll("schemes") AssessmentScheme scheme) {
        AgencyPeriod claimsOfTheScheme = new AgencyPeriod(period.agency(), period.agencyName(), period.from(),
                period.to(), period.filesReviewed(), period.filesPassed(), period.filePoints(), period.fileMaxPoints(),
                period.cases(), period.overdueCases(), period.legalityReviewsRequired(), period.legalityReviewsDone(),
                period.reconsiderations(), period.lawsuits(), period.complaints(), period.surveyResponses(),
                period.satisfiedResponses(), java.util.Map.of(), period.perfunctory(), period.falsified(),
                period.severe());
        for (AssessmentScheme s : List.of(AssessmentScheme.DEFAULT, scheme)) {
            AgencyPeriod input = s == AssessmentScheme.DEFAULT ? period : claimsOfTheScheme;
            AgencyPeriod reread = QuanzeDocuments.json().reader(AssessmentDocuments.AGENCY_PERIOD).readString("p",
                    QuanzeDocuments.json().writer(AssessmentDocuments.AGENCY_PERIOD).writeString(input));
            assertSameOutput(AssessmentDocuments.AGENCY_ASSESSMENT, s.assess(input), s.assess(reread));
        }
    }

    @Example
    void anAssessmentHasItsIndicatorsScoresAndMeasures() {
        AgencyPeriod period = AgencyTally.of(AgencyId.of("COUNTY-SAMR"), "某县市场监督管理局", FROM, TO)
                .caseFiles(10, 9, 850, 1000).cases(40, 2).legalityReviews(10, 10).complaints(2).survey(100, 90)
                .toPeriod();
        AgencyAssessment assessment = AssessmentScheme.DEFAULT.assess(period);
        JsonNode json = assertSameOutput(AssessmentDocuments.AGENCY_ASSESSMENT, assessment,
                AssessmentScheme.DEFAULT.assess(period));

        assertThat(json.get("total").asDouble()).isEqualTo(assessment.total()).isEqualTo(75.12);
        assertThat(json.get("grade").asString()).isEqualTo("PASS");
        assertThat(json.get("scored").asBoolean()).isTrue();
        assertThat(json.get("period").get("cases").asLong()).isEqualTo(40);
        JsonNode overdue = json.get("indicators").get(Indicator.OVERDUE_RATE.ordinal());
        assertThat(overdue.get("indicator").asString()).isEqualTo("OVERDUE_RATE");
        assertThat(overdue.get("value").asDouble()).isEqualTo(5.0);
        assertThat(overdue.get("part").asLong()).isEqualTo(2);
        assertThat(overdue.get("whole").asLong()).isEqualTo(40);
        JsonNode correction = json.get("indicators").get(Indicator.RECONSIDERATION_CORRECTION_RATE.ordinal());
        assertThat(correction.has("value")).as("no data is not 0").isFalse();
        assertThat(json.get("sections").get(1).get("points").asDouble()).isEqualTo(37.5);
        assertThat(json.get("measures").has("ruleSet")).isTrue();
        assertThat(json.get("measures").get("text").get("zh").asString()).isNotBlank();
        assertThat(json.get("explanation").get("zh").asString()).contains("75.12");
    }

    @Property(tries = 50)
    void aRankingIsWrittenTheSameWhateverTheOrderOfItsInput(
            @ForAll("agencies") List<AgencyPeriod> periods) {
        List<AgencyAssessment> assessed = new ArrayList<>(periods.stream().map(AssessmentScheme.DEFAULT::assess)
                .toList());
        AgencyRanking once = AgencyRanking.of(assessed);
        java.util.Collections.reverse(assessed);

        JsonNode json = assertSameOutput(AssessmentDocuments.AGENCY_RANKING, once, AgencyRanking.of(assessed));
        assertThat(json.get("places")).hasSize(periods.size());
        assertThat(json.get("places").get(0).get("rank").asInt()).isEqualTo(1);
    }

    @Example
    void aRankingPlacesTheBestFirstWithTheirTrophies() {
        List<AgencyAssessment> assessed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            assessed.add(AssessmentScheme.DEFAULT.assess(AgencyTally.of(AgencyId.of("A-" + i), "某县第" + i + "局",
                    FROM, TO).caseFiles(10, 10 - i, 950 - 50 * i, 1000).cases(40, i).legalityReviews(10, 10)
                    .survey(100, 95 - i).toPeriod()));
        }
        JsonNode json = assertSameOutput(AssessmentDocuments.AGENCY_RANKING, AgencyRanking.of(assessed),
                AgencyRanking.of(List.copyOf(assessed)));

        JsonNode places = json.get("places");
        assertThat(places.get(0).get("agency").asString()).isEqualTo("A-0");
        assertThat(places.get(0).get("trophy").asBoolean()).isTrue();
        assertThat(places.get(3).get("agency").asString()).isEqualTo("A-3");
        assertThat(places.get(3).get("trophy").asBoolean()).isFalse();
        assertThat(places.get(0).get("assessment").get("grade").asString()).isEqualTo("EXCELLENT");
        assertThat(places.get(0).get("assessment").has("measures")).isFalse();
        assertThat(json.get("explanation").get("en").asString()).isNotBlank();
    }

    /** Writes two values built from the same input, checks the JSON is equal and valid, and returns it. */
    private static <T> JsonNode assertSameOutput(DocumentKind<T> kind, T once, T again) {
        String json = QuanzeDocuments.json().writer(kind).writeString(once);
        assertThat(QuanzeDocuments.json().writer(kind).writeString(again)).isEqualTo(json);
        assertValid(kind, QuanzeDocuments.json(), json);
        assertValid(kind, QuanzeDocuments.yaml(), QuanzeDocuments.yaml().writer(kind).writeString(once));
        return JsonMapper.builder().build().readTree(json);
    }

    @Provide
    Arbitrary<AssessmentScheme> schemes() {
        return QuanzeArbitraries.assessmentSchemes();
    }

    @Provide
    Arbitrary<AgencyPeriod> periods() {
        return QuanzeArbitraries.agencyPeriods();
    }

    @Provide
    Arbitrary<List<AgencyPeriod>> agencies() {
        return QuanzeArbitraries.agencyPeriods().list().ofMinSize(1).ofMaxSize(6).uniqueElements(AgencyPeriod::agency);
    }
}
