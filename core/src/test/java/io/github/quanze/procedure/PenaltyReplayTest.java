package io.github.quanze.procedure;

import static io.github.quanze.procedure.Penalties.AS_OF;
import static io.github.quanze.procedure.Penalties.DECIDED;
import static io.github.quanze.procedure.Penalties.DISCRETION;
import static io.github.quanze.procedure.Penalties.ITEM;
import static io.github.quanze.procedure.Penalties.NUMBER;
import static io.github.quanze.procedure.Penalties.confessed;
import static io.github.quanze.procedure.Penalties.decided;
import static io.github.quanze.procedure.Penalties.decidedTwice;
import static io.github.quanze.procedure.Penalties.fine;
import static io.github.quanze.procedure.Penalties.offence;
import static io.github.quanze.procedure.Penalties.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.Disposition;
import io.github.quanze.discretion.Harm;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.testing.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;

/**
 * The replay checks a recorded penalty against the law and the standard: each violation kind both ways, at its
 * bounds to the fen, with the tier and the statutory range of {@link Penalties}.
 */
class PenaltyReplayTest {

    private static final Offence ORDINARY = offence(10_000).build();

    private static CaseState replay(PenaltyDecision decision) {
        return decided(decision).replay(AS_OF, DISCRETION);
    }

    private static List<ViolationKind> kinds(PenaltyDecision decision) {
        return replay(decision).violations().stream().map(ProcedureViolation::kind).toList();
    }

    private static List<Object> values(ProcedureViolation v, String name) {
        return new ArrayList<>(v.details().list(name));
    }

    @Example
    void aFineWithinTheTierIsClean_toItsBoundsInclusive() {
        assertThat(DISCRETION.decide(ORDINARY).bounds().orElseThrow().min()).isEqualByComparingTo("3000");
        for (String amount : List.of("3000.00", "3500", "4000.00")) {
            assertThat(replay(fine(amount, ORDINARY)).violations()).as(amount).isEmpty();
        }
    }

    @Example
    void oneFenOutsideTheTierIsAViolation_oneFenOutsideTheStatuteAnother() {
        assertThat(kinds(fine("2999.99", ORDINARY))).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
        assertThat(kinds(fine("4000.01", ORDINARY))).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
        assertThat(kinds(fine("5000.00", ORDINARY))).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
        assertThat(kinds(fine("2000.00", ORDINARY))).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
        assertThat(kinds(fine("5000.01", ORDINARY))).containsExactly(ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE);
        assertThat(kinds(fine("1999.99", ORDINARY))).containsExactly(ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE);
    }

