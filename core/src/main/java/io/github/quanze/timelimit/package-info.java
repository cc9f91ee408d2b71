/**
 * Statutory time limits (期限、时限) on China's working-day calendar (工作日).
 * <p>
 * {@link io.github.quanze.timelimit.WorkingDayCalendar} is a dated override table over the Monday–Friday week:
 * days off (放假) and make-up working days (调休上班) from the State Council's yearly notices, one
 * {@link io.github.quanze.timelimit.CalendarYear} per year with its provenance, plus local overrides. It answers
 * in constant time from cumulative counts, and refuses any date outside the years it holds
 * ({@link io.github.quanze.timelimit.CalendarCoverageException}). {@link io.github.quanze.timelimit.TimeLimit} is a
 * period as the statutes define it (民法典 Art 200–204): working days, natural days, hours, months or years, the
 * start day not counted, a natural-day period ending on a rest day moved to the next working day.
 * {@link io.github.quanze.timelimit.Deadline} is the result of counting one, with every exclusion, suspension,
 * interruption and extension kept so that it can explain itself, and its status on a day as a value.
 * {@link io.github.quanze.timelimit.StatutoryLimits} names the common limits of 行政处罚法, 行政许可法,
 * 行政强制法 and 行政复议法 with their provisions; each statute's own rule on working days
 * ({@link io.github.quanze.timelimit.Statute}) picks the unit.
 * <p>
 * A finding on a count ({@link io.github.quanze.timelimit.TimeLimitFinding}) and a deadline's status are data with a
 * stable code and a severity; their sentences, and a deadline's explanation, are rendered from their data by the
 * package's one wording class.
 * <p>
 * Layer: above {@code allocation}, below {@code procedure}; it knows no case, only statutes, periods and the calendar.
 */
package io.github.quanze.timelimit;

