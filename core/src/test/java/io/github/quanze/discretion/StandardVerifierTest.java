package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static io.github.quanze.discretion.StandardFixtures.A;
import static io.github.quanze.discretion.StandardFixtures.AMOUNT;
import static io.github.quanze.discretion.StandardFixtures.A_HEAVIER;
import static io.github.quanze.discretion.StandardFixtures.A_LIGHTER;
import static io.github.quanze.discretion.StandardFixtures.A_ORDINARY;
import static io.github.quanze.discretion.StandardFixtures.B_HEAVIER;
import static io.github.quanze.discretion.StandardFixtures.B_LIGHTER;
import static io.github.quanze.discretion.StandardFixtures.B_ORDINARY;
import static io.github.quanze.discretion.StandardFixtures.county;
import static io.github.quanze.discretion.StandardFixtures.fixed;
import static io.github.quanze.discretion.StandardFixtures.provincial;
import static io.github.quanze.discretion.StandardFixtures.row;
import static io.github.quanze.discretion.StandardFixtures.standard;
import static io.github.quanze.discretion.StandardFixtures.tiersA;
import static io.github.quanze.discretion.StandardFixtures.tiersB;
import static io.github.quanze.discretion.StandardFixtures.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Citation;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.Severity;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/** Verification reports, as values, what a standard does beyond its statute and its higher standard. */
class StandardVerifierTest {

    private static final StandardVerifier VERIFIER = StandardVerifier.standard();
    private static final String PROVINCE = "省烟〔2024〕1号";
    private static final String COUNTY = "县烟〔2024〕2号";

    private static DiscretionStandard withA(TableSpec<Tier> tiers) {
        return standard(PROVINCE, StandardLevel.PROVINCIAL).item("A-FIX", tiers).build();
    }

    private static DiscretionStandard withB(TableSpec<Tier> tiers) {
        return standard(PROVINCE, StandardLevel.PROVINCIAL).item("B-MUL", tiers).build();
    }

    private static List<StandardFinding.Kind> kinds(StandardVerification v) {
        return v.findings().stream().map(StandardFinding::kind).toList();
    }

    @Example
    void aCleanStandard_hasNoFinding() {
        StandardVerification v = VERIFIER.verify(provincial());
        assertThat(v.findings()).isEmpty();
        assertThat(v.isClean()).isTrue();
        assertThat(v.hasErrors()).isFalse();
        assertThat(v.standards()).containsExactly(PROVINCE);
        assertThat(v.render().zh()).isEqualTo("裁量基准省烟〔2024〕1号校验通过：未发现问题");
        assertThat(v.render().en()).isEqualTo("Standards 省烟〔2024〕1号 verified: nothing found");
    }

