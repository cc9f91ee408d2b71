package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The limitation of penalties (行政处罚追责时效), 行政处罚法 Art 36: "违法行为在二年内未被发现的，不再给予行政处罚；
 * 涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。法律另有规定的除外。前款规定的期限，从违法行为发生之日起
 * 计算；违法行为有连续或者继续状态的，从行为终了之日起计算。"
 * <p>
 * {@link #ofPenaltyLaw()} applies the article; {@link #underOtherLaw} applies the period another law sets ("法律另有
 * 规定的除外"), with that law's citation, counted from the same start (an interpretation: the other law may say
 * otherwise about the start too, which this class does not model).
 * <p>
 * The article does not say how a period in years is counted. This class counts it as 民法典 Arts 201–202 count
 * periods (an interpretation): the day of the act, or of its end, is not counted, and the period ends on the
 * corresponding day of the last year, or the last day of the month where there is none (an act on 2024-02-29 is
 * discovered in time up to 2026-02-28). The last day is not moved off a holiday (民法典 Art 203 concerns acts due by
 * a party, and discovery is not one; also an interpretation). Which event counts as discovery (发现) is the caller's
 * to decide.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Limitation {

    static final Provision PERIOD = Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 36, 1);
    static final Provision START = Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 36, 2);
    private static final Limitation PENALTY_LAW = new Limitation(Period.ofYears(2), Period.ofYears(5),
            LegalBasis.of(PERIOD, START));

    private final Period period;
    private final Period gravePeriod;
    private final LegalBasis basis;

    private Limitation(Period period, Period gravePeriod, LegalBasis basis) {
        this.period = period;
        this.gravePeriod = gravePeriod;
        this.basis = basis;
    }

    /**
     * Returns the limitation of 行政处罚法 Art 36: two years, five where the act concerns 公民生命健康安全 or 金融安全
     * with harmful consequences.
     *
     * @return the limitation, not null
     */
    public static Limitation ofPenaltyLaw() {
        return PENALTY_LAW;
    }

    /**
     * Obtains the limitation another law sets (法律另有规定), such as five years under 税收征收管理法 Art 86, applied
     * whatever the consequences.
     *
     * @param period  the period, positive, not null
     * @param basis  the provision of the other law, not null
     * @return the limitation, not null
     * @throws IllegalArgumentException if the period is zero or negative; the message names it
     */
    public static Limitation underOtherLaw(Period period, LegalBasis basis) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(basis, "basis");
        checkArgument(!period.isNegative() && !period.isZero(), "Limitation under %s: period must be positive, but was %s", basis, period);
        return new Limitation(period, period, basis.and(LegalBasis.of(PERIOD, START)));
    }

    /**
     * Returns the period for an act, and the one for an act with grave harm.
     *
     * @param graveHarm  true if the act concerns 公民生命健康安全 or 金融安全 with harmful consequences
     * @return the period, not null
     */
    public Period period(boolean graveHarm) {
        return graveHarm ? gravePeriod : period;
    }

    /**
     * Returns the provisions this limitation applies: Art 36, preceded by the other law's provision for
     * {@link #underOtherLaw}.
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Checks an act done on one day (违法行为发生之日).
     *
     * @param act  the day of the act, not null
     * @param discovered  the day the act was discovered, not before the act, not null
     * @param graveHarm  true if the act concerns 公民生命健康安全 or 金融安全 with harmful consequences
     * @return the result, not null
     * @throws IllegalArgumentException if discovery is before the act
     */
    public LimitationResult check(LocalDate act, LocalDate discovered, boolean graveHarm) {
        Objects.requireNonNull(act, "act");
        return check(act, Optional.empty(), discovered, graveHarm);
    }

    /**
     * Checks an act in a continuous or continuing state (连续或者继续状态), counted from the day it ended (Art 36
     * para 2).
     *
     * @param began  the first day of the act, not null
     * @param ended  the day the act ended (行为终了之日), not before {@code began}, not null
     * @param discovered  the day the act was discovered, not before {@code began}, not null
     * @param graveHarm  true if the act concerns 公民生命健康安全 or 金融安全 with harmful consequences
     * @return the result, not null
     * @throws IllegalArgumentException if the act ends before it began or is discovered before it began
     */
    public LimitationResult checkContinuing(LocalDate began, LocalDate ended, LocalDate discovered,
            boolean graveHarm) {
        Objects.requireNonNull(began, "began");
        Objects.requireNonNull(ended, "ended");
        checkArgument(!ended.isBefore(began), "Limitation: a continuing act cannot end on %s, before it began on %s",
                ended, began);
        return check(began, Optional.of(ended), discovered, graveHarm);
    }

    private LimitationResult check(LocalDate began, Optional<LocalDate> ended, LocalDate discovered,
            boolean graveHarm) {
        Objects.requireNonNull(discovered, "discovered");
        checkArgument(!discovered.isBefore(began), "Limitation: an act cannot be discovered on %s, before it began "
                + "on %s", discovered, began);
        LocalDate start = ended.orElse(began);
        Period applied = period(graveHarm);
        // 民法典 Arts 201-202 by analogy: the start day is not counted; plusYears/plusMonths clamp to the month's end
        LocalDate lastDay = start.plus(applied);
        return new LimitationResult(start, ended.isPresent(), applied, lastDay, discovered, graveHarm,
                !basis.equals(PENALTY_LAW.basis), basis);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Limitation l && period.equals(l.period) && gravePeriod.equals(l.gravePeriod)
                && basis.equals(l.basis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, gravePeriod, basis);
    }

    @Override
    public String toString() {
        return "Limitation[" + period + ", " + gravePeriod + ", " + basis + "]";
    }
}
