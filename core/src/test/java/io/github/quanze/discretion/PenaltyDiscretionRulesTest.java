package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static io.github.quanze.discretion.PenaltyDiscretionTest.AMOUNT;
import static io.github.quanze.discretion.PenaltyDiscretionTest.BASIS;
import static io.github.quanze.discretion.PenaltyDiscretionTest.DISCRETION;
import static io.github.quanze.discretion.PenaltyDiscretionTest.ITEM;
import static io.github.quanze.discretion.PenaltyDiscretionTest.REPEATED;
import static io.github.quanze.discretion.PenaltyDiscretionTest.facts;
import static io.github.quanze.discretion.PenaltyDiscretionTest.offence;
import static io.github.quanze.discretion.PenaltyDiscretionTest.party;
import static io.github.quanze.discretion.PenaltyDiscretionTest.standard;
import static io.github.quanze.discretion.PenaltyDiscretionTest.tier;
import static io.github.quanze.discretion.PenaltyDiscretionTest.tiers;
import static io.github.quanze.discretion.PenaltyDiscretionTest.title;
import static io.github.quanze.rule.Cell.atLeast;
import static io.github.quanze.rule.Cell.atMost;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2021;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.TableSpec;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** The rules of deciding a penalty that a review of the first version corrected. */
class PenaltyDiscretionRulesTest {

    static final LocalDate ACT = LocalDate.of(2023, 7, 1);

    /** An item "YC-X" breaching and punished under the provisions given, with a fine of 0.2 to 0.5 times volume. */
    static ViolationItem item(LegalBasis breached, LegalInstrument regulation) {
        return ViolationItem.builder().code("YC-X").name("违法行为").breached(breached)
                .applied(LegalBasis.of(Provision.of(regulation, 57)))
                .addClause(PenaltyClause.of(PenaltyKind.CONFISCATION_OF_GAINS))
                .addClause(PenaltyClause.fine(FineRangeTest.VOLUME_20_50)).build();
    }

    static DiscretionStandard graded(String number, ViolationItem item, LocalDate from, LocalDate until,
            Tier ordinary) {
        DiscretionStandard.Builder b = DiscretionStandard.builder().title("裁量基准").issuer("某省烟草专卖局")
                .number(number).level(StandardLevel.PROVINCIAL).effective(from)
                .frame(StatutoryFrame.of(List.of(item))).circumstances(AMOUNT, REPEATED)
                .item(item.code(), DiscretionStandard.tiers(item.code()).columns(AMOUNT).row("X.1")
                        .title(title("一般")).basis(item.applied()).then(ordinary).build());
        return (until == null ? b : b.until(until)).build();
    }

    static Offence.Builder x(LocalDate act, LocalDate decided) {
        return Offence.builder().item("YC-X").act(act).discovered(act).decided(decided).base(yuan("1000"))
                .circumstances(facts(1_000));
    }

    static Tier ordinary() {
        return tier(TierLevel.ORDINARY, "0.3", "0.4");
    }

    @Example
    void art37_notAnOffence_onlyWhenEveryProvisionIsOutOfForce() {
        LegalBasis both = LegalBasis.of(Provision.of(TOBACCO_LAW, 16), Provision.of(TOBACCO_REGULATION_2021, 23));
        LegalBasis old = LegalBasis.of(Provision.of(TOBACCO_REGULATION_2021, 23));
        LocalDate decided = LocalDate.of(2023, 8, 1);
        for (boolean lawStillInForce : List.of(true, false)) {
            ViolationItem item = item(lawStillInForce ? both : old, TOBACCO_REGULATION_2021);
            PenaltyDiscretion d = PenaltyDiscretion.of(List.of(graded("旧〔2022〕1号", item, LocalDate.of(2022, 1, 1),
                    LocalDate.of(2023, 7, 19), ordinary())));
            PenaltyRuling r = d.decide(x(ACT, decided).build());
            assertThat(r.disposition()).isEqualTo(lawStillInForce ? Disposition.PENALTY : Disposition.NOT_AN_OFFENCE);
            if (!lawStillInForce) {
                assertThat(r.version()).isEqualTo(VersionBasis.NOT_AN_OFFENCE_AT_DECISION);
                assertThat(r.setAside().orElseThrow().number()).isEqualTo("旧〔2022〕1号");
                assertThat(r.text().zh()).contains("解释", "均已不施行");
                assertThat(r.text().en()).contains("Interpretation");
            }
        }
    }

