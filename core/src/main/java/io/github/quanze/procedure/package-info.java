/**
 * Enforcement procedures (执法流程) and case records (案件): steps, roles, time limits, and the replay of a case's
 * history into its state and its procedural violations.
 * <p>
 * A {@link io.github.quanze.procedure.Procedure} is a graph of {@link io.github.quanze.procedure.Step}s: each with the
 * post role that performs it, how many certified officers must take part, the steps that must come first, the
 * condition under which it is required, and its time limit; {@link io.github.quanze.procedure.ProcedureTemplates}
 * holds the statutory ones (行政处罚普通程序, 简易程序, 行政许可一般程序, 查封扣押) and
 * {@link io.github.quanze.procedure.ProcedureDiagram} draws them as the seeds' 流程图. A step also says what the
 * statutes further ask of it: that the party may waive it (陈述申辩, 行政处罚法 Art 62), that it is done on the spot, by a
 * head of the agency or by a qualified legal reviewer, what it records ({@link io.github.quanze.procedure.StepContent}:
 * the penalty decided, the licence granted or refused, a fine collected, an on-site record's signatures) and within
 * which limits; a procedure says which time it may leave out of its limits
 * ({@link io.github.quanze.procedure.Exclusion}) and when a hearing request is in time. A
 * {@link io.github.quanze.procedure.CaseRecord} is an immutable, append-only history of
 * {@link io.github.quanze.procedure.CaseEvent}s; {@link io.github.quanze.procedure.CaseRecord#replay} yields a
 * {@link io.github.quanze.procedure.CaseState} with the deadlines, the
 * {@link io.github.quanze.procedure.ProcedureViolation}s, which {@code fault.ViolationFaults}
 * turns into faults for the sanction policy to decide (one per person per act), and the
 * {@link io.github.quanze.procedure.CaseNote}s, which are nobody's breach. A case states its
 * {@link io.github.quanze.procedure.CaseGround}s, so that 法制审核 (Art 58 第一款) and 集体讨论 (Art 57 第二款) are
 * required each on its own grounds. A case that is not the agency's to decide ends, before it is decided, with its
 * transfer to the competent agency ({@link io.github.quanze.procedure.CaseEvent.Transferred}, 行政处罚法 Arts 22-25),
 * whose record
 * names where it came from ({@link io.github.quanze.procedure.TransferOrigin}); a case may name the joint enforcement
 * operation it came out of. The package {@code referral}, above, links such records.
 * <p>
 * The three systems of 国办发〔2018〕118号 (三项制度): a step may require records
 * ({@link io.github.quanze.procedure.RecordRequirement}: 文字、音像, 行政处罚法 Art 47; 全程音像记录 of a seizure), which
 * the replay checks against the records an event states ({@link io.github.quanze.procedure.RecordKind}; an event that
 * does not say is never checked); a case may carry a {@link io.github.quanze.procedure.PublicationRule} (事后公开,
 * Art 48) against which its publication, withdrawal and overturning events are checked, and an agency's
 * {@link io.github.quanze.procedure.ReviewCatalogue} (重大执法决定法制审核目录清单) that makes the legality review
 * required for the decisions it lists, whose {@link io.github.quanze.procedure.LegalityOpinion} a decision may not
 * go against (Art 58 第一款); {@link io.github.quanze.procedure.PriorDisclosure} says what an agency has not published
 * in advance (事前公开, Art 39).
 * <p>
 * A case that finds a suspected crime records it ({@link io.github.quanze.procedure.CaseEvent.CrimeSuspected}), and
 * the referral steps of 行政执法机关移送涉嫌犯罪案件的规定 (国务院令第310号) become required: the written report, the
 * head's decision, the transfer with its materials, the items handed over once the police file
 * ({@link io.github.quanze.procedure.ProcedureTemplates#CRIMINAL_REFERRAL}, also part of the ordinary penalty
 * procedure); the police's answers are events too ({@link io.github.quanze.procedure.CaseEvent.Answered}). The replay
 * reports a suspected crime not referred, a penalty in its place, and a late referral or hand-over, which
 * {@code fault.ViolationFaults} turns into the faults of its Art 16.
 * <p>
 * Findings are data: a violation or note is its kind (with a stable code such as {@code PROCEDURE.MISSED_DEADLINE}
 * and a severity), the step, the day, the people with their parts and the kind's typed details (dates, amounts,
 * steps, time limits), checked against the kind's parameters when it is made; its Chinese and English sentences are
 * rendered from that data by the package's one wording class, which the checks never call.
 * <p>
 * Layer: above {@code timelimit}; it reports violations and the people involved as data, and never builds faults:
 * {@code fault}, above it, derives them.
 */
package io.github.quanze.procedure;

