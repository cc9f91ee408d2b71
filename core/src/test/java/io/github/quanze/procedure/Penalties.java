package io.github.quanze.procedure;

import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineBase;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.MitigatingGround;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.StandardLevel;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.StatutoryMitigation;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small statutory frame and discretion standard for the penalty checks of the replay: 无烟草专卖零售许可证经营烟草
 * 制品零售业务 (烟草专卖法实施条例 Art 57: 没收违法所得，处以违法经营总额20%以上50%以下的罚款), graded by the business
 * volume ({@code amount}, also the fine base) and whether the act is repeated:
 * <table>
 * <caption>Tiers of YC-057</caption>
 * <tr><th>Row</th><th>When</th><th>Tier</th></tr>
 * <tr><td>YC-057.N</td><td>amount at most 99</td><td>不予处罚</td></tr>
 * <tr><td>YC-057.M</td><td>mitigation MUST, amount 100 to 999</td><td>减轻: 10%–20%</td></tr>
 * <tr><td>YC-057.1</td><td>amount at most 4,999</td><td>从轻: 20%–30%</td></tr>
 * <tr><td>YC-057.2</td><td>amount 5,000 to 49,999</td><td>一般: 30%–40%</td></tr>
 * <tr><td>YC-057.3</td><td>amount from 50,000, repeated</td><td>从重: 40%–50%</td></tr>
 * </table>
 * An amount from 50,000 not repeated is covered by no row, so the statutory range applies. Every tier with a penalty
 * imposes 没收违法所得 and the fine. The item is on the standard's list of first offences not punished. The standard
 * is in force from 2024-01-01.
 */
public final class Penalties {

    public static final String ITEM = "YC-057";
    public static final String NUMBER = "某烟法〔2024〕1号";
    public static final String AMOUNT = "amount";
    public static final String REPEATED = "repeated";
    /** The day the penalty case of {@link Cases#PENALTY_CASE} decides. */
    public static final LocalDate DECIDED = LocalDate.of(2026, 10, 19);
    public static final LocalDate ACT = LocalDate.of(2026, 8, 20);
    public static final LocalDate DISCOVERED = LocalDate.of(2026, 8, 28);
    /** The day the penalty case is replayed on. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    public static final ViolationItem RETAIL = ViolationItem.builder().code(ITEM).name("无烟草专卖零售许可证经营烟草制品零售业务")
            .breached(LegalBasis.of(Provision.of(TOBACCO_LAW, 16)))
            .applied(LegalBasis.of(Provision.of(TOBACCO_REGULATION_2023, 57)))
            .addClause(PenaltyClause.of(PenaltyKind.CONFISCATION_OF_GAINS))
            .addClause(PenaltyClause.fine(volume("0.2", "0.5")))
            .build();

    private static final Column AMOUNT_COLUMN = Column.ofLong(AMOUNT, 0, 1_000_000_000_000L).graverWhenGreater();
    private static final Column REPEATED_COLUMN = Column.ofBoolean(REPEATED);

    public static final DiscretionStandard STANDARD = DiscretionStandard.builder().title("某省烟草专卖行政处罚裁量基准")
            .issuer("某省烟草专卖局").number(NUMBER).level(StandardLevel.PROVINCIAL).effective(LocalDate.of(2024, 1, 1))
            .frame(StatutoryFrame.of(List.of(RETAIL))).circumstances(AMOUNT_COLUMN, REPEATED_COLUMN)
            .firstOffenceExempt(ITEM)
            .item(ITEM, DiscretionStandard.tiers(ITEM)
                    .columns(AMOUNT_COLUMN, REPEATED_COLUMN, DiscretionStandard.MITIGATION_COLUMN)
                    .row("YC-057.N").title(title("经营额不足一百元", "a volume below 100 yuan")).basis(RETAIL.applied())
                    .when(AMOUNT, Cell.atMost(99)).then(Tier.noPenalty())
                    .row("YC-057.M").title(title("应当从轻或者减轻且经营额不足一千元", "mitigation due, a volume below "
                            + "1,000 yuan")).basis(RETAIL.applied())
                    .when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST))
                    .when(AMOUNT, Cell.range(100, 999)).then(tier(TierLevel.MITIGATED, "0.1", "0.2"))
                    .row("YC-057.1").title(title("经营额不足五千元", "a volume below 5,000 yuan")).basis(RETAIL.applied())
                    .when(AMOUNT, Cell.atMost(4_999)).then(tier(TierLevel.LIGHTER, "0.2", "0.3"))
                    .row("YC-057.2").title(title("经营额五千元以上不足五万元", "a volume of 5,000 to 49,999 yuan"))
                    .basis(RETAIL.applied()).when(AMOUNT, Cell.range(5_000, 49_999))
                    .then(tier(TierLevel.ORDINARY, "0.3", "0.4"))
                    .row("YC-057.3").title(title("经营额五万元以上且再次违法", "a volume from 50,000 yuan, repeated"))
                    .basis(RETAIL.applied()).when(AMOUNT, Cell.atLeast(50_000)).when(REPEATED, Cell.yes())
                    .then(tier(TierLevel.HEAVIER, "0.4", "0.5"))
                    .build())
            .build();

    public static final PenaltyDiscretion DISCRETION = PenaltyDiscretion.of(List.of(STANDARD));

    private Penalties() {}

    private static FineRange.Multiple volume(String min, String max) {
        return FineRange.multiple(FineBase.BUSINESS_VOLUME, new BigDecimal(min), new BigDecimal(max));
    }

    private static Tier tier(TierLevel level, String min, String max) {
        return Tier.of(level, volume(min, max), PenaltyKind.CONFISCATION_OF_GAINS);
    }

    private static BilingualText title(String zh, String en) {
        return BilingualText.of(zh, en);
    }

    public static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    /** The offence of the penalty case: the business volume, found as the fine base, and not repeated. */
    public static Offence.Builder offence(long amount) {
        return Offence.builder().item(ITEM).act(ACT).discovered(DISCOVERED).decided(DECIDED)
                .base(BigDecimal.valueOf(amount)).circumstances(facts(amount, false));
    }

