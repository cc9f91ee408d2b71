/**
 * 执法决定公示 (publication of enforcement decisions, 事后公开): the decisions an agency publishes — penalties
 * (行政处罚法 Art 48 第一款) and licences granted (行政许可法 Art 40) — with their party's personal information masked,
 * the time checks of publication and withdrawal, the {@code decision-notices} document, and the page.
 * <p>
 * {@link io.github.quanze.publish.notice.DecisionNotice} holds a decision as the agency records it, its
 * {@link io.github.quanze.publish.notice.Party} with every detail;
 * {@link io.github.quanze.publish.notice.MaskingPolicy} makes the
 * {@link io.github.quanze.publish.notice.MaskedNotice} that may be published, recording each masked field
 * as a {@link io.github.quanze.publish.notice.Masking}; {@link io.github.quanze.publish.notice.NoticeChecks} checks
 * the times with core's {@link io.github.quanze.procedure.PublicationRule} on a working-day calendar;
 * {@link io.github.quanze.publish.notice.DecisionNoticeDocuments} reads and writes the document;
 * {@link io.github.quanze.publish.notice.DecisionPage} renders the page {@code decisions.html}.
 * <p>
 * Which fields are masked is <em>our interpretation</em>: no statute in force lists them. The grounds and the
 * conventions followed are given with each {@link io.github.quanze.publish.notice.MaskingRule}, and the page states
 * the rule.
 */
package io.github.quanze.publish.notice;
