package io.github.quanze.jackson.discretion;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineBase;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.StandardLevel;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.StatutoryMitigation;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The tobacco frame and standard of the fixtures {@code discretion-*.yaml}, built in Java: two items of the
 * 烟草专卖法实施条例 (2023 edition), Arts 57 and 56, and a provincial standard grading both.
 */
final class TobaccoDiscretion {

    static final LegalInstrument TOBACCO_LAW = LegalInstrument.builder().title("中华人民共和国烟草专卖法")
            .level(InstrumentLevel.LAW).adoptionDate(LocalDate.of(2015, 4, 24))
            .effectiveDate(LocalDate.of(2015, 4, 24)).build();
    static final LegalInstrument REGULATION = LegalInstrument.builder().title("中华人民共和国烟草专卖法实施条例")
            .level(InstrumentLevel.ADMINISTRATIVE_REGULATION).adoptionDate(LocalDate.of(2023, 7, 20))
            .effectiveDate(LocalDate.of(2023, 7, 20)).build();

    static final Column AMOUNT = Column.ofLong("amount", 0, 1_000_000_000_000L).graverWhenGreater();
    static final Column REPEATED = Column.ofBoolean("repeated").graverWhenGreater();

    private TobaccoDiscretion() {
    }

    static BasisCatalogue basis() {
        return BasisCatalogue.builder("烟草专卖行政处罚依据").add(TOBACCO_LAW, REGULATION).build();
    }

    static DocumentContext context() {
        return DocumentContext.empty().with(BasisCatalogue.class, basis()).with(StatutoryFrame.class, frame());
    }

    static StatutoryFrame frame() {
        ViolationItem retail = ViolationItem.builder().code("YC-057").name("无烟草专卖零售许可证经营烟草制品零售业务")
                .breached(LegalBasis.of(Provision.of(TOBACCO_LAW, 16)))
                .applied(LegalBasis.of(Provision.of(TOBACCO_LAW, 32), Provision.of(REGULATION, 57)))
                .addClause(PenaltyClause.of(PenaltyKind.CONFISCATION_OF_GAINS))
                .addClause(PenaltyClause.fine(FineRange.multiple(FineBase.BUSINESS_VOLUME, factor("0.2"),
                        factor("0.5"))))
                .build();
        ViolationItem purchases = ViolationItem.builder().code("YC-056")
                .name("取得烟草专卖零售许可证的企业或者个人未在当地烟草专卖批发企业进货")
                .breached(LegalBasis.of(Provision.of(REGULATION, 23, 2)))
                .applied(LegalBasis.of(Provision.of(REGULATION, 56)))
                .addClause(PenaltyClause.of(PenaltyKind.CONFISCATION_OF_GAINS))
                .addClause(PenaltyClause.optionalFine(FineRange.multiple(FineBase.PURCHASES, factor("0.05"),
                        factor("0.1"))))
                .build();
        return StatutoryFrame.of(List.of(retail, purchases));
    }

    static DiscretionStandard standard() {
        LegalBasis art32 = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 32));
        LegalBasis art57 = LegalBasis.of(Provision.of(REGULATION, 57));
        LegalBasis art56 = LegalBasis.of(Provision.of(REGULATION, 56));
        return DiscretionStandard.builder().title("某省烟草专卖行政处罚裁量基准").issuer("某省烟草专卖局")
                .number("某烟法〔2024〕1号").level(StandardLevel.PROVINCIAL).effective(LocalDate.of(2024, 3, 1))
                .midpointDefault(true).frame(frame()).circumstances(AMOUNT, REPEATED)
                .item("YC-057", DiscretionStandard.tiers("YC-057")
                        .columns(DiscretionStandard.MITIGATION_COLUMN, AMOUNT, REPEATED)
                        .row("YC-057.1").title(text("有应当从轻或者减轻处罚情形的，从轻处罚",
                                "a party the statute says must be treated lighter"))
                        .basis(art32).when("mitigation", Cell.is(StatutoryMitigation.MUST))
                        .then(volume(TierLevel.LIGHTER, "0.2", "0.3"))
                        .row("YC-057.2").title(text("再次违法的，从重处罚", "a repeated offence"))
                        .basis(art57).when("repeated", Cell.yes()).then(volume(TierLevel.HEAVIER, "0.4", "0.5"))
                        .row("YC-057.3").title(text("违法经营总额五万元以上的，从重处罚",
                                "a volume of 50,000 yuan or more"))
                        .basis(art57).when("amount", Cell.atLeast(50_000))
                        .then(volume(TierLevel.HEAVIER, "0.4", "0.5"))
                        .row("YC-057.4").title(text("违法经营总额不满五万元的，一般处罚",
                                "a volume below 50,000 yuan"))
                        .basis(art57).when("amount", Cell.atMost(49_999))
                        .then(volume(TierLevel.ORDINARY, "0.3", "0.4"))
                        .build())
                .item("YC-056", DiscretionStandard.tiers("YC-056", HitPolicy.UNIQUE).columns(AMOUNT)
                        .row("YC-056.1").title(text("进货总额不满一万元的，没收违法所得", "purchases below 10,000 yuan"))
                        .basis(art56).when("amount", Cell.atMost(9_999))
                        .then(Tier.without(TierLevel.LIGHTER, PenaltyKind.CONFISCATION_OF_GAINS))
                        .row("YC-056.2").title(text("进货总额一万元以上的，并处罚款", "purchases of 10,000 yuan or more"))
                        .basis(art56).when("amount", Cell.atLeast(10_000))
                        .then(Tier.of(TierLevel.ORDINARY, FineRange.multiple(FineBase.PURCHASES, factor("0.05"),
                                factor("0.1")), PenaltyKind.CONFISCATION_OF_GAINS))
                        .build())
                .firstOffenceExempt("YC-056")
                .build();
    }

    private static Tier volume(TierLevel level, String min, String max) {
        return Tier.of(level, FineRange.multiple(FineBase.BUSINESS_VOLUME, factor(min), factor(max)),
                PenaltyKind.CONFISCATION_OF_GAINS);
    }

    private static BilingualText text(String zh, String en) {
        return BilingualText.of(zh, en);
    }

    private static BigDecimal factor(String value) {
        return new BigDecimal(value);
    }
}
