package io.github.quanze.procedure;

import static io.github.quanze.procedure.Penalties.ACT;
import static io.github.quanze.procedure.Penalties.AMOUNT;
import static io.github.quanze.procedure.Penalties.AS_OF;
import static io.github.quanze.procedure.Penalties.DECIDED;
import static io.github.quanze.procedure.Penalties.ITEM;
import static io.github.quanze.procedure.Penalties.REPEATED;
import static io.github.quanze.procedure.Penalties.decided;
import static io.github.quanze.procedure.Penalties.fine;
import static io.github.quanze.procedure.Penalties.offence;
import static io.github.quanze.procedure.Penalties.yuan;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineBase;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.discretion.StandardLevel;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.discretion.VersionBasis;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The replay where two editions of the standard meet under 行政处罚法 Art 37, where only the standard excludes a
 * penalty, and where the item's provisions name no confiscation (Art 28 para 2): each case fails the replay as it
 * stood before (a false violation or the wrong kind) and passes now, and its opposite is still found; and, for any
 * two editions, a fine within either edition's tier is never outside the tier, one fen above both always is.
 */
class PenaltyEditionsReplayTest {

    private static final Column AMOUNT_COLUMN = Column.ofLong(AMOUNT, 0, 1_000_000_000_000L).graverWhenGreater();
    private static final Column REPEATED_COLUMN = Column.ofBoolean(REPEATED);
    /** The edition in force at the act (2026-08-20); the decision (2026-10-19) is under the next. */
    private static final LocalDate OLD_UNTIL = LocalDate.of(2026, 8, 31);
    private static final String OLD = "某烟法〔2024〕1号";
    private static final String NEW = "某烟法〔2026〕9号";

    /**
     * An edition of the standard for YC-057: no penalty up to {@code noPenaltyMax}, then one ordinary tier of
     * {@code min} to {@code max} of the business volume.
     */
    private static DiscretionStandard edition(String number, LocalDate from, Optional<LocalDate> until,
            long noPenaltyMax, String min, String max) {
        DiscretionStandard.Builder b = DiscretionStandard.builder().title("某省烟草专卖行政处罚裁量基准").issuer("某省烟草专卖局")
                .number(number).level(StandardLevel.PROVINCIAL).effective(from)
                .frame(StatutoryFrame.of(List.of(Penalties.RETAIL))).circumstances(AMOUNT_COLUMN, REPEATED_COLUMN)
                .item(ITEM, DiscretionStandard.tiers(ITEM).columns(AMOUNT_COLUMN)
                        .row(rows(number) + ".N").title(BilingualText.of("经营额较小", "a small volume"))
                        .basis(Penalties.RETAIL.applied()).when(AMOUNT, Cell.atMost(noPenaltyMax)).then(Tier.noPenalty())
                        .row(rows(number) + ".O").title(BilingualText.of("一般", "ordinary")).basis(Penalties.RETAIL.applied())
                        .when(AMOUNT, Cell.atLeast(0)).then(Tier.of(TierLevel.ORDINARY, FineRange.multiple(
                                FineBase.BUSINESS_VOLUME, new BigDecimal(min), new BigDecimal(max)),
                                PenaltyKind.CONFISCATION_OF_GAINS))
                        .build());
        until.ifPresent(b::until);
        return b.build();
    }

    /** The prefix of an edition's row ids. */
    private static String rows(String number) {
        return number.equals(OLD) ? "YC-057-2024" : "YC-057-2026";
    }

    /**
     * The edition of {@link #OLD} in force at the act, until {@link #OLD_UNTIL}, then that of {@link #NEW}: for each,
     * the volume up to which no penalty is given, and its ordinary tier as fractions of the volume.
     */
    private static PenaltyDiscretion editions(long oldNoPenaltyMax, String oldMin, String oldMax, long newNoPenaltyMax,
            String newMin, String newMax) {
        return PenaltyDiscretion.of(List.of(
                edition(OLD, LocalDate.of(2024, 1, 1), Optional.of(OLD_UNTIL), oldNoPenaltyMax, oldMin, oldMax),
                edition(NEW, OLD_UNTIL.plusDays(1), Optional.empty(), newNoPenaltyMax, newMin, newMax)));
    }

