package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A violation item (违法行为) of a statutory frame: its code and name, the provisions it breaches (违法依据), the
 * provisions that punish it (处罚依据), and the penalties those provisions allow ({@link PenaltyClause}s, 行政处罚法
 * Art 9).
 * <pre>{@code
 * ViolationItem item = ViolationItem.builder()
 *     .code("YC-057").name("无烟草专卖零售许可证经营烟草制品零售业务")
 *     .breached(LegalBasis.of(Provision.of(tobaccoLaw, 16)))
 *     .applied(LegalBasis.of(Provision.of(regulation, 57)))
 *     .addClause(PenaltyClause.of(PenaltyKind.CONFISCATION_OF_GAINS))
 *     .addClause(PenaltyClause.fine(FineRange.multiple(FineBase.BUSINESS_VOLUME, new BigDecimal("0.2"),
 *             new BigDecimal("0.5"))))
 *     .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe. It is final and built only by its {@link Builder}.
 */
public final class ViolationItem {

    /** The longest code accepted. */
    public static final int MAX_CODE_LENGTH = 64;

    private final String code;
    private final String name;
    private final LegalBasis breached;
    private final LegalBasis applied;
    private final ImmutableList<PenaltyClause> clauses;
    private final Limitation limitation;

    private ViolationItem(Builder b) {
        checkCode(b.code);
        String item = "Violation item " + Texts.quote(b.code);
        Texts.checkLine(item + ": name", b.name);
        List<PenaltyClause> all = Lists.copyOf("clauses", b.clauses);
        checkArgument(!all.isEmpty(), "%s must allow at least one penalty clause", item);
        Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        for (PenaltyClause clause : all) {
            checkArgument(kinds.add(clause.kind()), "%s lists the kind %s twice; a statute allows each kind once",
                    item, clause.kind());
        }
        this.code = b.code;
        this.name = b.name;
        this.breached = b.breached;
        this.applied = b.applied;
        this.clauses = ImmutableList.copyOf(all);
        this.limitation = b.limitation;
    }

    private static void checkCode(String code) {
        Texts.checkLine("Violation item code", code, MAX_CODE_LENGTH);
    }

    /**
     * Starts building an item: set its code, name, 违法依据, 处罚依据 and at least one clause.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this item's attributes; each single attribute can be set once on it, and clauses
     * added.
     *
     * @return a builder filled from this item, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.name = name;
        b.breached = breached;
        b.applied = applied;
        b.clauses.addAll(clauses);
        b.limitation = limitation;
        return b;
    }

    /**
     * Returns the item's code, unique within its frame, such as YC-057.
     *
     * @return the code, not blank
     */
    public String code() {
        return code;
    }

    /**
     * Returns the item's name (违法行为名称).
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the provisions the act breaches (违法依据).
     *
     * @return the basis, not null
     */
    public LegalBasis breached() {
        return breached;
    }

    /**
     * Returns the provisions that set the penalty (处罚依据).
     *
     * @return the basis, not null
     */
    public LegalBasis applied() {
        return applied;
    }

    /**
     * Returns the penalty clauses, in the statute's order.
     *
     * @return the clauses, at least one, not null
     */
    public List<PenaltyClause> clauses() {
        return clauses;
    }

    /**
     * Returns the clause of a kind, if the statute allows that kind.
     *
     * @param kind  the kind, not null
     * @return the clause, empty if not allowed, not null
     */
    public Optional<PenaltyClause> clause(PenaltyKind kind) {
        Objects.requireNonNull(kind, "kind");
        return clauses.stream().filter(c -> c.kind() == kind).findFirst();
    }

    /**
     * Returns the limitation for the item (追责时效): {@link Limitation#ofPenaltyLaw()} unless a law provides
     * otherwise (行政处罚法 Art 36: 法律另有规定的除外).
     *
     * @return the limitation, not null
     */
    public Limitation limitation() {
        return limitation;
    }

    /**
     * Returns whether the statute allows a kind of penalty for this item: the item has a clause of that kind, or it
     * is {@link PenaltyKind#CONFISCATION_OF_GAINS}, which 行政处罚法 Art 28 para 2 requires for every item
     * (当事人有违法所得，除依法应当退赔的外，应当予以没收).
     *
     * @param kind  the kind, not null
     * @return true if allowed
     */
    public boolean allows(PenaltyKind kind) {
        return kind == PenaltyKind.CONFISCATION_OF_GAINS || clause(Objects.requireNonNull(kind, "kind")).isPresent();
    }

    /**
     * Returns the statutory fine range, if the item allows a fine.
     *
     * @return the range, not null
     */
    public Optional<FineRange> fine() {
        return clause(PenaltyKind.FINE).flatMap(PenaltyClause::fine);
    }

    /**
     * Computes the concrete fine range for the facts of a case, as {@link FineRange#boundsFor}.
     *
     * @param base  the base amount in yuan, empty if none, not null
     * @return the bounds, empty if the item allows no fine or the statute gives none for the facts, not null
     * @throws IllegalArgumentException if the base amount is not a non-negative whole number of fen up to the limit;
     *         the message names the item
     */
    public Optional<FineBounds> fineBoundsFor(Optional<BigDecimal> base) {
        try {
            return fine().flatMap(f -> f.boundsFor(base));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Violation item " + Texts.quote(code) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks whether every provision the item cites, breached and applied, is in force on a day: the edition of the
     * statute the item was written for.
     *
     * @param date  the day, such as the day of the act (行政处罚法 Art 37), not null
     * @return true if all provisions are in force on that day
     */
    public boolean isInForceOn(LocalDate date) {
        return breached.notInForceOn(date).isEmpty() && applied.notInForceOn(date).isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ViolationItem i && code.equals(i.code) && name.equals(i.name)
                && breached.equals(i.breached) && applied.equals(i.applied) && clauses.equals(i.clauses) && limitation.equals(i.limitation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, breached, applied, clauses, limitation);
    }

    /** Returns the code and name: YC-057 无烟草专卖零售许可证经营烟草制品零售业务. */
    @Override
    public String toString() {
        return code + " " + name;
    }

    /**
     * Builds a {@link ViolationItem} (违法行为). Code, name, breached and applied bases are required, and at least
     * one clause; {@link #build()} names every required attribute still missing. A refused value leaves the builder
     * as it was. A builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("ViolationItem");
        private String code;
        private String name;
        private LegalBasis breached;
        private LegalBasis applied;
        private final List<PenaltyClause> clauses = new ArrayList<>();
        private Limitation limitation = Limitation.ofPenaltyLaw();

        private Builder() {}

        /**
         * Sets the item's code, unique within its frame; required.
         *
         * @param code  the code, one line of at most {@value ViolationItem#MAX_CODE_LENGTH} characters, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the code is blank, too long or not one line; nothing is set
         * @throws IllegalStateException if the code is already set
         */
        public Builder code(String code) {
            this.code = required.once("code", code, ViolationItem::checkCode);
            return this;
        }

        /**
         * Sets the item's name (违法行为名称); required.
         *
         * @param name  the name, one line, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the name is blank or not one line; nothing is set
         * @throws IllegalStateException if the name is already set
         */
        public Builder name(String name) {
            this.name = required.once("name", name, v -> Texts.checkLine(item() + ": name", v));
            return this;
        }

        /**
         * Sets the provisions the act breaches (违法依据); required.
         *
         * @param breached  the basis, not null
         * @return this builder, not null
         * @throws IllegalStateException if the basis is already set
         */
        public Builder breached(LegalBasis breached) {
            this.breached = required.once("breached", breached);
            return this;
        }

        /**
         * Sets the provisions that set the penalty (处罚依据); required.
         *
         * @param applied  the basis, not null
         * @return this builder, not null
         * @throws IllegalStateException if the basis is already set
         */
        public Builder applied(LegalBasis applied) {
            this.applied = required.once("applied", applied);
            return this;
        }

        /**
         * Adds a penalty clause; at least one is required, each kind once.
         *
         * @param clause  the clause, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if a clause of the same kind is already added; the message names the item
         *         and the kind, and nothing is added
         */
        public Builder addClause(PenaltyClause clause) {
            Objects.requireNonNull(clause, "clause");
            checkArgument(clauses.stream().noneMatch(c -> c.kind() == clause.kind()), "%s already has a clause of the "
                    + "kind %s; a statute allows each kind once", item(), clause.kind());
            clauses.add(clause);
            return this;
        }

        /**
         * Sets the limitation where a law provides otherwise (行政处罚法 Art 36: 法律另有规定的除外), such as
         * {@link Limitation#underOtherLaw}; {@link Limitation#ofPenaltyLaw()} by default.
         *
         * @param limitation  the limitation, not null
         * @return this builder, not null
         */
        public Builder limitation(Limitation limitation) {
            this.limitation = required.once("limitation", limitation);
            return this;
        }

        private String item() {
            return code == null ? "Violation item" : "Violation item " + Texts.quote(code);
        }

        /**
         * Builds the item.
         *
         * @return the item, not null
         * @throws IllegalStateException if a required attribute or every clause is missing; the message names all
         *         that are
         */
        public ViolationItem build() {
            required.present("code", code, "name", name, "breached", breached, "applied", applied, "clauses",
                    clauses.isEmpty() ? null : clauses);
            return new ViolationItem(this);
        }
    }
}