    @Example
    void aFineOutsideTheTierCarriesItsDataAndSaysTheStandardBindsAsAnInterpretation() {
        ProcedureViolation v = replay(fine("4000.01", ORDINARY)).violations().get(0);

        assertThat(v.step()).isEqualTo(StepKind.DECISION);
        assertThat(v.date()).isEqualTo(DECIDED);
        assertThat(v.people()).containsExactly(new Involvement(Cases.CHEN, "陈局长", Role.APPROVER));
        assertThat(v.details().text("item")).isEqualTo(ITEM);
        assertThat(v.details().amount("fine")).isEqualByComparingTo("4000.01");
        assertThat(v.details().amount("min")).isEqualByComparingTo("3000");
        assertThat(v.details().amount("max")).isEqualByComparingTo("4000");
        assertThat(v.details().amount("base")).isEqualByComparingTo("10000");
        assertThat(v.details().constant("tier", TierLevel.class)).isEqualTo(TierLevel.ORDINARY);
        assertThat(v.details().text("row")).isEqualTo("YC-057.2");
        assertThat(v.details().text("standard")).isEqualTo(NUMBER);
        assertThat(v.basis()).isEqualTo(LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 34),
                Provision.of(Fixtures.TOBACCO_REGULATION_2023, 57)));
        assertThat(v.message().zh()).isEqualTo("于2026-10-19对违法行为YC-057罚款4000.01元，不在裁量基准某烟法〔2024〕1号"
                + "「YC-057.2」一般处罚的幅度3000.00元至4000.00元（按罚款基数10000.00元计算）之内（解释：所适用的裁量基准约束作出"
                + "决定的行政机关，案件记录未载明经批准不予适用）");
        assertThat(v.message().en()).isEqualTo("a fine of 4000.01 yuan on 2026-10-19 for act YC-057, outside the range "
                + "of 3000.00 to 4000.00 yuan (on a base of 10000.00 yuan) of the ordinary penalty in row YC-057.2 of "
                + "standard 某烟法〔2024〕1号 (interpretation: the standard applied binds the deciding agency, and the case "
                + "record shows no approval to depart from it)");
    }

    @Example
    void aFineAboveTheStatuteSaysSo() {
        ProcedureViolation v = replay(fine("5000.01", ORDINARY)).violations().get(0);
        assertThat(v.basis()).isEqualTo(Penalties.RETAIL.applied());
        assertThat(v.message().zh()).isEqualTo("于2026-10-19对违法行为YC-057罚款5000.01元，超过法定幅度2000.00元至5000.00元"
                + "（按罚款基数10000.00元计算）的上限");
        assertThat(replay(fine("1999.99", ORDINARY)).violations().get(0).message().zh())
                .startsWith("于2026-10-19对违法行为YC-057罚款1999.99元，低于法定幅度2000.00元至5000.00元");
    }

    @Example
    void aMitigatedTierBelowTheStatutoryMinimumIsNoViolation_butBelowItsOwnMinimumIs() {
        Offence mitigated = offence(500).party(confessed()).build();
        assertThat(DISCRETION.decide(mitigated).tier().orElseThrow().level()).isEqualTo(TierLevel.MITIGATED);

        assertThat(replay(fine("50.00", mitigated)).violations()).isEmpty();
        assertThat(replay(fine("100.00", mitigated)).violations()).isEmpty();
        assertThat(kinds(fine("49.99", mitigated))).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
        assertThat(kinds(fine("100.01", mitigated))).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
        assertThat(kinds(fine("250.01", mitigated))).containsExactly(ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE);
        // the same amount below the statutory minimum, without a ground to mitigate, is a violation
        assertThat(kinds(fine("50.00", offence(500).build())))
                .containsExactly(ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE);
    }

    @Example
    void aGroundOfArt32AllowsLessThanATierThatDidNotProvideForIt_butNeverMore() {
        Offence grounded = offence(10_000).party(confessed()).build();
        assertThat(DISCRETION.decide(grounded).isMitigatedWithinTier()).isTrue();

        assertThat(replay(fine("3999.99", grounded)).violations()).isEmpty();
        assertThat(replay(fine("2500", grounded)).violations()).isEmpty();
        assertThat(replay(fine("1500", grounded)).violations()).isEmpty();
        assertThat(kinds(fine("4000.01", grounded))).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
    }

    @Example
    void factsNoRowCoversAreCheckedAgainstTheStatuteOnly() {
        Offence uncovered = offence(60_000).build();
        assertThat(DISCRETION.decide(uncovered).isUncovered()).isTrue();

        assertThat(replay(fine("12000.00", uncovered)).violations()).isEmpty();
        assertThat(replay(fine("30000.00", uncovered)).violations()).isEmpty();
        assertThat(kinds(fine("11999.99", uncovered))).containsExactly(ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE);
        assertThat(kinds(fine("30000.01", uncovered))).containsExactly(ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE);
        Offence repeated = offence(60_000).build();
        Offence covered = Offence.builder().item(ITEM).act(repeated.act()).discovered(repeated.discovered())
                .decided(DECIDED).base(yuan("60000")).circumstances(Penalties.facts(60_000, true)).build();
        assertThat(kinds(fine("23999.99", covered))).containsExactly(ViolationKind.FINE_OUTSIDE_TIER);
    }

    @Example
    void withoutABaseThereIsNoRangeAndNoFineIsChecked() {
        Offence noBase = Offence.builder().item(ITEM).act(Penalties.ACT).discovered(Penalties.DISCOVERED)
                .decided(DECIDED).circumstances(Penalties.facts(10_000, false)).build();
        assertThat(DISCRETION.decide(noBase).bounds()).isEmpty();

        assertThat(replay(fine("1000000", noBase)).violations()).isEmpty();
    }

    @Example
    void aKindTheProvisionsDoNotAllowIsAViolation_aWarningOnlyWhereNothingMitigates() {
        PenaltyDecision revoked = PenaltyDecision.fine(PartyType.CITIZEN, yuan("3500"),
                PenaltyKind.CONFISCATION_OF_GAINS, PenaltyKind.LICENCE_REVOKED).withOffence(ORDINARY);
        ProcedureViolation v = replay(revoked).violations().get(0);
        assertThat(v.kind()).isEqualTo(ViolationKind.KIND_NOT_ALLOWED);
        assertThat(values(v, "notAllowed")).containsExactly(PenaltyKind.LICENCE_REVOKED);
        assertThat(values(v, "allowed")).containsExactly(PenaltyKind.FINE,
                PenaltyKind.CONFISCATION_OF_GAINS);
        assertThat(v.details().bool("mitigable")).isFalse();
        assertThat(v.message().zh()).isEqualTo("于2026-10-19对违法行为YC-057作出罚款、没收违法所得、吊销许可证件的处罚决定"
                + "（罚款3500.00元），其中吊销许可证件不在可以作出的种类（罚款、没收违法所得）之内（没收违法所得依行政处罚法第二十八条"
                + "第二款总是可以作出）");
        assertThat(replay(fine("3500", ORDINARY)).violations()).isEmpty();

        PenaltyDecision warning = PenaltyDecision.of(PartyType.CITIZEN, PenaltyKind.WARNING);
        assertThat(kinds(warning.withOffence(ORDINARY))).containsExactly(ViolationKind.KIND_NOT_ALLOWED);
        Offence mitigable = offence(10_000).party(confessed()).build();
        assertThat(replay(warning.withOffence(mitigable)).violations()).isEmpty();
        // where 减轻 is lawful the text says that a warning was allowed, as our reading
        PenaltyDecision revokedMitigable = PenaltyDecision.of(PartyType.CITIZEN, PenaltyKind.WARNING,
                PenaltyKind.LICENCE_REVOKED).withOffence(mitigable);
        ProcedureViolation read = replay(revokedMitigable).violations().get(0);
        assertThat(values(read, "notAllowed")).containsExactly(PenaltyKind.LICENCE_REVOKED);
        assertThat(values(read, "allowed")).contains(PenaltyKind.WARNING, PenaltyKind.PUBLIC_CRITICISM);
        assertThat(read.details().bool("mitigable")).isTrue();
        assertThat(read.message().zh()).endsWith("（没收违法所得依行政处罚法第二十八条第二款总是可以作出；解释：依法可以减轻处罚的，"
                + "可以改处警告或者通报批评）");
    }

    @Example
    void aPenaltyForAnActPastTheLimitationIsAViolation_oneDayEarlierItIsNot() {
        Offence barred = offence(10_000).build();
        Offence late = Offence.builder().item(ITEM).act(LocalDate.of(2024, 8, 27)).discovered(LocalDate.of(2026, 8, 28))
                .decided(DECIDED).base(yuan("10000")).circumstances(barred.circumstances()).build();
        Offence inTime = Offence.builder().item(ITEM).act(LocalDate.of(2024, 8, 28))
                .discovered(LocalDate.of(2026, 8, 28)).decided(DECIDED).base(yuan("10000"))
                .circumstances(barred.circumstances()).build();

        assertThat(replay(fine("3500", inTime)).violations()).isEmpty();
        List<ProcedureViolation> found = replay(fine("9999999", late)).violations();
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.PENALTY_AFTER_LIMITATION);
            assertThat(v.details().date("lastDay")).isEqualTo(LocalDate.of(2026, 8, 27));
            assertThat(v.basis().toString()).contains("第三十六条");
            assertThat(v.message().zh()).isEqualTo("违法行为YC-057的追责时效自2024-08-27起算，至2026-08-27届满，2026-08-28"
                    + "才被发现，不再给予行政处罚，但于2026-10-19作出罚款、没收违法所得的处罚决定（罚款9999999.00元）");
        });
        assertThat(kinds(PenaltyDecision.of(PartyType.CITIZEN, PenaltyKind.WARNING).withOffence(late)))
                .containsExactly(ViolationKind.PENALTY_AFTER_LIMITATION);
    }

    @Example
    void aPenaltyOnAPartyTheLawExcusesCitesTheGround() {
        Offence noFault = offence(10_000).party(PartyFacts.builder().noFaultProven(true).build()).build();
        ProcedureViolation v = replay(fine("3500", noFault)).violations().get(0);
        assertThat(v.kind()).isEqualTo(ViolationKind.PENALTY_NOT_ALLOWED);
        assertThat(v.details().constant("disposition", Disposition.class)).isEqualTo(Disposition.NO_PENALTY);
        assertThat(values(v, "grounds")).containsExactly(RulingGround.NO_FAULT);
        assertThat(v.basis()).isEqualTo(RulingGround.NO_FAULT.basis());
        assertThat(v.message().zh()).isEqualTo("违法行为YC-057不予行政处罚（当事人有证据足以证明没有主观过错），但于2026-10-19"
                + "作出罚款、没收违法所得的处罚决定（罚款3500.00元）");

        Offence child = offence(10_000).party(PartyFacts.builder().age(13).build()).build();
        assertThat(values(replay(fine("3500", child)).violations().get(0), "grounds"))
                .containsExactly(RulingGround.UNDER_FOURTEEN);
        Offence fourteen = offence(10_000).party(PartyFacts.builder().age(14).build()).build();
        assertThat(replay(fine("2500", fourteen)).violations()).isEmpty();
    }

    @Example
    void aPenaltyWhereTheStandardGivesNoneNamesItsRowOrItsListAsTheStandards() {
        ProcedureViolation row = replay(fine("20", offence(99).build())).violations().get(0);
        assertThat(row.kind()).isEqualTo(ViolationKind.PENALTY_AGAINST_STANDARD);
        assertThat(row.details().has("grounds")).isFalse();
        assertThat(row.details().text("row")).isEqualTo("YC-057.N");
        assertThat(row.basis()).isEqualTo(LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 34)));
        assertThat(row.message().zh()).isEqualTo("违法行为YC-057依裁量基准不予行政处罚（裁量基准某烟法〔2024〕1号「YC-057.N」；解释："
                + "所适用的裁量基准约束作出决定的行政机关，案件记录未载明经批准不予适用），但于2026-10-19作出罚款、没收违法所得的处罚"
                + "决定（罚款20.00元）");
        assertThat(replay(fine("20", offence(100).build())).violations()).isEmpty();

        Offence first = offence(10_000).party(PartyFacts.builder().firstOffence(true).harm(Harm.SLIGHT)
                .correctedInTime(true).build()).build();
        ProcedureViolation listed = replay(fine("3500", first)).violations().get(0);
        assertThat(listed.kind()).isEqualTo(ViolationKind.PENALTY_AGAINST_STANDARD);
        assertThat(values(listed, "grounds")).containsExactly(RulingGround.FIRST_OFFENCE);
        assertThat(listed.details().has("row")).isFalse();
        assertThat(listed.message().zh()).startsWith("违法行为YC-057依裁量基准不予行政处罚（裁量基准某烟法〔2024〕1号、初次违法");
        assertThat(listed.basis().provisions()).contains(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 34));
        assertThat(listed.message().zh()).contains("解释：所适用的裁量基准约束");
        Offence harmful = offence(10_000).party(PartyFacts.builder().firstOffence(true).correctedInTime(true).build())
                .build();
        assertThat(replay(fine("3500", harmful)).violations()).isEmpty();
    }

    @Example
    void aSecondFineForTheSameActIsAViolation_withOrWithoutADiscretion() {
        Offence again = ORDINARY.decidedOn(DECIDED.plusDays(1));
        CaseRecord twice = decidedTwice(fine("3500", ORDINARY), DECIDED.plusDays(1), fine("3000", again));

        for (CaseState state : List.of(twice.replay(AS_OF), twice.replay(AS_OF, DISCRETION))) {
            assertThat(state.violations()).singleElement().satisfies(v -> {
                assertThat(v.kind()).isEqualTo(ViolationKind.SECOND_FINE);
                assertThat(v.date()).isEqualTo(DECIDED.plusDays(1));
                assertThat(v.details().date("first")).isEqualTo(DECIDED);
                assertThat(v.details().amount("earlier")).isEqualByComparingTo("3500");
                assertThat(v.basis()).isEqualTo(LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW,
                        29)));
                assertThat(v.message().zh()).isEqualTo("于2026-10-20对违法行为YC-057（2026-08-20）罚款3000.00元，此前已于"
                        + "2026-10-19对同一违法行为罚款3500.00元（解释：同一违法行为项目、同一行为日期视为同一违法行为；撤销原决定后重新"
                        + "作出的罚款未予区分）");
            });
        }
        Offence otherDay = Offence.builder().item(ITEM).act(Penalties.ACT.plusDays(1)).discovered(Penalties.DISCOVERED)
                .decided(DECIDED.plusDays(1)).base(yuan("10000")).circumstances(ORDINARY.circumstances()).build();
        assertThat(decidedTwice(fine("3500", ORDINARY), DECIDED.plusDays(1), fine("3000", otherDay))
                .replay(AS_OF, DISCRETION).violations()).isEmpty();
        PenaltyDecision noFine = PenaltyDecision.of(PartyType.CITIZEN, PenaltyKind.CONFISCATION_OF_GAINS)
                .withOffence(again);
        assertThat(decidedTwice(fine("3500", ORDINARY), DECIDED.plusDays(1), noFine).replay(AS_OF, DISCRETION)
                .violations()).isEmpty();
    }

    @Example
    void aDecisionWithoutItsOffenceIsReplayedAsBefore_andADecisionNotYetMadeIsNotChecked() {
        CaseRecord plain = decided(PenaltyDecision.fine(PartyType.CITIZEN, yuan("9999999")));
        assertThat(plain.replay(AS_OF, DISCRETION)).isEqualTo(plain.replay(AS_OF));
        assertThat(plain.replay(AS_OF).violations()).isEmpty();

        CaseRecord outside = decided(fine("4000.01", ORDINARY));
        assertThat(outside.replay(DECIDED.minusDays(1), DISCRETION).violations()).isEmpty();
        assertThat(outside.replay(DECIDED, DISCRETION).violations()).hasSize(1);
        assertThat(outside.replay(AS_OF).violations()).isEmpty();
    }

    @Example
    void anOffenceDecidedOnAnotherDayThanItsStepIsRefused() {
        PenaltyDecision later = fine("3500", ORDINARY.decidedOn(DECIDED.plusDays(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> decided(later))
                .withMessageContaining("Case 烟罚〔2026〕1号")
                .withMessageContaining("records an offence decided on 2026-10-20; the offence of a decision is decided "
                        + "on the day of its step");
    }

    @Example
    void anOffenceTheDiscretionCannotRuleOnIsRefusedByTheReplay_namingTheCaseAndStep() {
        Offence unknown = Offence.builder().item("YC-999").act(Penalties.ACT).discovered(Penalties.DISCOVERED)
                .decided(DECIDED).build();
        CaseRecord record = decided(fine("3500", unknown));
        assertThat(record.replay(AS_OF).violations()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> record.replay(AS_OF, DISCRETION))
                .withMessageContaining("Case 烟罚〔2026〕1号: the penalty decided in step DECISION on 2026-10-19")
                .withMessageContaining("no standard grades item 'YC-999'");
        Offence undeclared = Offence.builder().item(ITEM).act(Penalties.ACT).discovered(Penalties.DISCOVERED)
                .decided(DECIDED).base(yuan("10000")).build();
        assertThatIllegalArgumentException().isThrownBy(() -> decided(fine("3500", undeclared)).replay(AS_OF,
                DISCRETION)).withMessageContaining("circumstance 'amount'");
    }

    @Example
    void withOffenceKeepsTheRestAndTheOldConstructorsGiveNone() {
        PenaltyDecision plain = PenaltyDecision.fine(PartyType.LEGAL_PERSON, yuan("200"));
        assertThat(plain.offence()).isEmpty();
        PenaltyDecision recorded = plain.withOffence(ORDINARY);
        assertThat(recorded.offence()).contains(ORDINARY);
        assertThat(recorded.kinds()).isEqualTo(plain.kinds());
        assertThat(recorded.fine()).isEqualTo(plain.fine());
        assertThat(recorded).isNotEqualTo(plain);
        assertThat(recorded.withOffence(ORDINARY)).isEqualTo(recorded);
    }
}
