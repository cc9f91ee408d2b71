package io.github.quanze.assessment;

import static io.github.quanze.assessment.AssessmentFixtures.ECOLOGY;
import static io.github.quanze.assessment.AssessmentFixtures.HEALTH;
import static io.github.quanze.assessment.AssessmentFixtures.MARKET;
import static io.github.quanze.assessment.AssessmentFixtures.TOBACCO;
import static io.github.quanze.assessment.AssessmentFixtures.TRANSPORT;
import static io.github.quanze.assessment.AssessmentFixtures.exemplary;
import static io.github.quanze.assessment.AssessmentFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.text.BilingualText;
import io.github.quanze.power.AgencyId;
import io.github.quanze.assessment.AgencyRanking.Place;
import io.github.quanze.assessment.AgencyRanking.TieBreak;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ranking with ties broken by named rules, agencies not scored, and the rotating trophy. */
class AgencyRankingTest {

    static final AgencyId FORESTRY = AgencyId.of("FORESTRY");

    /** A scheme whose total is the satisfaction rate, so that ties are easy to make. */
    static final AssessmentScheme BY_SATISFACTION = AssessmentScheme.builder("满意度排名测试方案")
            .section(new AssessmentScheme.Section("ALL", BilingualText.of("满意度", "satisfaction"), 100))
            .item(new AssessmentScheme.Item("SATISFACTION", "ALL", Indicator.SATISFACTION_RATE, 100, 100, 0))
            .build();

    static AgencyAssessment agency(AgencyId id, int satisfied, int passed, int corrected) {
        return BY_SATISFACTION.assess(period(id).survey(100, satisfied).caseFiles(10, passed, passed * 100L, 1000)
                .reconsiderations(ReconsiderationOutcome.ANNULLED, corrected)
                .reconsiderations(ReconsiderationOutcome.UPHELD, 10 - corrected).toPeriod());
    }

    static List<AgencyAssessment> field() {
        return List.of(
                agency(TOBACCO, 90, 9, 0),
                agency(MARKET, 90, 10, 0),
                agency(TRANSPORT, 80, 10, 1),
                agency(ECOLOGY, 80, 10, 0),
                agency(HEALTH, 80, 10, 0),
                BY_SATISFACTION.assess(period(FORESTRY).toPeriod()));
    }

