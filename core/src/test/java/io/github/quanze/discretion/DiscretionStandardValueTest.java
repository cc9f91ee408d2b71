package io.github.quanze.discretion;

import static io.github.quanze.discretion.StandardFixtures.AMOUNT;
import static io.github.quanze.discretion.StandardFixtures.A_HEAVIER;
import static io.github.quanze.discretion.StandardFixtures.A_LIGHTER;
import static io.github.quanze.discretion.StandardFixtures.A_ORDINARY;
import static io.github.quanze.discretion.StandardFixtures.B_HEAVIER;
import static io.github.quanze.discretion.StandardFixtures.B_LIGHTER;
import static io.github.quanze.discretion.StandardFixtures.B_ORDINARY;
import static io.github.quanze.discretion.StandardFixtures.FRAME;
import static io.github.quanze.discretion.StandardFixtures.REPEATED;
import static io.github.quanze.discretion.StandardFixtures.provincial;
import static io.github.quanze.discretion.StandardFixtures.row;
import static io.github.quanze.discretion.StandardFixtures.standard;
import static io.github.quanze.discretion.StandardFixtures.tiersA;
import static io.github.quanze.discretion.StandardFixtures.tiersB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.rule.Aggregation;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** A standard as a value: what building refuses, what it keeps, and when two standards and two rulings are equal. */
class DiscretionStandardValueTest {

    private static final LocalDate DAY = StandardFixtures.DAY;

