package io.github.quanze.assessment;

import static io.github.quanze.testing.Rendering.assertRendered;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.sanction.SanctionKind;
import io.github.quanze.testing.Rendering;
import io.github.quanze.testkit.text.TextArbitraries;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * The wording of assessment and appraisal: exact sentences in both languages for measures, indicator values,
 * consequences and cards, and every kind rendered from random data. Whole explanations are pinned in the tests of
 * the scheme, the ranking, the appraisal and the card history.
 */
class AssessmentMessagesTest {

    private static final LocalDate GIVEN = LocalDate.of(2027, 1, 15);
    private static final LocalDate LIFTED = LocalDate.of(2027, 3, 1);

    @Example
    void measures_heaviestFirst_orNone() {
        assertThat(AgencyMeasure.describe(EnumSet.of(AgencyMeasure.RECTIFICATION, AgencyMeasure.REPRIMAND,
                AgencyMeasure.AWARD_INELIGIBILITY))).isEqualTo(BilingualText.of("取消评比先进资格、通报批评、限期整改",
                "loss of award eligibility, public reprimand of the agency, rectification within a time limit"));
        assertThat(AgencyMeasure.describe(Set.of(AgencyMeasure.COMMENDATION))).isEqualTo(
                BilingualText.of("表彰", "commendation"));
        assertThat(AgencyMeasure.describe(Set.of())).isEqualTo(BilingualText.of("无", "none"));
    }

    @Example
    void oneItemReadsInTheSingular() {
        io.github.quanze.text.Parameters one = io.github.quanze.text.Parameters.builder().put("reviewed", 1)
                .put("failed", 0).put("below", 1).put("minor", 1).put("serious", 0).put("grave", 0).build();
        assertThat(AssessmentMessages.YEAR_FACTS.render(one).en()).isEqualTo("1 file reviewed, 0 failed, 1 below "
                + "excellent; faults: 1 minor, 0 serious, 0 grave");
        assertThat(Indicator.Unit.POINTS.format(1)).isEqualTo(BilingualText.of("1分", "1 point"));
        assertThat(AssessmentMessages.BONUS_CAP.render(io.github.quanze.text.Parameters.builder()
                .put("cap", AssessmentMessages.points(1.0)).build())).isEqualTo(BilingualText.of("加分以1分为限",
                        "Bonus capped at 1 point"));
    }

    @Example
    void units_formatWithAtMostTwoDecimals() {
        assertThat(Indicator.Unit.PERCENT.format(12.5)).isEqualTo(BilingualText.of("12.5%", "12.5%"));
        assertThat(Indicator.Unit.POINTS.format(73.755)).isEqualTo(BilingualText.of("73.76分", "73.76 points"));
        assertThat(Indicator.Unit.COUNT.format(3)).isEqualTo(BilingualText.of("3件", "3"));
        assertThat(Indicator.Unit.PER_100_CASES.format(7.5)).isEqualTo(BilingualText.of("7.5件/百案",
                "7.5 per 100 cases"));
    }

    @Example
    void consequences_sayWhatFollowsAndOnWhatBasis() {
        RatingConsequence second = new RatingConsequence(RatingConsequence.Kind.SECOND_INCOMPETENT_YEAR,
                List.of(SanctionKind.QUALIFICATION_REVOKED, SanctionKind.REMOVAL_FROM_POST),
                io.github.quanze.basis.LegalBasis.of(OfficerTables.OPINIONS));
        assertThat(second.code()).isEqualTo(RatingConsequence.SECOND_INCOMPETENT_YEAR);
        assertThat(second.describe()).isEqualTo(BilingualText.of(
                "连续2年确定为不合格，取消执法资格或者调离执法岗位（出自地方推行行政执法责任制的实施意见，原文未经核实，属解释）"
                        + "（依据：《国务院办公厅关于推行行政执法责任制的若干意见》（国办发〔2005〕37号））",
                "incompetent two years in a row: enforcement qualification revoked or removal from the enforcement "
                        + "post (from a local implementing opinion of the responsibility system, text not verified: "
                        + "interpretation) (basis: Opinions of the General Office of the State Council on Implementing "
                        + "the Administrative Law-Enforcement Responsibility System (Guo Ban Fa [2005] No. 37))"));
    }

