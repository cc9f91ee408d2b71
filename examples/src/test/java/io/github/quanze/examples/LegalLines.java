package io.github.quanze.examples;

import static io.github.quanze.examples.Digest.list;
import static io.github.quanze.examples.Digest.opt;

import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseNote;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.review.ReviewDefect;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.Score;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.OverriddenRule;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.VersionChoice;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionKind;
import io.github.quanze.sanction.SanctionPolicy;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lines the digests of legal results (法律结果) share: a case replay, a violation, a deadline, a review, a
 * fault, a decision and a sanction, each as enum names, ids, numbers and ISO dates.
 * <p>
 * Every access to the library's API is in one small method here or in the scenario's own digest class, so that a
 * refactored API is adapted in one place while the stored digests stay as they are.
 */
final class LegalLines {

    private LegalLines() {}

    // ---- case replay (procedure)

    /** A replayed case: where it stands, its deadlines, violations and notes. */
    static void state(Digest d, CaseState state) {
        d.line("replay", "asOf=" + state.asOf(), "closed=" + state.closed(), "suspended=" + state.suspended());
        d.line("done", list(state.done()));
        d.line("pending", list(state.pending()));
        state.deadlines().forEach(deadline -> d.line(deadlineLine(deadline)));
        state.violations().forEach(violation -> d.line(violationLine(violation)));
        state.notes().forEach(note -> d.line(noteLine(note)));
    }

    static String deadlineLine(CaseDeadline deadline) {
        return "deadline step=" + deadline.step() + " start=" + deadline.deadline().start() + " due="
                + deadline.deadline().due() + " status=" + deadline.status().state() + " days="
                + deadline.status().days() + " workingDays=" + deadline.status().workingDays() + " metOn="
                + opt(deadline.status().metOn());
    }

    static String violationLine(ProcedureViolation violation) {
        return "violation kind=" + violation.kind() + " step=" + violation.step() + " date=" + violation.date()
                + " people=" + people(violation.people());
    }

    static String noteLine(CaseNote note) {
        return "note kind=" + note.kind() + " step=" + note.step() + " date=" + note.date();
    }

    /** People involved as {@code [O-09:HANDLER,O-04:HANDLER]}: officer id and the part they played. */
    static String people(List<Involvement> people) {
        return people.stream().map(p -> p.officer().value() + ":" + p.role()).collect(Collectors.joining(",", "[",
                "]"));
    }

    // ---- case-file review (案卷评查)

    /** A review report: total and grade, each item's score and each defect. */
    static void review(Digest d, ReviewReport report) {
        d.line("review", "total=" + report.total(), "grade=" + report.grade(), "passed=" + report.passed(),
                "vetoes=" + report.vetoes().size());
        report.scores().forEach(score -> d.line(scoreLine(score)));
        report.defects().forEach(defect -> d.line(defectLine(defect)));
    }

    static String scoreLine(Score score) {
        return "score item=" + score.item().code() + " points=" + score.points() + " deducted=" + score.deducted();
    }

    static String defectLine(ReviewDefect defect) {
        return "defect criterion=" + defect.criterion().code() + " veto=" + defect.criterion().isVeto()
                + " occurrences=" + defect.occurrences() + " points=" + defect.points() + " date=" + defect.date()
                + " faultType=" + opt(defect.criterion().defectKind().map(io.github.quanze.fault.ReviewFaults::typeOf)) + " people=" + people(defect.people())
                + " byReviewer=" + defect.reviewer().isPresent();
    }

    /** A review report in one line, for the county's many files. */
    static String reviewLine(ReviewReport report) {
        return "file " + report.caseId() + " total=" + report.total() + " grade=" + report.grade() + " defects="
                + report.defects().stream().map(LegalLines::defectCode).collect(Collectors.joining(",", "[", "]"));
    }

    /** A defect as {@code CODE*2}, with {@code !} for a veto. */
    private static String defectCode(ReviewDefect defect) {
        return defect.criterion().code() + (defect.criterion().isVeto() ? "!" : "") + "*" + defect.occurrences();
    }

