package io.github.quanze.review;

import static io.github.quanze.procedure.Cases.PENALTY_CASE;
import static io.github.quanze.procedure.Cases.QIAN;
import static io.github.quanze.procedure.Cases.WANG;
import static io.github.quanze.procedure.Cases.penaltyCase;
import static io.github.quanze.procedure.Cases.replace;
import static io.github.quanze.procedure.Cases.step;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.review.CaseFileReviewTest.REVIEWED;
import static io.github.quanze.review.CaseFileReviewTest.review;
import static io.github.quanze.testing.Rendering.assertRendered;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.Role;
import io.github.quanze.testkit.text.TextArbitraries;
import io.github.quanze.text.BilingualText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The wording of case-file review: defects and reports in both languages, and any defect rendered from data. */
class ReviewMessagesTest {

    private static final Involvement HANDLER = new Involvement(WANG, "王承办", Role.HANDLER);
    private static final ReviewCriterion PAGES = ReviewStandards.DEFAULT.findCriterion("FILING.PAGES").orElseThrow();

    @Example
    void aReviewersDefect_showsTheNoteTimesDeductionPeopleReviewerAndBasis() {
        ReviewDefect d = ReviewDefect.ofReviewerFinding(PAGES, new ReviewerFinding("FILING.PAGES", 2,
                "卷内第12页、第13页未编页码", "刘评查", REVIEWED, List.of()), List.of(HANDLER));
        String people = HANDLER.describe().zh();
        assertThat(d.describe()).isEqualTo(BilingualText.of(
                "页码缺失或者错误：卷内第12页、第13页未编页码，共2处，扣4分；涉及：" + people + "（评查人：刘评查）"
                        + "（依据：《中华人民共和国行政处罚法》第四十七条）",
                "page numbers missing or wrong: 卷内第12页、第13页未编页码, 2 times, 4 points deducted; involved: "
                        + HANDLER.describe().en() + " (reviewer: 刘评查) (basis: Art 47, Administrative Penalty Law of "
                        + "the People's Republic of China)"));
        assertThat(d.message()).isEqualTo(d.describe());
        ReviewDefect once = ReviewDefect.ofReviewerFinding(PAGES, ReviewerFinding.of("FILING.PAGES", "第3页未编页码",
                "刘评查", REVIEWED), List.of());
        assertThat(once.describe().zh()).isEqualTo("页码缺失或者错误：第3页未编页码，扣2分（评查人：刘评查）"
                + "（依据：《中华人民共和国行政处罚法》第四十七条）");
        assertThat(ReviewMessages.DEDUCTED.render(io.github.quanze.text.Parameters.builder().put("points", 1).build()))
                .isEqualTo(BilingualText.of("，扣1分", ", 1 point deducted"));
        assertThat(ReviewMessages.DEFECTS.render(io.github.quanze.text.Parameters.builder().put("count", 1).build()))
                .isEqualTo(BilingualText.of("发现问题1项：", "1 defect:"));
    }

    @Example
    void aViolationsDefect_showsTheViolationsMessageAndTheVeto() {
        ReviewReport report = review(CaseFile.of(penaltyCase(replace(PENALTY_CASE, INVESTIGATION,
                step(INVESTIGATION, "2026-09-02", WANG, QIAN)))));
        ReviewDefect d = report.vetoes().get(0);
        ProcedureViolation v = d.violation().orElseThrow();
        assertThat(d.reason()).isEqualTo(v.message());
        assertThat(d.describe().zh()).isEqualTo("执法人员不具备执法资格：" + v.message().zh() + "，否决项；涉及："
                + v.people().get(0).describe().zh() + "（依据：《中华人民共和国行政处罚法》第四十二条、第五十四条第一款、第五十五条）");
        assertThat(d.describe().en()).isEqualTo(d.criterion().name().en() + ": " + v.message().en()
                + ", a veto item; involved: " + v.people().get(0).describe().en() + " (basis: Arts 42, 54(1) and 55, "
                + "Administrative Penalty Law of the People's Republic of China)");
    }

