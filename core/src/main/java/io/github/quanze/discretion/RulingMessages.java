package io.github.quanze.discretion;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reasoning (说理) of a {@link PenaltyRuling}, rendered from its data; one template per sentence. */
final class RulingMessages {

    static final Template ITEM = Template.of("当事人于{act}实施的行为属于{code}「{name}」，违反{breached}，依照{applied}处罚。",
            "The act of {act} is {code} ({name}); it breaches {breached} and is punished under {applied}.");
    static final Template EXCUSED = Template.of("当事人{ground}，依照{basis}，不予行政处罚{measure}。",
            "{ground}: under {basis}, no penalty is given{measure}.");
    static final Template EDUCATED = Template.of("，并对当事人进行教育（{basis}）", "; the party is educated ({basis})");
    static final Template NO_FAULT_PROVISO = Template.of("（解释：法律、行政法规另有规定的，从其规定；本结论以该违法行为不属于此类规定"
            + "为前提，由执法机关认定）", "(Interpretation: where a law or administrative regulation provides otherwise, "
            + "that provision prevails; this conclusion assumes, as the agency found, that none does)");
    static final Template BARRED = Template.of("依照{basis}，不再给予行政处罚。", "Under {basis}, no penalty may be given.");
    static final Template NOT_AN_OFFENCE = Template.of("{standard}不再对该行为规定处罚，且{breached}及{applied}在作出处罚决定时"
            + "均已不施行，依照{basis}，不予行政处罚。（解释：作出决定时违法依据和处罚依据均已不施行，且没有施行的裁量基准规定该行为的，"
            + "视为“不认为是违法”；依据的修订版本仍施行的，不属于此情形）",
            "{standard} no longer grades the act and {breached} and {applied} are all no longer in force at the "
                    + "decision, so under {basis} no penalty is given. (Interpretation: the act is taken as no longer "
                    + "an offence only when every provision it breaches and every provision punishing it is out of "
                    + "force at the decision and no standard then in force grades it; a new edition of a provision "
                    + "does not count)");
    static final Template VERSION = Template.of("{version}（比较{applied}与{other}，依照{basis}）。（解释：裁量基准不是法律、"
            + "法规、规章，参照该条适用；新的规定须在处罚种类和罚款上下限各方面均不重于旧的规定且至少一方面较轻，方为处罚较轻）",
            "{version} ({applied} compared with {other}, under {basis}). (Interpretation: standards are not laws, "
                    + "regulations or rules, so that article is applied to them by analogy; new rules are lighter only "
                    + "if they are no heavier in any respect, kinds and both ends of the fine, and lighter in one)");
    static final Template STANDARD = Template.of("适用{number}《{title}》；违法情节：{facts}。",
            "{number} ({title}) applies; circumstances: {facts}.");
    static final Template CONTINUING = Template.of("（解释：连续或者继续的违法行为，适用行为终了之日施行的规定）",
            "(Interpretation: a continuing act is judged by the rules in force on the day it ended)");
    static final Template LOWEST_LEVEL = Template.of("（解释：适用规定该违法行为的最低层级裁量基准，其未规定的，适用上级裁量基准）",
            "(Interpretation: the standard of the lowest level grading the act applies; where it does not, the higher "
                    + "one does)");
    static final Template GROUNDS = Template.of("当事人{grounds}，依照{basis}，{how}。",
            "The party: {grounds}; under {basis}, {how}.");
    static final Template ROW = Template.of("属于裁量格次{id}「{title}」（{level}），依据{basis}。",
            "The facts fall in tier {id} ({title}, {level}) under {basis}.");
    static final Template ROW_INTERPRETATION = Template.of("（解释：{note}）", "(Interpretation: {note})");
    static final Template NO_PENALTY_ROW = Template.of("依照该格次的依据及{basis}，不予行政处罚。",
            "Under that tier's basis and {basis}, no penalty is given.");
    static final Template NO_PENALTY_ROW_EDUCATED = Template.of("依照该格次的依据及{basis}，不予行政处罚，并对当事人进行教育"
            + "（{education}）。", "Under that tier's basis and {basis}, no penalty is given, and the party is educated "
            + "({education}).");
    static final Template MITIGATED = Template.of("该格次重于从轻处罚，而法律规定应当从轻或者减轻，罚款以该格次幅度的下半部分为限"
            + "（解释：从轻处罚理解为不超过幅度的中间值）。", "That tier is graver than a lighter penalty although the law "
            + "requires a lighter or mitigated one, so the fine is limited to the lower half of the tier's range "
            + "(interpretation: a lighter penalty is one not above the middle of the range).");
    static final Template MITIGATED_STATUTE = Template.of("法律规定应当从轻或者减轻，罚款以法定幅度的下半部分为限"
            + "（解释：从轻处罚理解为不超过幅度的中间值）。", "The law requires a lighter or mitigated penalty, so the fine "
            + "is limited to the lower half of the statutory range (interpretation: a lighter penalty is one not above "
            + "the middle of the range).");
    static final Template UNCOVERED = Template.of("裁量基准未规定该情节，适用法定幅度。",
            "The standard does not provide for these circumstances; the statutory range applies.");
    static final Template NO_STANDARD = Template.of("没有施行的裁量基准规定该违法行为，适用法定幅度。",
            "No standard in force grades the act; the statutory range applies.");
    static final Template PENALTY = Template.of("决定给予：{kinds}。", "Penalty: {kinds}.");
    static final Template BOUNDS = Template.of("罚款幅度为{min}元至{max}元。", "The fine is {min} to {max} yuan.");
    static final Template MIDPOINT = Template.of("基准中间值为{midpoint}元。", "The standard's default, the middle of the "
            + "range, is {midpoint} yuan.");
    /** 行政处罚法 Art 33 para 3: 对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育. */
    static final LegalBasis EDUCATION = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 33, 3));
    /** 行政处罚法 Art 34: 行政机关可以依法制定行政处罚裁量基准. */
    static final LegalBasis STANDARDS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 34));
    static final BilingualText STATUTORY_RANGE = BilingualText.of("法定幅度", "the statutory range");
    static final Template FACT = Template.of("{name}={value}", "{name}={value}");

    private RulingMessages() {}

    static BilingualText ruling(PenaltyRuling r) {
        Offence o = r.offence();
        ViolationItem item = r.item();
        List<BilingualText> text = new ArrayList<>();
        text.add(ITEM.render(Parameters.builder().put("act", o.act())
                .put("code", item.code()).put("name", item.name()).put("breached", item.breached())
                .put("applied", item.applied()).build()));
        text.add(r.limitation().text());
        switch (r.disposition()) {
            case TIME_BARRED -> text.add(BARRED.render(basis(RulingGround.TIME_BARRED)));
            case NOT_AN_OFFENCE -> text.add(NOT_AN_OFFENCE.render(Parameters.builder()
                    .put("standard", r.setAside().map(s -> BilingualText.of(s.number(), s.number()))
                            .orElse(BilingualText.of("裁量基准", "The standard")))
                    .put("breached", item.breached()).put("applied", item.applied()).put("basis", RulingGround.NO_LONGER_AN_OFFENCE.basis()).build()));
            case NO_PENALTY -> noPenalty(r, text);
            case PENALTY -> penalty(r, text);
        }
        return BilingualText.joinAll("", " ", text);
    }

    private static Parameters basis(RulingGround ground) {
        return Parameters.builder().put("basis", ground.basis()).build();
    }

    private static void noPenalty(PenaltyRuling r, List<BilingualText> text) {
        if (r.row().isPresent()) {
            version(r, text);
            text.add(ROW.render(row(r.row().get(), r.tier().get())));
            r.row().get().interpretation().ifPresent(note -> text.add(ROW_INTERPRETATION.render(Parameters.builder()
                    .put("note", note).build())));
            PartyFacts p = r.offence().party();
            boolean art33 = p.isFirstOffence() && p.harm() != Harm.HARMFUL && p.isCorrectedInTime();
            text.add((art33 ? NO_PENALTY_ROW_EDUCATED : NO_PENALTY_ROW).render(Parameters.builder()
                    .put("basis", STANDARDS.citation()).put("education", EDUCATION.citation()).build()));
            return;
        }
        RulingGround ground = r.grounds().get(0);
        BilingualText measure = switch (ground) {
            case UNDER_FOURTEEN -> BilingualText.of("，责令监护人加以管教", "; the guardian is ordered to discipline the "
                    + "party");
            case NO_CAPACITY -> BilingualText.of("，责令监护人严加看管和治疗", "; the guardian is ordered to look after "
                    + "and treat the party");
            default -> educated();
        };
        if (ground == RulingGround.FIRST_OFFENCE) {
            version(r, text);
        }
        text.add(EXCUSED.render(Parameters.builder().put("ground", ground).put("basis", ground.basis())
                .put("measure", measure).build()));
        if (ground == RulingGround.NO_FAULT) {
            text.add(NO_FAULT_PROVISO.render(Parameters.empty()));
        }
    }

    private static BilingualText educated() {
        return EDUCATED.render(Parameters.builder().put("basis", EDUCATION.citation()).build());
    }

    private static void penalty(PenaltyRuling r, List<BilingualText> text) {
        version(r, text);
        grounds(r, true, text);
        grounds(r, false, text);
        if (r.standard().isEmpty() || r.isUncovered()) {
            text.add((r.isUncovered() ? UNCOVERED : NO_STANDARD).render(Parameters.empty()));
            if (r.isMitigatedWithinTier()) {
                text.add(MITIGATED_STATUTE.render(Parameters.empty()));
            }
        } else {
            text.add(ROW.render(row(r.row().get(), r.tier().get())));
            r.row().get().interpretation().ifPresent(note -> text.add(ROW_INTERPRETATION.render(Parameters.builder()
                    .put("note", note).build())));
            if (r.isMitigatedWithinTier()) {
                text.add(MITIGATED.render(Parameters.empty()));
            }
        }
        if (!r.kinds().isEmpty()) {
            text.add(PENALTY.render(Parameters.builder().put("kinds", DiscretionMessages.kinds(r.kinds(), r.tier()
                    .flatMap(Tier::fine).or(() -> r.item().fine()))).build()));
        }
        r.bounds().ifPresent(b -> text.add(BOUNDS.render(Parameters.builder().put("min", b.min())
                .put("max", b.max()).build())));
        r.midpoint().ifPresent(m -> text.add(MIDPOINT.render(Parameters.builder().put("midpoint", m).build())));
    }

    /** The grounds of one force, 应当 ({@code must}) or 可以, in one sentence. */
    private static void grounds(PenaltyRuling r, boolean must, List<BilingualText> text) {
        List<BilingualText> labels = new ArrayList<>();
        List<BilingualText> bases = new ArrayList<>();
        for (RulingGround g : r.grounds()) {
            boolean mandatory = g == RulingGround.MINOR_AGE || g == RulingGround.MITIGATING_GROUND;
            if (g != RulingGround.LIGHTER_LAW && mandatory == must) {
                labels.add(g.label());
                if (!bases.contains(g.basis().citation())) {
                    bases.add(g.basis().citation());
                }
            }
        }
        if (!labels.isEmpty()) {
            text.add(GROUNDS.render(Parameters.builder().put("grounds", BilingualText.joinAll("；", "; ", labels))
                    .put("basis", BilingualText.joinAll("、", ", ", bases))
                    .put("how", must ? BilingualText.of("应当从轻或者减轻行政处罚", "the penalty must be lighter or mitigated")
                            : BilingualText.of("可以从轻或者减轻行政处罚", "the penalty may be lighter or mitigated"))
                    .build()));
        }
    }

    private static void version(PenaltyRuling r, List<BilingualText> text) {
        r.standard().ifPresent(s -> {
            text.add(STANDARD.render(Parameters.builder().put("number", s.number())
                    .put("title", s.title()).put("facts", facts(r.offence().circumstances())).build()));
            if (s.implementing().isPresent()) {
                text.add(LOWEST_LEVEL.render(Parameters.empty()));
            }
        });
        if (r.offence().ended().isPresent() && (r.standard().isPresent() || r.setAside().isPresent())) {
            text.add(CONTINUING.render(Parameters.empty()));
        }
        if (r.version() == VersionBasis.AT_ACT || r.version() == VersionBasis.LIGHTER_AT_DECISION) {
            text.add(VERSION.render(Parameters.builder().put("version", r.version())
                    .put("applied", r.standard().map(RulingMessages::number).orElse(STATUTORY_RANGE))
                    .put("other", r.setAside().map(RulingMessages::number).orElse(STATUTORY_RANGE))
                    .put("basis", RulingGround.LIGHTER_LAW.basis()).build()));
        }
    }

    private static BilingualText number(DiscretionStandard s) {
        return BilingualText.of(s.number(), s.number());
    }

    private static Parameters row(RuleRef row, Tier tier) {
        return Parameters.builder().put("id", row.id().toString()).put("title", row.title()).put("level", tier.level())
                .put("basis", row.basis().citation()).build();
    }

    private static BilingualText facts(Circumstances facts) {
        if (facts.values().isEmpty()) {
            return BilingualText.of("无", "none");
        }
        List<BilingualText> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : facts.values().entrySet()) {
            parts.add(FACT.render(Parameters.builder().put("name", e.getKey()).put("value", String.valueOf(e.getValue()))
                    .build()));
        }
        return BilingualText.joinAll("，", ", ", parts);
    }
}
