package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.Disposition;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.discretion.StandardFinding;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.discretion.TierLevel;
import java.io.PrintWriter;
import java.io.StringWriter;
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
    void verification_findsOnlyThePlantedBreachOfTheProvincialLevel() {
        assertThat(StandardVerifier.standard().verify(TobaccoStandards.provincial()).isClean()).isTrue();
        StandardVerification all = StandardVerifier.standard().verifyAll(TobaccoStandards.countyBureau());
        assertThat(all.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(StandardFinding.Kind.NOT_CONTAINED);
            assertThat(f.standard()).isEqualTo(TobaccoStandards.COUNTY_NUMBER);
            assertThat(f.higher()).contains(TobaccoStandards.PROVINCE_NUMBER);
            assertThat(f.item()).contains("TL-57");
        });
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
                "首违不罚清单", "不再给予行政处罚", "应当从轻或者减轻", "校验发现1项问题");
        assertThat(err.toString()).isEmpty();
    }
}