    private static List<ProcedureViolation> replay(PenaltyDecision decision, PenaltyDiscretion discretion) {
        return decided(decision).replay(AS_OF, discretion).violations();
    }

    private static List<ViolationKind> kinds(PenaltyDecision decision, PenaltyDiscretion discretion) {
        return replay(decision, discretion).stream().map(ProcedureViolation::kind).toList();
    }

    // issue 4: overlapping tiers of two editions

    /** Old 30%–40%; new 25%–45%, not lighter (its maximum is higher), so the old tier applies. */
    private static final PenaltyDiscretion WIDER = editions(0, "0.3", "0.4", 0, "0.25", "0.45");

    @Example
    void aFineWithinTheSetAsideEditionsTierIsNotOutsideTheTier_outsideBothItIs() {
        Offence ordinary = offence(10_000).build();
        PenaltyRuling ruling = WIDER.decide(ordinary);
        assertThat(ruling.version()).isEqualTo(VersionBasis.AT_ACT);
        assertThat(ruling.standard().orElseThrow().number()).isEqualTo(OLD);
        assertThat(ruling.setAside().orElseThrow().number()).isEqualTo(NEW);

        // below the old tier, within the new: the old replay reported FINE_OUTSIDE_TIER
        for (String amount : List.of("2500.00", "2999.99", "3000", "4000", "4000.01", "4500.00")) {
            assertThat(replay(fine(amount, ordinary), WIDER)).as(amount).isEmpty();
        }
        assertThat(kinds(fine("2499.99", ordinary), WIDER)).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
        assertThat(kinds(fine("4500.01", ordinary), WIDER)).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
        assertThat(kinds(fine("1999.99", ordinary), WIDER))
                .containsExactly(ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE);
    }

    @Example
    void aFineOutsideBothEditionsNamesBoth_andSaysAcceptingEitherIsAnInterpretation() {
        ProcedureViolation v = replay(fine("2499.99", offence(10_000).build()), WIDER).get(0);

        assertThat(v.details().text("standard")).isEqualTo(OLD);
        assertThat(v.details().text("setAside")).isEqualTo(NEW);
        assertThat(v.details().text("setAsideRow")).isEqualTo("YC-057-2026.O");
        assertThat(v.details().amount("setAsideMin")).isEqualByComparingTo("2500");
        assertThat(v.details().amount("setAsideMax")).isEqualByComparingTo("4500");
        assertThat(v.message().zh()).isEqualTo("于2026-10-19对违法行为YC-057罚款2499.99元，不在裁量基准某烟法〔2024〕1号"
                + "「YC-057-2024.O」一般处罚的幅度3000.00元至4000.00元（按罚款基数10000.00元计算）之内，也不在依行政处罚法"
                + "第三十七条比较后未适用的裁量基准某烟法〔2026〕9号「YC-057-2026.O」的幅度2500.00元至4500.00元之内（解释："
                + "所适用的裁量基准约束作出决定的行政机关，案件记录未载明经批准不予适用；解释：行政处罚法第三十七条规定的是法律、法规、"
                + "规章的从旧兼从轻，对裁量基准，罚款在违法行为发生时或者作出处罚决定时任一版本该格次幅度之内的，不认为超出）");
        assertThat(v.message().en()).contains("compared and not applied under Art 37")
                .contains("interpretation: Art 37 speaks of laws, regulations and rules");
        // one edition only: the plain text, without the set-aside standard
        ProcedureViolation single = replay(fine("2999.99", offence(10_000).build()), Penalties.DISCRETION).get(0);
        assertThat(single.details().has("setAside")).isFalse();
        assertThat(single.message().zh()).doesNotContain("第三十七条");
    }

    @Example
    void theLighterNewEditionAppliesAndTheOldTierStillCountsForAFineWithinIt() {
        // new 20%–30%: lighter, so it applies; the old 30%–40% is set aside
        PenaltyDiscretion lighter = editions(0, "0.3", "0.4", 0, "0.2", "0.3");
        Offence ordinary = offence(10_000).build();
        assertThat(lighter.decide(ordinary).version()).isEqualTo(VersionBasis.LIGHTER_AT_DECISION);

        assertThat(replay(fine("2000", ordinary), lighter)).isEmpty();
        assertThat(replay(fine("3500", ordinary), lighter)).isEmpty();
        assertThat(kinds(fine("4000.01", ordinary), lighter)).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
    }

