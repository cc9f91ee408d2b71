package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.quanze.internal.Texts.quote;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.quanze.internal.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One year of a working-day calendar (年度节假日安排): its days off and make-up working days, with the notices they
 * come from and what the data was checked against.
 * <p>
 * A year is read from a plain text file, one per year, in UTF-8:
 * <pre>
 * # comment
 * year 2026
 * source 国务院办公厅关于2026年部分节假日安排的通知 | 国办发明电〔2025〕7号 | 2025-11-04
 * checked NateScarlet/holiday-cn 2026.json, every day agrees
 * off 2026-01-01 2026-01-03 元旦
 * work 2026-01-04 元旦
 * </pre>
 * A line is a keyword and its fields, separated by spaces: ASCII spaces, tabs or the full-width space U+3000, one
 * or more. {@code off <from> [<to>] <name>} marks the days from {@code from} to {@code to}, both included, as days
 * off; {@code work <date> <name>} marks one weekend day as a make-up working day. Dates are written yyyy-MM-dd. The
 * field after the first date is the end of a range when it is made of digits and hyphens only (it must then be a
 * date, on or after the first one); anything else starts the name. The name is required and does not begin with a
 * word of digits and hyphens: it is the rest of the line, its words joined by one ASCII space. So
 * {@code off 2026-10-01 2026-10-08} is refused for want of a name rather than read as one day named "2026-10-08",
 * {@code off 2026-10-01 2026-10-07　国庆节} (a full-width space before the name) marks seven days, and a 'work' line
 * holds one date only. Each entry belongs to the {@code source} line above it, and a notice has one 'source' line; a
 * later source overrides an earlier one for the same day, as a mid-year notice does (2020: 春节 extended). Write
 * {@code unverified} in place of a 文号 or date that could not be confirmed. A second 'year' or 'checked' line is
 * refused.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CalendarYear {

    /** What separates the fields of a line: ASCII spaces, tabs, the full-width space U+3000. */
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    /** A field that is read as a date rather than the start of a name: digits and hyphens only. */
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9-]+");

    private final int year;
    private final List<Notice> sources;
    private final Optional<String> checked;
    private final SortedMap<LocalDate, DayOverride> days;

    private CalendarYear(int year, List<Notice> sources, Optional<String> checked,
            SortedMap<LocalDate, DayOverride> days) {
        this.year = year;
        this.sources = ImmutableList.copyOf(sources);
        this.checked = checked;
        this.days = ImmutableSortedMap.copyOfSorted(days);
    }

    /**
     * Parses a year file.
     *
     * @param text  the file's content, not null
     * @param origin  where it comes from, such as its file name, for messages, not null
     * @return the year, not null
     * @throws IllegalArgumentException if a line is malformed (among others: an entry without a name, a range that
     *         ends before it starts, a 'work' line with two dates, a second 'year' or 'checked' line, a 'source' line
     *         that repeats an earlier one), a date lies outside the year, a weekday is marked
     *         as a make-up working day, one notice marks a day both off and working, or the year has no source; the
     *         message names the origin and line, quotes at most the first 40 characters of a value and says the
     *         rule
     */
    public static CalendarYear parse(String text, String origin) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        Integer year = null;
        List<Notice> sources = new ArrayList<>();
        String checked = null;
        SortedMap<LocalDate, DayOverride> days = new TreeMap<>();
        Map<LocalDate, Boolean> bySource = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] word = SPACES.split(line, 2);
            String rest = word.length > 1 ? word[1] : "";
            String where = quote(origin) + " line " + n;
            switch (word[0]) {
                case "year":
                    checkArgument(year == null, "%s: a second 'year' line", where);
                    year = number(rest, where);
                    break;
                case "source":
                    Notice notice = notice(rest, where);
                    if (sources.contains(notice)) { // the message is made only on failure
                        throw new IllegalArgumentException(String.format("%s: source %s is given twice; each notice "
                                + "has one 'source' line", where, quote(notice.title())));
                    }
                    sources.add(notice);
                    bySource.clear();
                    break;
                case "checked":
                    checkArgument(!rest.isEmpty(), "%s: 'checked' needs what the data was checked against", where);
                    checkArgument(checked == null, "%s: a second 'checked' line", where);
                    checked = at(where, () -> Texts.checkLine("checked", rest));
                    break;
                case "off":
                case "work":
                    checkArgument(year != null, "%s: '%s' before the 'year' line", where, word[0]);
                    checkArgument(!sources.isEmpty(), "%s: '%s' before any 'source' line", where, word[0]);
                    entry(word[0].equals("work"), rest, year, sources.get(sources.size() - 1), where, days, bySource);
                    break;
                default:
                    throw new IllegalArgumentException(String.format(
                            "%s: unknown keyword %s; expected year, source, checked, off or work", where,
                            quote(word[0])));
            }
        }
        checkArgument(year != null, "%s: no 'year' line", quote(origin));
        checkArgument(!sources.isEmpty(), "%s: no 'source' line; every year names the notice it comes from",
                quote(origin));
        return new CalendarYear(year, sources, Optional.ofNullable(checked), days);
    }

    /**
     * Reads a year file.
     *
     * @param file  the file, in UTF-8, not null
     * @return the year, not null
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the file is malformed, as for {@link #parse}
     */
    public static CalendarYear read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read calendar year file " + file, e);
        }
    }

    /**
     * Obtains a year from its parts, as a document of the year gives them: the counterpart of {@link #parse} for
     * data that is not in the text format.
     *
     * @param year  the year, from 1 to 9999
     * @param sources  the notices the entries come from, in the order they were issued, at least one, each once,
     *         not null
     * @param checked  what the data was checked against, a line of text where present, not null
     * @param days  the days that depart from the Monday–Friday week, each day once, each from one of the
     *         sources, not null
     * @return the year, not null
     * @throws IllegalArgumentException if there is no source or a source is given twice, a day lies outside the
     *         year, is given twice or comes from a notice not among the sources, or a weekday is marked as a
     *         make-up working day
     */
    public static CalendarYear of(int year, List<Notice> sources, Optional<String> checked,
            Collection<DayOverride> days) {
        checkArgument(year >= 1 && year <= 9999, "Calendar year must be from 1 to 9999, but was %s", year);
        List<Notice> notices = List.copyOf(sources);
        checkArgument(!notices.isEmpty(), "Calendar year %s: no source; every year names the notice it comes from",
                year);
        checkArgument(notices.stream().distinct().count() == notices.size(), "Calendar year %s: a source is given "
                + "twice: %s", year, notices);
        Objects.requireNonNull(checked, "checked");
        checked.ifPresent(c -> Texts.checkLine("Calendar year " + year + ": checked", c));
        SortedMap<LocalDate, DayOverride> byDate = new TreeMap<>();
        for (DayOverride day : days) {
            LocalDate date = Objects.requireNonNull(day, "day").date();
            checkArgument(date.getYear() == year, "Calendar year %s: date %s is outside year %s", year, date, year);
            checkArgument(!day.working() || isWeekend(date), "Calendar year %s: %s is a %s, already a working day; a "
                    + "make-up working day is a weekend day worked in lieu", year, date, date.getDayOfWeek());
            checkArgument(notices.contains(day.source()), "Calendar year %s: %s comes from %s, which is not among "
                    + "the sources of the year", year, date, day.source());
            checkArgument(byDate.put(date, day) == null, "Calendar year %s: %s is given twice", year, date);
        }
        return new CalendarYear(year, notices, checked, byDate);
    }

    private static void entry(boolean working, String rest, int year, Notice source, String where,
            SortedMap<LocalDate, DayOverride> days, Map<LocalDate, Boolean> bySource) {
        String form = working ? "'work <date> <name>'" : "'off <from> [<to>] <name>'";
        String[] part = rest.isEmpty() ? new String[0] : SPACES.split(rest);
        checkArgument(part.length >= 1, "%s: expected %s", where, form);
        LocalDate from = date(part[0], where);
        boolean range = part.length >= 2 && DATE_LIKE.matcher(part[1]).matches();
        if (range && working) { // the messages are made only on failure
            throw new IllegalArgumentException(String.format("%s: 'work' marks one day, but %s follows the date %s; "
                    + "write one 'work' line per day", where, quote(part[1]), from));
        }
        LocalDate to = range ? date(part[1], where) : from;
        int named = range ? 2 : 1;
        if (part.length <= named) {
            throw new IllegalArgumentException(String.format("%s: %s has no name; expected %s", where,
                    quote(String.join(" ", part)), form));
        }
        if (DATE_LIKE.matcher(part[named]).matches()) {
            throw new IllegalArgumentException(String.format("%s: %s follows the range %s %s; an entry has at most "
                    + "two dates, and a name does not begin with a word of digits and hyphens", where,
                    quote(part[named]), from, to));
        }
        String name = String.join(" ", List.of(part).subList(named, part.length));
        checkArgument(!to.isBefore(from), "%s: range %s %s ends before it starts; in %s the end is on or after the "
                + "start", where, from, to, form);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            checkArgument(day.getYear() == year, "%s: date %s is outside year %s", where, day, year);
            checkArgument(!working || isWeekend(day), "%s: %s is a %s, already a working day; 'work' marks a weekend "
                    + "day worked in lieu", where, day, day.getDayOfWeek());
            Boolean earlier = bySource.put(day, working);
            checkArgument(earlier == null || earlier == working, "%s: %s is both a day off and a working day in "
                    + "the same notice", where, day);
            LocalDate date = day;
            days.put(day, at(where, () -> new DayOverride(date, working, name, source)));
        }
    }

    private static Notice notice(String rest, String where) {
        String[] part = rest.split("\\|");
        checkArgument(part.length == 3, "%s: expected 'source <title> | <文号> | <yyyy-MM-dd>'", where);
        String number = part[1].strip();
        String issued = part[2].strip();
        Optional<LocalDate> date = "unverified".equals(issued) ? Optional.empty() : Optional.of(date(issued, where));
        return at(where, () -> new Notice(part[0].strip(), "unverified".equals(number) ? Optional.empty()
                : Optional.of(number), date));
    }

    /** Builds a value from a line, naming the line in the message if the value is refused. */
    private static <T> T at(String where, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static int number(String text, String where) {
        checkArgument(text.matches("\\d{4}") && !text.equals("0000"), "%s: year must be four digits from 0001 to "
                + "9999, but was %s", where, quote(text));
        return Integer.parseInt(text);
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(String.format("%s: %s is not a date in the form yyyy-MM-dd", where,
                    quote(text)), e);
        }
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * Returns the year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the notices the year's entries come from, in the order they were issued.
     *
     * @return the notices, at least one, not null
     */
    public List<Notice> sources() {
        return sources;
    }

    /**
     * Returns what the data was checked against, such as an independent data set.
     *
     * @return the check, not null
     */
    public Optional<String> checked() {
        return checked;
    }

    /**
     * Returns the days that depart from the Monday–Friday week, in date order, each as last set.
     *
     * @return the overrides by date, not null
     */
    public SortedMap<LocalDate, DayOverride> days() {
        return days;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CalendarYear other && year == other.year && sources.equals(other.sources)
                && checked.equals(other.checked) && days.equals(other.days);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, sources, checked, days);
    }

    @Override
    public String toString() {
        return "CalendarYear{" + year + ", " + days.size() + " days, " + sources + "}";
    }
}