    // ---- faults and sanctions (执法过错, 责任追究)

    static String faultLine(Fault fault) {
        return "fault subject=" + subject(fault.subject()) + " type=" + fault.type() + " form=" + fault.form()
                + " consequence=" + fault.consequence() + " role=" + fault.role() + " responsibility="
                + fault.responsibility() + " act=" + fault.actDate() + " circumstances="
                + list(fault.circumstances()) + " duty=" + fault.dutyPerformance().map(LegalLines::duty).orElse("-")
                + " gravity=" + fault.gravity() + " aggravated=" + fault.aggravated() + " mitigated="
                + fault.mitigated() + " reduced=" + fault.reduced() + " exempt=" + fault.exempt();
    }

    private static String subject(FaultSubject subject) {
        return subject.kind() + ":" + subject.id();
    }

    private static String duty(DutyPerformance duty) {
        return "followedProcedure:" + duty.followedProcedure() + "/rulesUnclear:" + duty.rulesUnclear()
                + "/deceivedByParty:" + duty.deceivedByParty() + "/selfInterest:" + duty.selfInterest();
    }

    /** A decision of the sanction policy, with its version line. */
    static void sanctionDecision(Digest d, Decision<Sanction> decision) {
        decision(d, decision, LegalLines::sanction);
    }

    /** A decision: its outcome, fired and overridden rules, failures, and the version applied if any. */
    static <O> void decision(Digest d, Decision<O> decision, Function<O, String> outcome) {
        d.line(decisionLine(decision, outcome));
        decision.version().ifPresent(version -> d.line(versionLine(version)));
    }

    static <O> String decisionLine(Decision<O> decision, Function<O, String> outcome) {
        return "decision outcome=" + decision.outcome().map(outcome).orElse("-") + " fired="
                + list(ruleIds(decision.fired())) + " overridden=" + decision.overridden().stream()
                .map(LegalLines::overridden).collect(Collectors.joining(",", "[", "]"))
                + " failures=" + decision.failures().size();
    }

    static List<String> ruleIds(List<RuleRef> rules) {
        return rules.stream().map(r -> r.id().value()).toList();
    }

    /** An overridden rule as {@code RULE>BY}: the rule left out, and the exception that set it aside. */
    private static String overridden(OverriddenRule rule) {
        return rule.rule().id().value() + ">" + rule.by().id().value();
    }

    static String versionLine(VersionChoice version) {
        return "version applied=" + versionToken(version.applied()) + " act=" + versionToken(version.actVersion())
                + " decision=" + versionToken(version.decisionVersion()) + " acted=" + version.actDate() + " decided="
                + version.decisionDate() + " reason=" + version.reason();
    }

    /**
     * A rule book version as a token, not its title: the national editions by their enum name, the agency table
     * and the accountability example's provincial measure by a fixed name.
     */
    static String versionToken(String source) {
        for (SanctionPolicy.Edition edition : SanctionPolicy.Edition.values()) {
            if (edition.source().equals(source)) {
                return edition.name();
            }
        }
        if (source.equals(SanctionPolicy.AGENCY_EDITION)) {
            return "AGENCY_EDITION";
        }
        if (source.equals(AccountabilityExample.PROVINCIAL_MEASURE.citation())) {
            return "PROVINCIAL_MEASURE";
        }
        throw new IllegalArgumentException("No token for the rule book version " + source);
    }

    /** A sanction as its kinds in ladder order, each governmental sanction with its months: {@code WARNING/6m}. */
    static String sanction(Sanction sanction) {
        return sanction.isNone() ? "NONE" : sanction.kinds().stream().map(LegalLines::kind)
                .collect(Collectors.joining("+"));
    }

    private static String kind(SanctionKind kind) {
        return kind.name() + (kind.months().isPresent() ? "/" + kind.months().getAsInt() + "m" : "");
    }
}