    @Property(tries = 100)
    void aFineWithinEitherEditionsTierIsNeverOutsideTheTier_oneFenAboveBothAlwaysIs(
            @ForAll @IntRange(min = 20, max = 50) int a, @ForAll @IntRange(min = 20, max = 50) int b,
            @ForAll @IntRange(min = 20, max = 50) int c, @ForAll @IntRange(min = 20, max = 50) int d,
            @ForAll @LongRange(min = 100, max = 10_000_000) long amount, @ForAll @IntRange(min = 0, max = 100) int where,
            @ForAll boolean inNew) {
        String oldMin = percent(Math.min(a, b));
        String oldMax = percent(Math.max(a, b));
        String newMin = percent(Math.min(c, d));
        String newMax = percent(Math.max(c, d));
        PenaltyDiscretion discretion = editions(0, oldMin, oldMax, 0, newMin, newMax);
        Offence offence = offence(amount).build();
        FineBounds old = ordinary(oldMin, oldMax, amount);
        FineBounds now = ordinary(newMin, newMax, amount);
        FineBounds chosen = inNew ? now : old;
        BigDecimal within = chosen.min().add(chosen.max().subtract(chosen.min()).multiply(BigDecimal.valueOf(where))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));

        assertThat(replay(fine(within.toPlainString(), offence), discretion)).isEmpty();
        BigDecimal above = old.max().max(now.max()).add(new BigDecimal("0.01"));
        assertThat(kinds(fine(above.toPlainString(), offence), discretion)).singleElement().isIn(
                ViolationKind.FINE_OUTSIDE_TIER, ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE);
    }

    private static String percent(int hundredths) {
        return BigDecimal.valueOf(hundredths, 2).toPlainString();
    }

    private static FineBounds ordinary(String min, String max, long amount) {
        return Tier.of(TierLevel.ORDINARY, FineRange.multiple(FineBase.BUSINESS_VOLUME, new BigDecimal(min),
                new BigDecimal(max))).boundsFor(Optional.of(BigDecimal.valueOf(amount))).orElseThrow();
    }

    // issues 3, 5 and 20: a penalty only the standard excludes

    @Example
    void aPenaltyTheLighterNewEditionsNoPenaltyTierExcludesIsAgainstTheStandard_citingItsRowAndArts34And37() {
        PenaltyDiscretion exempting = editions(0, "0.3", "0.4", 99, "0.3", "0.4");
        Offence small = offence(99).build();
        PenaltyRuling ruling = exempting.decide(small);
        assertThat(ruling.grounds()).containsExactly(RulingGround.LIGHTER_LAW);
        assertThat(ruling.tier().orElseThrow().level()).isEqualTo(TierLevel.NO_PENALTY);

        ProcedureViolation v = replay(fine("30", small), exempting).get(0);
        assertThat(v.kind()).isEqualTo(ViolationKind.PENALTY_AGAINST_STANDARD);
        assertThat(v.details().text("row")).isEqualTo("YC-057-2026.N");
        assertThat(v.details().text("standard")).isEqualTo(NEW);
        assertThat(v.basis()).isEqualTo(LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 34),
                Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 37)));
        assertThat(v.message().zh()).isEqualTo("违法行为YC-057依裁量基准不予行政处罚（裁量基准某烟法〔2026〕9号「YC-057-2026.N」、"
                + "作出处罚决定时的规定处罚较轻；解释：所适用的裁量基准约束作出决定的行政机关，案件记录未载明经批准不予适用），但于"
                + "2026-10-19作出罚款、没收违法所得的处罚决定（罚款30.00元）");
        assertThat(kinds(fine("30", offence(100).build()), exempting)).isEmpty();
    }

    @Example
    void aPenaltyOnAPartyTheStatuteExcusesStaysNotAllowed_withoutTheStandardsNote() {
        Offence child = offence(99).party(io.github.quanze.discretion.PartyFacts.builder().age(13).build()).build();
        ProcedureViolation v = replay(fine("30", child), Penalties.DISCRETION).get(0);
        assertThat(v.kind()).isEqualTo(ViolationKind.PENALTY_NOT_ALLOWED);
        assertThat(v.details().has("row")).isFalse();
        assertThat(v.basis()).isEqualTo(RulingGround.UNDER_FOURTEEN.basis());
        assertThat(v.message().zh()).doesNotContain("裁量基准");
    }

    // issue 2: 没收违法所得 where the provisions name only a fine

    private static final String FINE_ONLY = "YC-059";
    private static final ViolationItem FINE_ONLY_ITEM = ViolationItem.builder().code(FINE_ONLY).name("只处罚款的违法行为")
            .breached(LegalBasis.of(Provision.of(TOBACCO_LAW, 16)))
            .applied(LegalBasis.of(Provision.of(TOBACCO_REGULATION_2023, 59)))
            .addClause(PenaltyClause.fine(FineRange.multiple(FineBase.BUSINESS_VOLUME, new BigDecimal("0.2"),
                    new BigDecimal("0.5"))))
            .build();
    private static final PenaltyDiscretion FINE_ONLY_DISCRETION = PenaltyDiscretion.of(List.of(DiscretionStandard
            .builder().title("某省烟草专卖行政处罚裁量基准").issuer("某省烟草专卖局").number(OLD).level(StandardLevel.PROVINCIAL)
            .effective(LocalDate.of(2024, 1, 1)).frame(StatutoryFrame.of(List.of(FINE_ONLY_ITEM)))
            .circumstances(AMOUNT_COLUMN, REPEATED_COLUMN)
            .item(FINE_ONLY, DiscretionStandard.tiers(FINE_ONLY).columns(AMOUNT_COLUMN)
                    .row("YC-059.O").title(BilingualText.of("一般", "ordinary")).basis(FINE_ONLY_ITEM.applied())
                    .when(AMOUNT, Cell.atLeast(0)).then(Tier.of(TierLevel.ORDINARY, FineRange.multiple(
                            FineBase.BUSINESS_VOLUME, new BigDecimal("0.3"), new BigDecimal("0.4"))))
                    .build())
            .build()));

    private static Offence fineOnly() {
        return Offence.builder().item(FINE_ONLY).act(ACT).discovered(Penalties.DISCOVERED).decided(DECIDED)
                .base(yuan("10000")).circumstances(Penalties.facts(10_000, false)).build();
    }

    @Example
    void confiscatingGainsIsAlwaysAllowed_underArt28Para2_butAnotherKindTheProvisionsDoNotNameIsNot() {
        PenaltyDecision withGains = PenaltyDecision.fine(PartyType.CITIZEN, yuan("3500"),
                PenaltyKind.CONFISCATION_OF_GAINS).withOffence(fineOnly());
        assertThat(replay(withGains, FINE_ONLY_DISCRETION)).isEmpty();
        assertThat(replay(PenaltyDecision.fine(PartyType.CITIZEN, yuan("3500")).withOffence(fineOnly()),
                FINE_ONLY_DISCRETION)).isEmpty();

        PenaltyDecision suspended = PenaltyDecision.fine(PartyType.CITIZEN, yuan("3500"),
                PenaltyKind.CONFISCATION_OF_GAINS, PenaltyKind.LICENCE_REVOKED).withOffence(fineOnly());
        ProcedureViolation v = replay(suspended, FINE_ONLY_DISCRETION).get(0);
        assertThat(v.kind()).isEqualTo(ViolationKind.KIND_NOT_ALLOWED);
        assertThat(List.<Object>copyOf(v.details().list("notAllowed"))).containsExactly(PenaltyKind.LICENCE_REVOKED);
        assertThat(List.<Object>copyOf(v.details().list("allowed"))).containsExactly(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GAINS);
        assertThat(v.message().zh()).isEqualTo("于2026-10-19对违法行为YC-059作出罚款、没收违法所得、吊销许可证件的处罚决定"
                + "（罚款3500.00元），其中吊销许可证件不在可以作出的种类（罚款、没收违法所得）之内（没收违法所得依行政处罚法第二十八条"
                + "第二款总是可以作出）");
    }
}
