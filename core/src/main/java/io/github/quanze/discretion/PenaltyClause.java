package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.text.BilingualText;
import java.util.Objects;
import java.util.Optional;

/**
 * A penalty clause of a violation item (处罚种类条款): one kind of penalty the statute allows (行政处罚法 Art 9),
 * whether it must be imposed (处、并处) or may be (可以处、可以并处), and for a fine its {@link FineRange}.
 * <p>
 * Only a fine has a range here; 没收违法所得 and 没收非法财物 take what the case finds, and the durations of 暂扣
 * or 行政拘留 are not yet modelled.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  the kind of penalty, not null
 * @param mandatory  true for 处/并处, false for 可以处/可以并处
 * @param fine  the range of the fine, present exactly when the kind is {@link PenaltyKind#FINE}, not null
 */
public record PenaltyClause(PenaltyKind kind, boolean mandatory, Optional<FineRange> fine) {

    /**
     * Creates a clause.
     *
     * @param kind  the kind of penalty, not null
     * @param mandatory  true for 处/并处, false for 可以处/可以并处
     * @param fine  the range of the fine, present exactly when the kind is {@link PenaltyKind#FINE}, not null
     * @throws IllegalArgumentException if a fine has no range, or another kind has one
     */
    public PenaltyClause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fine, "fine");
        checkArgument(fine.isPresent() == (kind == PenaltyKind.FINE), "Penalty clause %s: a fine range must be given "
                + "exactly for %s, but was %s", kind, PenaltyKind.FINE, fine.map(r -> r.text().zh()).orElse("none"));
    }

    /**
     * Obtains a fine that must be imposed: 处（并处）…罚款.
     *
     * @param range  the range, not null
     * @return the clause, not null
     */
    public static PenaltyClause fine(FineRange range) {
        return new PenaltyClause(PenaltyKind.FINE, true, Optional.of(Objects.requireNonNull(range, "range")));
    }

    /**
     * Obtains a fine that may be imposed: 可以（并）处…罚款.
     *
     * @param range  the range, not null
     * @return the clause, not null
     */
    public static PenaltyClause optionalFine(FineRange range) {
        return new PenaltyClause(PenaltyKind.FINE, false, Optional.of(Objects.requireNonNull(range, "range")));
    }

    /**
     * Obtains a penalty other than a fine that must be imposed, such as 没收违法所得.
     *
     * @param kind  the kind, not {@link PenaltyKind#FINE}, not null
     * @return the clause, not null
     * @throws IllegalArgumentException if the kind is a fine
     */
    public static PenaltyClause of(PenaltyKind kind) {
        return new PenaltyClause(kind, true, Optional.empty());
    }

    /**
     * Obtains a penalty other than a fine that may be imposed, such as 可以吊销许可证件.
     *
     * @param kind  the kind, not {@link PenaltyKind#FINE}, not null
     * @return the clause, not null
     * @throws IllegalArgumentException if the kind is a fine
     */
    public static PenaltyClause optional(PenaltyKind kind) {
        return new PenaltyClause(kind, false, Optional.empty());
    }

    /**
     * Returns the clause in Chinese and English: 并处违法所得1倍以上5倍以下罚款, 可以吊销许可证件.
     *
     * @return the text, not null
     */
    public BilingualText text() {
        return DiscretionMessages.clause(this);
    }
}
