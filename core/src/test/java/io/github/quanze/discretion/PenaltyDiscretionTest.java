package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static io.github.quanze.rule.Cell.atLeast;
import static io.github.quanze.rule.Cell.atMost;
import static io.github.quanze.rule.Cell.is;
import static io.github.quanze.rule.Cell.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PenaltyDiscretionTest {

    static final Column AMOUNT = Column.ofLong("amount", 0, 1_000_000_000L).graverWhenGreater();
    static final Column REPEATED = Column.ofBoolean("repeated").graverWhenGreater();
    static final ViolationItem ITEM = ViolationItemTest.RETAIL_WITHOUT_LICENCE;
    static final StatutoryFrame FRAME = StatutoryFrame.of(List.of(ITEM));
    static final LegalBasis BASIS = ITEM.applied();
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    static Tier tier(TierLevel level, String min, String max) {
        return Tier.of(level, FineRange.multiple(FineBase.BUSINESS_VOLUME, new BigDecimal(min), new BigDecimal(max)),
                PenaltyKind.CONFISCATION_OF_GAINS);
    }

    static BilingualText title(String zh) {
        return BilingualText.of(zh, zh);
    }

    /** Tiers by amount: mitigation first, then 从轻 up to 4,999 yuan, 一般 to 49,999, 从重 above or when repeated. */
    static TableSpec<Tier> tiers(String lighterMax, boolean withMitigation) {
        TableSpec.Builder<Tier> spec = DiscretionStandard.tiers(ITEM.code()).columns(AMOUNT, REPEATED,
                DiscretionStandard.MITIGATION_COLUMN);
        if (withMitigation) {
            spec.row("R.M").title(title("应当从轻")).basis(BASIS).when("mitigation", is(StatutoryMitigation.MUST))
                    .then(tier(TierLevel.LIGHTER, "0.2", lighterMax));
        }
        return spec.row("R.1").title(title("情节较轻")).basis(BASIS).when("amount", atMost(4_999))
                .when("repeated", is(false)).then(tier(TierLevel.LIGHTER, "0.2", lighterMax))
                .row("R.2").title(title("情节一般")).basis(BASIS).when("amount", range(5_000, 49_999))
                .when("repeated", is(false)).then(tier(TierLevel.ORDINARY, "0.3", "0.4"))
                .row("R.3").title(title("情节严重")).basis(BASIS).when("amount", atLeast(50_000))
                .then(tier(TierLevel.HEAVIER, "0.4", "0.5"))
                .row("R.4").title(title("再次违法")).basis(BASIS).when("repeated", is(true))
                .then(tier(TierLevel.HEAVIER, "0.4", "0.5"))
                .build();
    }

    static DiscretionStandard.Builder standard(String number, LocalDate from) {
        return DiscretionStandard.builder().title("烟草专卖行政处罚裁量基准").issuer("某省烟草专卖局").number(number)
                .level(StandardLevel.PROVINCIAL).effective(from).frame(FRAME).circumstances(AMOUNT, REPEATED);
    }

    static final DiscretionStandard PROVINCE = standard("某烟法〔2024〕1号", LocalDate.of(2024, 1, 1))
            .midpointDefault(true).item(ITEM.code(), tiers("0.3", true)).build();
    static final PenaltyDiscretion DISCRETION = PenaltyDiscretion.of(List.of(PROVINCE));

    static Offence.Builder offence(long amount) {
        return bare(amount).circumstances(facts(amount));
    }

    static Offence.Builder bare(long amount) {
        return Offence.builder().item(ITEM.code()).act(DAY).discovered(DAY).decided(DAY.plusDays(30))
                .base(BigDecimal.valueOf(amount));
    }

    static PartyFacts.Builder party() {
        return PartyFacts.builder();
    }

    @Example
    void decide_findsTheTierOfTheAmount_atBothSidesOfTheBoundary() {
        PenaltyRuling below = DISCRETION.decide(offence(4_999).build());
        PenaltyRuling at = DISCRETION.decide(offence(5_000).build());
        assertThat(below.row().orElseThrow().id().toString()).isEqualTo("R.1");
        assertThat(below.tier().orElseThrow().level()).isEqualTo(TierLevel.LIGHTER);
        assertThat(at.row().orElseThrow().id().toString()).isEqualTo("R.2");
        assertThat(at.bounds().orElseThrow().min()).isEqualByComparingTo("1500");
        assertThat(at.bounds().orElseThrow().max()).isEqualByComparingTo("2000");
        assertThat(at.midpoint()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("1750"));
        assertThat(at.kinds()).containsExactlyInAnyOrder(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GAINS);
        assertThat(at.isPenalty()).isTrue();
        assertThat(at.version()).isEqualTo(VersionBasis.UNCHANGED);
        assertThat(at.allows(yuan("2000"))).isTrue();
        assertThat(at.allows(yuan("2000.01"))).isFalse();
        assertThat(at.text().zh()).contains("R.2", "情节一般", "某烟法〔2024〕1号", "1500", "2000", "中间值为1750");
        assertThat(at.text().en()).contains("tier R.2", "1500", "2000");
    }

    @Example
    void decide_repeatedOffence_isHeavier() {
        PenaltyRuling ruling = DISCRETION.decide(bare(1_000).circumstances(Circumstances.builder()
                .set("amount", 1_000).set("repeated", true).build()).build());
        assertThat(ruling.tier().orElseThrow().level()).isEqualTo(TierLevel.HEAVIER);
    }

    @Example
    void decide_art30_underFourteenIsNotPunished_fourteenIsMitigated() {
        PenaltyRuling thirteen = DISCRETION.decide(offence(20_000).party(party().age(13).build()).build());
        PenaltyRuling fourteen = DISCRETION.decide(offence(20_000).party(party().age(14).build()).build());
        PenaltyRuling eighteen = DISCRETION.decide(offence(20_000).party(party().age(18).build()).build());
        assertThat(thirteen.disposition()).isEqualTo(Disposition.NO_PENALTY);
        assertThat(thirteen.grounds()).containsExactly(RulingGround.UNDER_FOURTEEN);
        assertThat(thirteen.bounds()).isEmpty();
        assertThat(thirteen.text().zh()).contains("不满十四周岁", "责令监护人加以管教");
        assertThat(fourteen.disposition()).isEqualTo(Disposition.PENALTY);
        assertThat(fourteen.row().orElseThrow().id().toString()).isEqualTo("R.M");
        assertThat(fourteen.grounds()).containsExactly(RulingGround.MINOR_AGE);
        assertThat(eighteen.row().orElseThrow().id().toString()).isEqualTo("R.2");
        assertThat(eighteen.grounds()).isEmpty();
    }

    @Example
    void decide_art31_noCapacityIsNotPunished_diminishedMayBeMitigated() {
        PenaltyRuling none = DISCRETION.decide(offence(20_000).party(party().capacity(MentalCapacity.NONE).build())
                .build());
        PenaltyRuling diminished = DISCRETION.decide(offence(20_000).party(party()
                .capacity(MentalCapacity.DIMINISHED).build()).build());
        assertThat(none.grounds()).containsExactly(RulingGround.NO_CAPACITY);
        assertThat(none.isPenalty()).isFalse();
        assertThat(diminished.isPenalty()).isTrue();
        assertThat(diminished.grounds()).containsExactly(RulingGround.DIMINISHED_CAPACITY);
        assertThat(diminished.text().zh()).contains("可以从轻或者减轻");
    }

    @Example
    void decide_art32_groundRequiresMitigation_andALooseStandardIsHeldToTheLowerHalf() {
        DiscretionStandard loose = standard("某烟法〔2024〕2号", LocalDate.of(2024, 1, 1))
                .item(ITEM.code(), tiers("0.3", false)).build();
        PartyFacts confessed = party().grounds(MitigatingGround.CONFESSED).build();
        PenaltyRuling ruling = PenaltyDiscretion.of(List.of(loose)).decide(offence(20_000).party(confessed).build());
        assertThat(ruling.row().orElseThrow().id().toString()).isEqualTo("R.2");
        assertThat(ruling.isMitigatedWithinTier()).isTrue();
        assertThat(ruling.bounds().orElseThrow().min()).isEqualByComparingTo("6000");
        assertThat(ruling.bounds().orElseThrow().max()).isEqualByComparingTo("7000");
        assertThat(ruling.text().zh()).contains("应当从轻或者减轻", "解释");
        PenaltyRuling plain = PenaltyDiscretion.of(List.of(loose)).decide(offence(20_000).build());
        assertThat(plain.isMitigatedWithinTier()).isFalse();
        assertThat(plain.bounds().orElseThrow().max()).isEqualByComparingTo("8000");
    }

    @Example
    void decide_art33_minorCorrectedWithoutHarm_isNotPunished_butNotWithSlightHarm() {
        PenaltyRuling none = DISCRETION.decide(offence(100).party(party().minorAct(true).correctedInTime(true)
                .harm(Harm.NONE).build()).build());
        PenaltyRuling slight = DISCRETION.decide(offence(100).party(party().minorAct(true).correctedInTime(true)
                .harm(Harm.SLIGHT).build()).build());
        PenaltyRuling late = DISCRETION.decide(offence(100).party(party().minorAct(true).harm(Harm.NONE).build())
                .build());
        assertThat(none.grounds()).containsExactly(RulingGround.MINOR_AND_CORRECTED);
        assertThat(none.text().zh()).contains("对当事人进行教育");
        assertThat(slight.isPenalty()).isTrue();
        assertThat(late.isPenalty()).isTrue();
    }

    @Example
    void decide_art33_firstOffence_onlyOnTheStandardsList() {
        DiscretionStandard listed = standard("某烟法〔2024〕3号", LocalDate.of(2024, 1, 1))
                .item(ITEM.code(), tiers("0.3", true)).firstOffenceExempt(ITEM.code()).build();
        PartyFacts first = party().firstOffence(true).harm(Harm.SLIGHT).correctedInTime(true).build();
        PenaltyRuling exempt = PenaltyDiscretion.of(List.of(listed)).decide(offence(3_000).party(first).build());
        PenaltyRuling unlisted = DISCRETION.decide(offence(3_000).party(first).build());
        PenaltyRuling harmful = PenaltyDiscretion.of(List.of(listed)).decide(offence(3_000).party(party()
                .firstOffence(true).correctedInTime(true).build()).build());
        assertThat(exempt.grounds()).containsExactly(RulingGround.FIRST_OFFENCE);
        assertThat(exempt.disposition()).isEqualTo(Disposition.NO_PENALTY);
        assertThat(unlisted.isPenalty()).isTrue();
        assertThat(harmful.isPenalty()).isTrue();
    }

    @Example
    void decide_art33_noFaultProven_isNotPunished() {
        PenaltyRuling ruling = DISCRETION.decide(offence(3_000).party(party().noFaultProven(true).build()).build());
        assertThat(ruling.grounds()).containsExactly(RulingGround.NO_FAULT);
        assertThat(ruling.grounds().get(0).basis().provisions().get(0).toString()).contains("第三十三条");
    }

    @Example
    void decide_art36_twoYears_fiveWithGraveHarm() {
        LocalDate act = LocalDate.of(2022, 5, 10);
        Offence.Builder inTime = offence(3_000);
        PenaltyRuling lastDay = DISCRETION.decide(Offence.builder().item(ITEM.code()).act(act)
                .discovered(LocalDate.of(2024, 5, 10)).decided(LocalDate.of(2024, 6, 1)).base(yuan("3000"))
                .circumstances(facts(3_000)).build());
        PenaltyRuling dayAfter = DISCRETION.decide(Offence.builder().item(ITEM.code()).act(act)
                .discovered(LocalDate.of(2024, 5, 11)).decided(LocalDate.of(2024, 6, 1)).base(yuan("3000"))
                .circumstances(facts(3_000)).build());
        PenaltyRuling grave = DISCRETION.decide(Offence.builder().item(ITEM.code()).act(act)
                .discovered(LocalDate.of(2024, 5, 11)).decided(LocalDate.of(2024, 6, 1)).base(yuan("3000"))
                .circumstances(facts(3_000)).graveHarm(true).build());
        assertThat(inTime.build().item()).isEqualTo(ITEM.code());
        assertThat(lastDay.isPenalty()).isTrue();
        assertThat(dayAfter.disposition()).isEqualTo(Disposition.TIME_BARRED);
        assertThat(dayAfter.kinds()).isEmpty();
        assertThat(dayAfter.text().zh()).contains("不再给予行政处罚");
        assertThat(grave.isPenalty()).isTrue();
    }

    static Circumstances facts(long amount) {
        return Circumstances.builder().set("amount", amount).set("repeated", false).build();
    }

    @Example
    void decide_art37_lighterNewStandardApplies_heavierDoesNot() {
        DiscretionStandard old = standard("旧〔2023〕1号", LocalDate.of(2023, 1, 1)).until(LocalDate.of(2024, 12, 31))
                .item(ITEM.code(), tiers("0.3", true)).build();
        DiscretionStandard lighter = standard("新〔2025〕1号", LocalDate.of(2025, 1, 1))
                .item(ITEM.code(), tiers("0.25", true)).build();
        Offence offence = Offence.builder().item(ITEM.code()).act(LocalDate.of(2024, 12, 1))
                .discovered(LocalDate.of(2024, 12, 1)).decided(LocalDate.of(2025, 1, 15)).base(yuan("3000"))
                .circumstances(facts(3_000)).build();
        PenaltyRuling toNew = PenaltyDiscretion.of(List.of(old, lighter)).decide(offence);
        assertThat(toNew.version()).isEqualTo(VersionBasis.LIGHTER_AT_DECISION);
        assertThat(toNew.standard().orElseThrow().number()).isEqualTo("新〔2025〕1号");
        assertThat(toNew.setAside().orElseThrow().number()).isEqualTo("旧〔2023〕1号");
        assertThat(toNew.grounds()).containsExactly(RulingGround.LIGHTER_LAW);
        assertThat(toNew.bounds().orElseThrow().max()).isEqualByComparingTo("750");
        assertThat(toNew.text().zh()).contains("处罚较轻", "第三十七条");
        PenaltyRuling stays = PenaltyDiscretion.of(List.of(lighter.equals(old) ? old : standard("旧〔2023〕2号",
                LocalDate.of(2023, 1, 1)).until(LocalDate.of(2024, 12, 31)).item(ITEM.code(), tiers("0.25", true))
                .build(), standard("新〔2025〕2号", LocalDate.of(2025, 1, 1)).item(ITEM.code(), tiers("0.3", true))
                .build())).decide(offence);
        assertThat(stays.version()).isEqualTo(VersionBasis.AT_ACT);
        assertThat(stays.standard().orElseThrow().number()).isEqualTo("旧〔2023〕2号");
        assertThat(stays.bounds().orElseThrow().max()).isEqualByComparingTo("750");
    }

    @Example
    void decide_factsNoRowCovers_andNoStandardInForce_giveTheStatutoryRange() {
        DiscretionStandard partial = standard("某烟法〔2024〕4号", LocalDate.of(2024, 1, 1)).item(ITEM.code(),
                DiscretionStandard.tiers(ITEM.code()).columns(AMOUNT).row("R.1").title(title("较轻")).basis(BASIS)
                        .when("amount", atMost(4_999)).then(tier(TierLevel.LIGHTER, "0.2", "0.3")).build()).build();
        PenaltyRuling uncovered = PenaltyDiscretion.of(List.of(partial)).decide(offence(10_000).build());
        assertThat(uncovered.isUncovered()).isTrue();
        assertThat(uncovered.row()).isEmpty();
        assertThat(uncovered.bounds().orElseThrow().min()).isEqualByComparingTo("2000");
        assertThat(uncovered.bounds().orElseThrow().max()).isEqualByComparingTo("5000");
        PenaltyRuling early = PenaltyDiscretion.of(List.of(partial)).decide(Offence.builder().item(ITEM.code())
                .act(LocalDate.of(2023, 6, 1)).discovered(LocalDate.of(2023, 6, 1)).decided(LocalDate.of(2023, 7, 1))
                .base(yuan("1000")).circumstances(facts(1_000)).build());
        assertThat(early.standard()).isEmpty();
        assertThat(early.isUncovered()).isFalse();
        assertThat(early.bounds().orElseThrow().max()).isEqualByComparingTo("500");
        assertThat(early.text().zh()).contains("适用法定幅度");
    }

    @Example
    void badInput_isRefusedWithTheStandardItemAndValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> Offence.builder().item("X").act(DAY)
                .discovered(DAY).decided(DAY.minusDays(1)).build()).withMessageContaining("decided " + DAY.minusDays(1));
        assertThatIllegalArgumentException().isThrownBy(() -> DISCRETION.decide(bare(100).circumstances(
                Circumstances.builder().set("amount", 100).build()).build()))
                .withMessageContaining("某烟法〔2024〕1号").withMessageContaining(ITEM.code())
                .withMessageContaining("'repeated'");
        assertThatIllegalArgumentException().isThrownBy(() -> DISCRETION.decide(bare(100).circumstances(
                Circumstances.builder().set("amount", -1).set("repeated", false).build()).build()))
                .withMessageContaining("'amount' must be a whole number from 0");
        assertThatIllegalArgumentException().isThrownBy(() -> DISCRETION.decide(Offence.builder().item("NOPE")
                .act(DAY).discovered(DAY).decided(DAY).build())).withMessageContaining("'NOPE'");
        assertThatIllegalArgumentException().isThrownBy(() -> PenaltyDiscretion.of(List.of(PROVINCE,
                standard("某烟法〔2025〕9号", LocalDate.of(2025, 1, 1)).item(ITEM.code(), tiers("0.3", true)).build())))
                .withMessageContaining("某烟法〔2024〕1号").withMessageContaining("某烟法〔2025〕9号")
                .withMessageContaining("overlapping");
        assertThatIllegalArgumentException().isThrownBy(() -> PenaltyDiscretion.of(List.of(standard("县〔2025〕1号",
                LocalDate.of(2025, 1, 1)).implementing("无此基准").item(ITEM.code(), tiers("0.3", true)).build())))
                .withMessageContaining("无此基准");
        assertThatIllegalArgumentException().isThrownBy(() -> standard("某烟法〔2024〕5号", DAY).item(ITEM.code(),
                DiscretionStandard.tiers(ITEM.code()).columns(Column.ofLong("scale", 0, 9)).row("R.1")
                        .title(title("x")).basis(BASIS).when("scale", atMost(3)).then(tier(TierLevel.LIGHTER, "0.2",
                                "0.3")).build()).build())
                .withMessageContaining("'scale'").withMessageContaining("does not declare");
    }

    @Example
    void aLowerStandardApplies_whereItGradesTheItem() {
        DiscretionStandard county = DiscretionStandard.builder().title("县级细化基准").issuer("某县烟草专卖局")
                .number("某县烟〔2025〕1号").level(StandardLevel.COUNTY).effective(LocalDate.of(2025, 1, 1))
                .implementing(PROVINCE.number()).frame(FRAME).circumstances(AMOUNT, REPEATED)
                .item(ITEM.code(), tiers("0.25", true)).build();
        PenaltyDiscretion both = PenaltyDiscretion.of(List.of(PROVINCE, county));
        assertThat(both.standardFor(ITEM.code(), DAY)).contains(county);
        assertThat(both.standardFor(ITEM.code(), LocalDate.of(2024, 6, 1))).contains(PROVINCE);
        assertThat(both.decide(offence(3_000).build()).bounds().orElseThrow().max()).isEqualByComparingTo("750");
    }

    @Property(tries = 200)
    void aCasePastTheLimitationIsNeverPunished(@ForAll @IntRange(min = 1, max = 4000) int daysLate,
            @ForAll boolean grave, @ForAll @LongRange(max = 1_000_000) long amount) {
        LocalDate act = LocalDate.of(2018, 3, 31);
        LocalDate last = act.plusYears(grave ? 5 : 2);
        LocalDate discovered = last.plusDays(daysLate);
        PenaltyRuling ruling = DISCRETION.decide(Offence.builder().item(ITEM.code()).act(act).discovered(discovered)
                .decided(discovered.plusDays(10)).base(BigDecimal.valueOf(amount)).circumstances(facts(amount))
                .graveHarm(grave).build());
        assertThat(ruling.disposition()).isEqualTo(Disposition.TIME_BARRED);
        assertThat(ruling.kinds()).isEmpty();
        assertThat(ruling.bounds()).isEmpty();
    }

    @Property(tries = 300)
    void fromOldOrLighter_neverHeavierThanTheLawAtTheAct(@ForAll @IntRange(min = 20, max = 50) int oldMax,
            @ForAll @IntRange(min = 20, max = 50) int newMax, @ForAll @LongRange(max = 200_000) long amount,
            @ForAll @IntRange(max = 16) int age) {
        DiscretionStandard old = standard("旧〔2023〕1号", LocalDate.of(2023, 1, 1)).until(LocalDate.of(2024, 12, 31))
                .item(ITEM.code(), tiers("0." + (oldMax == 50 ? "5" : oldMax), true)).build();
        DiscretionStandard now = standard("新〔2025〕1号", LocalDate.of(2025, 1, 1))
                .item(ITEM.code(), tiers("0." + (newMax == 50 ? "5" : newMax), true)).build();
        Offence offence = Offence.builder().item(ITEM.code()).act(LocalDate.of(2024, 12, 1))
                .discovered(LocalDate.of(2024, 12, 1)).decided(LocalDate.of(2025, 1, 15))
                .base(BigDecimal.valueOf(amount)).circumstances(facts(amount))
                .party(age > 13 ? party().age(age).build() : PartyFacts.none()).build();
        PenaltyRuling applied = PenaltyDiscretion.of(List.of(old, now)).decide(offence);
        PenaltyRuling atAct = PenaltyDiscretion.of(List.of(old)).decide(offence);
        assertThat(applied.kinds()).isSubsetOf(atAct.kinds());
        BigDecimal max = applied.bounds().map(FineBounds::max).orElse(BigDecimal.ZERO);
        BigDecimal min = applied.bounds().map(FineBounds::min).orElse(BigDecimal.ZERO);
        assertThat(max).isLessThanOrEqualTo(atAct.bounds().map(FineBounds::max).orElse(BigDecimal.ZERO));
        assertThat(min).isLessThanOrEqualTo(atAct.bounds().map(FineBounds::min).orElse(BigDecimal.ZERO));
        assertThat(applied.version()).isIn(VersionBasis.AT_ACT, VersionBasis.LIGHTER_AT_DECISION);
        assertThat(applied.bounds().equals(atAct.bounds())).isEqualTo(applied.version() == VersionBasis.AT_ACT
                || applied.bounds().equals(atAct.bounds()));
    }

    @Example
    void circumstancesAndOptionalBase_areValues() {
        assertThat(facts(1)).isEqualTo(facts(1)).isNotEqualTo(facts(2));
        assertThat(offence(1).build()).isEqualTo(offence(1).build()).isNotEqualTo(offence(2).build());
        assertThat(offence(1).build().decidedOn(DAY.plusDays(5)).decided()).isEqualTo(DAY.plusDays(5));
        assertThat(offence(1).build().base()).isEqualTo(Optional.of(new BigDecimal("1.00")));
        assertThat(bare(1).build()).isEqualTo(Offence.builder().item(ITEM.code()).act(DAY).discovered(DAY)
                .decided(DAY.plusDays(30)).base(new BigDecimal("1.0")).build());
        assertThat(Instruments.ADMINISTRATIVE_PENALTY_LAW).isNotNull();
        assertThat(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 37)).isNotNull();
    }
}