    @Example
    void art37_notAnOffence_alsoWithoutAStandardAtTheAct() {
        ViolationItem item = item(LegalBasis.of(Provision.of(TOBACCO_REGULATION_2021, 23)), TOBACCO_REGULATION_2021);
        PenaltyDiscretion d = PenaltyDiscretion.of(List.of(graded("旧〔2023〕1号", item, LocalDate.of(2023, 7, 5),
                LocalDate.of(2023, 7, 19), ordinary())));
        PenaltyRuling r = d.decide(x(ACT, LocalDate.of(2023, 8, 1)).build());
        assertThat(r.disposition()).isEqualTo(Disposition.NOT_AN_OFFENCE);
        assertThat(r.setAside()).isEmpty();
        PenaltyRuling before = d.decide(x(ACT, LocalDate.of(2023, 7, 4)).build());
        assertThat(before.disposition()).isEqualTo(Disposition.PENALTY);
    }

    @Example
    void withoutAStandardAtTheAct_theEditionInForceAtTheActIsUsed() {
        LegalBasis law = LegalBasis.of(Provision.of(TOBACCO_LAW, 16));
        ViolationItem old = item(law, TOBACCO_REGULATION_2021);
        ViolationItem now = item(law, TOBACCO_REGULATION_2023);
        PenaltyDiscretion d = PenaltyDiscretion.of(List.of(
                graded("旧〔2022〕1号", old, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 30), ordinary()),
                graded("新〔2023〕1号", now, LocalDate.of(2023, 8, 1), null, ordinary())));
        PenaltyRuling atOld = d.decide(x(LocalDate.of(2023, 7, 5), LocalDate.of(2023, 7, 10)).build());
        assertThat(atOld.standard()).isEmpty();
        assertThat(atOld.item()).isEqualTo(old);
        PenaltyRuling atNew = d.decide(x(LocalDate.of(2023, 7, 25), LocalDate.of(2023, 7, 28)).build());
        assertThat(atNew.item()).isEqualTo(now);
    }

    @Example
    void theLimitationAndTheExclusions_comeBeforeTheCircumstances() {
        Offence.Builder late = Offence.builder().item(ITEM.code()).act(LocalDate.of(2020, 1, 1))
                .discovered(LocalDate.of(2025, 1, 1)).decided(LocalDate.of(2025, 2, 1));
        assertThat(DISCRETION.decide(late.build()).disposition()).isEqualTo(Disposition.TIME_BARRED);
        PenaltyRuling child = DISCRETION.decide(PenaltyDiscretionTest.bare(100).party(party().age(12).build())
                .build());
        assertThat(child.disposition()).isEqualTo(Disposition.NO_PENALTY);
        assertThat(child.grounds()).containsExactly(RulingGround.UNDER_FOURTEEN);
        assertThatIllegalArgumentException().isThrownBy(() -> DISCRETION.decide(PenaltyDiscretionTest.bare(100)
                .party(party().age(15).build()).build())).withMessageContaining("'amount'");
    }

    @Example
    void offence_refusesGraveHarmWithoutHarm_andAnEndAfterTheDecision() {
        assertThatIllegalArgumentException().isThrownBy(() -> offence(100).graveHarm(true)
                .party(party().harm(Harm.NONE).build()).build())
                .withMessageContaining("graveHarm").withMessageContaining("party.harm");
        assertThat(offence(100).graveHarm(true).party(party().harm(Harm.SLIGHT).build()).build().isGraveHarm())
                .isTrue();
        LocalDate decided = PenaltyDiscretionTest.DAY.plusDays(30);
        assertThatIllegalArgumentException().isThrownBy(() -> offence(100).ended(decided.plusDays(1)).build())
                .withMessageContaining("ended " + decided.plusDays(1)).withMessageContaining("decision on " + decided);
        assertThat(offence(100).ended(decided).build().ended()).contains(decided);
    }

    static final DiscretionStandard PARTIAL = standard("某烟法〔2024〕4号", LocalDate.of(2024, 1, 1)).item(ITEM.code(),
            DiscretionStandard.tiers(ITEM.code()).columns(AMOUNT).row("R.1").title(title("较轻")).basis(BASIS)
                    .when("amount", atMost(4_999)).then(tier(TierLevel.LIGHTER, "0.2", "0.3")).build()).build();

    @Example
    void aPartyThatMustBeMitigated_isHeldToTheLowerHalf_ofTheStatutoryRangeToo() {
        PenaltyDiscretion d = PenaltyDiscretion.of(List.of(PARTIAL));
        PenaltyRuling adult = d.decide(offence(10_000).build());
        PenaltyRuling minor = d.decide(offence(10_000).party(party().age(15).build()).build());
        assertThat(adult.isMitigatedWithinTier()).isFalse();
        assertThat(adult.bounds().orElseThrow().max()).isEqualByComparingTo("5000");
        assertThat(minor.isUncovered()).isTrue();
        assertThat(minor.isMitigatedWithinTier()).isTrue();
        assertThat(minor.bounds().orElseThrow().min()).isEqualByComparingTo("2000");
        assertThat(minor.bounds().orElseThrow().max()).isEqualByComparingTo("3500");
        assertThat(minor.text().zh()).contains("法定幅度的下半部分", "解释");
        assertThat(adult.text().zh()).doesNotContain("下半部分");
    }

    @Example
    void aTierWithoutAFine_isNotMitigatedWithinTheTier() {
        DiscretionStandard s = standard("某烟法〔2024〕6号", LocalDate.of(2024, 1, 1)).item(ITEM.code(),
                DiscretionStandard.tiers(ITEM.code()).columns(AMOUNT).row("R.1").title(title("一般")).basis(BASIS)
                        .then(Tier.without(TierLevel.ORDINARY, PenaltyKind.CONFISCATION_OF_GAINS)).build()).build();
        PenaltyRuling minor = PenaltyDiscretion.of(List.of(s)).decide(offence(10_000).party(party().age(15).build())
                .build());
        assertThat(minor.isMitigatedWithinTier()).isFalse();
        assertThat(minor.text().zh()).doesNotContain("下半部分");
        DiscretionStandard withFine = standard("某烟法〔2024〕7号", LocalDate.of(2024, 1, 1)).item(ITEM.code(),
                tiers("0.3", false)).build();
        PenaltyRuling fined = PenaltyDiscretion.of(List.of(withFine)).decide(offence(10_000).party(party().age(15)
                .build()).build());
        assertThat(fined.isMitigatedWithinTier()).isTrue();
    }

    @Example
    void aFineThatCannotBeComputed_isNotLighter() {
        LegalBasis law = LegalBasis.of(Provision.of(TOBACCO_LAW, 16));
        ViolationItem item = item(law, TOBACCO_REGULATION_2023);
        Tier fixed = Tier.of(TierLevel.ORDINARY, FineRange.between(yuan("100"), yuan("200")));
        PenaltyDiscretion d = PenaltyDiscretion.of(List.of(
                graded("旧〔2024〕1号", item, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), fixed),
                graded("新〔2025〕1号", item, LocalDate.of(2025, 1, 1), null, ordinary())));
        Offence.Builder noBase = Offence.builder().item("YC-X").act(LocalDate.of(2024, 12, 1))
                .discovered(LocalDate.of(2024, 12, 1)).decided(LocalDate.of(2025, 1, 10)).circumstances(facts(0));
        PenaltyRuling r = d.decide(noBase.build());
        assertThat(r.version()).isEqualTo(VersionBasis.AT_ACT);
        assertThat(r.standard().orElseThrow().number()).isEqualTo("旧〔2024〕1号");
        PenaltyRuling withBase = d.decide(x(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 10))
                .build());
        assertThat(withBase.version()).isEqualTo(VersionBasis.AT_ACT);
        Tier cheaper = Tier.of(TierLevel.ORDINARY, FineRange.between(yuan("50"), yuan("100")));
        PenaltyRuling lighter = PenaltyDiscretion.of(List.of(
                graded("旧〔2024〕1号", item, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), fixed),
                graded("新〔2025〕1号", item, LocalDate.of(2025, 1, 1), null, cheaper))).decide(noBase.build());
        assertThat(lighter.version()).isEqualTo(VersionBasis.LIGHTER_AT_DECISION);
    }

    static final ViolationItem OPTIONAL = ViolationItem.builder().code("YC-OPT").name("违法行为")
            .breached(LegalBasis.of(Provision.of(TOBACCO_LAW, 16)))
            .applied(LegalBasis.of(Provision.of(TOBACCO_REGULATION_2023, 57)))
            .addClause(PenaltyClause.optional(PenaltyKind.LICENCE_REVOKED))
            .addClause(PenaltyClause.optional(PenaltyKind.WARNING)).build();

    @Example
    void anItemOfOptionalClauses_withoutAStandard_givesItsKinds_inTheOrderOfArt9() {
        DiscretionStandard later = DiscretionStandard.builder().title("裁量基准").issuer("某省烟草专卖局")
                .number("后〔2026〕1号").level(StandardLevel.PROVINCIAL).effective(LocalDate.of(2026, 1, 1))
                .frame(StatutoryFrame.of(List.of(OPTIONAL))).circumstances(AMOUNT)
                .item(OPTIONAL.code(), DiscretionStandard.tiers(OPTIONAL.code()).columns(AMOUNT).row("O.1")
                        .title(title("一般")).basis(BASIS).then(Tier.without(TierLevel.ORDINARY, PenaltyKind.WARNING))
                        .build()).build();
        PenaltyRuling r = PenaltyDiscretion.of(List.of(later)).decide(Offence.builder().item(OPTIONAL.code())
                .act(PenaltyDiscretionTest.DAY).discovered(PenaltyDiscretionTest.DAY)
                .decided(PenaltyDiscretionTest.DAY.plusDays(3)).build());
        assertThat(r.disposition()).isEqualTo(Disposition.PENALTY);
        assertThat(r.kinds()).containsExactly(PenaltyKind.WARNING, PenaltyKind.LICENCE_REVOKED);
        assertThat(r.text().zh()).doesNotContain("不予处罚").contains("决定给予：警告，吊销许可证件");
    }

    @Example
    void grounds_ofMustAndOfMay_areRenderedApart() {
        PenaltyRuling both = DISCRETION.decide(offence(20_000).party(party().age(15)
                .capacity(MentalCapacity.DIMINISHED).build()).build());
        assertThat(both.text().zh()).contains("依照《中华人民共和国行政处罚法》第三十条，应当从轻或者减轻行政处罚",
                "依照《中华人民共和国行政处罚法》第三十一条，可以从轻或者减轻行政处罚");
        PenaltyRuling may = DISCRETION.decide(offence(20_000).party(party().capacity(MentalCapacity.DIMINISHED)
                .build()).build());
        assertThat(may.text().zh()).doesNotContain("应当从轻");
    }

    @Example
    void aStandardAtTheDecisionAgainstTheStatute_isComparedInBothLanguages_asAnInterpretation() {
        DiscretionStandard later = standard("新〔2025〕3号", LocalDate.of(2025, 1, 1)).item(ITEM.code(),
                tiers("0.25", true)).build();
        PenaltyRuling r = PenaltyDiscretion.of(List.of(later)).decide(Offence.builder().item(ITEM.code())
                .act(LocalDate.of(2024, 12, 1)).ended(LocalDate.of(2024, 12, 5)).discovered(LocalDate.of(2024, 12, 6))
                .decided(LocalDate.of(2025, 1, 10)).base(yuan("3000")).circumstances(facts(3_000)).build());
        assertThat(r.version()).isEqualTo(VersionBasis.LIGHTER_AT_DECISION);
        assertThat(r.text().en()).doesNotContain("法定幅度").contains("the statutory range", "Interpretation: standards are "
                + "not laws", "day it ended");
        assertThat(r.text().zh()).contains("法定幅度", "裁量基准不是法律、法规、规章", "行为终了之日");
    }

    @Example
    void aNoPenaltyTier_restsOnArt34_andEducatesOnlyOnAnArt33Ground() {
        DiscretionStandard s = standard("某烟法〔2024〕8号", LocalDate.of(2024, 1, 1)).item(ITEM.code(),
                DiscretionStandard.tiers(ITEM.code()).columns(AMOUNT).row("N.1").title(title("轻微")).basis(BASIS)
                        .when("amount", atMost(100)).then(Tier.noPenalty())
                        .row("N.2").title(title("其他")).basis(BASIS).when("amount", atLeast(101))
                        .then(tier(TierLevel.ORDINARY, "0.3", "0.4")).build()).build();
        PenaltyDiscretion d = PenaltyDiscretion.of(List.of(s));
        PenaltyRuling plain = d.decide(offence(50).build());
        assertThat(plain.disposition()).isEqualTo(Disposition.NO_PENALTY);
        assertThat(plain.text().zh()).contains("第三十四条").doesNotContain("第三十三条第一款", "进行教育");
        PenaltyRuling first = d.decide(offence(50).party(party().firstOffence(true).harm(Harm.SLIGHT)
                .correctedInTime(true).build()).build());
        assertThat(first.text().zh()).contains("第三十四条", "进行教育（《中华人民共和国行政处罚法》第三十三条第三款）");
        PenaltyRuling noFault = DISCRETION.decide(offence(3_000).party(party().noFaultProven(true).build()).build());
        assertThat(noFault.text().zh()).contains("另有规定的，从其规定", "第三十三条第三款");
        assertThat(noFault.text().en()).contains("provides otherwise", "33(3)");
    }

    @Example
    void aLowerStandard_saysTheLowestLevelApplies() {
        DiscretionStandard county = DiscretionStandard.builder().title("县级细化基准").issuer("某县烟草专卖局")
                .number("某县烟〔2025〕1号").level(StandardLevel.COUNTY).effective(LocalDate.of(2025, 1, 1))
                .implementing(PenaltyDiscretionTest.PROVINCE.number()).frame(PenaltyDiscretionTest.FRAME)
                .circumstances(AMOUNT, REPEATED).item(ITEM.code(), tiers("0.25", true)).build();
        PenaltyDiscretion both = PenaltyDiscretion.of(List.of(PenaltyDiscretionTest.PROVINCE, county));
        assertThat(both.decide(offence(3_000).build()).text().zh()).contains("最低层级");
        assertThat(DISCRETION.decide(offence(3_000).build()).text().zh()).doesNotContain("最低层级");
    }

    @Example
    void anItemsOwnLimitation_underAnotherLaw_isUsed() {
        Limitation tax = Limitation.underOtherLaw(java.time.Period.ofYears(5),
                LegalBasis.of(Provision.of(LimitationTest.TAX_LAW, 86)));
        ViolationItem longer = ITEM.toBuilder().limitation(tax).build();
        assertThat(ITEM.limitation()).isEqualTo(Limitation.ofPenaltyLaw());
        assertThat(longer.limitation()).isEqualTo(tax);
        assertThat(longer).isNotEqualTo(ITEM).isEqualTo(longer.toBuilder().build());
        DiscretionStandard s = DiscretionStandard.builder().title("裁量基准").issuer("某省烟草专卖局").number("某〔2020〕1号")
                .level(StandardLevel.PROVINCIAL).effective(LocalDate.of(2020, 1, 1))
                .frame(StatutoryFrame.of(List.of(longer))).circumstances(AMOUNT, REPEATED)
                .item(ITEM.code(), tiers("0.3", true)).build();
        Offence late = Offence.builder().item(ITEM.code()).act(LocalDate.of(2021, 1, 1))
                .discovered(LocalDate.of(2024, 1, 1)).decided(LocalDate.of(2024, 2, 1)).base(yuan("3000"))
                .circumstances(facts(3_000)).build();
        assertThat(PenaltyDiscretion.of(List.of(s)).decide(late).isPenalty()).isTrue();
        assertThat(DISCRETION.decide(late).disposition()).isEqualTo(Disposition.TIME_BARRED);
    }

    @Example
    void anItemGradedTwice_namesTheStandard() {
        assertThatIllegalArgumentException().isThrownBy(() -> standard("某烟法〔2024〕9号", LocalDate.of(2024, 1, 1))
                .item(ITEM.code(), tiers("0.3", true)).item(ITEM.code(), tiers("0.3", true)))
                .withMessage("Standard '某烟法〔2024〕9号': item 'YC-RETAIL' is graded twice");
    }

    @Example
    void partyGrounds_areSetOnce_andNullIsNamed() {
        assertThatIllegalStateException().isThrownBy(() -> party().grounds(MitigatingGround.CONFESSED)
                .grounds(MitigatingGround.COERCED)).withMessageContaining("grounds");
        assertThatNullPointerException().isThrownBy(() -> party().grounds((MitigatingGround[]) null))
                .withMessageContaining("grounds");
        assertThatNullPointerException().isThrownBy(() -> party().grounds(MitigatingGround.CONFESSED, null))
                .withMessageContaining("grounds");
        assertThat(party().grounds(MitigatingGround.CONFESSED).build().grounds())
                .containsExactly(MitigatingGround.CONFESSED);
    }

    @Example
    void circumstances_ofTheWrongKind_areNamed() {
        Circumstances c = Circumstances.builder().set("amount", 5).set("repeated", true).set("place", "某地").build();
        assertThat(c.longValue("amount")).isEqualTo(5L);
        assertThat(c.booleanValue("repeated")).isTrue();
        assertThat(c.stringValue("place")).isEqualTo("某地");
        assertThatIllegalArgumentException().isThrownBy(() -> c.longValue("repeated"))
                .withMessageContaining("'repeated'").withMessageContaining("whole number");
        assertThatIllegalArgumentException().isThrownBy(() -> c.booleanValue("amount"))
                .withMessageContaining("'amount'");
        assertThatIllegalArgumentException().isThrownBy(() -> c.stringValue("missing"))
                .withMessageContaining("'missing'");
    }
}
