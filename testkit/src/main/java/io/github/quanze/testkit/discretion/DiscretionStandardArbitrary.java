package io.github.quanze.testkit.discretion;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.StandardFinding;
import io.github.quanze.discretion.StandardLevel;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.StatutoryMitigation;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.testkit.basis.BasisArbitraries;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generated discretion standards (裁量基准) of one violation item: clean ones whose tiers split the statutory fine
 * range (the default), or ones with exactly one planted flaw that {@code StandardVerifier.standard()} finds once.
 * The flaws that can be planted, each by one change to a clean standard:
 * <ul>
 * <li>{@code ABOVE_MAXIMUM} (超出法定幅度): the heavier tier reaches 1 to 500 yuan past the statutory maximum;</li>
 * <li>{@code KIND_NOT_ALLOWED} (处罚种类超出依据): the heavier tier adds revoking the licence, which the item does not
 * provide;</li>
 * <li>{@code LEVEL_ORDER} (格次倒挂): the ordinary and heavier tiers swap their fine ranges;</li>
 * <li>{@code GAP} (情形遗漏): no row covers the amount at the heavier tier's threshold;</li>
 * <li>{@code SHADOWED} (规则被遮蔽): a fourth row repeats the heavier tier's condition after it.</li>
 * </ul>
 * Other kinds are not offered, for one change cannot make them alone: a tier below the statutory minimum is either
 * the lighter tier of two rows (found twice) or a graver tier then lighter than the tier below it ({@code LEVEL_ORDER}
 * too); a row for 应当从轻或者减轻 that gives a graver tier is also out of proportion with the mitigation column
 * ({@code DISPROPORTION}); overlaps are lawful under the first-hit policy standards use; the remaining kinds need a
 * second standard, a provision out of force, or a verification policy other than the standard one. Shrinks to the
 * narrowest range with even cuts.
 * <p>
 * Each configuration method returns a new arbitrary; this class is immutable and thread-safe.
 */
public final class DiscretionStandardArbitrary extends ArbitraryDecorator<DiscretionStandard> {

