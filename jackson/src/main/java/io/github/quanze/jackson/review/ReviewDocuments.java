package io.github.quanze.jackson.review;

import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewStandard;
import io.github.quanze.review.ReviewStandards;

/**
 * 案卷评查 The documents of case-file review: the review standard and its versions, the case file with the
 * reviewers' findings, and the review report.
 * <p>
 * A standard is written with its items, criteria (a veto item as {@code veto: true}, any other with its
 * {@code deduction}, each with its {@code defectKind} and {@code basis} as citations) and the criterion each kind of
 * procedural violation counts as; the thresholds, total and note are left out where they are the builder's
 * defaults. Codes of items and criteria are unique within a standard. A case file names its case by number and is
 * read with that case's record in the context ({@code with(CaseRecord.class, record)}), against whose organization
 * the people of a finding resolve.
 */
public final class ReviewDocuments {

    /** 评查标准 The document of a review standard. */
    public static final DocumentKind<ReviewStandard> REVIEW_STANDARD = DocumentKind.of("review-standard", 1,
            ReviewStandard.class, "评查标准 review standard", StandardCodecs.STANDARD);

    /** 评查标准的各个版本 The document of the versions of one review standard. */
    public static final DocumentKind<ReviewStandards> REVIEW_STANDARDS = DocumentKind.of("review-standards", 1,
            ReviewStandards.class, "评查标准的各个版本 review standard versions", StandardCodecs.VERSIONS);

    /** 案卷 The document of a case file under review, read with its case record in the context. */
    public static final DocumentKind<CaseFile> CASE_FILE = DocumentKind.of("case-file", 1, CaseFile.class,
            "案卷 case file under review", CaseFileCodecs.FILE);

    /** 案卷评查结果 The document of a review report; written only. */
    public static final DocumentKind<ReviewReport> REVIEW_REPORT = DocumentKind.of("review-report", 1,
            ReviewReport.class, "案卷评查结果 review report", ReportCodecs.REPORT);

    private ReviewDocuments() {
    }
}
