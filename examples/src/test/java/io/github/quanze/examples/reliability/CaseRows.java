package io.github.quanze.examples.reliability;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.examples.Prepared;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.TransferReason;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.DefectKind;
import io.github.quanze.review.ReviewCriterion;
import io.github.quanze.review.ReviewItem;
import io.github.quanze.review.ReviewPart;
import io.github.quanze.review.ReviewStandard;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.review.ReviewerFinding;
import io.github.quanze.review.Score;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Bad inputs to procedures (执法程序), case records and their events, and case-file review (案卷评查). */
final class CaseRows {

    private static final LocalDate OPENED = LocalDate.of(2026, 9, 1);
    private static final OfficerId FENG = OfficerId.of("O-09");
    private static final OfficerId ZHENG = OfficerId.of("O-08");
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 54));
    private static final BilingualText NAME = BilingualText.of("县局程序", "county procedure");
    private static final ReviewItem SUBJECT = new ReviewItem("SUBJECT", BilingualText.of("执法主体", "subject"),
            ReviewPart.CONTENT, 10);

    private CaseRows() {}

    static List<BadInput> procedure() {
        Rows rows = new Rows("procedure");
        rows.building("procedure without a step", () -> Procedure.builder(NAME), Procedure.Builder::build,
                IllegalArgumentException.class, "'县局程序'", "at least one step");
        rows.building("procedure with one step twice", () -> ProcedureTemplates.PENALTY_ORDINARY.toBuilder(NAME)
                .step(Step.of(StepKind.FILING, PostRole.HANDLER, BASIS)), Procedure.Builder::build,
                IllegalArgumentException.class, "'县局程序'", "FILING twice");
        rows.on("order of a step the procedure does not have", () -> ProcedureTemplates.PENALTY_SUMMARY,
                p -> p.precedes(StepKind.FILING, StepKind.HEARING), IllegalArgumentException.class,
                "has no step HEARING");
        rows.building("case without an id and area", () -> CaseRecord.builder()
                .procedure(ProcedureTemplates.PENALTY_ORDINARY).organization(Prepared.organization()).opened(OPENED),
                CaseRecord.Builder::build, IllegalStateException.class, "missing required fields", "id", "area");
        rows.builder("case id of 300 characters", CaseRows::open, b -> b.id("罚〔2026〕40号").build(),
                b -> b.id("罚".repeat(300)), IllegalArgumentException.class, "Case id", "at most 100", "'罚罚罚",
                "(300 characters)");
        rows.building("case opened in a year the calendar does not hold", () -> CaseRecord.builder().id("罚〔2031〕1号")
                .procedure(ProcedureTemplates.PENALTY_ORDINARY).organization(Prepared.organization()).area("烟草专卖")
                .opened(LocalDate.of(2031, 3, 2)), CaseRecord.Builder::build, IllegalArgumentException.class,
                "opened 2031-03-02", "outside the years", "CN-national");
        rows.on("event after the case was closed", Prepared::caseRecord, r -> r.append(CaseEvent.performed(
                StepKind.INVESTIGATION, LocalDate.of(2026, 11, 20), FENG)), IllegalStateException.class,
                "示烟罚〔2026〕37号", "closed", "no event may follow");
        rows.on("event dated before the case opened", CaseRows::openRecord, r -> r.append(CaseEvent.performed(
                StepKind.FILING, OPENED.minusDays(3), FENG)), IllegalArgumentException.class, "罚〔2026〕40号",
                "before the case opened on 2026-09-01");
        rows.on("event for a step the procedure does not have", CaseRows::openRecord, r -> r.append(
                CaseEvent.performed(StepKind.ACCEPTANCE, OPENED, FENG)), IllegalArgumentException.class,
                "step ACCEPTANCE", "does not have");
        rows.on("event naming an officer the organization lacks", CaseRows::openRecord, r -> r.append(
                CaseEvent.performed(StepKind.FILING, OPENED, OfficerId.of("O-404"))), IllegalArgumentException.class,
                "罚〔2026〕40号", "O-404");
        rows.on("event dated past the calendar", CaseRows::openRecord, r -> r.append(CaseEvent.performed(
                StepKind.FILING, LocalDate.of(2031, 1, 5), FENG)), IllegalArgumentException.class, "2031-01-05");
        rows.on("resumption of a case that is not suspended", CaseRows::openRecord, r -> r.append(
                new CaseEvent.Resumed(OPENED.plusDays(2))), IllegalArgumentException.class, "resumes",
                "not suspended");
        rows.call("step performed by no officer", () -> CaseEvent.performed(StepKind.FILING, OPENED),
                IllegalArgumentException.class, "Step FILING on 2026-09-01", "at least one officer");
        rows.call("step naming one officer twice", () -> CaseEvent.performed(StepKind.FILING, OPENED, FENG, FENG),
                IllegalArgumentException.class, "Step FILING", "O-09", "twice");
        rows.call("extension of zero days", () -> new CaseEvent.Extended(StepKind.DECISION, 0, Optional.of(ZHENG),
                OPENED, Optional.empty()), IllegalArgumentException.class, "Extension of DECISION",
                "at least 1", "0");
        rows.call("transfer by no officer", () -> CaseEvent.Transferred.of(OPENED, AgencyId.of("XJ"),
                TransferReason.values()[0]), IllegalArgumentException.class, "Transfer to XJ", "at least one officer");
        rows.call("suspected crime with a finding of 5,000 characters", () -> CaseEvent.CrimeSuspected.ofCrime(OPENED,
                "涉".repeat(5000), FENG), IllegalArgumentException.class, "Suspected crime on 2026-09-01",
                "at most");
        rows.call("penalty decision naming no penalty", () -> PenaltyDecision.of(PartyType.CITIZEN, null),
                NullPointerException.class, "first");
        rows.call("fine of zero yuan", () -> PenaltyDecision.fine(PartyType.CITIZEN, BigDecimal.ZERO),
                IllegalArgumentException.class, "Penalty decision", "more than 0 yuan");
        return rows.rows();
    }

    static List<BadInput> review() {
        Rows rows = new Rows("review");
        rows.call("review item of no points", () -> new ReviewItem("LAW", BilingualText.of("适用法律", "law"),
                ReviewPart.CONTENT, 0), IllegalArgumentException.class, "Review item 'LAW'", "at least 1", "0");
        rows.call("review item with a blank code", () -> new ReviewItem(" ", BilingualText.of("适用法律", "law"),
                ReviewPart.CONTENT, 5), IllegalArgumentException.class, "Review item code", "blank");
        rows.call("deduction criterion deducting nothing", () -> ReviewCriterion.deduction("LAW.WRONG", "LAW",
                BilingualText.of("适用法律错误", "wrong law"), 0, DefectKind.values()[0], BASIS),
                IllegalArgumentException.class, "Review criterion 'LAW.WRONG'", "at least 1", "0");
        rows.call("score deducting a negative amount", () -> Score.of(SUBJECT, -1), IllegalArgumentException.class,
                "Score of item SUBJECT", "must not be negative", "-1");
        rows.call("score above its item's points", () -> new Score(SUBJECT, 11, 0), IllegalArgumentException.class,
                "Score of item SUBJECT", "0 to 10", "11");
        rows.call("reviewer finding with a blank note", () -> ReviewerFinding.of("DOCUMENTS.IRREGULAR", " ", "卫东",
                OPENED), IllegalArgumentException.class, "'DOCUMENTS.IRREGULAR'", "note", "blank");
        rows.call("reviewer finding that occurred zero times", () -> new ReviewerFinding("FILING.PAGES", 0, "未编页码",
                "卫东", OPENED, List.of()), IllegalArgumentException.class, "'FILING.PAGES'", "occurrences", "0");
        rows.call("reviewer named with surrounding spaces", () -> ReviewerFinding.of("FILING.PAGES", "未编页码",
                " 卫东", OPENED), IllegalArgumentException.class, "reviewer", "' 卫东'");
        rows.building("standard without an item", () -> ReviewStandard.builder("县标准", "县司法局", OPENED).total(100)
                .thresholds(90, 60), ReviewStandard.Builder::build, IllegalArgumentException.class, "'县标准'",
                "has no item");
        rows.building("standard whose items miss its total", () -> standard().total(100),
                ReviewStandard.Builder::build, IllegalArgumentException.class, "'县标准'", "add up to 10 points",
                "total 100");
        rows.building("criterion of an unknown item", () -> standard().criterion(ReviewCriterion.deduction("LAW.WRONG",
                "LAW", BilingualText.of("适用法律错误", "wrong law"), 2, DefectKind.values()[0], BASIS)),
                ReviewStandard.Builder::build, IllegalArgumentException.class, "'LAW.WRONG'", "unknown item 'LAW'");
        rows.building("criterion deducting more than its item carries", () -> standard().criterion(
                ReviewCriterion.deduction("SUBJECT.WRONG", "SUBJECT", BilingualText.of("主体错误", "wrong subject"), 12,
                        DefectKind.values()[0], BASIS)), ReviewStandard.Builder::build,
                IllegalArgumentException.class, "'SUBJECT.WRONG'", "deducts 12 points", "carries (10)");
        rows.building("violation counted as an unknown criterion", () -> standard().violation(
                ViolationKind.values()[0], "NOPE"), ReviewStandard.Builder::build, IllegalArgumentException.class,
                "unknown criterion 'NOPE'");
        rows.building("pass threshold above the excellent one", () -> ReviewStandard.builder("县标准", "县司法局", OPENED)
                .item(SUBJECT).total(10).thresholds(6, 9), ReviewStandard.Builder::build,
                IllegalArgumentException.class, "'县标准'", "0 < pass <= excellent <= total", "pass 9");
        rows.building("standard ending before it starts", () -> standard().effectiveUntil(OPENED.minusDays(1)),
                ReviewStandard.Builder::build, IllegalArgumentException.class, "effectiveUntil 2026-08-31",
                "after effectiveFrom 2026-09-01");
        rows.builder("standard note with a bell character", CaseRows::standard, ReviewStandard.Builder::build,
                b -> b.note("说明\u0007"), IllegalArgumentException.class, "'县标准'", "note", "U+0007");
        rows.on("item the standard does not have", () -> ReviewStandards.DEFAULT, s -> s.item("NOPE"),
                IllegalArgumentException.class, "has no item 'NOPE'");
        rows.on("grade of a score above the total", () -> ReviewStandards.DEFAULT, s -> s.grade(101, false),
                IllegalArgumentException.class, "a score must be 0 to 100", "101");
        rows.call("versions of two differently named standards", () -> ReviewStandards.of(ReviewStandards.DEFAULT,
                standard().build()), IllegalArgumentException.class, "share one name", "县标准");
        rows.on("review of a case that is not closed", () -> CaseFile.of(openRecord()),
                f -> CaseFileReview.review(f, ReviewStandards.DEFAULT, OPENED.plusDays(30)),
                IllegalArgumentException.class, "罚〔2026〕40号", "not closed");
        rows.on("review dated before a reviewer's finding", Prepared::caseFile, f -> CaseFileReview.review(f,
                ReviewStandards.DEFAULT, Prepared.REVIEWED.minusDays(1)), IllegalArgumentException.class,
                "dated 2026-11-24", "after the review date 2026-11-23");
        return rows.rows();
    }

    private static ReviewStandard.Builder standard() {
        return ReviewStandard.builder("县标准", "县司法局", OPENED).item(SUBJECT).total(10).thresholds(9, 6);
    }

    private static CaseRecord.Builder open() {
        return CaseRecord.builder().procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(Prepared.organization()).area("烟草专卖").opened(OPENED);
    }

    private static CaseRecord openRecord() {
        return open().id("罚〔2026〕40号").calendar(WorkingDayCalendar.national()).build()
                .append(CaseEvent.performed(StepKind.FILING, OPENED, FENG, ZHENG));
    }
}