    private static final Set<StandardFinding.Kind> FLAWS = EnumSet.of(StandardFinding.Kind.ABOVE_MAXIMUM,
            StandardFinding.Kind.KIND_NOT_ALLOWED, StandardFinding.Kind.LEVEL_ORDER, StandardFinding.Kind.GAP,
            StandardFinding.Kind.SHADOWED);
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(BasisArbitraries.TOBACCO_MONOPOLY_LAW, 32));

    private final Optional<StandardFinding.Kind> flaw;

    private DiscretionStandardArbitrary(Optional<StandardFinding.Kind> flaw) {
        this.flaw = flaw;
    }

    /**
     * Returns clean standards, as {@link DiscretionArbitraries#standards()} describes them.
     *
     * @return the arbitrary, not null
     */
    public static DiscretionStandardArbitrary standards() {
        return new DiscretionStandardArbitrary(Optional.empty());
    }

    /**
     * Returns standards with exactly one flaw of the given kind planted.
     *
     * @param kind  the kind of finding, one of {@link #plantableFlaws()}, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the kind cannot be planted
     */
    public DiscretionStandardArbitrary withFlaw(StandardFinding.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        if (!FLAWS.contains(kind)) {
            throw new IllegalArgumentException("Cannot plant a flaw of kind " + kind
                    + " in a discretion standard; the kinds that can be planted are " + FLAWS);
        }
        return new DiscretionStandardArbitrary(Optional.of(kind));
    }

    /**
     * Returns the kinds of finding {@link #withFlaw} can plant.
     *
     * @return the kinds, not null
     */
    public static List<StandardFinding.Kind> plantableFlaws() {
        return List.copyOf(FLAWS);
    }

    @Override
    protected Arbitrary<DiscretionStandard> arbitrary() {
        return Combinators.combine(Arbitraries.integers().between(1, 50), Arbitraries.integers().between(3, 200),
                Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 99),
                Arbitraries.longs().between(1, 50_000), Arbitraries.longs().between(1, 50_000),
                Arbitraries.integers().between(1, 500))
                .as((low, width, firstCut, secondCut, first, more, by) -> standard(low, width, firstCut, secondCut,
                        first, more, by));
    }

    private DiscretionStandard standard(int low, int width, int firstCut, int secondCut, long first, long more,
            int by) {
        Optional<StandardFinding.Kind> planted = flaw;
        BigDecimal min = BigDecimal.valueOf(100L * low);
        BigDecimal max = min.add(BigDecimal.valueOf(100L * width));
        // two cuts strictly inside the range, in whole yuan: the range spans at least 300 yuan and a cut falls at
        // most 99 % into it, so b <= max - 2
        long span = max.longValue() - min.longValue();
        long a = min.longValue() + Math.max(1, span * Math.min(firstCut, secondCut) / 100);
        long b = Math.max(a + 1, min.longValue() + span * Math.max(firstCut, secondCut) / 100);
        ViolationItem item = ViolationItem.builder().code(DiscretionArbitraries.ITEM).name("违法经营")
                .breached(BASIS).applied(BASIS).addClause(PenaltyClause.fine(FineRange.between(min, max))).build();
        Tier lighter = Tier.of(TierLevel.LIGHTER, FineRange.between(min, BigDecimal.valueOf(a)));
        Tier ordinary = Tier.of(TierLevel.ORDINARY, FineRange.between(BigDecimal.valueOf(a), BigDecimal.valueOf(b)));
        Tier heavier = Tier.of(TierLevel.HEAVIER, FineRange.between(BigDecimal.valueOf(b), max));
        long t1 = first;
        long t2 = first + more;
        long from = t2;
        if (planted.isPresent()) {
            switch (planted.get()) {
                case ABOVE_MAXIMUM -> heavier = Tier.of(TierLevel.HEAVIER, FineRange.between(BigDecimal.valueOf(b),
                        max.add(BigDecimal.valueOf(by))));
                case KIND_NOT_ALLOWED -> heavier = new Tier(TierLevel.HEAVIER,
                        EnumSet.of(PenaltyKind.FINE, PenaltyKind.LICENCE_REVOKED), heavier.fine());
                case LEVEL_ORDER -> {
                    Tier was = ordinary;
                    ordinary = new Tier(TierLevel.ORDINARY, was.kinds(), heavier.fine());
                    heavier = new Tier(TierLevel.HEAVIER, heavier.kinds(), was.fine());
                }
                case GAP -> from = t2 + 1;
                default -> { } // SHADOWED: a row added below
            }
        }
        TableSpec.Builder<Tier> tiers = DiscretionStandard.tiers(DiscretionArbitraries.ITEM)
                .columns(DiscretionStandard.MITIGATION_COLUMN, DiscretionArbitraries.AMOUNT);
        row(tiers, "T.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(lighter);
        row(tiers, "T.1").when("amount", Cell.atMost(t1 - 1)).then(lighter);
        row(tiers, "T.2").when("amount", Cell.range(t1, t2 - 1)).then(ordinary);
        row(tiers, "T.3").when("amount", Cell.atLeast(from)).then(heavier);
        if (planted.equals(Optional.of(StandardFinding.Kind.SHADOWED))) {
            row(tiers, "T.4").when("amount", Cell.atLeast(t2)).then(heavier);
        }
        return DiscretionStandard.builder().title("生成的裁量基准").issuer("某烟草专卖局").number("烟〔2024〕1号")
                .level(StandardLevel.PROVINCIAL).effective(DiscretionArbitraries.EFFECTIVE)
                .frame(StatutoryFrame.of(List.of(item))).circumstances(DiscretionArbitraries.AMOUNT)
                .item(DiscretionArbitraries.ITEM, tiers.build()).build();
    }

    private static TableSpec.RowBuilder<Tier> row(TableSpec.Builder<Tier> table, String id) {
        return table.row(id).title(BilingualText.of("格次" + id, "tier " + id)).basis(BASIS);
    }
}