    @Example
    void aReport_explainsTotalGradeItemsAndDefectsLineByLine() {
        ReviewReport report = review(CaseFile.of(penaltyCase(PENALTY_CASE))
                .with(ReviewerFinding.of("SUBJECT.UNLAWFUL", "委托组织以自己名义作出处罚", "刘评查", REVIEWED))
                .with(ReviewerFinding.of("FILING.PAGES", "第3页未编页码", "刘评查", REVIEWED)));
        String people = HANDLER.describe().zh();
        assertThat(report.explain().zh()).isEqualTo("案卷烟罚〔2026〕1号评查结果：0分，不合格（行政执法案卷评查标准（quanze默认）"
                + "（2021-07-15起），评查日期2026-11-30）\n"
                + "  存在否决项1项，案卷评为不合格，计0分\n"
                + "  内容·执法主体 10/10\n"
                + "  内容·执法权限 10/10\n"
                + "  内容·事实证据 25/25\n"
                + "  内容·适用法律 15/15\n"
                + "  内容·执法程序 20/20\n"
                + "  卷面·执法文书 10/10\n"
                + "  卷面·案卷归档 8/10\n"
                + "  发现问题2项：\n"
                + "  - 执法主体不合法：委托组织以自己名义作出处罚，否决项；涉及：" + people + "（评查人：刘评查）（依据："
                + report.defects().get(0).basis() + "）\n"
                + "  - 页码缺失或者错误：第3页未编页码，扣2分；涉及：" + people + "（评查人：刘评查）（依据：《中华人民共和国行政处罚法》第四十七条）");
        assertThat(report.explain().en()).startsWith("Case file 烟罚〔2026〕1号: 0 points, fail (行政执法案卷评查标准（quanze默认）"
                + "（2021-07-15起）, reviewed 2026-11-30)\n"
                + "  1 veto item found: the file fails with 0 points\n"
                + "  content · enforcement subject 10/10\n").contains("\n  form · filing 8/10\n  2 defects:\n  - ");
    }

    @Example
    void aReport_countsVetoesAndSaysWhenNothingWasFound() {
        ReviewReport two = review(CaseFile.of(penaltyCase(PENALTY_CASE))
                .with(ReviewerFinding.of("SUBJECT.UNLAWFUL", "委托组织以自己名义作出处罚", "刘评查", REVIEWED))
                .with(ReviewerFinding.of("EVIDENCE.INSUFFICIENT", "主要证据不足", "刘评查", REVIEWED)));
        assertThat(two.explain().zh()).contains("\n  存在否决项2项，案卷评为不合格，计0分\n");
        assertThat(two.explain().en()).contains("\n  2 veto items found: the file fails with 0 points\n");
        ReviewReport clean = review(CaseFile.of(penaltyCase(PENALTY_CASE)));
        assertThat(clean.explain().zh()).startsWith("案卷烟罚〔2026〕1号评查结果：100分，优秀").endsWith("\n  未发现问题");
        assertThat(clean.explain().en()).startsWith("Case file 烟罚〔2026〕1号: 100 points, excellent")
                .endsWith("\n  no defect found");
    }

    @Property
    void anyDefect_rendersInBothLanguages(@ForAll("defects") ReviewDefect defect) {
        assertRendered(defect.describe());
        assertThat(defect.code()).isEqualTo(defect.source().code());
        assertThat(defect.parameters().has("criterionCode")).isTrue();
        assertThat(defect.severity().name()).isEqualTo(defect.criterion().isVeto() ? "ERROR" : "WARNING");
    }

    @Property
    void anyReport_rendersInBothLanguages(@ForAll("findings") List<ReviewerFinding> findings) {
        ReviewReport report = review(CaseFile.of(penaltyCase(PENALTY_CASE))
                .with(findings.toArray(ReviewerFinding[]::new)));
        assertRendered(report.explain());
        assertThat(report.explain().zh().lines()).hasSize(1 + (report.vetoes().isEmpty() ? 0 : 1)
                + report.scores().size() + 1 + report.defects().size());
    }

    @Provide
    Arbitrary<ReviewDefect> defects() {
        return Combinators.combine(Arbitraries.of(ReviewStandards.DEFAULT.criteria()),
                Arbitraries.integers().between(1, ReviewerFinding.MAX_OCCURRENCES), TextArbitraries.lines(),
                TextArbitraries.lines(), Arbitraries.<List<Involvement>>of(List.of(), List.of(HANDLER)))
                .as((c, n, note, reviewer, people) -> ReviewDefect.ofReviewerFinding(c,
                        new ReviewerFinding(c.code(), n, note, reviewer, REVIEWED, people), people));
    }

    @Provide
    Arbitrary<List<ReviewerFinding>> findings() {
        return Combinators.combine(Arbitraries.of(ReviewStandards.DEFAULT.criteria()),
                Arbitraries.integers().between(1, 12), TextArbitraries.lines())
                .as((c, n, note) -> new ReviewerFinding(c.code(), n, note, "刘评查", REVIEWED, List.of()))
                .list().ofMaxSize(6);
    }
}
