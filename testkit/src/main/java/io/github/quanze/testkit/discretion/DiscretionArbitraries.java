package io.github.quanze.testkit.discretion;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.rule.Column;
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


    private DiscretionArbitraries() {}

    /**
     * Returns clean standards of one item: a fine range of 100 to 5,000 yuan at the lower end and up to 20,000 yuan
     * more at the upper, cut into three tiers, chosen by amount thresholds from 1 to 100,000 yuan.
     *
     * @return the arbitrary, not null
     */
    public static DiscretionStandardArbitrary standards() {
        return DiscretionStandardArbitrary.standards();
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
}
