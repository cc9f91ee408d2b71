/**
 * Jurisdiction between agencies and joint enforcement (案件移送与联动执法): a case transferred from an agency that is
 * not competent to the one that is (行政处罚法 Arts 22-25), and the joint teams of several agencies (联动执法小组) with
 * their operations, meetings, referrals and feedback.
 * <p>
 * A {@link io.github.quanze.referral.CaseTransfer} links the sending agency's record, which ends with a
 * {@link io.github.quanze.procedure.CaseEvent.Transferred} event, to the receiving agency's, which names where it came
 * from; it checks that the two agree and that both agencies are known, and the receiving record continues the case
 * with its own time limits. A transfer comes before the decision (our reading of Arts 22-25, which say which agency
 * decides): a case record refuses one once the case is decided or while it is referred to the public security organ.
 * A {@link io.github.quanze.referral.JointTeam} is a lead agency with its leader, member
 * agencies with their liaisons, a scope and the team's own rules (at least one joint meeting a month, follow-up of
 * referrals, feedback after each operation); its cases stay with their competent agencies and reference the
 * {@link io.github.quanze.referral.JointOperation} they came out of. {@link io.github.quanze.referral.TeamCheck} checks a
 * team over a period in one pass, whatever the order of its activity, judging each referral and operation by the
 * period its due day falls in, and reports
 * {@link io.github.quanze.referral.TeamFinding}s as data, citing the agency's own rule, never a statute.
 * <p>
 * Layer: above {@code procedure}, below {@code review} and {@code fault}; {@code fault} holds the team's leader to
 * answer for the quality of its cases ({@code fault.JointTeamFaults}).
 */
package io.github.quanze.referral;
