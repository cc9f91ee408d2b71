package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static io.github.quanze.discretion.StandardFixtures.AMOUNT;
import static io.github.quanze.discretion.StandardFixtures.A_HEAVIER;
import static io.github.quanze.discretion.StandardFixtures.A_LIGHTER;
import static io.github.quanze.discretion.StandardFixtures.A_ORDINARY;
import static io.github.quanze.discretion.StandardFixtures.FRAME;
import static io.github.quanze.discretion.StandardFixtures.REPEATED;
import static io.github.quanze.discretion.StandardFixtures.tiersA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** What building a discretion refuses, and which standard a ruling decided before the tiers names. */
class PenaltyDiscretionBuildTest {

    static final LocalDate DATE_2024_03_01 = LocalDate.of(2024, 3, 1);
    static final LocalDate DATE_2024_06_30 = LocalDate.of(2024, 6, 30);
    static final LocalDate DATE_2024_07_01 = LocalDate.of(2024, 7, 1);

    /** A standard grading item A from a day, until a day where one is given. */
    static DiscretionStandard gradingA(String number, StandardLevel level, LocalDate from, LocalDate until) {
        DiscretionStandard.Builder b = DiscretionStandard.builder().title("裁量基准" + number).issuer("某烟草专卖局")
                .number(number).level(level).effective(from).frame(FRAME).circumstances(AMOUNT, REPEATED)
                .item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_HEAVIER));
        return (until == null ? b : b.until(until)).build();
    }

    static Offence.Builder offenceA(LocalDate act, LocalDate decided) {
        return Offence.builder().item("A-FIX").act(act).discovered(act).decided(decided)
                .circumstances(Circumstances.builder().set("amount", 10_000).set("repeated", false).build());
    }

    @Example
    void of_refusesTwoStandardsWithOneNumber() {
        DiscretionStandard first = gradingA("省烟〔2024〕1号", StandardLevel.PROVINCIAL, DATE_2024_03_01,
                DATE_2024_06_30);
        DiscretionStandard second = gradingA("省烟〔2024〕1号", StandardLevel.MUNICIPAL, DATE_2024_07_01, null);
        assertThatIllegalArgumentException().isThrownBy(() -> PenaltyDiscretion.of(List.of(first, second)))
                .withMessage("Standards: two standards have the number '省烟〔2024〕1号'");
    }

    @Example
    void of_refusesAStandardImplementingOneOfItsOwnLevel_butNotOneOfAHigherLevel() {
        DiscretionStandard county = gradingA("县烟〔2024〕1号", StandardLevel.COUNTY, DATE_2024_03_01, null);
        DiscretionStandard sameLevel = StandardFixtures.standard("县烟〔2024〕2号", StandardLevel.COUNTY)
                .implementing("县烟〔2024〕1号").item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_HEAVIER)).build();
        assertThatIllegalArgumentException().isThrownBy(() -> PenaltyDiscretion.of(List.of(county, sameLevel)))
                .withMessage("Standard '县烟〔2024〕2号' (COUNTY) implements '县烟〔2024〕1号', which is not of a higher "
                        + "level (COUNTY)");
        DiscretionStandard municipal = gradingA("市烟〔2024〕1号", StandardLevel.MUNICIPAL, DATE_2024_03_01, null);
        DiscretionStandard below = StandardFixtures.standard("县烟〔2024〕2号", StandardLevel.COUNTY)
                .implementing("市烟〔2024〕1号").item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_HEAVIER)).build();
        assertThat(PenaltyDiscretion.of(List.of(municipal, below)).standards()).containsExactly(municipal, below);
    }

    @Example
    void of_acceptsOneLevelGradingAnItemOnDaysThatFollowEachOther() {
        DiscretionStandard old = gradingA("省烟〔2024〕1号", StandardLevel.PROVINCIAL, DATE_2024_03_01,
                DATE_2024_06_30);
        DiscretionStandard now = gradingA("省烟〔2024〕2号", StandardLevel.PROVINCIAL, DATE_2024_07_01, null);
        for (List<DiscretionStandard> order : List.of(List.of(old, now), List.of(now, old))) {
            PenaltyDiscretion d = PenaltyDiscretion.of(order);
            assertThat(d.standardFor("A-FIX", DATE_2024_06_30)).contains(old);
            assertThat(d.standardFor("A-FIX", DATE_2024_07_01)).contains(now);
            assertThat(d.standardFor("A-FIX", DATE_2024_03_01.minusDays(1))).isEmpty();
        }
    }

    @Example
    void of_refusesOneLevelGradingAnItemOnOverlappingDays_namingBothPeriods() {
        DiscretionStandard old = gradingA("省烟〔2024〕1号", StandardLevel.PROVINCIAL, DATE_2024_03_01,
                DATE_2024_07_01);
        DiscretionStandard now = gradingA("省烟〔2024〕2号", StandardLevel.PROVINCIAL, DATE_2024_07_01, null);
        assertThatIllegalArgumentException().isThrownBy(() -> PenaltyDiscretion.of(List.of(old, now)))
                .withMessage("Standards '省烟〔2024〕1号' and '省烟〔2024〕2号' both grade item 'A-FIX' at the PROVINCIAL "
                        + "level on overlapping days (2024-03-01–2024-07-01 and 2024-07-01–)");
        assertThatIllegalArgumentException().isThrownBy(() -> PenaltyDiscretion.of(List.of(now, old)))
                .withMessageContaining("(2024-07-01– and 2024-03-01–2024-07-01)");
        // of two levels, the days may overlap: the lower refines the higher
        DiscretionStandard municipal = gradingA("市烟〔2024〕1号", StandardLevel.MUNICIPAL, DATE_2024_03_01, null);
        assertThat(PenaltyDiscretion.of(List.of(old, municipal)).standardFor("A-FIX", DATE_2024_07_01))
                .contains(municipal);
    }

    @Example
    void aRulingDecidedBeforeTheTiers_namesTheStandardAtTheAct_elseTheOneAtTheDecision() {
        DiscretionStandard old = gradingA("省烟〔2024〕1号", StandardLevel.PROVINCIAL, DATE_2024_03_01,
                DATE_2024_06_30);
        DiscretionStandard now = gradingA("省烟〔2024〕2号", StandardLevel.PROVINCIAL, DATE_2024_07_01, null);
        PenaltyDiscretion d = PenaltyDiscretion.of(List.of(old, now));
        PartyFacts child = PartyFacts.builder().age(13).build();
        PenaltyRuling excused = d.decide(offenceA(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 8, 1)).party(child)
                .build());
        assertThat(excused.disposition()).isEqualTo(Disposition.NO_PENALTY);
        assertThat(excused.grounds()).containsExactly(RulingGround.UNDER_FOURTEEN);
        assertThat(excused.standard()).contains(old);
        PenaltyRuling beforeAny = d.decide(offenceA(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 8, 1)).party(child)
                .build());
        assertThat(beforeAny.standard()).contains(now);
        PenaltyRuling punished = d.decide(offenceA(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 8, 1)).build());
        assertThat(punished.disposition()).isEqualTo(Disposition.PENALTY);
        assertThat(punished.standard()).contains(old);
        assertThat(punished.bounds().orElseThrow().max()).isEqualByComparingTo(yuan("14000"));
    }

    @Example
    void toString_namesTheStandardsByNumber() {
        DiscretionStandard old = gradingA("省烟〔2024〕1号", StandardLevel.PROVINCIAL, DATE_2024_03_01,
                DATE_2024_06_30);
        DiscretionStandard municipal = gradingA("市烟〔2024〕1号", StandardLevel.MUNICIPAL, DATE_2024_03_01, null);
        assertThat(PenaltyDiscretion.of(List.of(old, municipal))).hasToString("PenaltyDiscretion[省烟〔2024〕1号, "
                + "市烟〔2024〕1号]");
    }
}
