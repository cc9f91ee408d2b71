package io.github.quanze.examples.reliability;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineBase;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.Harm;
import io.github.quanze.discretion.Limitation;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.StandardLevel;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.examples.Prepared;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.Role;
import io.github.quanze.rule.Column;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Bad inputs to faults (执法过错), sanctions (责任追究) and discretion standards with their rulings (裁量基准). */
final class AccountabilityRows {

    private static final LocalDate ACT = LocalDate.of(2026, 3, 2);
    private static final FaultSubject FENG = FaultSubject.officer(OfficerId.of("O-09"), "冯刚");

    private AccountabilityRows() {}

    static List<BadInput> fault() {
        Rows rows = new Rows("fault");
        rows.call("fault subject with a blank name", () -> FaultSubject.officer(OfficerId.of("O-09"), " "),
                IllegalArgumentException.class, "Fault subject O-09: name", "blank");
        rows.builder("faults this year of zero", AccountabilityRows::officerFault, Fault.Builder::build,
                b -> b.faultsThisYear(0), IllegalArgumentException.class, "faults this year", "between 1 and 50",
                "0");
        rows.builder("fault type set twice", AccountabilityRows::officerFault, Fault.Builder::build,
                b -> b.type(FaultType.OVERDUE), IllegalStateException.class, "type", "already set");
        rows.builder("fault description with a NUL character", () -> undescribed(ACT),
                b -> b.description("逾期作出处罚决定").build(), b -> b.description("逾期\u0000作出决定"),
                IllegalArgumentException.class, "description",
                "control character", "U+0000");
        rows.building("agency's fault type for an officer", () -> Fault.builder().subject(FENG).description("下达罚没指标")
                .type(FaultType.PENALTY_QUOTAS).form(FaultForm.ORDINARY_NEGLIGENCE).consequence(Consequence.NONE)
                .role(Role.HANDLER).responsibility(Responsibility.DIRECT).actDate(ACT), Fault.Builder::build,
                IllegalArgumentException.class, "Fault of O-09", "PENALTY_QUOTAS", "cannot concern an OFFICER");
        rows.building("agency role for an officer", () -> Fault.builder().subject(FENG).type(FaultType.OVERDUE)
                .description("逾期作出处罚决定").form(FaultForm.ORDINARY_NEGLIGENCE).consequence(Consequence.NONE)
                .role(Role.AGENCY)
                .responsibility(Responsibility.DIRECT).actDate(ACT), Fault.Builder::build,
                IllegalArgumentException.class, "Fault of O-09", "role AGENCY", "does not fit");
        rows.building("fault without an act date", () -> Fault.builder().subject(FENG).type(FaultType.OVERDUE)
                .form(FaultForm.ORDINARY_NEGLIGENCE).consequence(Consequence.NONE).role(Role.HANDLER)
                .responsibility(Responsibility.DIRECT), Fault.Builder::build, IllegalStateException.class,
                "missing required fields", "actDate");
        rows.building("manifestly unlawful order without the objection",
                () -> officerFault().orderManifestlyUnlawful(true),
                Fault.Builder::build, IllegalArgumentException.class, "orderManifestlyUnlawful",
                "EXECUTED_ORDER_AFTER_OBJECTING");
        rows.call("sanction of no kind", () -> Sanction.of(null), NullPointerException.class,
                "Sanction.of: the first kind must not be null");
        rows.on("sanction decided before the act", Prepared::fault, f -> SanctionPolicy.national().decide(f,
                f.actDate().minusDays(1)), IllegalArgumentException.class, "decision date", "is before act date");
        rows.on("sanction for an act before any rules were in force", () -> undescribed(LocalDate.of(1990, 1, 1))
                .description("逾期作出处罚决定").build(), f -> SanctionPolicy.national().decide(f, LocalDate.of(2026, 1, 5)),
                IllegalArgumentException.class, "no version in force on the act date 1990-01-01");
        return rows.rows();
    }

