package io.github.quanze.testkit.discretion;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.StandardLevel;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.StatutoryMitigation;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.testkit.basis.BasisArbitraries;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries of discretion standards (裁量基准) and the penalties they decide (处罚裁量结果): one violation item with a
 * statutory fine range, graded into lighter, ordinary and heavier tiers that split the range, by the amount involved,
 * with 应当从轻或者减轻 first. Generated standards verify clean against their frame; shrinks to the narrowest range
 * with even cuts.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DiscretionArbitraries {

    /** The code of the generated violation item. */
    public static final String ITEM = "ITEM-1";
    /** The circumstance the tiers read: the amount involved, in yuan. */
    public static final Column AMOUNT = Column.ofLong("amount", 0, 1_000_000_000L).graverWhenGreater();
    /** The day generated standards take effect. */
    public static final LocalDate EFFECTIVE = LocalDate.of(2024, 3, 1);

    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(BasisArbitraries.TOBACCO_MONOPOLY_LAW, 32));

    private DiscretionArbitraries() {}

    /**
     * Returns clean standards of one item: a fine range of 100 to 5,000 yuan at the lower end and up to 20,000 yuan
     * more at the upper, cut into three tiers, chosen by amount thresholds from 1 to 100,000 yuan.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DiscretionStandard> standards() {
        return Combinators.combine(Arbitraries.integers().between(1, 50), Arbitraries.integers().between(3, 200),
                Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 99),
                Arbitraries.longs().between(1, 50_000), Arbitraries.longs().between(1, 50_000))
                .as(DiscretionArbitraries::standard);
    }

    /**
     * Returns the rulings (处罚裁量) generated standards give on offences of amounts up to 200,000 yuan, acted in
     * 2024 and decided within a month of discovery, with no party facts that mitigate.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PenaltyRuling> decidedPenalties() {
        return Combinators.combine(standards(), Arbitraries.longs().between(0, 200_000),
                Arbitraries.integers().between(0, 200))
                .as((standard, amount, day) -> {
                    LocalDate act = EFFECTIVE.plusDays(day);
                    Offence offence = Offence.builder().item(ITEM).act(act).discovered(act.plusDays(3))
                            .decided(act.plusDays(30)).base(BigDecimal.valueOf(amount))
                            .circumstances(Circumstances.builder().set("amount", amount).build())
                            .build();
                    return PenaltyDiscretion.of(List.of(standard)).decide(offence);
                });
    }

    private static DiscretionStandard standard(int low, int width, int firstCut, int secondCut, long first,
            long more) {
        BigDecimal min = BigDecimal.valueOf(100L * low);
        BigDecimal max = min.add(BigDecimal.valueOf(100L * width));
        // two cuts strictly inside the range, in whole yuan
        long span = max.longValue() - min.longValue();
        long a = min.longValue() + Math.max(1, span * Math.min(firstCut, secondCut) / 100);
        long b = Math.max(a + 1, min.longValue() + span * Math.max(firstCut, secondCut) / 100);
        b = Math.min(b, max.longValue() - 1);
        a = Math.min(a, b - 1);
        ViolationItem item = ViolationItem.builder().code(ITEM).name("违法经营")
                .breached(LegalBasis.of(Provision.of(BasisArbitraries.TOBACCO_MONOPOLY_LAW, 32))).applied(BASIS)
                .addClause(PenaltyClause.fine(FineRange.between(min, max))).build();
        Tier lighter = Tier.of(TierLevel.LIGHTER, FineRange.between(min, BigDecimal.valueOf(a)));
        Tier ordinary = Tier.of(TierLevel.ORDINARY, FineRange.between(BigDecimal.valueOf(a), BigDecimal.valueOf(b)));
        Tier heavier = Tier.of(TierLevel.HEAVIER, FineRange.between(BigDecimal.valueOf(b), max));
        long t1 = first;
        long t2 = first + more;
        TableSpec.Builder<Tier> tiers = DiscretionStandard.tiers(ITEM).columns(DiscretionStandard.MITIGATION_COLUMN,
                AMOUNT);
        row(tiers, "T.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(lighter);
        row(tiers, "T.1").when("amount", Cell.atMost(t1 - 1)).then(lighter);
        row(tiers, "T.2").when("amount", Cell.range(t1, t2 - 1)).then(ordinary);
        row(tiers, "T.3").when("amount", Cell.atLeast(t2)).then(heavier);
        return DiscretionStandard.builder().title("生成的裁量基准").issuer("某烟草专卖局").number("烟〔2024〕1号")
                .level(StandardLevel.PROVINCIAL).effective(EFFECTIVE)
                .frame(StatutoryFrame.of(List.of(item))).circumstances(AMOUNT).item(ITEM, tiers.build()).build();
    }

    private static TableSpec.RowBuilder<Tier> row(TableSpec.Builder<Tier> table, String id) {
        return table.row(id).title(BilingualText.of("格次" + id, "tier " + id)).basis(BASIS);
    }
}