    @Example
    void cards_describeGivingAndLifting() {
        CardEntry entry = new CardEntry(OfficerCard.YELLOW, GIVEN, "2026年度执法考核基本合格", "陈局长", Optional.of(LIFTED),
                Optional.of("徐科长"));
        assertThat(entry.describe()).isEqualTo(BilingualText.of(
                "2027-01-15 黄卡（暂停执法、暂扣执法证件、离岗培训）：2026年度执法考核基本合格；决定人：陈局长；"
                        + "2027-03-01 培训合格后解除（决定人：徐科长）",
                "2027-01-15 yellow card (enforcement suspended, certificate suspended, off-post training): "
                        + "2026年度执法考核基本合格; decided by 陈局长; lifted after retraining on 2027-03-01 (decided by "
                        + "徐科长)"));
        assertThat(CardHistory.of(OfficerId.of("H-01")).explain()).isEqualTo(BilingualText.of(
                "执法人员H-01红黄绿卡记录：绿卡，无发卡记录", "Cards of officer H-01: green card, none given"));
        assertThat(AssessmentMessages.suspends(entry)).isEqualTo(BilingualText.of(
                "黄卡：暂停执法、暂扣执法证件、离岗培训（2026年度执法考核基本合格；决定人：陈局长）",
                "yellow card: enforcement suspended, certificate suspended, off-post training (2026年度执法考核基本合格; "
                        + "decided by 陈局长)"));
        assertThat(AssessmentMessages.restores(entry)).isEqualTo(BilingualText.of("黄卡解除：培训合格，恢复执法（决定人：徐科长）",
                "yellow card lifted after retraining: enforcement restored (decided by 徐科长)"));
    }

    @Example
    void everyUnitAndConsequence_hasATemplate() {
        assertThat(AssessmentMessages.UNITS).containsOnlyKeys(Indicator.Unit.values());
        assertThat(AssessmentMessages.CONSEQUENCES).containsOnlyKeys(RatingConsequence.Kind.values());
    }

    @Property
    void anyValueInAnyUnit_rendersInBothLanguages(@ForAll Indicator.Unit unit,
            @ForAll @DoubleRange(min = 0, max = 1e9) double value) {
        assertRendered(unit.format(value));
    }

    @Property
    void anyConsequence_rendersInBothLanguages(@ForAll RatingConsequence.Kind kind) {
        RatingConsequence c = new RatingConsequence(kind, List.of(), io.github.quanze.basis.LegalBasis.of(
                OfficerTables.OPINIONS));
        assertRendered(c.describe());
        Rendering.assertEnglish(c.describe());
        assertThat(c.code()).startsWith("RATING.");
    }

    @Property
    void anyCardHistory_rendersInBothLanguages(@ForAll("entries") List<CardEntry> entries) {
        CardHistory history = CardHistory.of(OfficerId.of("H-01"), entries);
        assertRendered(history.explain());
        assertThat(history.explain().zh().lines()).hasSize(Math.max(1, entries.size() + 1));
        entries.stream().filter(e -> e.card() == OfficerCard.YELLOW).forEach(e -> {
            assertThat(AssessmentMessages.suspends(e).zh()).contains(e.reason().zh(), e.givenBy());
            e.liftedBy().ifPresent(by -> assertThat(AssessmentMessages.restores(e).zh()).contains(by));
        });
    }

    @Provide
    Arbitrary<List<CardEntry>> entries() {
        Arbitrary<CardEntry> entry = Combinators.combine(Arbitraries.of(OfficerCard.YELLOW, OfficerCard.RED),
                TextArbitraries.lines(), TextArbitraries.lines(), Arbitraries.integers().between(1, 90)
                        .optional(), TextArbitraries.lines())
                .as((card, reason, by, liftedAfter, liftedBy) -> card == OfficerCard.RED || liftedAfter.isEmpty()
                        ? CardEntry.of(card, GIVEN, reason, by)
                        : new CardEntry(card, GIVEN, reason, by, Optional.of(GIVEN.plusDays(liftedAfter.get())),
                                Optional.of(liftedBy)));
        return entry.list().ofMaxSize(4);
    }
}
