/**
 * Enforcement procedures (执法流程) and case records (案件): steps, roles, time limits, and the replay of a case's
 * history into its state and its procedural violations.
 * <p>
 * A {@link io.github.quanze.procedure.Procedure} is a graph of {@link io.github.quanze.procedure.Step}s: each with the
 * post role that performs it, how many certified officers must take part, the steps that must come first, the
 * condition under which it is required, and its time limit; {@link io.github.quanze.procedure.ProcedureTemplates}
 * holds the statutory ones (行政处罚普通程序, 简易程序, 行政许可一般程序, 查封扣押) and
 * {@link io.github.quanze.procedure.ProcedureDiagram} draws them as the seeds' 流程图. A
 * {@link io.github.quanze.procedure.CaseRecord} is an immutable, append-only history of
 * {@link io.github.quanze.procedure.CaseEvent}s; {@link io.github.quanze.procedure.CaseRecord#replay} yields a
 * {@link io.github.quanze.procedure.CaseState} with the deadlines and the
 * {@link io.github.quanze.procedure.ProcedureViolation}s, which {@link io.github.quanze.procedure.ViolationFaults}
 * turns into faults for the sanction policy to decide.
 */
@DomainStyle
package io.github.quanze.procedure;

import io.github.quanze.internal.DomainStyle;