    private static DiscretionStandard.Builder full() {
        return standard("省烟〔2024〕1号", StandardLevel.PROVINCIAL).item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY,
                A_HEAVIER)).item("B-MUL", tiersB(B_LIGHTER, B_ORDINARY, B_HEAVIER));
    }

    @Example
    void aBuiltStandardKeepsWhatItWasGiven() {
        DiscretionStandard s = standard("县烟〔2024〕2号", StandardLevel.COUNTY).until(DAY.plusYears(1))
                .implementing("省烟〔2024〕1号").midpointDefault(true).firstOffenceExempt("A-FIX")
                .item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_HEAVIER)).build();

        assertThat(s.title()).isEqualTo("裁量基准县烟〔2024〕2号");
        assertThat(s.issuer()).isEqualTo("某烟草专卖局");
        assertThat(s.frame()).isSameAs(FRAME);
        assertThat(s.circumstances()).containsExactly(AMOUNT, REPEATED);
        assertThat(s.isMidpointDefault()).isTrue();
        assertThat(provincial().isMidpointDefault()).isFalse();
        assertThat(s.item("A-FIX").orElseThrow().isFirstOffenceExempt()).isTrue();
        assertThat(provincial().item("A-FIX").orElseThrow().isFirstOffenceExempt()).isFalse();
        assertThat(s.item("B-MUL")).isEmpty();
        assertThat(s).hasToString("县烟〔2024〕2号 裁量基准县烟〔2024〕2号");
        assertThat(s.item("A-FIX").orElseThrow()).hasToString("ItemStandard[" + StandardFixtures.A + ", 4 tiers]");
    }

    /** A standard of items A and B, with the attributes given and the frame and circumstances of the fixtures. */
    private static DiscretionStandard.Builder base(String number, String title, String issuer, StandardLevel level,
            LocalDate effective) {
        return DiscretionStandard.builder().title(title).issuer(issuer).number(number).level(level)
                .effective(effective).frame(FRAME).circumstances(AMOUNT, REPEATED);
    }

    private static DiscretionStandard graded(DiscretionStandard.Builder b) {
        return b.item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_HEAVIER))
                .item("B-MUL", tiersB(B_LIGHTER, B_ORDINARY, B_HEAVIER)).build();
    }

    private static DiscretionStandard.Builder base() {
        return base("省烟〔2024〕1号", "裁量基准", "某烟草专卖局", StandardLevel.PROVINCIAL, DAY);
    }

    @Example
    void equalStandardsAreEqual_andEachAttributeMakesThemUnequal() {
        DiscretionStandard s = graded(base());
        assertThat(graded(base())).isEqualTo(s).hasSameHashCodeAs(s);
        assertThat(s).isNotEqualTo(null).isNotEqualTo(s.toString());

        List<DiscretionStandard> others = List.of(
                graded(base("省烟〔2024〕9号", "裁量基准", "某烟草专卖局", StandardLevel.PROVINCIAL, DAY)),
                graded(base("省烟〔2024〕1号", "另一个裁量基准", "某烟草专卖局", StandardLevel.PROVINCIAL, DAY)),
                graded(base("省烟〔2024〕1号", "裁量基准", "另一个局", StandardLevel.PROVINCIAL, DAY)),
                graded(base("省烟〔2024〕1号", "裁量基准", "某烟草专卖局", StandardLevel.MUNICIPAL, DAY)),
                graded(base("省烟〔2024〕1号", "裁量基准", "某烟草专卖局", StandardLevel.PROVINCIAL, DAY.plusDays(1))),
                graded(base().until(DAY.plusYears(1))),
                graded(base().implementing("国烟〔2023〕1号")),
                graded(base().circumstances(Column.ofBoolean("minor"))),
                graded(base().midpointDefault(true)),
                graded(base().firstOffenceExempt("A-FIX")),
                DiscretionStandard.builder().title("裁量基准").issuer("某烟草专卖局").number("省烟〔2024〕1号")
                        .level(StandardLevel.PROVINCIAL).effective(DAY)
                        .frame(StatutoryFrame.of(List.of(StandardFixtures.A, StandardFixtures.B)))
                        .circumstances(AMOUNT, REPEATED).item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_HEAVIER))
                        .item("B-MUL", tiersB(B_LIGHTER, B_ORDINARY, B_HEAVIER)).build(),
                base().item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_ORDINARY))
                        .item("B-MUL", tiersB(B_LIGHTER, B_ORDINARY, B_HEAVIER)).build());
        for (DiscretionStandard other : others) {
            assertThat(other).isNotEqualTo(s);
            assertThat(s).isNotEqualTo(other);
        }
    }

    @Example
    void buildingRefusesAnEmptyPeriod_aNationalStandardImplementingAnother_andNoItem() {
        assertThatIllegalArgumentException().isThrownBy(() -> full().until(DAY.minusDays(1)).build())
                .withMessage("Standard '省烟〔2024〕1号': until 2024-02-29 is before effective 2024-03-01");
        assertThat(full().until(DAY).build().until()).contains(DAY);
        assertThatIllegalArgumentException().isThrownBy(() -> standard("国烟〔2024〕1号", StandardLevel.NATIONAL)
                .implementing("国烟〔2023〕1号").item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_HEAVIER)).build())
                .withMessageContaining("a national standard implements no higher one")
                .withMessageContaining("'国烟〔2023〕1号'");
        assertThat(standard("国烟〔2024〕1号", StandardLevel.NATIONAL).item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY,
                A_HEAVIER)).build().implementing()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> standard("省烟〔2024〕1号", StandardLevel.PROVINCIAL)
                .build()).withMessage("Standard '省烟〔2024〕1号' must grade at least one violation item");
    }

    @Example
    void buildingRefusesTiersThatCollectOrTestAnUndeclaredOrDifferentCircumstance() {
        TableSpec.Builder<Tier> collect = TableSpec.<Tier>builder("A-FIX", HitPolicy.COLLECT).columns(AMOUNT)
                .aggregation(Aggregation.heaviest(Tier.SEVERITY));
        row(collect, "A.1").when("amount", Cell.atLeast(0)).then(A_ORDINARY);
        assertThatIllegalArgumentException().isThrownBy(() -> standard("省烟〔2024〕1号", StandardLevel.PROVINCIAL)
                .item("A-FIX", collect.build()).build())
                .withMessage("Standard '省烟〔2024〕1号', item 'A-FIX': tiers cannot be collected; use FIRST, UNIQUE or "
                        + "PRIORITY");

        TableSpec.Builder<Tier> undeclared = DiscretionStandard.tiers("A-FIX").columns(Column.ofBoolean("minor"));
        row(undeclared, "A.1").when("minor", Cell.yes()).then(A_LIGHTER);
        assertThatIllegalArgumentException().isThrownBy(() -> standard("省烟〔2024〕1号", StandardLevel.PROVINCIAL)
                .item("A-FIX", undeclared.build()).build())
                .withMessage("Standard '省烟〔2024〕1号', item 'A-FIX': the tiers test circumstance 'minor', which the "
                        + "standard does not declare (declared: [amount, repeated])");

        TableSpec.Builder<Tier> otherwise = DiscretionStandard.tiers("A-FIX").columns(Column.ofLong("amount", 0, 99));
        row(otherwise, "A.1").when("amount", Cell.atLeast(0)).then(A_LIGHTER);
        assertThatIllegalArgumentException().isThrownBy(() -> standard("省烟〔2024〕1号", StandardLevel.PROVINCIAL)
                .item("A-FIX", otherwise.build()).build())
                .withMessageStartingWith("Standard '省烟〔2024〕1号', item 'A-FIX': the tiers define circumstance "
                        + "'amount' as ")
                .withMessageContaining("but the standard declares it as");
    }

    @Example
    void buildingRefusesAnItemOutsideTheFrame_andAFirstOffenceItDoesNotGrade() {
        TableSpec.Builder<Tier> stray = DiscretionStandard.tiers("Z-NONE").columns(AMOUNT);
        row(stray, "Z.1").then(A_ORDINARY);
        assertThatIllegalArgumentException().isThrownBy(() -> standard("省烟〔2024〕1号", StandardLevel.PROVINCIAL)
                .item("Z-NONE", stray.build()).build())
                .withMessageStartingWith("Standard '省烟〔2024〕1号', item 'Z-NONE' is not an item of the statutory "
                        + "frame");
        assertThatIllegalArgumentException().isThrownBy(() -> full().firstOffenceExempt("C-GAINS").build())
                .withMessage("Standard '省烟〔2024〕1号': the list of first offences not punished names item "
                        + "'C-GAINS', which the standard does not grade");
    }

    @Example
    void itemStandardsAreEqualByItemTiersAndExemption() {
        ItemStandard a = graded(base()).item("A-FIX").orElseThrow();

        assertThat(graded(base()).item("A-FIX").orElseThrow()).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a).isNotEqualTo(null).isNotEqualTo(graded(base()).item("B-MUL").orElseThrow())
                .isNotEqualTo(graded(base().firstOffenceExempt("A-FIX")).item("A-FIX").orElseThrow())
                .isNotEqualTo(base().item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_ORDINARY)).build().item("A-FIX")
                        .orElseThrow());
    }

    @Example
    void rulingsAreEqualWhenEverythingDecidedIs_andShowTheirRowAndFine() {
        PenaltyRuling fined = PenaltyDiscretionTest.DISCRETION.decide(PenaltyDiscretionTest.offence(3_000).build());

        assertThat(PenaltyDiscretionTest.DISCRETION.decide(PenaltyDiscretionTest.offence(3_000).build()))
                .isEqualTo(fined).hasSameHashCodeAs(fined);
        assertThat(fined).isNotEqualTo(null)
                .isNotEqualTo(PenaltyDiscretionTest.DISCRETION.decide(PenaltyDiscretionTest.offence(3_001).build()))
                .isNotEqualTo(PenaltyDiscretionTest.DISCRETION.decide(PenaltyDiscretionTest.offence(30_000).build()));
        assertThat(fined.toString()).startsWith("PenaltyRuling[YC-RETAIL PENALTY[], ").contains("R.1", "600", "900")
                .doesNotContain("no row", "no fine");

        PenaltyRuling barred = PenaltyDiscretionTest.DISCRETION.decide(Offence.builder()
                .item(PenaltyDiscretionTest.ITEM.code()).act(LocalDate.of(2021, 3, 1))
                .discovered(LocalDate.of(2024, 3, 1)).decided(LocalDate.of(2024, 4, 1))
                .base(BigDecimal.valueOf(3_000)).circumstances(PenaltyDiscretionTest.facts(3_000)).build());
        assertThat(barred.disposition()).isEqualTo(Disposition.TIME_BARRED);
        assertThat(barred).isNotEqualTo(fined);
        assertThat(barred.toString()).contains("TIME_BARRED", "no row", "no fine");
    }
}
