package io.github.quanze.timelimit;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The unit of a period (期间单位). 民法典 Art 200 counts periods in years, months, days and hours; statutes make some
 * of their day periods working days ({@link Statute}).
 */
public enum PeriodUnit implements Labelled {
    /** 工作日: only working days count, make-up working days included (行政处罚法 Art 85 and the like). */
    WORKING_DAYS("个工作日", "working day", "working days"),
    /** 日: natural days; a period ending on a rest day moves to the next working day (民法典 Art 203). */
    DAYS("日", "day", "days"),
    /** 小时: counted from the stated hour (民法典 Art 201 第二款). */
    HOURS("小时", "hour", "hours"),
    /** 月: ends on the corresponding day, or the month's last day where there is none (民法典 Art 202). */
    MONTHS("个月", "month", "months"),
    /** 年: as months. */
    YEARS("年", "year", "years");

    private final BilingualText label;
    private final String singular;

    PeriodUnit(String zh, String singular, String plural) {
        this.label = BilingualText.of(zh, plural);
        this.singular = singular;
    }

    /**
     * Returns the unit as written after a number: 个工作日 / working days; {@link #describe(long)} writes an amount
     * with it, in the singular for 1.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Describes an amount of this unit: 5个工作日 / 5 working days, 1个工作日 / 1 working day.
     *
     * @param amount  the amount, any number
     * @return the description, with the English noun singular for 1 and -1 and plural otherwise, not null
     */
    public BilingualText describe(long amount) {
        return TimeLimitMessages.amount(amount, this);
    }

    /** The English noun for one: working day, day. */
    String singular() {
        return singular;
    }
}
