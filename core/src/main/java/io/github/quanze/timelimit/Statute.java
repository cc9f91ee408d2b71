package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * A statute with its own rule on which of its day periods are working days (工作日条款). There is no general rule:
 * each law decides for its own periods, and every other day period is counted in natural days.
 */
public enum Statute {
    /** 行政处罚法 Art 85: "二日""三日""五日""七日" are working days. */
    ADMINISTRATIVE_PENALTY_LAW(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 85),
            days -> days == 2 || days == 3 || days == 5 || days == 7),
    /**
     * 行政许可法 Art 82: every period for the agency's implementing a licence is in working days. Periods the
     * applicant must keep (Art 47's five days to ask for a hearing, Art 50's thirty days before expiry) are arguably
     * natural days; for those use {@link TimeLimit#ofDays} (interpretation).
     */
    ADMINISTRATIVE_LICENSING_LAW(Provision.of(Instruments.ADMINISTRATIVE_LICENSING_LAW, 82), days -> true),
    /** 行政强制法 Art 69: periods of ten days or less ("十日以内", the ten included) are working days. */
    ADMINISTRATIVE_COERCION_LAW(Provision.of(Instruments.ADMINISTRATIVE_COERCION_LAW, 69), days -> days <= 10),
    /** 行政复议法 (2023) Art 88 第二款: "三日""五日""七日""十日" are working days. */
    ADMINISTRATIVE_RECONSIDERATION_LAW(Provision.of(Instruments.ADMINISTRATIVE_RECONSIDERATION_LAW, 88, 2),
            days -> days == 3 || days == 5 || days == 7 || days == 10);

    private final Provision rule;
    private final IntPredicate working;

    Statute(Provision rule, IntPredicate working) {
        this.rule = rule;
        this.working = working;
    }

    /**
     * Returns the provision that decides which periods are working days.
     *
     * @return the provision, not null
     */
    public Provision unitRule() {
        return rule;
    }

    /**
     * Returns the unit of a period of {@code days} days in this statute.
     *
     * @param days  the number of days the statute writes, at least 1
     * @return WORKING_DAYS or DAYS, not null
     * @throws IllegalArgumentException if the number is less than 1
     */
    public PeriodUnit unitOf(int days) {
        checkArgument(days >= 1, "A period set by %s must be at least 1 day, but was %s", name(), days);
        return working.test(days) ? PeriodUnit.WORKING_DAYS : PeriodUnit.DAYS;
    }

    /**
     * Obtains the time limit an article of this statute sets in days, with the unit its working-day rule gives and
     * both provisions cited.
     *
     * @param days  the number of days the article writes, at least 1
     * @param article  the article, such as 行政处罚法第六十四条第（一）项, not null
     * @param name  the limit's name, not null
     * @return the limit, not null
     * @throws IllegalArgumentException if the number is less than 1
     */
    public TimeLimit days(int days, Provision article, BilingualText name) {
        Objects.requireNonNull(article, "article");
        return TimeLimit.of(days, unitOf(days)).named(name).citing(LegalBasis.of(article, rule));
    }
}
