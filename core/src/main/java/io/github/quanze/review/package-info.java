/**
 * Review and assessment (评议考核): case-file review (案卷评查) against a versioned, data-defined standard, the
 * assessment and ranking of agencies, and officers' ratings and cards.
 * <p>
 * A {@link io.github.quanze.review.ReviewStandard} holds items (执法主体、执法权限、事实证据、适用法律、执法程序、
 * 执法文书、案卷归档), their criteria (deductions and veto items, 否决项) and grade thresholds;
 * {@link io.github.quanze.review.ReviewStandards} holds its versions by effective period and the library's default.
 * {@link io.github.quanze.review.CaseFileReview} scores a {@link io.github.quanze.review.CaseFile}: the violations
 * its replay finds and the reviewers' findings become {@link io.github.quanze.review.ReviewDefect}s, item scores
 * never below zero, a veto fails the file with 0 points, and the {@link io.github.quanze.review.ReviewReport}
 * explains it all in Chinese and English. {@link io.github.quanze.review.ReviewFaults} turns a failed file and its
 * veto items into the faults of the people responsible.
 * <p>
 * Agency assessment (评议考核): an {@link io.github.quanze.review.AgencyPeriod} holds an agency's period as counts
 * and its {@link io.github.quanze.review.Indicator}s; an {@link io.github.quanze.review.AssessmentScheme} scores it
 * into an {@link io.github.quanze.review.AgencyAssessment}; {@link io.github.quanze.review.AgencyRanking} ranks the
 * agencies with named tie-breaks and the 流动奖杯, and {@link io.github.quanze.review.AgencyMeasurePolicy} decides
 * the measures of 国办发〔2005〕37号.
 * <p>
 * Officers (执法人员考核): {@link io.github.quanze.review.OfficerAppraisals} rates an officer's year
 * ({@link io.github.quanze.review.OfficerRating}) from their reviewed files and faults and decides their
 * {@link io.github.quanze.review.OfficerCard} (红黄绿卡); a {@link io.github.quanze.review.CardHistory} records cards
 * given and lifted and applies them to the organization's certificates.
 */
@DomainStyle
package io.github.quanze.review;

import io.github.quanze.internal.DomainStyle;
