package io.github.quanze.timelimit;

import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day that departs from the Monday–Friday week (调整日): a day off (放假) or a make-up working day (调休上班),
 * with the holiday it belongs to and the notice that set it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date  the day, not null
 * @param working  true for a make-up working day, false for a day off
 * @param holiday  the holiday it belongs to, as the notice names it, such as 春节, a line of text, not blank
 * @param source  the notice that set it, not null
 */
public record DayOverride(LocalDate date, boolean working, String holiday, Notice source) {

    /**
     * Creates an override.
     *
     * @throws IllegalArgumentException if the holiday is blank, has a control character or surrounding spaces
     */
    public DayOverride {
        Objects.requireNonNull(date, "date");
        Texts.checkLine("Day override " + date + ": holiday", holiday);
        Objects.requireNonNull(source, "source");
    }
}