    public static Circumstances facts(long amount, boolean repeated) {
        return Circumstances.builder().set(AMOUNT, amount).set(REPEATED, repeated).build();
    }

    /** Facts of a party with a ground of Art 32 (主动供述). */
    public static PartyFacts confessed() {
        return PartyFacts.builder().grounds(MitigatingGround.CONFESSED).build();
    }

    /** A fine in yuan with 没收违法所得, recording its offence. */
    public static PenaltyDecision fine(String yuan, Offence offence) {
        return PenaltyDecision.fine(PartyType.CITIZEN, new BigDecimal(yuan), PenaltyKind.CONFISCATION_OF_GAINS)
                .withOffence(offence);
    }

    /** The penalty case of {@link Cases#PENALTY_CASE} with its decision recording a penalty. */
    public static CaseRecord decided(PenaltyDecision decision) {
        return Cases.penaltyCase(Cases.replace(Cases.PENALTY_CASE, StepKind.DECISION, decision(DECIDED, decision)));
    }

    /** The penalty case with a second decision recorded on another day after the first. */
    public static CaseRecord decidedTwice(PenaltyDecision first, LocalDate day, PenaltyDecision second) {
        List<CaseEvent> events = new ArrayList<>(Cases.replace(Cases.PENALTY_CASE, StepKind.DECISION,
                decision(DECIDED, first)));
        int service = events.indexOf(events.stream().filter(e -> e instanceof CaseEvent.StepPerformed p
                && p.step() == StepKind.SERVICE).findFirst().orElseThrow());
        events.add(service, decision(day, second));
        return Cases.penaltyCase(events);
    }

    public static CaseEvent decision(LocalDate day, PenaltyDecision decision) {
        return CaseEvent.recorded(StepKind.DECISION, day, decision, Cases.CHEN).with("行政处罚决定书");
    }
}