    static List<BadInput> discretion() {
        Rows rows = new Rows("discretion");
        rows.call("fine range of at most zero yuan", () -> FineRange.atMost(BigDecimal.ZERO),
                IllegalArgumentException.class, "Fine range: max", "more than 0 yuan", "0");
        rows.call("fine range with its minimum above its maximum", () -> FineRange.between(new BigDecimal("5000"),
                new BigDecimal("1000")), IllegalArgumentException.class, "min 5000.00 yuan", "must not be above",
                "max 1000.00 yuan");
        rows.call("negative fine", () -> FineRange.between(new BigDecimal("-1"), new BigDecimal("1000")),
                IllegalArgumentException.class, "Fine range: min", "must not be negative", "-1");
        rows.call("fine of a tenth of a fen", () -> FineRange.atMost(new BigDecimal("10.001")),
                IllegalArgumentException.class, "Fine range: max", "fen", "10.001");
        rows.call("multiple of a factor of zero", () -> FineRange.multipleAtMost(FineBase.values()[0],
                BigDecimal.ZERO), IllegalArgumentException.class, "maxFactor", "more than 0", "0");
        rows.call("multiple whose minimum factor is above its maximum", () -> FineRange.multiple(FineBase.values()[0],
                new BigDecimal("3"), new BigDecimal("1")), IllegalArgumentException.class, "minFactor 3",
                "must not be above maxFactor 1");
        rows.call("penalty clause of a fine without a range", () -> PenaltyClause.of(PenaltyKind.FINE),
                IllegalArgumentException.class, "Penalty clause", "fine range");
        rows.call("tier of a fine without a range", () -> Tier.without(TierLevel.values()[1], PenaltyKind.FINE),
                IllegalArgumentException.class, "Tier", "fine range");
        rows.call("limitation of a zero period", () -> Limitation.underOtherLaw(Period.ZERO, LegalBasis.of(
                Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 36))), IllegalArgumentException.class,
                "Limitation under", "period must be positive", "P0D");
        rows.on("continuing act that ends before it began", Limitation::ofPenaltyLaw, l -> l.checkContinuing(ACT,
                ACT.minusDays(3), ACT, false), IllegalArgumentException.class, "continuing act",
                "cannot end on 2026-02-27", "before it began on 2026-03-02");
        rows.on("act discovered before it began", Limitation::ofPenaltyLaw, l -> l.check(ACT, ACT.minusDays(1),
                false), IllegalArgumentException.class, "cannot be discovered on 2026-03-01", "before it began");
        rows.builder("party aged 151", PartyFacts::builder, PartyFacts.Builder::build, b -> b.age(151),
                IllegalArgumentException.class, "PartyFacts: age", "0 to 150", "151");
        rows.builder("circumstance set twice", () -> Circumstances.builder().set("amount", 3200L),
                Circumstances.Builder::build, b -> b.set("amount", 5000L), IllegalArgumentException.class,
                "Circumstance 'amount'", "already set");
        rows.building("offence discovered before the act", () -> offence("TL-58").discovered(ACT.minusDays(2))
                .decided(ACT.plusDays(30)),
                Offence.Builder::build, IllegalArgumentException.class, "Offence 'TL-58'", "discovered 2026-02-28",
                "before the act on 2026-03-02");
        rows.building("offence decided before it was discovered", () -> offence("TL-58").discovered(ACT.plusDays(9))
                .decided(ACT.plusDays(5)), Offence.Builder::build, IllegalArgumentException.class, "Offence 'TL-58'",
                "decided 2026-03-07", "before the act was discovered on 2026-03-11");
        rows.building("grave harm without harm", () -> offence("TL-58").discovered(ACT).decided(ACT.plusDays(30))
                .party(PartyFacts.builder().harm(Harm.NONE).build()).graveHarm(true), Offence.Builder::build,
                IllegalArgumentException.class, "graveHarm",
                "party.harm is NONE", "Art 36");
        rows.on("offence of an item no standard grades", () -> offence("ZZ-01").discovered(ACT)
                .decided(ACT.plusDays(30)).build(), o -> Prepared.city().decide(o), IllegalArgumentException.class,
                "no standard grades item", "ZZ-01");
        rows.building("standard that grades no item", AccountabilityRows::standard, DiscretionStandard.Builder::build,
                IllegalArgumentException.class, "Standard '县烟〔2026〕1号'", "at least one violation item");
        rows.building("standard in force until before it takes effect", () -> standard().until(ACT.minusDays(1)),
                DiscretionStandard.Builder::build, IllegalArgumentException.class, "until 2026-03-01",
                "before effective 2026-03-02");
        rows.building("national standard implementing another", () -> DiscretionStandard.builder().title("全国基准")
                .issuer("国家烟草专卖局").number("国烟〔2026〕1号").level(StandardLevel.NATIONAL).effective(ACT)
                .implementing("省烟〔2025〕1号").frame(Prepared.frame()), DiscretionStandard.Builder::build,
                IllegalArgumentException.class, "national standard");
        rows.builder("circumstance named as the reserved mitigation", AccountabilityRows::graded,
                AccountabilityRows::withItem, b -> b.circumstances(Column.ofBoolean("mitigation")),
                IllegalArgumentException.class, "circumstance 'mitigation'", "reserved for statutory mitigation");
        rows.builder("circumstance declared twice", AccountabilityRows::graded, AccountabilityRows::withItem,
                b -> b.circumstances(Column.ofBoolean("repeated")),
                IllegalArgumentException.class, "circumstance 'repeated'", "declared twice");
        rows.on("two standards of one number", () -> new ArrayList<>(List.of(Prepared.provincial(),
                Prepared.provincial())), PenaltyDiscretion::of, IllegalArgumentException.class,
                "two standards have the number");
        rows.on("standard implementing one not given", () -> new ArrayList<>(List.of(Prepared.county())),
                PenaltyDiscretion::of, IllegalArgumentException.class, "implements", "not among the standards given");
        return rows.rows();
    }

    private static DiscretionStandard.Builder standard() {
        return DiscretionStandard.builder().title("县局细化标准").issuer("某县烟草专卖局").number("县烟〔2026〕1号")
                .level(StandardLevel.COUNTY).effective(ACT).frame(Prepared.frame());
    }

    /** A standard declaring the provincial standard's circumstances, to which an item's tiers can be added. */
    private static DiscretionStandard.Builder graded() {
        return standard().circumstances(Prepared.provincial().circumstances().toArray(Column[]::new));
    }

    private static DiscretionStandard withItem(DiscretionStandard.Builder builder) {
        return builder.item("TL-58", Prepared.provincial().item("TL-58").orElseThrow().tiers()).build();
    }

    private static Fault.Builder officerFault() {
        return undescribed(ACT).description("逾期作出处罚决定");
    }

    private static Fault.Builder undescribed(LocalDate act) {
        return Fault.builder().subject(FENG).type(FaultType.OVERDUE).form(FaultForm.ORDINARY_NEGLIGENCE)
                .consequence(Consequence.NONE).role(Role.HANDLER).responsibility(Responsibility.DIRECT).actDate(act);
    }

    private static Offence.Builder offence(String item) {
        return Offence.builder().item(item).act(ACT).base(new BigDecimal("18600"))
                .circumstances(Circumstances.builder().set("amount", 18_600L).set("repeated", false).build());
    }
}
