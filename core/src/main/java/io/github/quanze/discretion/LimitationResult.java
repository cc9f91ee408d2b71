package io.github.quanze.discretion;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The result of a limitation check (追责时效审查结果), 行政处罚法 Art 36: from which day the period runs, which period
 * applies, its last day, and whether the act, discovered on a day, may no longer be punished (不再给予行政处罚).
 * <p>
 * This class is immutable and thread-safe. It is made only by {@link Limitation}.
 */
public final class LimitationResult {

    private final LocalDate start;
    private final boolean continuing;
    private final Period period;
    private final LocalDate lastDay;
    private final LocalDate discovered;
    private final boolean graveHarm;
    private final boolean otherLaw;
    private final LegalBasis basis;

    LimitationResult(LocalDate start, boolean continuing, Period period, LocalDate lastDay, LocalDate discovered,
            boolean graveHarm, boolean otherLaw, LegalBasis basis) {
        this.start = start;
        this.continuing = continuing;
        this.period = period;
        this.lastDay = lastDay;
        this.discovered = discovered;
        this.graveHarm = graveHarm;
        this.otherLaw = otherLaw;
        this.basis = basis;
    }

    /**
     * Returns the day the period is counted from: the day of the act, or the day a continuing act ended.
     *
     * @return the day, not counted itself, not null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns whether the act was continuous or continuing, counted from its end (Art 36 para 2).
     *
     * @return true if counted from the end of the act
     */
    public boolean isContinuing() {
        return continuing;
    }

    /**
     * Returns the period applied: two years, five with grave harm, or the other law's.
     *
     * @return the period, not null
     */
    public Period period() {
        return period;
    }

    /**
     * Returns the last day on which discovery is in time.
     *
     * @return the last day, inclusive, not null
     */
    public LocalDate lastDay() {
        return lastDay;
    }

    /**
     * Returns the day the act was discovered.
     *
     * @return the day, not null
     */
    public LocalDate discovered() {
        return discovered;
    }

    /**
     * Returns whether the act concerns 公民生命健康安全 or 金融安全 with harmful consequences, as the caller said.
     *
     * @return true for the five-year period of Art 36
     */
    public boolean isGraveHarm() {
        return graveHarm;
    }

    /**
     * Returns whether the period is another law's (法律另有规定).
     *
     * @return true if another law's period applied
     */
    public boolean isOtherLaw() {
        return otherLaw;
    }

    /**
     * Returns whether the act was discovered after the last day, so that no penalty may be given.
     *
     * @return true if barred
     */
    public boolean isBarred() {
        return discovered.isAfter(lastDay);
    }

    /**
     * Returns the provisions applied: Art 36, preceded by the other law's provision where one applied.
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Returns the result in Chinese and English, with the counting rule marked as an interpretation.
     *
     * @return the text, not null
     */
    public BilingualText text() {
        return DiscretionMessages.limitation(this);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LimitationResult r && start.equals(r.start) && continuing == r.continuing
                && period.equals(r.period) && lastDay.equals(r.lastDay) && discovered.equals(r.discovered)
                && graveHarm == r.graveHarm && otherLaw == r.otherLaw && basis.equals(r.basis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, continuing, period, lastDay, discovered, graveHarm, otherLaw, basis);
    }

    @Override
    public String toString() {
        return text().zh();
    }
}
