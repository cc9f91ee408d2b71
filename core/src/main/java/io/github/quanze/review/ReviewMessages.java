package io.github.quanze.review;

import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import io.github.quanze.text.TextBuilder;
import java.util.List;

/**
 * The wording of case-file review (案卷评查消息): the templates a {@link ReviewDefect} is described with and a
 * {@link ReviewReport} explained with, rendered in Chinese and English from their data.
 */
final class ReviewMessages {

    static final Template DEFECT = Template.of("{criterion}：{reason}{times}{cost}{involved}{by}（依据：{basis}）",
            "{criterion}: {reason}{times}{cost}{involved}{by} (basis: {basis})");
    static final Template TIMES = Template.of("，共{occurrences}处", ", {occurrences} times");
    static final Template VETO = Template.of("，否决项", ", a veto item");
    static final Template DEDUCTED = Template.of("，扣{points}分", ", {points} {points|point|points} deducted");
    static final Template INVOLVED = Template.of("；涉及：{people}", "; involved: {people}");
    static final Template BY = Template.of("（评查人：{reviewer}）", " (reviewer: {reviewer})");

    static final Template REPORT = Template.of("案卷{caseId}评查结果：{total}分，{grade}（{standard}，评查日期{date}）",
            "Case file {caseId}: {total} {total|point|points}, {grade} ({standard}, reviewed {date})");
    static final Template VETOES = Template.of("存在否决项{count}项，案卷评为不合格，计0分",
            "{count} veto {count|item|items} found: the file fails with 0 points");
    static final Template SCORE = Template.of("{part}·{item} {points}/{of}", "{part} · {item} {points}/{of}");
    static final Template NO_DEFECT = Template.of("未发现问题", "no defect found");
    static final Template DEFECTS = Template.of("发现问题{count}项：", "{count} {count|defect|defects}:");

    private ReviewMessages() {}

    /** The data a defect's description is rendered from. */
    static Parameters parameters(ReviewDefect d) {
        Parameters.Builder values = Parameters.builder().put("criterionCode", d.criterion().code())
                .put("criterion", d.criterion().name()).put("occurrences", d.occurrences()).put("points", d.points())
                .put("veto", d.criterion().isVeto()).put("date", d.date()).put("basis", d.basis());
        d.violation().ifPresent(v -> values.put("violation", v.code()));
        d.reviewer().ifPresent(r -> values.put("reviewer", r));
        d.note().ifPresent(n -> values.put("note", n));
        return values.build();
    }

    /** What was found: the violation's message, or the reviewer's note as written. */
    static BilingualText reason(ReviewDefect d) {
        return d.violation().map(ProcedureViolation::message)
                .orElseGet(() -> BilingualText.of(d.note().orElseThrow(), d.note().orElseThrow()));
    }

    /** 执法人员不具备执法资格：…，否决项；涉及：赵丽（承办人）（依据：…）. */
    static BilingualText describe(ReviewDefect d) {
        Parameters.Builder values = Parameters.builder().put("criterion", d.criterion().name()).put("reason", reason(d))
                .put("cost", d.criterion().isVeto() ? VETO.render(Parameters.empty())
                        : DEDUCTED.render(Parameters.builder().put("points", d.points()).build()))
                .put("basis", d.basis());
        optional(values, "times", d.occurrences() > 1 ? TIMES.render(Parameters.builder()
                .put("occurrences", d.occurrences()).build()) : null);
        optional(values, "involved", d.people().isEmpty() ? null : INVOLVED.render(Parameters.builder()
                .put("people", people(d.people())).build()));
        optional(values, "by", d.reviewer().map(r -> BY.render(Parameters.builder().put("reviewer", r).build()))
                .orElse(null));
        return DEFECT.render(values.build());
    }

    /** The report: total, grade and standard, the vetoes, each item's score, and each defect on a line. */
    static BilingualText explain(ReviewReport r) {
        TextBuilder lines = TextBuilder.of(REPORT.render(Parameters.builder().put("caseId", r.caseId()).put("total", r.total())
                .put("grade", r.grade()).put("standard", r.standard().citation()).put("date", r.date())
                .build()));
        int vetoes = r.vetoes().size();
        if (vetoes > 0) {
            lines.append("\n  ", VETOES.render(Parameters.builder().put("count", vetoes)
                    .build()));
        }
        for (Score s : r.scores()) {
            lines.append("\n  ", SCORE.render(Parameters.builder().put("part", s.item().part())
                    .put("item", s.item().name()).put("points", s.points()).put("of", s.item().points()).build()));
        }
        lines.append("\n  ", r.defects().isEmpty() ? NO_DEFECT.render(Parameters.empty())
                : DEFECTS.render(Parameters.builder().put("count", r.defects().size()).build()));
        for (ReviewDefect d : r.defects()) {
            lines.append("\n  - ", describe(d));
        }
        return lines.build();
    }

    /** Puts a part of a sentence that may be absent: its text, or nothing. */
    private static void optional(Parameters.Builder values, String name, BilingualText part) {
        if (part == null) {
            values.put(name, "");
        } else {
            values.put(name, part);
        }
    }

    private static BilingualText people(List<Involvement> people) {
        return BilingualText.joinAll("、", ", ", people.stream().map(Involvement::describe).toList());
    }
}
