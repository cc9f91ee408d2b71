package io.github.quanze.discretion;

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
    static final Template BARRED = Template.of("依照{basis}，不再给予行政处罚。", "Under {basis}, no penalty may be given.");
    static final Template NOT_AN_OFFENCE = Template.of("{standard}不再对该行为规定处罚，且{breached}在作出处罚决定时已不施行，"
            + "依照{basis}，不予行政处罚。（解释：以作出决定时施行的裁量基准及违法依据判断“不认为是违法”）",
            "{standard} no longer grades the act and {breached} is no longer in force at the decision, so under "
                    + "{basis} no penalty is given. (Interpretation: whether the act is still an offence is judged by "
                    + "the standard and the breached provision in force at the decision)");
    static final Template VERSION = Template.of("{version}（比较{applied}与{other}，依照{basis}）。",
            "{version} ({applied} compared with {other}, under {basis}).");
    static final Template STANDARD = Template.of("适用{number}《{title}》；违法情节：{facts}。",
            "{number} ({title}) applies; circumstances: {facts}.");
    static final Template GROUNDS = Template.of("当事人{grounds}，依照{basis}，{how}。",
            "The party: {grounds}; under {basis}, {how}.");
    static final Template ROW = Template.of("属于裁量格次{id}「{title}」（{level}），依据{basis}。",
            "The facts fall in tier {id} ({title}, {level}) under {basis}.");
    static final Template ROW_INTERPRETATION = Template.of("（解释：{note}）", "(Interpretation: {note})");
    static final Template NO_PENALTY_ROW = Template.of("依照该格次，不予行政处罚，并对当事人进行教育（{basis}）。",
            "Under that tier no penalty is given, and the party is educated ({basis}).");
    static final Template MITIGATED = Template.of("该格次重于从轻处罚，而法律规定应当从轻或者减轻，罚款以该格次幅度的下半部分为限"
            + "（解释：从轻处罚理解为不超过幅度的中间值）。", "That tier is graver than a lighter penalty although the law "
            + "requires a lighter or mitigated one, so the fine is limited to the lower half of the tier's range "
            + "(interpretation: a lighter penalty is one not above the middle of the range).");
    static final Template UNCOVERED = Template.of("裁量基准未规定该情节，适用法定幅度。",
            "The standard does not provide for these circumstances; the statutory range applies.");
    static final Template NO_STANDARD = Template.of("没有施行的裁量基准规定该违法行为，适用法定幅度。",
            "No standard in force grades the act; the statutory range applies.");
    static final Template PENALTY = Template.of("决定给予：{kinds}。", "Penalty: {kinds}.");
    static final Template BOUNDS = Template.of("罚款幅度为{min}元至{max}元。", "The fine is {min} to {max} yuan.");
    static final Template MIDPOINT = Template.of("基准中间值为{midpoint}元。", "The standard's default, the middle of the "
            + "range, is {midpoint} yuan.");
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
                    .put("breached", item.breached()).put("basis", RulingGround.NO_LONGER_AN_OFFENCE.basis()).build()));
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
            text.add(NO_PENALTY_ROW.render(basis(RulingGround.MINOR_AND_CORRECTED)));
            return;
        }
        RulingGround ground = r.grounds().get(0);
        BilingualText measure = switch (ground) {
            case UNDER_FOURTEEN -> BilingualText.of("，责令监护人加以管教", "; the guardian is ordered to discipline the "
                    + "party");
            case NO_CAPACITY -> BilingualText.of("，责令监护人严加看管和治疗", "; the guardian is ordered to look after "
                    + "and treat the party");
            default -> BilingualText.of("，并对当事人进行教育", "; the party is educated (Art 33 para 3)");
        };
        if (ground == RulingGround.FIRST_OFFENCE) {
            version(r, text);
        }
        text.add(EXCUSED.render(Parameters.builder().put("ground", ground).put("basis", ground.basis())
                .put("measure", measure).build()));
    }

    private static void penalty(PenaltyRuling r, List<BilingualText> text) {
        version(r, text);
        List<BilingualText> grounds = new ArrayList<>();
        for (RulingGround g : r.grounds()) {
            if (g != RulingGround.LIGHTER_LAW) {
                grounds.add(g.label());
            }
        }
        if (!grounds.isEmpty()) {
            List<RulingGround> cited = r.grounds().stream().filter(g -> g != RulingGround.LIGHTER_LAW).toList();
            boolean must = cited.contains(RulingGround.MINOR_AGE) || cited.contains(RulingGround.MITIGATING_GROUND);
            text.add(GROUNDS.render(Parameters.builder().put("grounds", BilingualText.joinAll("；", "; ", grounds))
                    .put("basis", BilingualText.joinAll("、", ", ", cited.stream().map(g -> g.basis().citation())
                            .distinct().toList()))
                    .put("how", must ? BilingualText.of("应当从轻或者减轻行政处罚", "the penalty must be lighter or mitigated")
                            : BilingualText.of("可以从轻或者减轻行政处罚", "the penalty may be lighter or mitigated"))
                    .build()));
        }
        if (r.standard().isEmpty()) {
            text.add(NO_STANDARD.render(Parameters.empty()));
        } else if (r.isUncovered()) {
            text.add(UNCOVERED.render(Parameters.empty()));
        } else {
            text.add(ROW.render(row(r.row().get(), r.tier().get())));
            r.row().get().interpretation().ifPresent(note -> text.add(ROW_INTERPRETATION.render(Parameters.builder()
                    .put("note", note).build())));
            if (r.isMitigatedWithinTier()) {
                text.add(MITIGATED.render(Parameters.empty()));
            }
        }
        text.add(PENALTY.render(Parameters.builder().put("kinds", DiscretionMessages.kinds(r.kinds(), r.tier()
                .flatMap(Tier::fine).or(() -> r.item().fine()))).build()));
        r.bounds().ifPresent(b -> text.add(BOUNDS.render(Parameters.builder().put("min", b.min())
                .put("max", b.max()).build())));
        r.midpoint().ifPresent(m -> text.add(MIDPOINT.render(Parameters.builder().put("midpoint", m).build())));
    }

    private static void version(PenaltyRuling r, List<BilingualText> text) {
        r.standard().ifPresent(s -> text.add(STANDARD.render(Parameters.builder().put("number", s.number())
                .put("title", s.title()).put("facts", facts(r.offence().circumstances())).build())));
        if (r.version() == VersionBasis.AT_ACT || r.version() == VersionBasis.LIGHTER_AT_DECISION) {
            text.add(VERSION.render(Parameters.builder().put("version", r.version())
                    .put("applied", r.standard().map(DiscretionStandard::number).orElse("法定幅度"))
                    .put("other", r.setAside().map(DiscretionStandard::number).orElse("法定幅度"))
                    .put("basis", RulingGround.LIGHTER_LAW.basis()).build()));
        }
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
