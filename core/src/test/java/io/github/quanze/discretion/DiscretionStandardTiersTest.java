package io.github.quanze.discretion;

import static io.github.quanze.discretion.PenaltyDiscretionTest.AMOUNT;
import static io.github.quanze.discretion.PenaltyDiscretionTest.BASIS;
import static io.github.quanze.discretion.PenaltyDiscretionTest.FRAME;
import static io.github.quanze.discretion.PenaltyDiscretionTest.ITEM;
import static io.github.quanze.discretion.PenaltyDiscretionTest.tier;
import static io.github.quanze.discretion.PenaltyDiscretionTest.title;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.rule.Cell;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import java.time.LocalDate;
import net.jqwik.api.Example;

class DiscretionStandardTiersTest {

    private static TableSpec<Tier> spec(TableSpec.Builder<Tier> tiers) {
        return tiers.columns(AMOUNT).row("R.1").title(title("情节一般")).basis(BASIS).when("amount", Cell.atLeast(0))
                .then(tier(TierLevel.ORDINARY, "0.3", "0.4")).build();
    }

    @Example
    void tiers_withAPolicy_takesTheOrderAndNameOfTheDefault() {
        TableSpec<Tier> unique = spec(DiscretionStandard.tiers(ITEM.code(), HitPolicy.UNIQUE));

        assertThat(unique.policy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(unique.name()).isEqualTo(ITEM.code());
        assertThat(unique.order()).contains(Tier.SEVERITY);
        assertThat(spec(DiscretionStandard.tiers(ITEM.code(), HitPolicy.FIRST)))
                .isEqualTo(spec(DiscretionStandard.tiers(ITEM.code())))
                .isNotEqualTo(unique);
        assertThat(DiscretionStandard.builder().title("基准").issuer("某局").number("某〔2025〕1号")
                .level(StandardLevel.COUNTY).effective(LocalDate.of(2025, 1, 1)).frame(FRAME).circumstances(AMOUNT)
                .item(ITEM.code(), spec(DiscretionStandard.tiers(ITEM.code(), HitPolicy.PRIORITY))).build()
                .item(ITEM.code()).orElseThrow().tiers().policy()).isEqualTo(HitPolicy.PRIORITY);
    }

    @Example
    void tiers_refusesToCollect_namingTheItem() {
        assertThatIllegalArgumentException().isThrownBy(() -> DiscretionStandard.tiers("YC-057", HitPolicy.COLLECT))
                .withMessage("Standard, item 'YC-057': tiers cannot be collected; use FIRST, UNIQUE or PRIORITY");
    }
}
