/**
 * Case-file review (案卷评查): files scored against a versioned, data-defined standard.
 * <p>
 * A {@link io.github.quanze.review.ReviewStandard} holds items (执法主体、执法权限、事实证据、适用法律、执法程序、
 * 执法文书、案卷归档), their criteria (deductions and veto items, 否决项) and grade thresholds;
 * {@link io.github.quanze.review.ReviewStandards} holds its versions by effective period and the library's default.
 * {@link io.github.quanze.review.CaseFileReview} scores a {@link io.github.quanze.review.CaseFile}: the violations
 * its replay finds and the reviewers' findings become {@link io.github.quanze.review.ReviewDefect}s, item scores
 * never below zero, a veto fails the file with 0 points, and the {@link io.github.quanze.review.ReviewReport}
 * holds the result as data: a defect keeps the violation or the reviewer's note it comes from, and the report's
 * explanation and each defect's description are rendered from that data by the package's message templates.
 * <p>
 * Layer: above {@code procedure} (a review reads case records and their replay), below {@code fault} (faults are
 * derived from failed files in the fault package, never here) and {@code assessment}.
 */
package io.github.quanze.review;