    @Example
    void aMaximumExactlyAtTheStatutes_isClean_oneFenAboveIsReported() {
        assertThat(VERIFIER.verify(withA(tiersA(A_LIGHTER, A_ORDINARY,
                Tier.of(TierLevel.HEAVIER, fixed("14000", "20000"))))).findings()).isEmpty();
        StandardVerification v = VERIFIER.verify(withA(tiersA(A_LIGHTER, A_ORDINARY,
                Tier.of(TierLevel.HEAVIER, fixed("14000", "20000.01")))));
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.ABOVE_MAXIMUM);
        StandardFinding f = v.findings().get(0);
        assertThat(f.code()).isEqualTo("STANDARD.ABOVE_MAXIMUM");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.standard()).isEqualTo(PROVINCE);
        assertThat(f.item()).contains("A-FIX");
        assertThat(f.rows()).containsExactly(RuleId.of("A.3"));
        assertThat(f.higher()).isEmpty();
        assertThat(f.basis()).isEqualTo(StandardFixtures.A.applied());
        assertThat(f.parameters().text("row")).isEqualTo("A.3");
        assertThat(f.parameters().constant("level", TierLevel.class)).isEqualTo(TierLevel.HEAVIER);
        assertThat(f.message().zh()).isEqualTo("裁量基准省烟〔2024〕1号事项A-FIX的格次A.3（从重处罚：14000.00元以上20000.01元以下"
                + "罚款）高于法定罚款幅度（2000.00元以上20000.00元以下罚款）的上限");
        assertThat(f.message().en()).isEqualTo("Standard 省烟〔2024〕1号, item A-FIX: row A.3 (heavier penalty: a fine of "
                + "14000.00 to 20000.01 yuan) goes above the statutory maximum (a fine of 2000.00 to 20000.00 yuan)");
        assertThat(v.isClean()).isFalse();
        assertThat(v.hasErrors()).isTrue();
    }

    @Example
    void aFactorExactlyAtTheStatutes_isClean_oneTenThousandthAboveIsReported() {
        assertThat(VERIFIER.verify(withB(tiersB(B_LIGHTER, B_ORDINARY, B_HEAVIER))).findings()).isEmpty();
        Tier above = Tier.of(TierLevel.HEAVIER, times("0.4", "0.5001"), PenaltyKind.CONFISCATION_OF_GAINS);
        StandardVerification v = VERIFIER.verify(withB(tiersB(B_LIGHTER, B_ORDINARY, above)));
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.ABOVE_MAXIMUM);
        assertThat(v.findings().get(0).rows()).containsExactly(RuleId.of("B.R"));
    }

    @Example
    void belowTheMinimum_isReportedButInAMitigatedTier() {
        Tier below = Tier.of(TierLevel.LIGHTER, fixed("1999.99", "8000"));
        StandardVerification v = VERIFIER.verify(withA(tiersA(below, A_ORDINARY, A_HEAVIER)));
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.BELOW_MINIMUM, StandardFinding.Kind.BELOW_MINIMUM);
        assertThat(v.findings()).flatExtracting(StandardFinding::rows)
                .containsExactly(RuleId.of("A.M"), RuleId.of("A.1"));
        assertThat(v.findings().get(0).message().zh()).contains("低于法定罚款幅度（2000.00元以上20000.00元以下罚款）的下限");
        Tier mitigated = Tier.of(TierLevel.MITIGATED, fixed("1000", "2000"));
        StandardVerification m = VERIFIER.verify(withA(tiersA(mitigated, A_ORDINARY, A_HEAVIER)));
        assertThat(kinds(m)).containsExactly(StandardFinding.Kind.MITIGATED_WITHOUT_GROUND);
        assertThat(m.findings().get(0).rows()).containsExactly(RuleId.of("A.1"));
        assertThat(m.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(m.findings().get(0).message().zh()).contains("格次A.1", "没有法定从轻或者减轻情节");
    }

    @Example
    void aMitigatedTierOnlyForAStatutoryGround_isNotReported() {
        Tier mitigated = Tier.of(TierLevel.MITIGATED, fixed("1000", "2000"));
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("A-FIX").columns(DiscretionStandard.MITIGATION_COLUMN,
                AMOUNT);
        row(t, "A.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(mitigated);
        row(t, "A.D").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MAY)).then(mitigated);
        row(t, "A.1").then(A_LIGHTER);
        assertThat(VERIFIER.verify(withA(t.build())).findings()).isEmpty();
    }

    @Example
    void confiscationOfGains_isAlwaysAllowed_art28() {
        Tier confiscating = Tier.of(TierLevel.ORDINARY, fixed("8000", "14000"), PenaltyKind.CONFISCATION_OF_GAINS);
        assertThat(A.clause(PenaltyKind.CONFISCATION_OF_GAINS)).isEmpty();
        assertThat(A.allows(PenaltyKind.CONFISCATION_OF_GAINS)).isTrue();
        assertThat(A.allows(PenaltyKind.LICENCE_REVOKED)).isTrue();
        assertThat(A.allows(PenaltyKind.WARNING)).isFalse();
        assertThat(VERIFIER.verify(withA(tiersA(A_LIGHTER, confiscating, A_HEAVIER))).findings()).isEmpty();
    }

    @Example
    void aKindTheStatuteDoesNotProvide_isReported_andInAMitigatedTierAsAnInterpretation() {
        Tier warned = Tier.of(TierLevel.ORDINARY, fixed("8000", "14000"), PenaltyKind.WARNING);
        StandardVerification v = VERIFIER.verify(withA(tiersA(A_LIGHTER, warned, A_HEAVIER)));
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.KIND_NOT_ALLOWED);
        StandardFinding f = v.findings().get(0);
        assertThat(f.parameters().list("kinds")).isEqualTo(List.of(PenaltyKind.WARNING));
        assertThat(f.message().zh()).endsWith("设定了法定处罚种类以外的警告").doesNotContain("解释");
        Tier mitigated = Tier.without(TierLevel.MITIGATED, PenaltyKind.WARNING);
        StandardFinding m = VERIFIER.verify(withA(tiersA(mitigated, A_ORDINARY, A_HEAVIER))).findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(m.kind()).isEqualTo(StandardFinding.Kind.KIND_NOT_ALLOWED_MITIGATED);
        assertThat(m.severity()).isEqualTo(Severity.WARNING);
        assertThat(m.message().zh()).contains("减轻处罚格次A.M").contains("解释：减轻处罚可以低于法定下限");
        assertThat(m.message().en()).contains("Interpretation: a mitigated penalty may go below");
    }

    @Example
    void aMandatoryKindOmitted_isReported_butNotInAMitigatedTier() {
        Tier bare = Tier.of(TierLevel.ORDINARY, times("0.3", "0.4"));
        StandardVerification v = VERIFIER.verify(withB(tiersB(B_LIGHTER, bare, B_HEAVIER)));
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.MANDATORY_KIND_MISSING);
        assertThat(v.findings().get(0).parameters().list("kinds")).isEqualTo(List.of(PenaltyKind.CONFISCATION_OF_GAINS));
        assertThat(v.findings().get(0).message().zh()).endsWith("遗漏了法律规定应当给予的没收违法所得");
        Tier mitigated = Tier.of(TierLevel.MITIGATED, times("0.1", "0.2"));
        assertThat(VERIFIER.verify(withB(tiersB(mitigated, B_ORDINARY, B_HEAVIER))).findings()).isEmpty();
    }

    @Example
    void aFineOfAnotherForm_cannotBeCompared() {
        Tier yuan = Tier.of(TierLevel.ORDINARY, fixed("100", "200"), PenaltyKind.CONFISCATION_OF_GAINS);
        Tier sales = Tier.of(TierLevel.ORDINARY, FineRange.multiple(FineBase.SALES, yuan("0.3"), yuan("0.4")),
                PenaltyKind.CONFISCATION_OF_GAINS);
        for (Tier ordinary : List.of(yuan, sales)) {
            StandardVerification v = VERIFIER.verify(withB(tiersB(B_LIGHTER, ordinary, B_HEAVIER)));
            assertThat(kinds(v)).contains(StandardFinding.Kind.FORM_MISMATCH)
                    .doesNotContain(StandardFinding.Kind.ABOVE_MAXIMUM, StandardFinding.Kind.BELOW_MINIMUM);
            assertThat(v.findings(StandardFinding.Kind.FORM_MISMATCH).get(0).severity()).isEqualTo(Severity.WARNING);
        }
    }

    @Example
    void aGraverLevelWithALowerFine_isReported() {
        Tier heavier = Tier.of(TierLevel.HEAVIER, fixed("7000", "20000"));
        StandardVerification v = VERIFIER.verify(withA(tiersA(A_LIGHTER, A_ORDINARY, heavier)));
        assertThat(v.findings(StandardFinding.Kind.LEVEL_ORDER)).singleElement().satisfies(f -> {
            assertThat(f.rows()).containsExactly(RuleId.of("A.2"), RuleId.of("A.3"));
            assertThat(f.basis()).isEqualTo(LegalBasis.of(Provision.of(
                    io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW, 5, 2)));
            assertThat(f.message().zh()).contains("格次A.3（从重处罚：7000.00元以上20000.00元以下罚款）重于格次A.2");
        });
        Tier equal = Tier.of(TierLevel.HEAVIER, fixed("8000", "14000"));
        assertThat(VERIFIER.verify(withA(tiersA(A_LIGHTER, A_ORDINARY, equal))).findings(
                StandardFinding.Kind.LEVEL_ORDER)).isEmpty();
    }

    @Example
    void aGraverTierForAPartyThatMustBeMitigated_isReported_unlessAnEarlierRowCatchesIt() {
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("A-FIX").columns(AMOUNT);
        row(t, "A.1").when("amount", Cell.atMost(4_999)).then(A_LIGHTER);
        row(t, "A.2").when("amount", Cell.atLeast(5_000)).then(A_ORDINARY);
        StandardVerification v = VERIFIER.verify(withA(t.build()));
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.MITIGATION_IGNORED);
        StandardFinding f = v.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.rows()).containsExactly(RuleId.of("A.2"));
        assertThat(f.basis()).isEqualTo(ItemVerifier.MITIGATION);
        assertThat(f.basis().citation().zh()).isEqualTo("《中华人民共和国行政处罚法》第三十条、第三十二条");
        assertThat(f.message().zh()).isEqualTo("裁量基准省烟〔2024〕1号事项A-FIX的格次A.2（一般处罚）可适用于依法应当从轻或者减轻处罚的"
                + "当事人，重于从轻处罚");
        TableSpec.Builder<Tier> excluded = DiscretionStandard.tiers("A-FIX").columns(
                DiscretionStandard.MITIGATION_COLUMN, AMOUNT);
        row(excluded, "A.1").when("amount", Cell.atMost(4_999)).then(A_LIGHTER);
        row(excluded, "A.2").when(DiscretionStandard.MITIGATION, Cell.noneOf(StatutoryMitigation.MUST))
                .then(A_ORDINARY);
        row(excluded, "A.3").then(A_LIGHTER);
        assertThat(VERIFIER.verify(withA(excluded.build())).findings()).isEmpty();
    }

    @Example
    void aGap_isReportedCompactly() {
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("A-FIX").columns(DiscretionStandard.MITIGATION_COLUMN,
                AMOUNT);
        row(t, "A.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(A_LIGHTER);
        row(t, "A.1").when("amount", Cell.atMost(4_999)).then(A_LIGHTER);
        row(t, "A.3").when("amount", Cell.atLeast(50_000)).then(A_HEAVIER);
        StandardVerification v = VERIFIER.verify(withA(t.build()));
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.GAP);
        StandardFinding gap = v.findings().get(0);
        assertThat(gap.severity()).isEqualTo(Severity.WARNING);
        assertThat(gap.parameters().text("pattern")).isEqualTo("mitigation={NONE, MAY}, amount=[5000, 49999]");
        assertThat(gap.message().zh()).isEqualTo("裁量基准省烟〔2024〕1号事项A-FIX的格次表：决策表「A-FIX」有输入无任何行覆盖："
                + "mitigation={NONE, MAY}, amount=[5000, 49999]");
        assertThat(gap.basis().isEmpty()).isTrue();
    }

    @Example
    void theTablesOwnFindings_areReportedWithTheirRows() {
        TableSpec.Builder<Tier> t = TableSpec.<Tier>builder("A-FIX", HitPolicy.UNIQUE).order(Tier.SEVERITY)
                .columns(DiscretionStandard.MITIGATION_COLUMN, AMOUNT);
        row(t, "A.1").when("amount", Cell.atMost(5_000)).then(A_LIGHTER);
        row(t, "A.2").when("amount", Cell.atLeast(5_000))
                .when(DiscretionStandard.MITIGATION, Cell.noneOf(StatutoryMitigation.MUST)).then(A_ORDINARY);
        row(t, "A.3").when("amount", Cell.atLeast(5_001))
                .when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(A_LIGHTER);
        row(t, "A.4").when(DiscretionStandard.MITIGATION, Cell.noneOf(StatutoryMitigation.NONE,
                StatutoryMitigation.MAY, StatutoryMitigation.MUST)).then(A_HEAVIER);
        StandardVerification v = VERIFIER.verify(withA(t.build()));
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.OVERLAP, StandardFinding.Kind.EMPTY_ROW);
        assertThat(v.findings().get(0).rows()).containsExactly(RuleId.of("A.1"), RuleId.of("A.2"));
        assertThat(v.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(v.findings().get(0).parameters().text("first")).isEqualTo("A.1");
        assertThat(v.findings().get(1).rows()).containsExactly(RuleId.of("A.4"));

        TableSpec.Builder<Tier> shadowed = DiscretionStandard.tiers("A-FIX").columns(AMOUNT);
        row(shadowed, "A.0").then(A_LIGHTER);
        row(shadowed, "A.1").when("amount", Cell.atMost(4_999)).then(A_LIGHTER);
        StandardVerification s = VERIFIER.verify(withA(shadowed.build()));
        assertThat(kinds(s)).containsExactly(StandardFinding.Kind.SHADOWED);
        assertThat(s.findings().get(0).rows()).containsExactly(RuleId.of("A.1"));
    }

    @Example
    void aGraverCircumstanceWithALighterTier_isADisproportion() {
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("A-FIX").columns(DiscretionStandard.MITIGATION_COLUMN,
                AMOUNT);
        row(t, "A.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(A_LIGHTER);
        row(t, "A.1").when("amount", Cell.atMost(4_999)).then(A_HEAVIER);
        row(t, "A.3").when("amount", Cell.atLeast(5_000)).then(A_ORDINARY);
        StandardVerification v = VERIFIER.verify(withA(t.build()));
        assertThat(v.findings(StandardFinding.Kind.DISPROPORTION)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.basis()).isEqualTo(ItemVerifier.PROPORTION);
            assertThat(f.parameters().text("column")).isIn("amount", "mitigation");
        });
        assertThat(v.findings(StandardFinding.Kind.DISPROPORTION)).anySatisfy(f -> assertThat(f.parameters()
                .text("column")).isEqualTo("amount"));
        assertThat(VERIFIER.verify(provincial()).findings(StandardFinding.Kind.DISPROPORTION)).isEmpty();
    }

    @Example
    void aRowWithoutProvision_isReported() {
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("A-FIX").columns(AMOUNT);
        t.row("A.1").title(io.github.quanze.text.BilingualText.of("一般", "ordinary")).basis(Citation.none())
                .then(A_LIGHTER);
        StandardVerification v = VERIFIER.verify(withA(t.build()));
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.NO_PROVISION);
        assertThat(v.findings().get(0).message().zh()).endsWith("的格次A.1（从轻处罚：2000.00元以上8000.00元以下罚款）未引用任何依据");
        assertThat(VERIFIER.verify(withA(tiersA(A_LIGHTER, A_ORDINARY, A_HEAVIER))).findings()).isEmpty();
    }

    @Example
    void aProvisionNotInForceOnTheStandardsFirstDay_isReported() {
        ViolationItem old = ViolationItemTest.retail("OLD", Fixtures.TOBACCO_REGULATION_2021).build();
        StatutoryFrame frame = StatutoryFrame.of(List.of(old));
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("OLD").columns(AMOUNT);
        t.row("O.1").title(io.github.quanze.text.BilingualText.of("一般", "ordinary")).basis(old.applied())
                .then(Tier.of(TierLevel.LIGHTER, FineRangeTest.VOLUME_20_50, PenaltyKind.CONFISCATION_OF_GAINS));
        TableSpec<Tier> tiers = t.build();
        DiscretionStandard late = DiscretionStandard.builder().title("t").issuer("i").number("N1")
                .level(StandardLevel.PROVINCIAL).effective(LocalDate.of(2024, 1, 1)).frame(frame).circumstances(AMOUNT)
                .item("OLD", tiers)
                .build();
        StandardVerification v = VERIFIER.verify(late);
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.PROVISION_NOT_IN_FORCE);
        StandardFinding f = v.findings().get(0);
        assertThat(f.rows()).isEmpty();
        assertThat(f.basis()).isEqualTo(old.applied());
        assertThat(f.parameters().date("day")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(f.message().zh()).isEqualTo("裁量基准N1事项OLD引用的《中华人民共和国烟草专卖法实施条例》第五十七条在基准施行之日"
                + "（2024-01-01）未施行或者已失效");
        DiscretionStandard inTime = DiscretionStandard.builder().title("t").issuer("i").number("N1")
                .level(StandardLevel.PROVINCIAL).effective(LocalDate.of(2022, 1, 1)).frame(frame).circumstances(AMOUNT)
                .item("OLD", tiers)
                .build();
        assertThat(VERIFIER.verify(inTime).findings()).isEmpty();
    }

    @Example
    void aRowCitingAProvisionNotInForce_isReportedWithTheRow() {
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("A-FIX").columns(AMOUNT);
        t.row("A.1").title(io.github.quanze.text.BilingualText.of("从轻", "lighter"))
                .basis(LegalBasis.of(Provision.of(Fixtures.TOBACCO_REGULATION_2021, 57),
                        Provision.of(Fixtures.TOBACCO_REGULATION_2023, 57)))
                .then(A_LIGHTER);
        StandardVerification v = VERIFIER.verify(withA(t.build()));
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.PROVISION_NOT_IN_FORCE);
        StandardFinding f = v.findings().get(0);
        assertThat(f.rows()).containsExactly(RuleId.of("A.1"));
        assertThat(f.basis()).isEqualTo(LegalBasis.of(Provision.of(Fixtures.TOBACCO_REGULATION_2021, 57)));
        assertThat(f.message().zh()).startsWith("裁量基准省烟〔2024〕1号事项A-FIX的格次A.1（从轻处罚：2000.00元以上8000.00元以下罚款）引用的"
                + "《中华人民共和国烟草专卖法实施条例》第五十七条在基准施行之日（2024-03-01）");
    }

    @Example
    void theMiddleRules_applyOnlyWhenThePolicySays_andSayTheyAreInterpretations() {
        StandardVerifier middle = StandardVerifier.of(VerificationPolicy.standard()
                .with(VerificationPolicy.Interpretation.LIGHTER_BELOW_MIDDLE)
                .with(VerificationPolicy.Interpretation.HEAVIER_FROM_MIDDLE));
        Tier lighterAtMiddle = Tier.of(TierLevel.LIGHTER, fixed("2000", "11000"));
        Tier heavierAtMiddle = Tier.of(TierLevel.HEAVIER, fixed("11000", "20000"));
        assertThat(middle.verify(withA(tiersA(lighterAtMiddle, A_ORDINARY, heavierAtMiddle))).findings()
                .stream().map(StandardFinding::kind)).doesNotContain(StandardFinding.Kind.MIDDLE_LIGHTER,
                StandardFinding.Kind.MIDDLE_HEAVIER);
        Tier lighter = Tier.of(TierLevel.LIGHTER, fixed("2000", "11000.01"));
        Tier heavier = Tier.of(TierLevel.HEAVIER, fixed("10999.99", "20000"));
        DiscretionStandard past = withA(tiersA(lighter, A_ORDINARY, heavier));
        assertThat(VERIFIER.verify(past).findings().stream().map(StandardFinding::kind))
                .doesNotContain(StandardFinding.Kind.MIDDLE_LIGHTER, StandardFinding.Kind.MIDDLE_HEAVIER);
        StandardVerification v = middle.verify(past);
        assertThat(v.findings(StandardFinding.Kind.MIDDLE_LIGHTER)).extracting(StandardFinding::rows)
                .containsExactly(List.of(RuleId.of("A.M")), List.of(RuleId.of("A.1")));
        StandardFinding h = v.findings(StandardFinding.Kind.MIDDLE_HEAVIER).get(0);
        assertThat(h.rows()).containsExactly(RuleId.of("A.3"));
        assertThat(h.parameters().amount("middle")).isEqualByComparingTo("11000");
        assertThat(h.severity()).isEqualTo(Severity.WARNING);
        assertThat(h.message().zh()).contains("的下限低于法定罚款幅度（2000.00元以上20000.00元以下罚款）的中间值（解释：部分地方规定")
                .contains("并非法律规定");
        assertThat(h.message().en()).contains("(Interpretation: a rule some local measures");
    }

    @Example
    void aLowerStandardWithinTheHigher_isClean_evenWhereARowOfTheHigherIsCaughtByAnEarlierOne() {
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("A-FIX").columns(DiscretionStandard.MITIGATION_COLUMN,
                AMOUNT);
        row(t, "C.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST))
                .then(Tier.of(TierLevel.LIGHTER, fixed("2000", "4000")));
        row(t, "C.1").when("amount", Cell.atMost(1_999)).then(Tier.of(TierLevel.LIGHTER, fixed("2000", "4000")));
        row(t, "C.2").when("amount", Cell.range(2_000, 4_999)).then(Tier.of(TierLevel.LIGHTER, fixed("4000",
                "8000")));
        row(t, "C.3").when("amount", Cell.range(5_000, 49_999)).then(Tier.of(TierLevel.ORDINARY, fixed("8000",
                "14000")));
        row(t, "C.4").then(Tier.of(TierLevel.HEAVIER, fixed("15000", "20000"), PenaltyKind.LICENCE_REVOKED));
        DiscretionStandard lower = county(t.build());
        StandardVerification v = VERIFIER.verify(lower, provincial());
        assertThat(v.findings()).isEmpty();
        assertThat(v.standards()).containsExactly(COUNTY, PROVINCE);
    }

    @Example
    void aLowerTierBeyondTheHigher_isReportedWithBothNumbers() {
        Tier wider = Tier.of(TierLevel.ORDINARY, fixed("8000", "15000"));
        DiscretionStandard lower = county(tiersA(A_LIGHTER, wider, A_HEAVIER));
        StandardVerification v = VERIFIER.verify(lower, provincial());
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.NOT_CONTAINED);
        StandardFinding f = v.findings().get(0);
        assertThat(f.standard()).isEqualTo(COUNTY);
        assertThat(f.higher()).contains(PROVINCE);
        assertThat(f.rows()).containsExactly(RuleId.of("A.2"), RuleId.of("A.2"));
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message().zh()).isEqualTo("裁量基准县烟〔2024〕2号事项A-FIX的格次A.2（一般处罚：8000.00元以上15000.00元以下罚款）"
                + "超出其执行的上级基准省烟〔2024〕1号的格次A.2（一般处罚：8000.00元以上14000.00元以下罚款）（解释：本库对国办发〔2022〕"
                + "27号《关于进一步规范行政裁量权基准制定和管理工作的意见》关于下级基准在上级基准的格次和幅度内细化的要求的理解，未能查阅该意见原文）");
        assertThat(f.message().en()).contains("of the higher standard 省烟〔2024〕1号 it implements (Interpretation: our "
                + "reading of the requirement of Guobanfa [2022] No. 27");
        assertThat(StandardVerifier.of(VerificationPolicy.of()).verify(lower, provincial()).findings()).isEmpty();
        assertThat(VERIFIER.verify(lower).findings()).isEmpty();
    }

    @Example
    void aLowerTierOfAnotherKindOrForm_isNotContained() {
        Tier warned = Tier.of(TierLevel.ORDINARY, fixed("8000", "14000"), PenaltyKind.LICENCE_REVOKED);
        assertThat(VERIFIER.verify(county(tiersA(A_LIGHTER, warned, A_HEAVIER)), provincial()).findings())
                .extracting(StandardFinding::kind).containsExactly(StandardFinding.Kind.NOT_CONTAINED);
        Tier none = Tier.noPenalty();
        assertThat(VERIFIER.verify(county(tiersA(A_LIGHTER, none, A_HEAVIER)), provincial()).findings(
                StandardFinding.Kind.NOT_CONTAINED)).extracting(StandardFinding::rows)
                .containsExactly(List.of(RuleId.of("A.2"), RuleId.of("A.2")));
    }

    @Example
    void anItemTheHigherDoesNotGrade_isReported() {
        TableSpec.Builder<Tier> c = DiscretionStandard.tiers("C-GAINS").columns(AMOUNT);
        row(c, "G.1").then(Tier.without(TierLevel.LIGHTER, PenaltyKind.WARNING));
        DiscretionStandard lower = standard(COUNTY, StandardLevel.COUNTY).implementing(PROVINCE)
                .item("C-GAINS", c.build()).build();
        StandardVerification v = VERIFIER.verify(lower, provincial());
        assertThat(kinds(v)).containsExactly(StandardFinding.Kind.ITEM_NOT_IN_HIGHER);
        StandardFinding f = v.findings().get(0);
        assertThat(f.rows()).isEmpty();
        assertThat(f.message().zh()).startsWith("裁量基准县烟〔2024〕2号规定了事项C-GAINS，其执行的上级基准省烟〔2024〕1号未规定该事项（解释：");
        assertThat(StandardVerifier.of(VerificationPolicy.standard().without(
                VerificationPolicy.Interpretation.CONTAINMENT)).verify(lower, provincial()).findings()).isEmpty();
    }

    @Example
    void verifyAll_verifiesEachStandardAndEachLowerAgainstItsHigher() {
        Tier wider = Tier.of(TierLevel.ORDINARY, fixed("8000", "15000"));
        DiscretionStandard lower = county(tiersA(A_LIGHTER, wider, A_HEAVIER));
        PenaltyDiscretion discretion = PenaltyDiscretion.of(List.of(provincial(), lower));
        StandardVerification all = VERIFIER.verifyAll(discretion);
        assertThat(all.standards()).containsExactly(PROVINCE, COUNTY);
        assertThat(all.findings()).isEqualTo(VERIFIER.verify(lower, provincial()).findings());
        assertThat(all).isNotEqualTo(VERIFIER.verify(lower, provincial()));
        assertThat(all).isEqualTo(VERIFIER.verifyAll(discretion)).hasSameHashCodeAs(VERIFIER.verifyAll(discretion));
        assertThat(all.render().zh()).isEqualTo("裁量基准省烟〔2024〕1号、县烟〔2024〕2号校验发现1项问题：\n- 【风险】"
                + all.findings().get(0).message().zh());
        assertThat(all.render().en()).startsWith("Standards 省烟〔2024〕1号, 县烟〔2024〕2号: verification found 1 issue:\n- "
                + "[warning] Standard 县烟〔2024〕2号, item A-FIX: row A.2");
    }

    @Example
    void verify_refusesAHigherStandardNotOfAHigherLevel() {
        DiscretionStandard other = standard("省烟〔2024〕9号", StandardLevel.PROVINCIAL)
                .item("A-FIX", tiersA(A_LIGHTER, A_ORDINARY, A_HEAVIER)).build();
        assertThatIllegalArgumentException().isThrownBy(() -> VERIFIER.verify(provincial(), other))
                .withMessage("Standard '省烟〔2024〕1号' (PROVINCIAL) can be verified only against a standard of a higher "
                        + "level, but '省烟〔2024〕9号' is PROVINCIAL");
    }

    @Example
    void findings_keepTheirParametersConsistent() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StandardFinding(StandardFinding.Kind.GAP, "N",
                Optional.of("X"), List.of(), Optional.empty(), Citation.none(),
                io.github.quanze.text.Parameters.builder().put("standard", "N").build()))
                .withMessageContaining("STANDARD.GAP").withMessageContaining("item 'X'");
    }

    @Example
    void policies_areValues() {
        assertThat(VerificationPolicy.standard().interpretations())
                .containsExactly(VerificationPolicy.Interpretation.CONTAINMENT);
        assertThat(VerificationPolicy.of(VerificationPolicy.Interpretation.CONTAINMENT))
                .isEqualTo(VerificationPolicy.standard()).hasSameHashCodeAs(VerificationPolicy.standard());
        assertThat(VerificationPolicy.standard().without(VerificationPolicy.Interpretation.CONTAINMENT))
                .isEqualTo(VerificationPolicy.of()).isNotEqualTo(VerificationPolicy.standard());
        assertThat(VerificationPolicy.of().applies(VerificationPolicy.Interpretation.CONTAINMENT)).isFalse();
        assertThat(StandardVerifier.standard().policy()).isEqualTo(VerificationPolicy.standard());
    }
}
