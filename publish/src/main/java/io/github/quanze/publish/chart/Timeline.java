package io.github.quanze.publish.chart;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case's timeline (案件时间轴): its events and its deadlines on a date axis, with the rest days of a working-day
 * calendar shaded (weekends and holidays, less the make-up working days), each deadline drawn from the day its count
 * started to its due date (or back to it, for a limit counted back such as 听证的七日前), with the day its step was
 * done; a deadline missed is marked by a cross and the words
 * 逾期 / late, not a colour alone.
 * <p>
 * Whether a deadline was missed is the caller's: it is read from the library's deadline status
 * ({@code DeadlineStatus.isMissed()}), never worked out here. The axis runs from the day before the earliest date of an
 * event or a deadline to the day after the latest, at most {@value #MAX_DAYS} days; the day the case is looked at is
 * drawn as a dashed line when it falls within.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Timeline extends AbstractChart implements Chart {

    /** The longest axis drawn, in days: ten years. */
    public static final int MAX_DAYS = 3660;

    /**
     * An event of the case (案件事件).
     *
     * @param date  its day, not null
     * @param label  what happened, not null
     */
    public record Event(LocalDate date, BilingualText label) {

        /**
         * Creates an event.
         *
         * @param date  its day, not null
         * @param label  what happened, not null
         */
        public Event {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A deadline of the case (期限).
     *
     * @param label  the step that had to be done, not null
     * @param start  the day its count started, not null
     * @param due  its due date, not null
     * @param done  the day the step was done, empty if not yet, not null
     * @param missed  whether the deadline was missed (done late, or overdue), as the library's status says
     * @param status  the status in words, such as 按期完成, not null
     */
    public record Deadline(BilingualText label, LocalDate start, LocalDate due, Optional<LocalDate> done,
            boolean missed, BilingualText status) {

        /**
         * Creates a deadline.
         *
         * @param label  the step that had to be done, not null
         * @param start  the day its count started, not null
         * @param due  its due date, not null
         * @param done  the day the step was done, empty if not yet, not null
         * @param missed  whether the deadline was missed, as the library's status says
         * @param status  the status in words, not null
         */
        public Deadline {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(done, "done");
            Objects.requireNonNull(status, "status");
        }
    }

    private static final double ROW = 20;
    private static final double TOP = 30;

    private final WorkingDayCalendar calendar;
    private final List<Event> events;
    private final List<Deadline> deadlines;
    private final Optional<LocalDate> asOf;

    private Timeline(Builder b) {
        super(b);
        this.calendar = b.calendar;
        this.events = b.events.build();
        this.deadlines = b.deadlines.build();
        this.asOf = b.asOf;
    }

    /**
     * Starts a timeline.
     *
     * @param id  the chart's id in its page: lower-case letters, digits and '-', starting with a letter, not null
     * @param title  its title, not null
     * @param calendar  the working-day calendar whose rest days are shaded, not null
     * @return a builder, not null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static Builder builder(String id, BilingualText title, WorkingDayCalendar calendar) {
        return new Builder(Svg.id(id), Objects.requireNonNull(title, "title"),
                Objects.requireNonNull(calendar, "calendar"));
    }

    /** @return the events, in the order drawn, not null */
    public List<Event> events() {
        return events;
    }

    /** @return the deadlines, in the order drawn, not null */
    public List<Deadline> deadlines() {
        return deadlines;
    }

    /**
     * Returns the first day of the axis: the day before the earliest date of an event or a deadline.
     *
     * @return the day, not null
     * @throws IllegalArgumentException if the timeline has no event and no deadline
     */
    public LocalDate from() {
        return range()[0];
    }

    /**
     * Returns the last day of the axis: the day after the latest date of an event or a deadline.
     *
     * @return the day, not null
     * @throws IllegalArgumentException if the timeline has no event and no deadline
     */
    public LocalDate to() {
        return range()[1];
    }

    private LocalDate[] range() {
        checkArgument(!isEmpty(), "Timeline %s has no dates", id);
        LocalDate min = LocalDate.MAX;
        LocalDate max = LocalDate.MIN;
        for (Event e : events) {
            min = min(min, e.date());
            max = max(max, e.date());
        }
        for (Deadline d : deadlines) {
            min = min(min, d.start());
            max = max(max, d.due());
            if (d.done().isPresent()) {
                min = min(min, d.done().get());
                max = max(max, d.done().get());
            }
        }
        return new LocalDate[] {min.minusDays(1), max.plusDays(1)};
    }

    private boolean isEmpty() {
        return events.isEmpty() && deadlines.isEmpty();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public BilingualText summary() {
        if (isEmpty()) {
            return Svg.NO_DATA;
        }
        long missed = deadlines.stream().filter(Deadline::missed).count();
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Deadline d : deadlines) {
            if (d.missed()) {
                zh.append("；").append(d.label().zh()).append("应于").append(d.due()).append("前完成，")
                        .append(d.done().map(x -> "实际" + x + "完成").orElse("尚未完成"));
                en.append("; ").append(d.label().en()).append(" was due by ").append(d.due()).append(", ")
                        .append(d.done().map(x -> "done on " + x).orElse("not done yet"));
            }
        }
        return BilingualText.of(from().plusDays(1) + "至" + to().minusDays(1) + "，" + events.size() + "个事件，"
                + deadlines.size() + "个期限，其中" + missed + "个逾期" + zh + "。灰色底纹为" + calendar.name()
                + "日历的休息日。", from().plusDays(1) + " to " + to().minusDays(1) + ": " + events.size()
                + " events, " + deadlines.size() + " deadlines, " + missed + " missed" + en
                + ". Grey bands are rest days of the " + calendar.name() + " calendar.");
    }

    @Override
    public Markup render() {
        if (isEmpty()) {
            return Svg.noData(id, title, "timeline");
        }
        LocalDate from = from();
        LocalDate to = to();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        checkArgument(days <= MAX_DAYS, "Timeline %s spans %s days, from %s to %s; at most %s are drawn", id, days,
                from, to, MAX_DAYS);
        double day = Math.max(3, Math.min(18, 900.0 / days));
        double labels = 0;
        for (Event e : events) {
            labels = Math.max(labels, Svg.width(e.label()));
        }
        for (Deadline d : deadlines) {
            labels = Math.max(labels, Svg.width(d.label()) + 3 * Svg.FONT);
        }
        labels = Math.min(labels, 320) + 12;
        int rows = events.size() + deadlines.size();
        double bottom = TOP + rows * ROW + 8;
        double width = labels + days * day + 110;
        double height = bottom + 52;
        BilingualText summary = summary();
        Markup m = Svg.open(id, title, summary, width, height, "timeline");
        m.open("g", "class", "rest-days");
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                m.empty("rect", "class", "rest", "data-date", d.toString(), "x", Svg.num(x(labels, day, from, d)),
                        "y", Svg.num(TOP - 4), "width", Svg.num(day), "height", Svg.num(bottom - TOP + 4), "fill",
                        Svg.REST);
            }
        }
        m.close("g");
        axis(m, labels, day, from, to, bottom);
        int row = 0;
        for (Event e : events) {
            double y = TOP + row++ * ROW;
            double cx = x(labels, day, from, e.date()) + day / 2;
            m.open("g", "class", "event", "data-date", e.date().toString());
            Svg.label(m, labels - 6, y + 12, e.label(), "end", "class", "label");
            m.open("circle", "cx", Svg.num(cx), "cy", Svg.num(y + 8), "r", "4", "fill", Svg.INK)
                    .element("title", e.date() + " " + e.label().zh() + " / " + e.label().en()).close("circle");
            m.element("text", e.date().toString().substring(5), "x", Svg.num(cx + 8), "y", Svg.num(y + 12),
                    "font-size", "10", "class", "date");
            m.close("g");
        }
        for (Deadline d : deadlines) {
            deadline(m, d, TOP + row++ * ROW, labels, day, from);
        }
        if (asOf.isPresent() && !asOf.get().isBefore(from) && !asOf.get().isAfter(to)) {
            double x = x(labels, day, from, asOf.get()) + day / 2;
            m.empty("line", "class", "as-of", "x1", Svg.num(x), "y1", Svg.num(TOP - 8), "x2", Svg.num(x), "y2",
                    Svg.num(bottom), "stroke", "#1f2328", "stroke-dasharray", "4 3");
            Svg.label(m, x, TOP - 12, BilingualText.of("查看日 " + asOf.get(), "as of " + asOf.get()), "middle",
                    "class", "as-of-label", "font-size", "10");
        }
        legend(m, labels, bottom + 34);
        return Svg.close(m, title, summary);
    }

    private void deadline(Markup m, Deadline d, double y, double labels, double day, LocalDate from) {
        // a limit counted back (听证的七日前) is due before the day its count starts from
        double xs = x(labels, day, from, d.start()) + day / 2;
        double x1 = x(labels, day, from, d.due()) + day;
        double x0 = Math.min(xs, x1 - day);
        double xe = Math.max(xs, x1);
        m.open("g", "class", d.missed() ? "deadline late" : "deadline", "data-due", d.due().toString());
        Svg.label(m, labels - 6, y + 12, BilingualText.of("期限：" + d.label().zh(), "due: " + d.label().en()),
                "end", "class", "label");
        m.open("rect", "class", "span", "x", Svg.num(x0), "y", Svg.num(y + 5), "width", Svg.num(Math.max(1, xe - x0)),
                "height", "6", "fill", "none", "stroke", d.missed() ? Svg.ALERT : Svg.INK)
                .element("title", d.label().zh() + "：" + d.start() + "起算，" + d.due() + "届满，" + d.status().zh()
                        + " / " + d.label().en() + ": from " + d.start() + ", due " + d.due() + ", "
                        + d.status().en())
                .close("rect");
        m.empty("line", "class", "due", "x1", Svg.num(x1), "y1", Svg.num(y + 1), "x2", Svg.num(x1), "y2",
                Svg.num(y + 15), "stroke", "#1f2328", "stroke-width", "2");
        double after = xe + 6;
        if (d.done().isPresent()) {
            double cx = x(labels, day, from, d.done().get()) + day / 2;
            if (d.missed()) {
                m.open("path", "class", "done late", "d", "M" + Svg.num(cx - 5) + " " + Svg.num(y + 3) + "l10 10m0 -10"
                        + "l-10 10", "stroke", Svg.ALERT, "stroke-width", "2.5")
                        .element("title", "逾期完成 " + d.done().get() + " / done late " + d.done().get())
                        .close("path");
            } else {
                m.open("path", "class", "done", "d", "M" + Svg.num(cx) + " " + Svg.num(y + 2) + "l6 6l-6 6l-6 -6z",
                        "fill", Svg.INK).element("title", "完成 " + d.done().get() + " / done " + d.done().get())
                        .close("path");
            }
            after = Math.max(after, cx + 8);
        }
        if (d.missed()) {
            Svg.label(m, after, y + 12, BilingualText.of("逾期", "late"), "start", "class", "late-label", "fill",
                    Svg.ALERT, "font-weight", "bold");
        }
        m.close("g");
    }

    private void axis(Markup m, double labels, double day, LocalDate from, LocalDate to, double bottom) {
        m.empty("line", "x1", Svg.num(labels), "y1", Svg.num(bottom), "x2", Svg.num(x(labels, day, from, to) + day),
                "y2", Svg.num(bottom), "stroke", Svg.GRID);
        boolean weekly = day * 7 >= 42;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (weekly ? d.getDayOfWeek() == DayOfWeek.MONDAY : d.getDayOfMonth() == 1) {
                double x = x(labels, day, from, d);
                m.empty("line", "x1", Svg.num(x), "y1", Svg.num(bottom), "x2", Svg.num(x), "y2", Svg.num(bottom + 4),
                        "stroke", "#59636e");
                m.element("text", weekly ? d.toString().substring(5) : d.toString().substring(0, 7), "x",
                        Svg.num(x), "y", Svg.num(bottom + 16), "font-size", "10", "class", "tick");
            }
        }
    }

    private static void legend(Markup m, double x, double y) {
        m.open("g", "class", "legend");
        m.empty("rect", "x", Svg.num(x), "y", Svg.num(y - 9), "width", "10", "height", "10", "fill", Svg.REST);
        Svg.label(m, x + 14, y, BilingualText.of("休息日", "rest day"), "start");
        m.empty("circle", "cx", Svg.num(x + 95), "cy", Svg.num(y - 4), "r", "4", "fill", Svg.INK);
        Svg.label(m, x + 103, y, BilingualText.of("事件", "event"), "start");
        m.empty("line", "x1", Svg.num(x + 160), "y1", Svg.num(y - 10), "x2", Svg.num(x + 160), "y2", Svg.num(y + 2),
                "stroke", "#1f2328", "stroke-width", "2");
        Svg.label(m, x + 166, y, BilingualText.of("届满日", "due date"), "start");
        m.empty("path", "d", "M" + Svg.num(x + 240) + " " + Svg.num(y - 10) + "l6 6l-6 6l-6 -6z", "fill", Svg.INK);
        Svg.label(m, x + 250, y, BilingualText.of("按期完成", "done on time"), "start");
        m.empty("path", "d", "M" + Svg.num(x + 345) + " " + Svg.num(y - 9) + "l10 10m0 -10l-10 10", "stroke",
                Svg.ALERT, "stroke-width", "2.5");
        Svg.label(m, x + 361, y, BilingualText.of("逾期完成", "done late"), "start");
        m.close("g");
    }

    private static double x(double labels, double day, LocalDate from, LocalDate date) {
        return labels + ChronoUnit.DAYS.between(from, date) * day;
    }

    /** Builds a {@link Timeline}. Not thread-safe. */
    public static final class Builder extends ChartBuilder {

        private final WorkingDayCalendar calendar;
        private final ImmutableList.Builder<Event> events = ImmutableList.builder();
        private final ImmutableList.Builder<Deadline> deadlines = ImmutableList.builder();
        private Optional<LocalDate> asOf = Optional.empty();

        private Builder(String id, BilingualText title, WorkingDayCalendar calendar) {
            super(id, title);
            this.calendar = calendar;
        }

        /**
         * Adds an event.
         *
         * @param date  its day, after {@link LocalDate#MIN} and before {@link LocalDate#MAX}, not null
         * @param label  what happened, not null
         * @return this builder
         * @throws IllegalArgumentException if the day is {@code LocalDate.MIN} or {@code LocalDate.MAX}, which leave
         *         no day before or after them for the axis
         */
        public Builder event(LocalDate date, BilingualText label) {
            Event event = new Event(date, label);
            day("event " + label.en(), date);
            events.add(event);
            return this;
        }

        /**
         * Adds a deadline.
         *
         * @param deadline  the deadline, its days after {@link LocalDate#MIN} and before {@link LocalDate#MAX}, not
         *        null
         * @return this builder
         * @throws IllegalArgumentException if one of its days is {@code LocalDate.MIN} or {@code LocalDate.MAX}
         */
        public Builder deadline(Deadline deadline) {
            Objects.requireNonNull(deadline, "deadline");
            day("the start of deadline " + deadline.label().en(), deadline.start());
            day("the due date of deadline " + deadline.label().en(), deadline.due());
            deadline.done().ifPresent(done -> day("the day deadline " + deadline.label().en() + " was met", done));
            deadlines.add(deadline);
            return this;
        }

        /** The axis runs from the day before the earliest day to the day after the latest. */
        private void day(String what, LocalDate day) {
            checkArgument(!day.equals(LocalDate.MIN) && !day.equals(LocalDate.MAX), "Timeline %s: %s is %s, which "
                    + "leaves no day before or after it for the axis", id, what, day);
        }

        /**
         * Sets the day the case is looked at, drawn as a dashed line if it falls within the axis.
         *
         * @param asOf  the day, not null
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Optional.of(Objects.requireNonNull(asOf, "asOf"));
            return this;
        }

        /**
         * Builds the timeline.
         *
         * @return the timeline, not null
         */
        public Timeline build() {
            return new Timeline(this);
        }
    }
}
