package io.github.quanze.review;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.internal.Texts;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.Role;
import io.github.quanze.procedure.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Case-file review (案卷评查): scores a case file against a review standard, item by item ("逐项考评打分", seed 000).
 * <p>
 * The file's history is replayed as of the review date; each procedural violation the replay finds counts as the
 * criterion the standard maps its kind to (fewer than two officers, an uncertified officer, a missing 告知 or
 * 法制审核, a missed deadline …), and each reviewer finding as the criterion it names. A criterion deducts its points
 * from its item once per occurrence, an item never below zero; any veto item fails the file with 0 points. The
 * standard grades the total.
 * <p>
 * Only the file of a closed case (结案, the procedure's final step recorded) is reviewed; an open case is refused.
 * Interpretation: case-file review scores the file as it was made up when the case ended (立卷归档), and an open
 * case's file lacks what is still to come, so that an empty file would score full marks. The state of an open case,
 * with its violations so far, is what {@link CaseRecord#replay} gives.
 * <p>
 * A case the agency transferred to another ({@link CaseRecord#transferredTo()}, 移送管辖) records no final step, so
 * its file is refused here too, and the message says so. Its state as of the transfer, with every violation up to
 * that day, is what {@link CaseRecord#replay} gives. Scoring it as a finished file is left undecided: the report
 * would have to say, in its own text, that the file was judged as of the transfer (our interpretation), and an
 * agency's tally would then count transferred files among its reviewed ones, which is the assessing body's choice.
 * <p>
 * The report names the agency whose file it is, so that an agency's tally
 * ({@code io.github.quanze.assessment.AgencyTally}) counts it for that agency only: the agency of the first case
 * handler (承办人, see below), or, in a case where no handling post performed a step, of the first officer who
 * recorded the final step. Interpretation: a case is handled in the name of one enforcement
 * subject (执法主体), the one whose handler takes it on.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class CaseFileReview {

    private CaseFileReview() {}

    /**
     * Reviews a case file against the version of a standard in force on the review date.
     *
     * @param file  the case file, not null
     * @param standards  the versions of the standard, not null
     * @param date  the review date, not null
     * @return the report, not null
     * @throws IllegalArgumentException if no version applies on the date, or as {@link #review(CaseFile,
     *         ReviewStandard, LocalDate)}
     */
    public static ReviewReport review(CaseFile file, ReviewStandards standards, LocalDate date) {
        Objects.requireNonNull(standards, "standards");
        ReviewStandard standard = standards.inForceOn(Objects.requireNonNull(date, "date"))
                .orElseThrow(() -> new IllegalArgumentException("Review standard " + Texts.quoted(standards.name())
                        + " has no version in force on the review date " + date));
        return review(file, standard, date);
    }

    /**
     * Reviews a case file against a standard.
     *
     * @param file  the case file, not null
     * @param standard  the standard, not null
     * @param date  the review date, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the case is not closed, or a reviewer finding names a criterion the
     *         standard lacks or is dated after the review; the message names the standard, the criterion and the case
     */
    public static ReviewReport review(CaseFile file, ReviewStandard standard, LocalDate date) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(date, "date");
        CaseRecord record = file.record();
        checkArgument(record.isClosed() || record.transferredTo().isEmpty(), "Case %s was transferred to another "
                + "agency on %s and has no final step: case-file review (案卷评查) scores the file of a closed case "
                + "only; replay the record for its state as of the transfer", Texts.quoted(record.id()),
                record.transferredTo().map(CaseEvent::date).orElse(null));
        checkArgument(record.isClosed(), "Case %s is not closed: case-file review (案卷评查) scores the file of a "
                + "closed case only; replay the record for the state of an open case", Texts.quoted(record.id()));
        CaseState state = record.replay(date);
        List<Involvement> handlers = handlers(record);
        List<ReviewDefect> defects = new ArrayList<>();
        for (ProcedureViolation v : state.violations()) {
            Optional<ReviewCriterion> criterion = standard.criterionFor(v.kind());
            criterion.ifPresent(c -> defects.add(ReviewDefect.ofViolation(c, v)));
        }
        for (ReviewerFinding f : file.findings()) {
            ReviewCriterion criterion = standard.findCriterion(f.criterion()).orElseThrow(() ->
                    new IllegalArgumentException(String.format("Case %s: reviewer finding names criterion %s, which "
                            + "review standard %s lacks", Texts.quoted(record.id()), Texts.quoted(f.criterion()),
                            Texts.quoted(standard.name()))));
            checkArgument(!f.date().isAfter(date), "Case %s: reviewer finding %s is dated %s, after the review date %s",
                    Texts.quoted(record.id()), Texts.quoted(f.criterion()), f.date(), date);
            defects.add(ReviewDefect.ofReviewerFinding(criterion, f, f.people().isEmpty() ? handlers : f.people()));
        }
        Map<String, Long> deducted = new HashMap<>();
        boolean vetoed = false;
        for (ReviewDefect d : defects) {
            deducted.merge(d.criterion().item(), d.points(), Long::sum);
            vetoed |= d.criterion().isVeto();
        }
        List<Score> scores = new ArrayList<>();
        int sum = 0;
        for (ReviewItem item : standard.items()) {
            Score score = Score.of(item, (int) Math.min(Integer.MAX_VALUE, deducted.getOrDefault(item.code(), 0L)));
            scores.add(score);
            sum += score.points();
        }
        int total = vetoed ? 0 : sum;
        return new ReviewReport(record.id(), agencyOf(record, handlers), standard, date, handlers, scores, defects,
                total, standard.grade(total, vetoed));
    }

    /** The agency of the first handler, or of the first officer of the final step; the case is closed. */
    private static AgencyId agencyOf(CaseRecord record, List<Involvement> handlers) {
        OfficerId officer = handlers.isEmpty() ? closer(record) : handlers.get(0).officer();
        return record.organization().officer(officer).agency();
    }

    private static OfficerId closer(CaseRecord record) {
        for (CaseEvent event : record.events()) {
            if (event instanceof CaseEvent.StepPerformed p && p.step() == record.procedure().last().kind()) {
                return p.officers().get(0);
            }
        }
        throw new IllegalStateException("Case " + Texts.quoted(record.id()) + " is closed but has no final step");
    }

    /**
     * The case handlers: the officers of the earliest step performed by a handling post. Holding them to the file's
     * quality is an interpretation of 承办人 responsibility for the case (国办发〔2005〕37号 on 责任到人).
     */
    private static List<Involvement> handlers(CaseRecord record) {
        CaseEvent.StepPerformed first = null;
        for (CaseEvent event : record.events()) {
            if (event instanceof CaseEvent.StepPerformed p
                    && record.procedure().step(p.step()).map(Step::role).orElse(null) == PostRole.HANDLER
                    && (first == null || p.date().isBefore(first.date()))) {
                first = p;
            }
        }
        List<Involvement> people = new ArrayList<>();
        if (first != null) {
            for (OfficerId officer : first.officers()) {
                people.add(new Involvement(officer, record.organization().officer(officer).name(), Role.HANDLER));
            }
        }
        return people;
    }
}
