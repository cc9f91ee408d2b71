package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Citation;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.List;

/**
 * A small statutory frame of three items and the clean standards of two levels that grade it, for the tests of
 * verification: a fixed range with an optional licence revocation (A), a multiple with a mandatory confiscation (B),
 * and an optional multiple with a range without base below a threshold, and an optional warning (C).
 */
final class StandardFixtures {

    static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    static final Column AMOUNT = Column.ofLong("amount", 0, 1_000_000_000L).graverWhenGreater();
    static final Column REPEATED = Column.ofBoolean("repeated").graverWhenGreater();
    static final Citation BASIS = LegalBasis.of(Provision.of(TOBACCO_REGULATION_2023, 57));

    /** 处二千元以上二万元以下罚款；可以吊销许可证件. */
    static final FineRange.Fixed A_RANGE = fixed("2000", "20000");
    /** 处违法经营额百分之二十以上百分之五十以下罚款，并没收违法所得. */
    static final FineRange.Multiple B_RANGE = times("0.2", "0.5");

    static final ViolationItem A = item("A-FIX").addClause(PenaltyClause.fine(A_RANGE))
            .addClause(PenaltyClause.optional(PenaltyKind.LICENCE_REVOKED)).build();
    static final ViolationItem B = item("B-MUL").addClause(PenaltyClause.of(PenaltyKind.CONFISCATION_OF_GAINS))
            .addClause(PenaltyClause.fine(B_RANGE)).build();
    static final ViolationItem C = item("C-GAINS").addClause(PenaltyClause.optional(PenaltyKind.WARNING))
            .addClause(PenaltyClause.optionalFine(FineRangeTest.GAINS_1_5_BELOW_10000)).build();
    static final StatutoryFrame FRAME = StatutoryFrame.of(List.of(A, B, C));

    static final Tier A_LIGHTER = Tier.of(TierLevel.LIGHTER, fixed("2000", "8000"));
    static final Tier A_ORDINARY = Tier.of(TierLevel.ORDINARY, fixed("8000", "14000"));
    static final Tier A_HEAVIER = Tier.of(TierLevel.HEAVIER, fixed("14000", "20000"), PenaltyKind.LICENCE_REVOKED);
    static final Tier B_LIGHTER = Tier.of(TierLevel.LIGHTER, times("0.2", "0.3"), PenaltyKind.CONFISCATION_OF_GAINS);
    static final Tier B_ORDINARY = Tier.of(TierLevel.ORDINARY, times("0.3", "0.4"),
            PenaltyKind.CONFISCATION_OF_GAINS);
    static final Tier B_HEAVIER = Tier.of(TierLevel.HEAVIER, times("0.4", "0.5"), PenaltyKind.CONFISCATION_OF_GAINS);

    private StandardFixtures() {}

    static ViolationItem.Builder item(String code) {
        return ViolationItem.builder().code(code).name("违法行为" + code)
                .breached(LegalBasis.of(Provision.of(TOBACCO_LAW, 16)))
                .applied(LegalBasis.of(Provision.of(TOBACCO_REGULATION_2023, 57)));
    }

    static FineRange.Fixed fixed(String min, String max) {
        return FineRange.between(yuan(min), yuan(max));
    }

    static FineRange.Multiple times(String min, String max) {
        return FineRange.multiple(FineBase.BUSINESS_VOLUME, yuan(min), yuan(max));
    }

    /** Starts a row with a title and the basis. */
    static TableSpec.RowBuilder<Tier> row(TableSpec.Builder<Tier> table, String id) {
        return table.row(id).title(BilingualText.of("格次" + id, "tier " + id)).basis(BASIS);
    }

    /** Item A by amount: 应当从轻或者减轻 first, then below 5,000 yuan, to 49,999, and from 50,000. */
    static TableSpec<Tier> tiersA(Tier lighter, Tier ordinary, Tier heavier) {
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("A-FIX").columns(DiscretionStandard.MITIGATION_COLUMN,
                AMOUNT);
        row(t, "A.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(lighter);
        row(t, "A.1").when("amount", Cell.atMost(4_999)).then(lighter);
        row(t, "A.2").when("amount", Cell.range(5_000, 49_999)).then(ordinary);
        row(t, "A.3").when("amount", Cell.atLeast(50_000)).then(heavier);
        return t.build();
    }

    /** Item B: 应当从轻或者减轻 first, then a repeated act, then any other. */
    static TableSpec<Tier> tiersB(Tier lighter, Tier ordinary, Tier heavier) {
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("B-MUL").columns(DiscretionStandard.MITIGATION_COLUMN,
                REPEATED);
        row(t, "B.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(lighter);
        row(t, "B.R").when("repeated", Cell.yes()).then(heavier);
        row(t, "B.O").then(ordinary);
        return t.build();
    }

    /** A standard of the frame with the circumstances amount and repeated, in force from {@link #DAY}. */
    static DiscretionStandard.Builder standard(String number, StandardLevel level) {
        return DiscretionStandard.builder().title("裁量基准" + number).issuer("某烟草专卖局").number(number).level(level)
                .effective(DAY).frame(FRAME).circumstances(AMOUNT, REPEATED);
    }

    /** The clean provincial standard of items A and B. */
    static DiscretionStandard provincial() {
        return standard("省烟〔2024〕1号", StandardLevel.PROVINCIAL)
                .item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_HEAVIER))
                .item("B-MUL", tiersB(B_LIGHTER, B_ORDINARY, B_HEAVIER)).build();
    }

    /** A county standard implementing {@link #provincial()}, grading item A with the tiers given. */
    static DiscretionStandard county(TableSpec<Tier> tiersA) {
        return standard("县烟〔2024〕2号", StandardLevel.COUNTY).implementing("省烟〔2024〕1号").item("A-FIX", tiersA)
                .build();
    }
}
