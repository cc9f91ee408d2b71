package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.rule.Column;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Example;

/**
 * What the values of a discretion standard refuse to be built from, at the edge of each rule, and the labels and
 * order they carry.
 */
class DiscretionRefusalsTest {

    private static final FineRange.Fixed RANGE = FineRange.between(yuan("100"), yuan("200"));

    @Example
    void aTierImposesAKindExactlyWhenItIsAPenalty_andAFineRangeExactlyWithAFine() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Tier(TierLevel.NO_PENALTY,
                Set.of(PenaltyKind.WARNING), Optional.empty()))
                .withMessage("Tier NO_PENALTY: a tier of no penalty imposes no kind, but has [WARNING]");
        assertThatIllegalArgumentException().isThrownBy(() -> new Tier(TierLevel.ORDINARY, Set.of(),
                Optional.empty())).withMessage("Tier ORDINARY: a tier must impose at least one kind");
        assertThatIllegalArgumentException().isThrownBy(() -> new Tier(TierLevel.ORDINARY, Set.of(PenaltyKind.FINE),
                Optional.empty())).withMessage("Tier ORDINARY: a fine range must be given exactly when the kinds "
                        + "include FINE, but kinds were [FINE] and the range none");
        assertThatIllegalArgumentException().isThrownBy(() -> new Tier(TierLevel.ORDINARY,
                Set.of(PenaltyKind.WARNING), Optional.of(RANGE)))
                .withMessageStartingWith("Tier ORDINARY: a fine range must be given exactly when the kinds include "
                        + "FINE, but kinds were [WARNING] and the range ")
                .withMessageEndingWith(RANGE.text().zh());

        assertThat(new Tier(TierLevel.NO_PENALTY, Set.of(), Optional.empty())).isEqualTo(Tier.noPenalty());
        assertThat(new Tier(TierLevel.ORDINARY, Set.of(PenaltyKind.FINE), Optional.of(RANGE)).fine())
                .contains(RANGE);
    }

    @Example
    void tiersAreOrderedByLevel_thenFine_thenNumberOfKinds() {
        Tier lighter = Tier.of(TierLevel.LIGHTER, FineRange.between(yuan("500"), yuan("900")));
        Tier warning = Tier.without(TierLevel.ORDINARY, PenaltyKind.WARNING);
        Tier fined = Tier.of(TierLevel.ORDINARY, RANGE);
        Tier finedMore = Tier.of(TierLevel.ORDINARY, FineRange.between(yuan("100"), yuan("300")));
        Tier finedAndWarned = Tier.of(TierLevel.ORDINARY, FineRange.between(yuan("100"), yuan("300")),
                PenaltyKind.WARNING);
        Tier heavier = Tier.without(TierLevel.HEAVIER, PenaltyKind.WARNING);

        List<Tier> ascending = List.of(lighter, warning, fined, finedMore, finedAndWarned, heavier);
        for (int i = 0; i < ascending.size(); i++) {
            for (int j = 0; j < ascending.size(); j++) {
                assertThat(Integer.signum(Tier.SEVERITY.compare(ascending.get(i), ascending.get(j))))
                        .as("%s against %s", ascending.get(i), ascending.get(j)).isEqualTo(Integer.compare(i, j));
            }
        }
        List<Tier> shuffled = new ArrayList<>(ascending);
        Collections.reverse(shuffled);
        shuffled.sort(Tier.SEVERITY);
        assertThat(shuffled).isEqualTo(ascending);
    }

    @Example
    void aFixedRangeMayBeOneAmount_butNotAMinimumAboveItsMaximum() {
        assertThat(FineRange.between(yuan("200"), yuan("200")).boundsFor(Optional.empty()).orElseThrow().min())
                .isEqualByComparingTo("200");
        assertThatIllegalArgumentException().isThrownBy(() -> FineRange.between(yuan("200.01"), yuan("200")))
                .withMessage("Fine range: min 200.01 yuan must not be above max 200.00 yuan");
        assertThatIllegalArgumentException().isThrownBy(() -> FineRange.atMost(BigDecimal.ZERO))
                .withMessage("Fine range: max must be more than 0 yuan, but was 0.00");
        assertThatIllegalArgumentException().isThrownBy(() -> RANGE.boundsFor(Optional.of(yuan("-1"))))
                .withMessageContaining("-1");
    }

    @Example
    void aRangeWithoutBase_needsAPositiveThreshold() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FineRange.WithoutBase(Optional.of(BigDecimal.ZERO),
                RANGE)).withMessage("Fine range: threshold must be more than 0 yuan, but was 0.00");
        assertThatIllegalArgumentException().isThrownBy(() -> new FineRange.WithoutBase(Optional.of(yuan("-0.01")),
                RANGE)).withMessageContaining("threshold");
        assertThat(new FineRange.WithoutBase(Optional.of(yuan("0.01")), RANGE).threshold()).contains(yuan("0.01"));
        assertThat(new FineRange.WithoutBase(Optional.empty(), RANGE).threshold()).isEmpty();
    }

    @Example
    void aMultipleAtMost_hasNoMinimumFactor() {
        FineRange.Multiple m = FineRange.multipleAtMost(FineBase.ILLEGAL_GAINS, new BigDecimal("5"));

        assertThat(m.minFactor()).isEmpty();
        assertThat(m.maxFactor()).isEqualByComparingTo("5");
        assertThat(m.boundsFor(Optional.of(yuan("1000"))).orElseThrow().max()).isEqualByComparingTo("5000");
        assertThat(m.boundsFor(Optional.of(yuan("1000"))).orElseThrow().min()).isEqualByComparingTo("0");
    }

    @Example
    void fineBounds_refuseANegativeAmountOrPartsOfAFen() {
        assertThat(new FineBounds(BigDecimal.ZERO, yuan("1"), FineBounds.Source.FIXED).min()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> new FineBounds(new BigDecimal("-0.01"), yuan("1"),
                FineBounds.Source.FIXED)).withMessage("Fine bounds: min must be a non-negative whole number of fen, "
                        + "but was -0.01 yuan");
        assertThatIllegalArgumentException().isThrownBy(() -> new FineBounds(BigDecimal.ZERO, new BigDecimal("1.001"),
                FineBounds.Source.FIXED)).withMessageContaining("max", "1.001");
        assertThat(new FineBounds(BigDecimal.ZERO, new BigDecimal("1.000"), FineBounds.Source.FIXED).max())
                .isEqualByComparingTo("1");
    }

    @Example
    void aStandardsCircumstances_mayNotTakeTheMitigationsName_beEnums_orRepeat() {
        DiscretionStandard.Builder b = DiscretionStandard.builder();
        assertThatIllegalArgumentException().isThrownBy(() -> b.circumstances(Column.ofBoolean("mitigation")))
                .withMessage("Standard: circumstance 'mitigation' is reserved for statutory mitigation");
        assertThatIllegalArgumentException().isThrownBy(() -> b.circumstances(Column.ofEnum("harm", Harm.class)))
                .withMessage("Standard: circumstance 'harm' is a column of enum constants; declare it as a list of "
                        + "strings");
        assertThatIllegalArgumentException().isThrownBy(() -> b.circumstances(StandardFixtures.AMOUNT,
                StandardFixtures.AMOUNT)).withMessage("Standard: circumstance 'amount' is declared twice");
        b.circumstances(StandardFixtures.AMOUNT);
        assertThatIllegalArgumentException().isThrownBy(() -> b.circumstances(StandardFixtures.AMOUNT))
                .withMessage("Standard: circumstance 'amount' is declared twice");
    }

    @Example
    void buildersNameEveryMissingAttribute() {
        assertThatIllegalStateException().isThrownBy(() -> DiscretionStandard.builder().title("基准").build())
                .withMessageContaining("issuer").withMessageContaining("number").withMessageContaining("level")
                .withMessageContaining("effective").withMessageContaining("frame").withMessageNotContaining("title");
        assertThatIllegalStateException().isThrownBy(() -> Offence.builder().item("YC-1").build())
                .withMessageContaining("act").withMessageContaining("discovered").withMessageContaining("decided")
                .withMessageNotContaining("item");
    }

    @Example
    void aViolationItemNeedsACode_aName_andEachKindOfPenaltyOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandardFixtures.item("A\n1")
                .addClause(PenaltyClause.fine(RANGE)).build()).withMessageContaining("Violation item code");
        assertThatIllegalArgumentException().isThrownBy(() -> ViolationItem.builder().code("A-1").name("两行\n名称")
                .breached(StandardFixtures.A.breached()).applied(StandardFixtures.A.applied())
                .addClause(PenaltyClause.fine(RANGE)).build()).withMessageContaining("Violation item 'A-1': name");
        assertThatIllegalStateException().isThrownBy(() -> StandardFixtures.item("A-1").build())
                .withMessage("ViolationItem: missing required fields [clauses]");
        assertThatIllegalArgumentException().isThrownBy(() -> StandardFixtures.item("A-1")
                .addClause(PenaltyClause.of(PenaltyKind.WARNING)).addClause(PenaltyClause.optional(PenaltyKind.WARNING))
                .build()).withMessage("Violation item 'A-1' already has a clause of the kind WARNING; a statute "
                        + "allows each kind once");
        assertThat(StandardFixtures.A.toString()).contains("A-FIX");
    }

    @Example
    void everyLabelIsBilingualAndDistinct_andArt32sGroundsAreNumberedInOrder() {
        List<Class<? extends Enum<?>>> types = List.of(Harm.class, MentalCapacity.class, StatutoryMitigation.class,
                StandardLevel.class, MitigatingGround.class);
        for (Class<? extends Enum<?>> type : types) {
            List<BilingualText> labels = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Labelled) c).label()).toList();
            assertThat(labels).as("%s", type).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(labels.stream().map(BilingualText::zh)).as("%s", type).doesNotHaveDuplicates()
                    .allMatch(zh -> !zh.isBlank());
            assertThat(labels.stream().map(BilingualText::en)).as("%s", type).doesNotHaveDuplicates()
                    .allMatch(en -> !en.isBlank());
        }
        assertThat(Harm.HARMFUL.label().zh()).isEqualTo("有危害后果");
        assertThat(MentalCapacity.NONE.label().zh()).isEqualTo("不能辨认或者不能控制自己行为");
        assertThat(StandardLevel.COUNTY.label().zh()).isEqualTo("县级");
        assertThat(StatutoryMitigation.MUST.label().zh()).isEqualTo("应当从轻或者减轻");
        assertThat(Stream.of(MitigatingGround.values()).map(MitigatingGround::item)).containsExactly(1, 2, 3, 4, 5);
        assertThat(MitigatingGround.CONFESSED.label().zh()).isEqualTo("主动供述行政机关尚未掌握的违法行为");
    }
}
