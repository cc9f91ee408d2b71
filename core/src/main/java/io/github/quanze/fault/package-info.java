/**
 * Enforcement faults (执法过错): what went wrong, how blameworthy it was, who answers for it and how.
 * <p>
 * A {@link io.github.quanze.fault.Fault} is a finding about an officer or an agency: its
 * {@link io.github.quanze.fault.FaultType} from the catalogue of the statutes and provincial measures (each with its
 * basis and default gravity), the {@link io.github.quanze.fault.FaultForm} (故意, 重大过失, 一般过失), the
 * {@link io.github.quanze.fault.Consequence}, the {@link io.github.quanze.fault.Circumstance}s (从重, 从轻, 减轻,
 * 免予追究), the person's {@link io.github.quanze.procedure.Role} and the {@link io.github.quanze.fault.Responsibility}
 * it carries. {@link io.github.quanze.fault.Apportionment} splits responsibility between handler, reviewer, approver,
 * the members of a collective decision and the head, as the measures of the responsibility system do; it is a
 * decision table on the rule API, so an agency can replace any of its rows. {@link io.github.quanze.fault.DutyPerformance}
 * holds the facts of 尽职免责 (seed 003).
 * <p>
 * A fault derived from violations or a failed file keeps them as its grounds, as data; its description in Chinese
 * and English is rendered from them by the package's one wording class.
 * <p>
 * Layer: above {@code procedure} and {@code review}, whose violations and failed files it turns into faults
 * ({@code ViolationFaults}, {@code ReviewFaults}); below {@code sanction}, which decides on them.
 */
package io.github.quanze.fault;

