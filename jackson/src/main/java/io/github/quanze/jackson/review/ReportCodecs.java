package io.github.quanze.jackson.review;

import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.procedure.InvolvementDocuments;
import io.github.quanze.jackson.rule.FindingDocuments;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.review.Grade;
import io.github.quanze.review.ReviewDefect;
import io.github.quanze.review.ReviewPart;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewStandard;
import io.github.quanze.review.Score;

/** The codecs of a review report: the standard applied, the score per item and every defect as a finding. */
final class ReportCodecs {

    static final ObjectCodec<ReviewStandard> STANDARD_REFERENCE = ObjectCodec.<ReviewStandard>writer(
                    "reviewStandardReference")
            .description("评查标准 The standard applied, by its name and the day its version took effect")
            .field("name", Codecs.STRING, ReviewStandard::name)
            .field("effectiveFrom", Codecs.DATE, ReviewStandard::effectiveFrom)
            .field("total", Codecs.INT, ReviewStandard::total)
            .build();

    static final ObjectCodec<Score> SCORE = ObjectCodec.<Score>writer("reviewItemScore")
            .description("单项得分 The file's score on one item: its points less the deductions, never below zero")
            .field("item", Codecs.STRING, s -> s.item().code())
            .field("name", TextDocuments.BILINGUAL, s -> s.item().name())
            .field("part", Codecs.enumOf(ReviewPart.class), s -> s.item().part())
            .about("The points the item carries")
            .field("of", Codecs.INT, s -> s.item().points())
            .about("The points earned")
            .field("points", Codecs.INT, Score::points)
            .about("The points its defects deduct before the floor of zero")
            .field("deducted", Codecs.INT, Score::deducted)
            .build();

    static final ObjectCodec<ReviewDefect> DEFECT = FindingDocuments.findingFields(
                    ObjectCodec.<ReviewDefect>writer("reviewDefect")
                            .description("案卷问题 A defect found in the file, scored under a criterion: a procedural "
                                    + "violation (REVIEW.VIOLATION) or a reviewer's finding (REVIEW.REVIEWER_FINDING)"))
            .about("The code of the criterion it counts as")
            .field("criterion", Codecs.STRING, d -> d.criterion().code())
            .field("item", Codecs.STRING, d -> d.criterion().item())
            .about("否决项: the file fails with 0 points")
            .field("veto", Codecs.BOOLEAN, d -> d.criterion().isVeto())
            .field("occurrences", Codecs.INT, ReviewDefect::occurrences)
            .about("The points deducted from the item before its floor of zero; 0 for a veto")
            .field("points", Codecs.LONG, ReviewDefect::points)
            .field("date", Codecs.DATE, ReviewDefect::date)
            .listField("people", InvolvementDocuments.INVOLVEMENT, ReviewDefect::people)
            .about("The kind of the procedural violation the replay found")
            .optionalField("violation", Codecs.enumOf(ViolationKind.class),
                    d -> d.violation().map(ProcedureViolation::kind))
            .about("The step of the procedural violation")
            .optionalField("step", Codecs.enumOf(StepKind.class), d -> d.violation().map(ProcedureViolation::step))
            .optionalField("reviewer", Codecs.STRING, ReviewDefect::reviewer)
            .optionalField("note", Codecs.STRING, ReviewDefect::note)
            .about("What was found: the violation's message, or the reviewer's note")
            .field("reason", TextDocuments.BILINGUAL, ReviewDefect::reason)
            .build();

    static final ObjectCodec<ReviewReport> REPORT = ObjectCodec.<ReviewReport>writer("reviewReport")
            .description("案卷评查结果 The result of reviewing one case file")
            .field("caseId", Codecs.STRING, ReviewReport::caseId)
            .about("The agency whose case file it is")
            .field("agency", Codecs.STRING, r -> r.agency().value())
            .field("standard", STANDARD_REFERENCE, ReviewReport::standard)
            .about("The review date")
            .field("date", Codecs.DATE, ReviewReport::date)
            .about("The total: 0 with a veto, else the sum of the item scores")
            .field("total", Codecs.INT, ReviewReport::total)
            .field("grade", Codecs.enumOf(Grade.class), ReviewReport::grade)
            .about("The case handlers (承办人), who answer for the file")
            .listField("handlers", InvolvementDocuments.INVOLVEMENT, ReviewReport::handlers)
            .listField("scores", SCORE, ReviewReport::scores)
            .about("Every defect: violations first in date order, then reviewers' findings")
            .listField("defects", DEFECT, ReviewReport::defects)
            .about("The result explained, one line per item and per defect")
            .field("explanation", TextDocuments.BILINGUAL, ReviewReport::explain)
            .build();

    private ReportCodecs() {
    }
}
