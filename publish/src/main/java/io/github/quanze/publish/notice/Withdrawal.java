package io.github.quanze.publish.notice;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The withdrawal of published decision information (撤回执法决定信息), 行政处罚法 Art 48 第二款: the day it was
 * withdrawn and the reasons made public with it (公开说明理由). The reasons are published, so they are checked for
 * personal information like the facts.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date  the day of the withdrawal, not null
 * @param reason  the reasons made public, empty if none were stated, not null
 */
public record Withdrawal(LocalDate date, Optional<String> reason) {

    /**
     * Creates the withdrawal.
     *
     * @param date  the day of the withdrawal, not null
     * @param reason  the reasons made public, not blank if present, not null
     * @throws IllegalArgumentException if the reason is blank
     */
    public Withdrawal {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        checkArgument(reason.map(r -> !r.isBlank()).orElse(true), "the reasons of a withdrawal must not be blank");
    }

    /**
     * Obtains a withdrawal with its reasons.
     *
     * @param date  the day, not null
     * @param reason  the reasons made public, not blank
     * @return the withdrawal, not null
     */
    public static Withdrawal of(LocalDate date, String reason) {
        return new Withdrawal(date, Optional.of(reason));
    }
}