    @Test
    void equalTotals_areBrokenByNamedRules() {
        AgencyRanking ranking = AgencyRanking.of(field());
        assertThat(ranking.places()).extracting(Place::agency)
                .containsExactly(MARKET, TOBACCO, ECOLOGY, HEALTH, TRANSPORT, FORESTRY);
        assertThat(ranking.places()).extracting(Place::rank).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ranking.places()).extracting(Place::tieBreak).containsExactly(Optional.empty(),
                Optional.of(TieBreak.CASE_FILE_PASS_RATE), Optional.empty(), Optional.of(TieBreak.AGENCY_ID),
                Optional.of(TieBreak.RECONSIDERATION_CORRECTION_RATE), Optional.empty());
        String zh = ranking.explain().zh();
        assertThat(zh).startsWith("评议考核排名（满意度排名测试方案，2026-01-01至2026-12-31）")
                .contains("第2名 TOBACCO局（TOBACCO） 90分 优秀（与第1名同分，按案卷合格率较高者居前的规则排在其后）",
                        "第4名 HEALTH局（HEALTH） 80分 合格（与第3名同分，按单位代码在前者居前的规则排在其后）",
                        "第5名 TRANSPORT局（TRANSPORT） 80分 合格（与第4名同分，按复议纠错率较低者居前的规则排在其后）",
                        "第6名 FORESTRY局（FORESTRY） 无数据，不计分");
        assertThat(ranking.explain().en()).contains("2. TOBACCO局 (TOBACCO) 90 points, excellent (same total as place "
                + "1; placed after it by rule: higher case-file pass rate)");
    }

    @Test
    void topThree_getTheRotatingTrophy() {
        AgencyRanking ranking = AgencyRanking.of(field());
        assertThat(ranking.trophyHolders()).extracting(Place::agency).containsExactly(MARKET, TOBACCO, ECOLOGY);
        assertThat(ranking.place(MARKET).measures().outcome()).contains(java.util.Set.of(AgencyMeasure.COMMENDATION));
        assertThat(ranking.explain().zh()).contains("第1名 MARKET局（MARKET） 90分 优秀；表彰；获流动奖杯");
    }

    @Test
    void anAgencyThatLostAwardEligibility_passesItsTrophyOn() {
        List<AgencyAssessment> field = new ArrayList<>(field());
        field.set(3, BY_SATISFACTION.assess(period(ECOLOGY).survey(100, 80).caseFiles(10, 10, 1000, 1000)
                .reconsiderations(ReconsiderationOutcome.UPHELD, 10).severe(true).toPeriod()));
        AgencyRanking ranking = AgencyRanking.of(field);
        assertThat(ranking.place(ECOLOGY).rank()).isEqualTo(3);
        assertThat(ranking.place(ECOLOGY).trophy()).isFalse();
        assertThat(ranking.place(ECOLOGY).trophyWithheld()).isTrue();
        assertThat(ranking.trophyHolders()).extracting(Place::agency).containsExactly(MARKET, TOBACCO, HEALTH);
        assertThat(ranking.places()).filteredOn(Place::trophyWithheld).extracting(Place::agency)
                .containsExactly(ECOLOGY);
        assertThat(ranking.explain().zh()).contains("第3名 ECOLOGY局（ECOLOGY） 80分 合格；取消评比先进资格、通报批评、限期整改；"
                + "不合格或者受到处理，不授予流动奖杯");
    }

    @Test
    void anAgencyUnderAnySanction_passesItsTrophyOn() {
        // placed first on satisfaction, but 通报批评 for a 40 % correction rate: no trophy, though eligible for awards
        List<AgencyAssessment> field = new ArrayList<>(field());
        field.set(3, BY_SATISFACTION.assess(period(ECOLOGY).survey(100, 95).caseFiles(10, 10, 1000, 1000)
                .reconsiderations(ReconsiderationOutcome.ANNULLED, 4)
                .reconsiderations(ReconsiderationOutcome.UPHELD, 6).toPeriod()));
        AgencyRanking ranking = AgencyRanking.of(field);
        assertThat(ranking.place(ECOLOGY).rank()).isEqualTo(1);
        java.util.Set<AgencyMeasure> measures = ranking.place(ECOLOGY).measures().outcome().orElseThrow();
        assertThat(measures).contains(AgencyMeasure.REPRIMAND).doesNotContain(AgencyMeasure.AWARD_INELIGIBILITY);
        assertThat(ranking.place(ECOLOGY).trophy()).isFalse();
        assertThat(ranking.trophyHolders()).extracting(Place::agency).doesNotContain(ECOLOGY).hasSize(3);
    }

    @Test
    void ranking_isTheSameWhateverTheInputOrder() {
        AgencyRanking expected = AgencyRanking.of(field());
        Random random = new Random(2026);
        for (int i = 0; i < 20; i++) {
            List<AgencyAssessment> shuffled = new ArrayList<>(field());
            Collections.shuffle(shuffled, random);
            assertThat(AgencyRanking.of(shuffled).places()).isEqualTo(expected.places());
        }
    }

    @Test
    void notScoredAgencies_getNoTrophy_evenWithFewAgencies() {
        AgencyRanking ranking = AgencyRanking.of(List.of(AssessmentScheme.DEFAULT.assess(period(TOBACCO).toPeriod()),
                AssessmentScheme.DEFAULT.assess(exemplary(MARKET).toPeriod())));
        assertThat(ranking.trophyHolders()).extracting(Place::agency).containsExactly(MARKET);
        assertThat(ranking.places().get(1).tieBreak()).isEmpty();
    }

    @Test
    void badInput_isRejectedNamingTheAgencies() {
        AgencyAssessment tobacco = agency(TOBACCO, 90, 9, 0);
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyRanking.of(List.of(tobacco, tobacco)))
                .withMessage("Ranking: agency TOBACCO is assessed twice");
        AgencyAssessment other = AssessmentScheme.DEFAULT.assess(exemplary(MARKET).toPeriod());
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyRanking.of(List.of(tobacco, other)))
                .withMessage("Ranking: agencies must be assessed under one scheme for one period, but TOBACCO is under "
                        + "'满意度排名测试方案' for 2026-01-01 to 2026-12-31 and MARKET under '行政执法评议考核默认方案' for "
                        + "2026-01-01 to 2026-12-31");
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyRanking.of(field()).place(AgencyId.of("NONE")))
                .withMessage("Ranking has no agency NONE");
    }
}
