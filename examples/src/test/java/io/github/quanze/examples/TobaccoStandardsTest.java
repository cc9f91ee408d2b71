package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.Disposition;
import io.github.quanze.discretion.FineBase;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.discretion.StandardFinding;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.discretion.TierLevel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TobaccoStandardsTest {

    @Test
    void theProvincialStandardGradesEveryItemOfTheFrame_theCountyFour() {
        assertThat(TobaccoStandards.provincial().items()).hasSize(TobaccoFrame.frame().items().size());
        assertThat(TobaccoStandards.countyStandard().items()).extracting(i -> i.item().code())
                .containsExactly("TL-56", "TL-58", "TL-60", "TL-57");
        assertThat(TobaccoStandards.countyStandard().implementing()).contains(TobaccoStandards.PROVINCE_NUMBER);
    }

    @Test
    void verification_findsThePlantedBreach_andNoLighterTierWhereTheStatuteGivesConfiscationOnly() {
        StandardVerification province = StandardVerifier.standard().verify(TobaccoStandards.provincial());
        assertThat(province.findings()).extracting(StandardFinding::kind).containsOnly(
                StandardFinding.Kind.MITIGATION_IGNORED);
        assertThat(province.findings()).extracting(f -> f.item().orElseThrow()).containsExactly("TL-51-2", "TL-52-2");
        StandardVerification all = StandardVerifier.standard().verifyAll(TobaccoStandards.countyBureau());
        assertThat(all.findings()).filteredOn(f -> f.kind() != StandardFinding.Kind.MITIGATION_IGNORED)
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(StandardFinding.Kind.NOT_CONTAINED);
                    assertThat(f.standard()).isEqualTo(TobaccoStandards.COUNTY_NUMBER);
                    assertThat(f.higher()).contains(TobaccoStandards.PROVINCE_NUMBER);
                    assertThat(f.item()).contains("TL-57");
                });
        assertThat(all.findings()).hasSize(3);
    }

    @Test
    void confiscationOnlyItems_haveOneOrdinaryTierForEveryParty() {
        for (String code : List.of("TL-51-2", "TL-52-2")) {
            PenaltyRuling minor = TobaccoStandards.city().decide(Offence.builder().item(code)
                    .act(LocalDate.of(2026, 4, 11)).discovered(LocalDate.of(2026, 4, 11))
                    .decided(LocalDate.of(2026, 5, 20)).base(new BigDecimal("3200"))
                    .circumstances(DiscretionExample.facts(3_200, false)).party(PartyFacts.builder().age(16).build())
                    .build());
            assertThat(minor.isPenalty()).isTrue();
            assertThat(minor.tier().orElseThrow().level()).isEqualTo(TierLevel.ORDINARY);
            assertThat(minor.kinds()).containsExactly(PenaltyKind.CONFISCATION_OF_GAINS);
            assertThat(minor.bounds()).isEmpty();
            assertThat(minor.text().zh()).contains("法定罚则仅此一项，应当从轻或者减轻处罚的当事人亦同」（一般处罚）");
        }
    }

    @Test
    void thirds_cutMultiplesAndFixedRanges_aRangeWithoutMinimumStartsAtNothing() {
        assertThat(TobaccoStandards.thirds(FineRange.multiple(FineBase.GOODS_VALUE, new BigDecimal("0.2"),
                new BigDecimal("0.5")), BigDecimal.ZERO)).containsExactly(
                FineRange.multiple(FineBase.GOODS_VALUE, new BigDecimal("0.2"), new BigDecimal("0.3")),
                FineRange.multiple(FineBase.GOODS_VALUE, new BigDecimal("0.3"), new BigDecimal("0.4")),
                FineRange.multiple(FineBase.GOODS_VALUE, new BigDecimal("0.4"), new BigDecimal("0.5")));
        assertThat(TobaccoStandards.thirds(FineRange.multipleAtMost(FineBase.GOODS_VALUE, new BigDecimal("3")),
                new BigDecimal("-0.5"))).containsExactly(
                FineRange.multipleAtMost(FineBase.GOODS_VALUE, new BigDecimal("1")),
                FineRange.multiple(FineBase.GOODS_VALUE, new BigDecimal("0.5"), new BigDecimal("1.5")),
                FineRange.multiple(FineBase.GOODS_VALUE, new BigDecimal("2"), new BigDecimal("3")));
        assertThat(TobaccoStandards.thirds(FineRange.between(new BigDecimal("1000"), new BigDecimal("10000")),
                BigDecimal.ZERO)).containsExactly(FineRange.between(new BigDecimal("1000"), new BigDecimal("4000")),
                FineRange.between(new BigDecimal("4000"), new BigDecimal("7000")),
                FineRange.between(new BigDecimal("7000"), new BigDecimal("10000")));
        // an at-most range starts at 0; the middle part moved by 5% of the maximum
        assertThat(TobaccoStandards.thirds(FineRange.atMost(new BigDecimal("1000")), new BigDecimal("-0.05")))
                .containsExactly(FineRange.atMost(new BigDecimal("333.33")),
                        FineRange.between(new BigDecimal("283.33"), new BigDecimal("616.67")),
                        FineRange.between(new BigDecimal("666.67"), new BigDecimal("1000")));
    }

    @Test
    void theCountyRulings_ordinaryMitigatedExemptAndBarred() {
        List<PenaltyRuling> rulings = DiscretionExample.countyOffences().stream()
                .map(TobaccoStandards.countyBureau()::decide).toList();
        assertThat(rulings.get(0).tier().orElseThrow().level()).isEqualTo(TierLevel.ORDINARY);
        assertThat(rulings.get(0).standard().orElseThrow().number()).isEqualTo(TobaccoStandards.COUNTY_NUMBER);
        assertThat(rulings.get(0).bounds().orElseThrow().min()).isEqualByComparingTo("5580");
        assertThat(rulings.get(0).bounds().orElseThrow().max()).isEqualByComparingTo("7440");
        assertThat(rulings.get(1).grounds()).containsExactly(RulingGround.MINOR_AGE);
        assertThat(rulings.get(1).tier().orElseThrow().level()).isEqualTo(TierLevel.LIGHTER);
        assertThat(rulings.get(2).grounds()).containsExactly(RulingGround.FIRST_OFFENCE);
        assertThat(rulings.get(3).disposition()).isEqualTo(Disposition.TIME_BARRED);
    }

    @Test
    void theTourCase_isAnOrdinaryFineUnderTheProvincialStandard() {
        PenaltyRuling ruling = TobaccoStandards.city().decide(DiscretionExample.TOUR_OFFENCE);
        assertThat(ruling.standard().orElseThrow().number()).isEqualTo(TobaccoStandards.PROVINCE_NUMBER);
        assertThat(ruling.bounds().orElseThrow().min()).isEqualByComparingTo("11040");
        assertThat(ruling.bounds().orElseThrow().max()).isEqualByComparingTo("14720");
        assertThat(ruling.midpoint()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("12880"));
        assertThat(ruling.text().zh()).contains("解释：示例格次");
    }

    @Test
    void theDiscretionCommand_printsTheStandardsAndTheRulings() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "discretion");
        assertThat(status).isZero();
        assertThat(out.toString()).contains(TobaccoStandards.PROVINCE_NUMBER, TobaccoStandards.COUNTY_NUMBER,
                "首违不罚清单", "不再给予行政处罚", "应当从轻或者减轻", "校验发现3项问题");
        assertThat(err.toString()).isEmpty();
    }
}
